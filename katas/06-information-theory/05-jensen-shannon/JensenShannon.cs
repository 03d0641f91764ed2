namespace MathForML.InformationTheory;

/// <summary>
/// The Jensen–Shannon divergence JS(p, q) = ½ KL(p ‖ m) + ½ KL(q ‖ m) with the mixture m = ½(p + q): a symmetric,
/// always finite way to compare two distributions, bounded by ln 2; and its square root, a true distance.
/// </summary>
/// <remarks>
/// Distributions are as in <see cref="Entropy"/>: non-empty, finite, non-negative, summing to 1 within 1e-9 (null →
/// <see cref="ArgumentNullException"/>; otherwise <see cref="ArgumentException"/> with "empty", "non-negative" or
/// "sum to 1"); p and q must have the same length ("length").
/// Lesson: katas/06-information-theory/05-jensen-shannon/README.md
/// </remarks>
public static class JensenShannon
{
    /// <summary>JS(p, q) = ½ KL(p ‖ m) + ½ KL(q ‖ m), m = ½(p + q), in nats.</summary>
    /// <param name="p">The first distribution.</param>
    /// <param name="q">The second distribution, over the same outcomes.</param>
    /// <returns>JS(p, q) in [0, ln 2]: 0 exactly when p = q, ln 2 when their supports are disjoint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> or <paramref name="q"/> is null.</exception>
    /// <exception cref="ArgumentException">Either is not a distribution, or their lengths differ ("length").</exception>
    public static double Divergence(double[] p, double[] q)
    {
        // TODO: compare each distribution with their average, using your KL divergence.
        throw new NotImplementedException("TODO JensenShannon.Divergence: return ½ KL(p ‖ m) + ½ KL(q ‖ m) with m = ½(p + q).");
    }

    /// <summary>JS(p, q) in bits: the same divergence with log₂, in [0, 1].</summary>
    /// <param name="p">The first distribution.</param>
    /// <param name="q">The second distribution, over the same outcomes.</param>
    /// <returns>JS(p, q) in bits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> or <paramref name="q"/> is null.</exception>
    /// <exception cref="ArgumentException">Either is not a distribution, or their lengths differ ("length").</exception>
    public static double Bits(double[] p, double[] q)
    {
        // TODO: the same in bits.
        throw new NotImplementedException("TODO JensenShannon.Bits: return the Jensen–Shannon divergence in bits.");
    }

    /// <summary>
    /// The Jensen–Shannon distance √JS(p, q) (JS in nats), a metric: symmetric, zero only for p = q, and satisfying the
    /// triangle inequality.
    /// </summary>
    /// <param name="p">The first distribution.</param>
    /// <param name="q">The second distribution, over the same outcomes.</param>
    /// <returns>The distance, in [0, √ln 2].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> or <paramref name="q"/> is null.</exception>
    /// <exception cref="ArgumentException">Either is not a distribution, or their lengths differ ("length").</exception>
    public static double Distance(double[] p, double[] q)
    {
        // TODO: the square root of the divergence.
        throw new NotImplementedException("TODO JensenShannon.Distance: return √JS(p, q).");
    }
}
