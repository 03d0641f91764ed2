namespace MathForML.NumericalMethods;

/// <summary>
/// Three ways to add up n doubles: left to right (naive), left to right with Kahan's running compensation, and
/// pairwise (a balanced tree of additions). Same values, different rounding errors.
/// </summary>
/// <remarks>
/// All three methods: null is an <see cref="ArgumentNullException"/>; a NaN or infinite value is an
/// <see cref="ArgumentException"/> whose message says "finite"; the sum of no values is 0.
/// Lesson: katas/07-numerical-methods/02-summation/README.md
/// </remarks>
public static class Summation
{
    /// <summary>s = (((x₁ + x₂) + x₃) + …) + xₙ, one rounding per addition, in array order.</summary>
    /// <param name="values">The values, finite.</param>
    /// <returns>The rounded sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite ("finite").</exception>
    public static double NaiveSum(double[] values)
    {
        // TODO: one accumulator, added to in order.
        throw new NotImplementedException("TODO Summation.NaiveSum: return x₁ + x₂ + … + xₙ added left to right.");
    }

    /// <summary>
    /// The sum in array order with Kahan's compensation: the rounding error of each addition is recovered and fed into
    /// the next. Its error is at most about 2ε·Σ|xᵢ| whatever n is (ε = 2⁻⁵²).
    /// </summary>
    /// <param name="values">The values, finite.</param>
    /// <returns>The compensated sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite ("finite").</exception>
    public static double KahanSum(double[] values)
    {
        // TODO: keep a sum and a compensation c; each step adds (x − c) and measures what the addition lost.
        throw new NotImplementedException("TODO Summation.KahanSum: return the sum with Kahan's running compensation.");
    }

    /// <summary>
    /// The pairwise sum: for n ≥ 2, the pairwise sum of the first ⌊n/2⌋ values plus the pairwise sum of the rest; one
    /// value is its own sum. Its error is at most about ε·log₂(n)·Σ|xᵢ|.
    /// </summary>
    /// <param name="values">The values, finite.</param>
    /// <returns>The pairwise sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is NaN or infinite ("finite").</exception>
    public static double PairwiseSum(double[] values)
    {
        // TODO: a private recursive helper over the index range [start, start + count).
        throw new NotImplementedException("TODO Summation.PairwiseSum: return the sum of the two halves' pairwise sums.");
    }
}
