namespace MathForML.Probability;

/// <summary>
/// Conjugate Bayesian updating: Beta–Binomial and Normal–Normal, the MAP estimate, and posterior concentration.
/// </summary>
public static class BayesianUpdating
{
    /// <summary>The posterior Beta(α + successes, β + failures).</summary>
    /// <param name="alpha">The prior α.</param>
    /// <param name="beta">The prior β.</param>
    /// <param name="successes">The successes.</param>
    /// <param name="failures">The failures.</param>
    /// <returns>(α′, β′).</returns>
    public static (double Alpha, double Beta) BetaBinomialUpdate(double alpha, double beta, int successes, int failures)
    {
        RequireShapes(alpha, beta);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfNegative(failures);

        // Posterior ∝ likelihood × prior = p^k(1 − p)^(n − k) · p^(α − 1)(1 − p)^(β − 1): the exponents add.
        return (alpha + successes, beta + failures);
    }

    /// <summary>α/(α + β).</summary>
    /// <param name="alpha">α.</param>
    /// <param name="beta">β.</param>
    /// <returns>The mean.</returns>
    public static double BetaMean(double alpha, double beta)
    {
        RequireShapes(alpha, beta);
        return alpha / (alpha + beta);
    }

    /// <summary>αβ/((α + β)²(α + β + 1)).</summary>
    /// <param name="alpha">α.</param>
    /// <param name="beta">β.</param>
    /// <returns>The variance.</returns>
    public static double BetaVariance(double alpha, double beta)
    {
        RequireShapes(alpha, beta);
        var total = alpha + beta;

        // Written as mean·(1 − mean)/(total + 1): no product of large shapes that could overflow.
        var mean = alpha / total;
        return mean * (beta / total) / (total + 1);
    }

    /// <summary>(α − 1)/(α + β − 2).</summary>
    /// <param name="alpha">α.</param>
    /// <param name="beta">β.</param>
    /// <returns>The mode.</returns>
    public static double BetaMode(double alpha, double beta)
    {
        RequireShapes(alpha, beta);
        if (alpha < 1 || beta < 1 || alpha + beta <= 2)
        {
            throw new ArgumentException(
                $"Beta({alpha}, {beta}) has no single interior or boundary mode: the formula needs α ≥ 1, β ≥ 1 and α + β > 2.", nameof(alpha));
        }

        // Setting the derivative of (α − 1) ln p + (β − 1) ln(1 − p) to zero.
        return (alpha - 1) / (alpha + beta - 2);
    }

    /// <summary>The Normal–Normal posterior of a mean.</summary>
    /// <param name="priorMean">μ₀.</param>
    /// <param name="priorVariance">τ₀².</param>
    /// <param name="noiseVariance">σ².</param>
    /// <param name="observations">The observations.</param>
    /// <returns>(μₙ, τₙ²).</returns>
    public static (double Mean, double Variance) NormalNormalUpdate(double priorMean, double priorVariance, double noiseVariance, double[] observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (!double.IsFinite(priorMean))
        {
            throw new ArgumentOutOfRangeException(nameof(priorMean), priorMean, "The prior mean must be finite.");
        }

        RequirePositive(priorVariance, nameof(priorVariance));
        RequirePositive(noiseVariance, nameof(noiseVariance));
        if (observations.Length == 0)
        {
            return (priorMean, priorVariance);
        }

        // Precisions (inverse variances) add: 1/τₙ² = 1/τ₀² + n/σ². The posterior mean is the precision-weighted average
        // of the prior mean and the sample mean. Weights computed as ratios of precisions stay in [0, 1] even when
        // the variances are 1e-12 or 1e12.
        var n = observations.Length;
        var priorPrecision = 1 / priorVariance;
        var dataPrecision = n / noiseVariance;
        var precision = priorPrecision + dataPrecision;
        var dataWeight = dataPrecision / precision;
        var sampleMean = observations.Average();
        return (priorMean + (dataWeight * (sampleMean - priorMean)), 1 / precision);
    }

    private static void RequireShapes(double alpha, double beta)
    {
        RequirePositive(alpha, nameof(alpha));
        RequirePositive(beta, nameof(beta));
    }

    private static void RequirePositive(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be finite and positive.");
        }
    }
}
