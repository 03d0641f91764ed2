namespace MathForML.Probability;

/// <summary>
/// Expectation and variance, from a probability mass function (values xᵢ with probabilities pᵢ) and from samples:
/// E[X] = Σᵢ pᵢxᵢ, E[g(X)] = Σᵢ pᵢ g(xᵢ), Var X = E[(X − E X)²], and the sample mean and (unbiased) sample variance.
/// </summary>
/// <remarks>
/// A PMF is given as two arrays of the same length ("length"): finite values, and probabilities that are finite,
/// non-negative and sum to 1 within 1e-9 ("negative", "sum to 1"). Null arrays are <see cref="ArgumentNullException"/>s,
/// empty ones <see cref="ArgumentException"/>s ("empty"), as are non-finite values or samples ("finite").
/// Lesson: katas/03-probability/06-moments/README.md
/// </remarks>
public static class Moments
{
    /// <summary>The expectation of a discrete X: E[X] = Σᵢ pᵢ xᵢ. A fair die: 3.5.</summary>
    /// <param name="values">The values xᵢ.</param>
    /// <param name="probabilities">Their probabilities pᵢ.</param>
    /// <returns>E[X].</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The arrays are not a valid PMF (see the class remarks).</exception>
    public static double Expectation(double[] values, double[] probabilities) => ExpectationOf(values, probabilities, x => x);

    /// <summary>
    /// The expectation of g(X) for a discrete X: E[g(X)] = Σᵢ pᵢ g(xᵢ) (no need for the distribution of g(X) itself).
    /// </summary>
    /// <param name="values">The values xᵢ.</param>
    /// <param name="probabilities">Their probabilities pᵢ.</param>
    /// <param name="g">The function applied to each value.</param>
    /// <returns>E[g(X)].</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The arrays are not a valid PMF (see the class remarks).</exception>
    public static double ExpectationOf(double[] values, double[] probabilities, Func<double, double> g)
    {
        RequirePmf(values, probabilities);
        ArgumentNullException.ThrowIfNull(g);
        var sum = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            sum += probabilities[i] * g(values[i]);
        }

        return sum;
    }

    /// <summary>
    /// The variance of a discrete X: Var X = Σᵢ pᵢ (xᵢ − μ)² with μ = E[X], accurate also when the values sit far from 0
    /// (a die shifted by 10⁹ still has variance 35/12 ≈ 2.917, to about 1e-6 relative).
    /// </summary>
    /// <param name="values">The values xᵢ.</param>
    /// <param name="probabilities">Their probabilities pᵢ.</param>
    /// <returns>Var X ≥ 0.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The arrays are not a valid PMF (see the class remarks).</exception>
    public static double Variance(double[] values, double[] probabilities)
    {
        var mean = Expectation(values, probabilities);

        // Two passes: the mean first, then the squared deviations from it. The second sum of signed deviations is
        // zero in exact arithmetic; subtracting its square corrects the rounding error of the mean.
        var (squares, deviations) = (0.0, 0.0);
        for (var i = 0; i < values.Length; i++)
        {
            var d = values[i] - mean;
            squares += probabilities[i] * d * d;
            deviations += probabilities[i] * d;
        }

        return Math.Max(0, squares - (deviations * deviations));
    }

    /// <summary>The sample mean x̄ = (1/n) Σᵢ xᵢ.</summary>
    /// <param name="samples">n ≥ 1 finite samples.</param>
    /// <returns>x̄.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="samples"/> is empty ("empty") or has a non-finite entry ("finite").</exception>
    public static double SampleMean(double[] samples)
    {
        RequireSamples(samples, 1);
        return samples.Sum() / samples.Length;
    }

    /// <summary>
    /// The unbiased sample variance s² = Σᵢ (xᵢ − x̄)² / (n − 1), accurate also for samples far from 0 (shifting every
    /// sample by 10⁹ changes s² by about 1e-6 relative at most). For [1, 2, 3, 4]: 5/3.
    /// </summary>
    /// <param name="samples">n ≥ 2 finite samples.</param>
    /// <returns>s² ≥ 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two samples ("two") or a non-finite entry ("finite").</exception>
    public static double SampleVariance(double[] samples)
    {
        RequireSamples(samples, 2);
        var mean = SampleMean(samples);
        var (squares, deviations) = (0.0, 0.0);
        foreach (var x in samples)
        {
            var d = x - mean;
            squares += d * d;
            deviations += d;
        }

        // The corrected two-pass formula: (Σd² − (Σd)²/n) / (n − 1), n − 1 because x̄ was itself estimated from the data.
        return Math.Max(0, (squares - (deviations * deviations / samples.Length)) / (samples.Length - 1));
    }

    private static void RequirePmf(double[] values, double[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(probabilities);
        if (values.Length != probabilities.Length)
        {
            throw new ArgumentException($"There are {values.Length} values but {probabilities.Length} probabilities: the length must match.", nameof(probabilities));
        }

        if (values.Length == 0)
        {
            throw new ArgumentException("A PMF needs at least one value; these arrays are empty.", nameof(values));
        }

        if (!values.All(double.IsFinite))
        {
            throw new ArgumentException("Every value must be finite.", nameof(values));
        }

        ProbabilityGuard.RequireEntries(probabilities, nameof(probabilities));
    }

    private static void RequireSamples(double[] samples, int minimum)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Length == 0)
        {
            throw new ArgumentException("There are no samples: the array is empty.", nameof(samples));
        }

        if (samples.Length < minimum)
        {
            throw new ArgumentException("A sample variance needs at least two samples (one sample has no spread to estimate).", nameof(samples));
        }

        if (!samples.All(double.IsFinite))
        {
            throw new ArgumentException("Every sample must be finite.", nameof(samples));
        }
    }
}
