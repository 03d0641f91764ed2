namespace MathForML.LinearAlgebra;

/// <summary>
/// Norms measure the size of a vector, and the norm of a difference measures a distance. Every norm obeys three
/// rules: ‖v‖ ≥ 0 with equality only for v = 0; ‖c·v‖ = |c|·‖v‖; and the triangle inequality ‖v + w‖ ≤ ‖v‖ + ‖w‖.
/// The norm of an empty vector is 0 (an empty sum). Entries are assumed finite.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/03-norms/README.md</remarks>
public static class Norms
{
    /// <summary>
    /// The L1 (Manhattan, taxicab) norm ‖v‖₁ = Σᵢ |vᵢ|.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> is null.</exception>
    public static double L1(double[] v)
    {
        // TODO: add up the absolute values.
        throw new NotImplementedException("TODO Norms.L1: return Σᵢ |vᵢ|.");
    }

    /// <summary>
    /// The Euclidean length ‖v‖₂ = √(Σᵢ vᵢ²), computed without overflow or underflow: ‖(1e200, 1e200)‖₂ = √2·1e200 and
    /// ‖(1e-200, 1e-200)‖₂ = √2·1e-200, although squaring 1e200 directly gives infinity and squaring 1e-200 gives 0.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> is null.</exception>
    public static double L2(double[] v)
    {
        // TODO: find m = max |vᵢ| (return 0 if it is 0), sum the squares of vᵢ/m, and return m·√sum.
        throw new NotImplementedException("TODO Norms.L2: return √(Σᵢ vᵢ²), scaled by the largest |vᵢ| so it cannot overflow.");
    }

    /// <summary>
    /// The L∞ (maximum, Chebyshev) norm ‖v‖∞ = maxᵢ |vᵢ| (0 for an empty vector).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> is null.</exception>
    public static double LInfinity(double[] v)
    {
        // TODO: keep the largest absolute value seen so far, starting from 0.
        throw new NotImplementedException("TODO Norms.LInfinity: return maxᵢ |vᵢ|.");
    }

    /// <summary>
    /// The p-norm ‖v‖ₚ = (Σᵢ |vᵢ|ᵖ)^(1/p) for p ≥ 1, including p = ∞ (<see cref="double.PositiveInfinity"/>),
    /// where it is the L∞ norm. Like <see cref="L2"/> it neither overflows nor underflows, also for a large p
    /// (10ᵖ overflows for p = 400, yet ‖v‖₄₀₀ of entries up to 10 is close to maxᵢ |vᵢ|).
    /// </summary>
    /// <param name="v">The vector.</param>
    /// <param name="p">The exponent, at least 1 (for p &lt; 1 the triangle inequality fails: not a norm).</param>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> is null (reported before a bad <paramref name="p"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is below 1 or NaN.</exception>
    public static double PNorm(double[] v, double p)
    {
        // TODO: validate p, treat p = ∞ as L∞, otherwise scale by m = max |vᵢ| and use Math.Pow.
        throw new NotImplementedException("TODO Norms.PNorm: return (Σᵢ |vᵢ|ᵖ)^(1/p), scaled by the largest |vᵢ|; reject p < 1.");
    }

    /// <summary>
    /// The unit vector v / ‖v‖₂ pointing the same way as v (its L2 norm is 1). Works for huge and tiny entries
    /// as long as <see cref="L2"/> does. Returns a new array.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="v"/> is the zero vector (or empty), which has no direction ("zero").</exception>
    public static double[] Normalize(double[] v)
    {
        // TODO: compute ‖v‖₂, reject 0, divide every entry by it.
        throw new NotImplementedException("TODO Norms.Normalize: return v / ‖v‖₂; reject the zero vector.");
    }

    /// <summary>
    /// The Euclidean (straight-line) distance ‖v − w‖₂ between two points of the same length.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> or <paramref name="w"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length").</exception>
    public static double EuclideanDistance(double[] v, double[] w)
    {
        // TODO: the L2 norm of the difference v − w.
        throw new NotImplementedException("TODO Norms.EuclideanDistance: return ‖v − w‖₂.");
    }

    /// <summary>
    /// The Manhattan (city-block) distance ‖v − w‖₁ = Σᵢ |vᵢ − wᵢ| between two points of the same length.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> or <paramref name="w"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length").</exception>
    public static double ManhattanDistance(double[] v, double[] w)
    {
        // TODO: the L1 norm of the difference v − w.
        throw new NotImplementedException("TODO Norms.ManhattanDistance: return ‖v − w‖₁ = Σᵢ |vᵢ − wᵢ|.");
    }
}
