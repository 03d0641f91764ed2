namespace MathForML.Verification;

/// <summary>
/// A <see cref="Random"/> whose <see cref="Random.NextDouble"/> returns the given numbers in turn, starting again
/// after the last: for examples checkable by hand, and for points a seeded generator would almost never hit, such as a
/// dart exactly on a boundary (0.6² + 0.8² is exactly 1 in double precision).
/// </summary>
public sealed class ChosenUniforms : Random
{
    private readonly double[] values;
    private int next;

    /// <summary>Creates the generator.</summary>
    /// <param name="values">The numbers to return in turn, at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    public ChosenUniforms(params double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException("A chosen-uniform generator needs at least one number to return, but the list is empty.", nameof(values));
        }

        this.values = [.. values];
    }

    /// <inheritdoc/>
    public override double NextDouble() => values[next++ % values.Length];

    /// <inheritdoc/>
    protected override double Sample() => NextDouble();
}
