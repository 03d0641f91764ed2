namespace MathForML.InformationTheory;

/// <summary>
/// TODO: what this kata computes, in one or two sentences of the lesson's notation (the lesson explains how).
/// </summary>
/// <remarks>Lesson: katas/06-information-theory/08-perplexity/README.md</remarks>
public static class Perplexity
{
    /// <summary>
    /// TODO: the formula this method computes and what it returns.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty (say "empty" in the message).</exception>
    public static double Compute(double[] values)
    {
        // TODO: a first step for the learner.
        throw new NotImplementedException("TODO Perplexity.Compute: say what to implement.");
    }
}
