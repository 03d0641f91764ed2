namespace MathForML.Optimization;

/// <summary>
/// TODO: the same summary as the stub's.
/// </summary>
public static class ConstrainedOptimization
{
    /// <summary>
    /// TODO: the same documentation as the stub's.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty (say "empty" in the message).</exception>
    public static double Compute(double[] values)
    {
        // TODO: the reference implementation: validate the input, use a numerically stable formula.
        throw new NotImplementedException("TODO ConstrainedOptimization.Compute: write the reference implementation.");
    }
}
