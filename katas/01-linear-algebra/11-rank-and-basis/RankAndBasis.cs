namespace MathForML.LinearAlgebra;

/// <summary>
/// How many independent directions does a matrix really have? Gauss–Jordan elimination to reduced row echelon
/// form (RREF) answers it: the number of pivots is the rank, the pivot columns of the ORIGINAL matrix are a basis of
/// its column space, and the other columns of the RREF say how to build the remaining columns from that basis.
/// Independence and span questions become rank questions about the matrix whose columns are the vectors.
/// <para>
/// In floating point nothing cancels to exactly 0, so "zero" needs a tolerance. Here an entry counts as zero when
/// |x| ≤ tol = 100·max(m, n)·ε·‖A‖∞, with ε = 2⁻⁵² ≈ 2.2e-16 and ‖A‖∞ = maxᵢ Σⱼ |aᵢⱼ| (the largest absolute row
/// sum of the original matrix). It is relative to the size of the entries, so the answers do not change when A is
/// multiplied by 1e-200 or 1e200. (MATLAB's rref uses the same rule without the factor 100; the safety factor
/// covers rounding residues that a small but genuine pivot amplifies in the columns after it.)
/// </para>
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/11-rank-and-basis/README.md</remarks>
public static class RankAndBasis
{
    /// <summary>
    /// The reduced row echelon form R of the m×n matrix A, by Gauss–Jordan elimination with partial pivoting, a column
    /// whose best candidate pivot is negligible (see the class summary) getting no pivot.
    /// The result has a leading 1 in each non-zero row, further right than the row above; zeros above and below every
    /// leading 1; and the zero rows at the bottom. Every leading 1 is exactly 1 and every cleared or negligible entry
    /// exactly 0, so rows beyond the rank are exactly zero. Applying it again changes nothing.
    /// </summary>
    /// <param name="a">An m×n matrix, m, n ≥ 1 (not modified).</param>
    /// <returns>R, a new m×n array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> has no entries ("empty").</exception>
    public static double[,] ReducedRowEchelonForm(double[,] a)
    {
        // TODO: Gauss–Jordan with partial pivoting, as described above; keep track of the row that gets the next pivot.
        throw new NotImplementedException("TODO RankAndBasis.ReducedRowEchelonForm: return the RREF of A (leading 1s, zeros above and below).");
    }

    /// <summary>
    /// The rank of A: the number of pivots in its RREF — the dimension of its column space, and also of its row space,
    /// so rank(A) = rank(Aᵀ) ≤ min(m, n).
    /// </summary>
    /// <param name="a">An m×n matrix, m, n ≥ 1.</param>
    /// <returns>The rank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> has no entries ("empty").</exception>
    public static int Rank(double[,] a)
    {
        // TODO: reuse your elimination and count the pivots.
        throw new NotImplementedException("TODO RankAndBasis.Rank: return the number of pivots.");
    }

    /// <summary>
    /// The indices (C# column indices, from 0) of the pivot columns of A, in increasing order. Those columns of A itself (not of the RREF) are a
    /// basis of the column space: linearly independent, as many as the rank, and every other column is a combination
    /// of them — column j of A is Σₖ rₖⱼ·(pivot column k), with rₖⱼ read from row k of the RREF.
    /// </summary>
    /// <param name="a">An m×n matrix, m, n ≥ 1.</param>
    /// <returns>The pivot column indices (empty for the zero matrix).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> has no entries ("empty").</exception>
    public static int[] PivotColumns(double[,] a)
    {
        // TODO: record the column of each pivot during the elimination.
        throw new NotImplementedException("TODO RankAndBasis.PivotColumns: return the indices of the columns that received a pivot.");
    }

    /// <summary>
    /// Whether the vectors v₁ … vₖ are linearly independent: c₁v₁ + … + cₖvₖ = 0 only for c = 0. Equivalently, the
    /// n×k matrix with the vectors as its columns has rank k. (More than n vectors in ℝⁿ are never independent.)
    /// </summary>
    /// <param name="vectors">k ≥ 1 vectors, all of the same length n ≥ 1.</param>
    /// <returns>True when independent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vectors"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No vectors, or vectors of length 0 ("empty"); vectors of different lengths ("length").</exception>
    public static bool AreLinearlyIndependent(double[][] vectors)
    {
        // TODO: put the vectors in the columns of a matrix and compare its rank with the number of vectors.
        throw new NotImplementedException("TODO RankAndBasis.AreLinearlyIndependent: return rank([v₁ … vₖ]) == k.");
    }

    /// <summary>
    /// Whether v lies in span(v₁ … vₖ) = { c₁v₁ + … + cₖvₖ }. Appending v as one more column raises the rank exactly
    /// when v adds a new direction, so v is in the span iff rank([v₁ … vₖ v]) = rank([v₁ … vₖ]).
    /// The zero vector lies in every span.
    /// </summary>
    /// <param name="vectors">k ≥ 1 vectors, all of the same length n ≥ 1.</param>
    /// <param name="v">A vector of length n.</param>
    /// <returns>True when v is a linear combination of the vectors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vectors"/>, one of them, or <paramref name="v"/> is null.</exception>
    /// <exception cref="ArgumentException">No vectors or vectors of length 0 ("empty"); vectors or v of different lengths ("length").</exception>
    public static bool IsInSpan(double[][] vectors, double[] v)
    {
        // TODO: compare two ranks.
        throw new NotImplementedException("TODO RankAndBasis.IsInSpan: return rank([V v]) == rank(V).");
    }
}
