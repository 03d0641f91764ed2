namespace MathForML.Statistics;

/// <summary>
/// TODO: what this kata computes, in one or two sentences of the lesson's notation (the lesson explains how).
/// </summary>
/// <remarks>Lesson: katas/04-statistics/10-multiple-testing/README.md</remarks>
public static class MultipleTesting
{
    /// <summary>
    /// TODO: the formula this method computes and what it returns.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty (say "empty" in the message).</exception>
    public static double Compute(double[] values)
    {
        // TODO: a first step for the learner.
        throw new NotImplementedException("TODO MultipleTesting.Compute: say what to implement.");
    }
}
