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
    public static double Expectation(double[] values, double[] probabilities)
    {
        // TODO: ExpectationOf with the identity.
        throw new NotImplementedException("TODO Moments.Expectation: return E[X] = Σᵢ pᵢxᵢ.");
    }

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
        // TODO: ExpectationOf with the identity.
        throw new NotImplementedException("TODO Moments.Expectation: return E[X] = Σᵢ pᵢxᵢ.");
    }

    /// <summary>
    /// The variance of a discrete X: Var X = Σᵢ pᵢ (xᵢ − μ)² with μ = E[X], accurate also when the values sit far from 0
    /// (a die shifted by 10⁹ still has variance 35/12 ≈ 2.917, to about 1e-6 relative), and exact to 1e-9 relative even where
    /// the mean itself is rounded, with the lesson's corrected two-pass formula: 10¹⁵ + 1, 2, 4 with probabilities 0.2, 0.3,
    /// 0.5 have variance 1.56.
    /// </summary>
    /// <param name="values">The values xᵢ.</param>
    /// <param name="probabilities">Their probabilities pᵢ.</param>
    /// <returns>Var X ≥ 0.</returns>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">The arrays are not a valid PMF (see the class remarks).</exception>
    public static double Variance(double[] values, double[] probabilities)
    {
        // TODO: the mean first, then the squared deviations from it — not E[X²] − (E X)².
        throw new NotImplementedException("TODO Moments.Variance: return Var X = Σᵢ pᵢ(xᵢ − μ)².");
    }

    /// <summary>The sample mean x̄ = (1/n) Σᵢ xᵢ.</summary>
    /// <param name="samples">n ≥ 1 finite samples.</param>
    /// <returns>x̄.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="samples"/> is empty ("empty") or has a non-finite entry ("finite").</exception>
    public static double SampleMean(double[] samples)
    {
        // TODO: validate, then average.
        throw new NotImplementedException("TODO Moments.SampleMean: return x̄ = (1/n) Σᵢ xᵢ.");
    }

    /// <summary>
    /// The unbiased sample variance s² = Σᵢ (xᵢ − x̄)² / (n − 1), accurate also for samples far from 0 (shifting every
    /// sample by 10⁹ changes s² by about 1e-6 relative at most; with the lesson's corrected two-pass formula 10¹⁵ + 1, 2, 4
    /// still give 7/3 to 1e-9 relative). For [1, 2, 3, 4]: 5/3.
    /// </summary>
    /// <param name="samples">n ≥ 2 finite samples.</param>
    /// <returns>s² ≥ 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two samples ("two") or a non-finite entry ("finite").</exception>
    public static double SampleVariance(double[] samples)
    {
        // TODO: two passes, and the right divisor.
        throw new NotImplementedException("TODO Moments.SampleVariance: return s² = Σᵢ(xᵢ − x̄)²/(n − 1).");
    }
}
