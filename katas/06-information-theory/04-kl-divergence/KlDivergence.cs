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
        // TODO: sum pᵢ times the log of the ratio — without ever forming a ratio that could overflow.
        throw new NotImplementedException("TODO KlDivergence.Nats: return Σ pᵢ ln(pᵢ / qᵢ) (terms with pᵢ = 0 are 0).");
    }

    /// <summary>KL(p ‖ q) = Σᵢ pᵢ log₂(pᵢ / qᵢ) in bits.</summary>
    /// <param name="p">The true distribution.</param>
    /// <param name="q">The model's distribution, over the same outcomes.</param>
    /// <returns>KL(p ‖ q) in bits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> or <paramref name="q"/> is null.</exception>
    /// <exception cref="ArgumentException">Either is not a distribution, or their lengths differ ("length").</exception>
    public static double Bits(double[] p, double[] q)
    {
        // TODO: the same in bits.
        throw new NotImplementedException("TODO KlDivergence.Bits: return Σ pᵢ log₂(pᵢ / qᵢ).");
    }

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
        // TODO: the closed form of the lesson, written with the ratios σ₁/σ₂ and (μ₁ − μ₂)/σ₂.
        throw new NotImplementedException("TODO KlDivergence.Gaussians: return ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½.");
    }
}
