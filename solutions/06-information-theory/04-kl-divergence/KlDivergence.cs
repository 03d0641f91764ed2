namespace MathForML.InformationTheory;

/// <summary>
/// The Kullback–Leibler divergence KL(p ‖ q) = Σᵢ pᵢ log(pᵢ / qᵢ): the extra surprisal paid for scoring outcomes of
/// p with the model q, for discrete distributions and in closed form for two normal distributions.
/// </summary>
/// <remarks>
/// Distributions are as in <see cref="Entropy"/>: non-empty, finite, non-negative, summing to 1 within 1e-9 (null →
/// <see cref="ArgumentNullException"/>; otherwise <see cref="ArgumentException"/> with "empty", "non-negative" or
/// "sum to 1"); p and q must have the same length ("length"). Terms with pᵢ = 0 contribute 0; a term with pᵢ &gt; 0
/// and qᵢ = 0 makes the divergence +∞ (<see cref="double.PositiveInfinity"/>, never NaN). The result is never negative.
/// Lesson: katas/06-information-theory/04-kl-divergence/README.md
/// </remarks>
public static class KlDivergence
{
    /// <summary>KL(p ‖ q) = Σᵢ pᵢ ln(pᵢ / qᵢ) in nats.</summary>
    /// <param name="p">The true distribution.</param>
    /// <param name="q">The model's distribution, over the same outcomes.</param>
    /// <returns>KL(p ‖ q) ≥ 0 in nats, 0 exactly when q = p, +∞ if q misses an outcome p can produce.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> or <paramref name="q"/> is null.</exception>
    /// <exception cref="ArgumentException">Either is not a distribution, or their lengths differ ("length").</exception>
    public static double Nats(double[] p, double[] q)
    {
        DistributionGuard.RequirePair(p, q, nameof(p), nameof(q));
        var kl = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            if (p[i] == 0)
            {
                continue; // 0 · ln(0 / qᵢ) = 0, even where qᵢ = 0
            }

            if (q[i] == 0)
            {
                return double.PositiveInfinity; // p produces an outcome q calls impossible
            }

            // ln pᵢ − ln qᵢ instead of ln(pᵢ / qᵢ): the ratio 1 / 5e-324 overflows to ∞, the difference of logs is 744.4.
            kl += p[i] * (Math.Log(p[i]) - Math.Log(q[i]));
        }

        // Every term can be negative, only the sum cannot (Gibbs' inequality); rounding may leave −1e-17 for q ≈ p.
        return Math.Max(kl, 0);
    }

    /// <summary>KL(p ‖ q) = Σᵢ pᵢ log₂(pᵢ / qᵢ) in bits.</summary>
    /// <param name="p">The true distribution.</param>
    /// <param name="q">The model's distribution, over the same outcomes.</param>
    /// <returns>KL(p ‖ q) in bits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> or <paramref name="q"/> is null.</exception>
    /// <exception cref="ArgumentException">Either is not a distribution, or their lengths differ ("length").</exception>
    public static double Bits(double[] p, double[] q) => Nats(p, q) / Math.Log(2);

    /// <summary>
    /// The closed form of KL(N(μ₁, σ₁²) ‖ N(μ₂, σ₂²)) in nats, computed so that it is exact for standard deviations
    /// anywhere from 1e-200 to 1e200 (where σ² underflows or overflows).
    /// </summary>
    /// <param name="mean1">μ₁, finite.</param>
    /// <param name="sd1">σ₁, positive and finite.</param>
    /// <param name="mean2">μ₂, finite.</param>
    /// <param name="sd2">σ₂, positive and finite.</param>
    /// <returns>The divergence in nats, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A mean is not finite ("finite") or a standard deviation is not positive and finite ("positive").</exception>
    public static double Gaussians(double mean1, double sd1, double mean2, double sd2)
    {
        RequireNormal(mean1, sd1, nameof(mean1), nameof(sd1));
        RequireNormal(mean2, sd2, nameof(mean2), nameof(sd2));

        // In the ratios r = σ₁/σ₂ and d = (μ₁ − μ₂)/σ₂ the closed form is ½(r² + d² − 1) − ln r. Neither σ² is formed,
        // so σ = 1e-200 (σ² = 0) or 1e200 (σ² = ∞) give the same answer as σ = 1. The mean difference is divided
        // before subtracting, so two means near ±1e308 cannot overflow either.
        var r = sd1 / sd2;
        var d = (mean1 / sd2) - (mean2 / sd2);
        return Math.Max(0, (0.5 * ((r * r) + (d * d) - 1)) - Math.Log(r));
    }

    private static void RequireNormal(double mean, double sd, string meanName, string sdName)
    {
        if (!double.IsFinite(mean))
        {
            throw new ArgumentOutOfRangeException(meanName, mean, "The mean must be finite.");
        }

        if (!(sd > 0) || double.IsInfinity(sd))
        {
            throw new ArgumentOutOfRangeException(sdName, sd, "The standard deviation must be positive and finite.");
        }
    }
}
