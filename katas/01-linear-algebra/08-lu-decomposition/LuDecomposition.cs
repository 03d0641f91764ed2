namespace MathForML.LinearAlgebra;

/// <summary>
/// LU decomposition: Gaussian elimination that keeps its multipliers. Storing the multiplier lᵢₖ used to clear
/// entry (i, k) in a unit lower triangular L gives A = LU, and with row swaps (partial pivoting) PA = LU. The
/// factorisation costs about ⅔n³ flops once; every later right-hand side costs only two triangular solves of about
/// n² flops each. This kata builds on <see cref="GaussianElimination"/>: reuse its substitutions.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/08-lu-decomposition/README.md</remarks>
public static class LuDecomposition
{
    /// <summary>
    /// Factors PA = LU with partial pivoting: each pivot is the largest entry available in its column, so every
    /// multiplier has |lᵢⱼ| ≤ 1, and row swaps move the rows of U, the multipliers already in L and the permutation
    /// together.
    /// <para>
    /// Every square matrix has such a factorisation, singular ones included: if column k is exactly zero from the
    /// diagonal down there is nothing to eliminate (skip it — do not compute 0/0), and U simply gets a 0 on its
    /// diagonal. Decompose therefore never reports "singular"; <see cref="Solve"/> does.
    /// </para>
    /// </summary>
    /// <param name="a">An n×n matrix (not modified).</param>
    /// <returns>
    /// L (unit lower triangular, |lᵢⱼ| ≤ 1), U (upper triangular, exact zeros stored below the diagonal) and the
    /// permutation (row i of PA is row <c>Permutation[i]</c> of A, C# row indices from 0).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is empty ("empty") or not square ("square").</exception>
    public static LuFactors Decompose(double[,] a)
    {
        // TODO: start from U = copy of A, L = zeros, Permutation = 0 … n − 1, and eliminate column by column.
        throw new NotImplementedException("TODO LuDecomposition.Decompose: return L, U and the row permutation with PA = LU.");
    }

    /// <summary>
    /// Solves Ax = b from the factors of A: PAx = Pb, so L(Ux) = Pb — solve Ly = Pb, then Ux = y, with
    /// <see cref="GaussianElimination.ForwardSubstitution"/> and <see cref="GaussianElimination.BackSubstitution"/>.
    /// </summary>
    /// <param name="lu">The factors returned by <see cref="Decompose"/>.</param>
    /// <param name="b">The right-hand side, n entries (not modified).</param>
    /// <returns>The solution x, a new array of n entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lu"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="b"/>'s length is not n ("length"); U has a zero or negligible diagonal entry, so A is singular
    /// ("singular", as reported by back substitution).
    /// </exception>
    public static double[] Solve(LuFactors lu, double[] b)
    {
        // TODO: permute b, then two triangular solves.
        throw new NotImplementedException("TODO LuDecomposition.Solve: return x with Ax = b, using PA = LU.");
    }
}
