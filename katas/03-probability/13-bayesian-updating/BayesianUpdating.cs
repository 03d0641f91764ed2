namespace MathForML.Probability;

/// <summary>
/// Conjugate Bayesian updating: a Beta prior on a coin's bias with binomial data stays Beta, and a normal prior on a
/// mean with normal data stays normal; the posterior's mode (MAP) against the MLE, and the posterior's concentration
/// as data arrive.
/// </summary>
/// <remarks>
/// Beta(α, β) has density ∝ p^(α − 1)(1 − p)^(β − 1) on [0, 1]. Errors: a shape parameter or variance that is not finite
/// and positive → <see cref="ArgumentOutOfRangeException"/> with "positive"; a negative count →
/// <see cref="ArgumentOutOfRangeException"/>; null observations → <see cref="ArgumentNullException"/>.
/// Lesson: katas/03-probability/13-bayesian-updating/README.md
/// </remarks>
public static class BayesianUpdating
{
    /// <summary>The posterior Beta(α′, β′) after <paramref name="successes"/> and <paramref name="failures"/> under a Beta(α, β) prior.</summary>
    /// <param name="alpha">The prior α, finite and positive.</param>
    /// <param name="beta">The prior β, finite and positive.</param>
    /// <param name="successes">The number of successes, at least 0.</param>
    /// <param name="failures">The number of failures, at least 0.</param>
    /// <returns>(α′, β′).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A shape is not finite and positive ("positive"), or a count is negative.</exception>
    public static (double Alpha, double Beta) BetaBinomialUpdate(double alpha, double beta, int successes, int failures)
    {
        throw new NotImplementedException("TODO BayesianUpdating.BetaBinomialUpdate: return the posterior (α′, β′).");
    }

    /// <summary>The mean of Beta(α, β).</summary>
    /// <param name="alpha">α, finite and positive.</param>
    /// <param name="beta">β, finite and positive.</param>
    /// <returns>The mean.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A shape is not finite and positive ("positive").</exception>
    public static double BetaMean(double alpha, double beta)
    {
        throw new NotImplementedException("TODO BayesianUpdating.BetaMean: return the mean of Beta(α, β).");
    }

    /// <summary>The variance of Beta(α, β).</summary>
    /// <param name="alpha">α, finite and positive.</param>
    /// <param name="beta">β, finite and positive.</param>
    /// <returns>The variance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A shape is not finite and positive ("positive").</exception>
    public static double BetaVariance(double alpha, double beta)
    {
        throw new NotImplementedException("TODO BayesianUpdating.BetaVariance: return the variance of Beta(α, β).");
    }

    /// <summary>
    /// The mode of Beta(α, β) — the MAP estimate when Beta(α, β) is a posterior — for α ≥ 1, β ≥ 1 and α + β &gt; 2
    /// (otherwise the density has no single highest point in [0, 1], or it is at an infinite spike).
    /// </summary>
    /// <param name="alpha">α ≥ 1.</param>
    /// <param name="beta">β ≥ 1.</param>
    /// <returns>The mode, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A shape is not finite and positive ("positive").</exception>
    /// <exception cref="ArgumentException">α &lt; 1, β &lt; 1 or α + β = 2 ("mode").</exception>
    public static double BetaMode(double alpha, double beta)
    {
        throw new NotImplementedException("TODO BayesianUpdating.BetaMode: return the mode of Beta(α, β).");
    }

    /// <summary>
    /// The posterior N(μₙ, τₙ²) of a mean μ with prior N(μ₀, τ₀²) after observations xᵢ ~ N(μ, σ²) with known noise
    /// variance σ². No observations give the prior back. Accurate (1e-9 relative) for variances from 1e-12 to 1e12.
    /// </summary>
    /// <param name="priorMean">μ₀, finite.</param>
    /// <param name="priorVariance">τ₀², finite and positive.</param>
    /// <param name="noiseVariance">σ², finite and positive.</param>
    /// <param name="observations">The observations, possibly none.</param>
    /// <returns>(μₙ, τₙ²).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A variance is not finite and positive ("positive"), or μ₀ is not finite ("finite").</exception>
    public static (double Mean, double Variance) NormalNormalUpdate(double priorMean, double priorVariance, double noiseVariance, double[] observations)
    {
        throw new NotImplementedException("TODO BayesianUpdating.NormalNormalUpdate: return the posterior (μₙ, τₙ²).");
    }
}
