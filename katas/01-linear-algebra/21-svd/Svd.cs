namespace MathForML.LinearAlgebra;

/// <summary>
/// The singular value decomposition by one-sided Jacobi (Hestenes): rotations of pairs of columns, as accurate as
/// symmetric Jacobi and without ever forming AᵀA.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/21-svd/README.md</remarks>
public static class Svd
{
    /// <summary>
    /// The thin SVD A = U·diag(σ)·Vᵀ, with r = min(m, n): U is m×r and V is n×r with orthonormal columns, and
    /// σ₁ ≥ … ≥ σᵣ ≥ 0. U keeps orthonormal columns when A is rank-deficient: where σⱼ ≤ max(m, n)·ε·σ₁ (ε = 2⁻⁵²),
    /// its column is a unit vector orthogonal to the others. Converged after a sweep over all column pairs p &lt; q of
    /// the working matrix W = AV (see the lesson) that rotated none; a pair needs no rotation when
    /// |w_p·w_q| ≤ m·ε·‖w_p‖·‖w_q‖, with m ≥ n the number of rows (a wide A is handled through Aᵀ).
    /// Entries near 1e±200 must work.
    /// </summary>
    /// <param name="a">Any m×n matrix with m, n ≥ 1. It is not modified.</param>
    /// <param name="maxSweeps">The most sweeps to run, at least 1.</param>
    /// <returns>U (m×r), σ (length r, descending) and V (n×r).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> has no rows or no columns ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSweeps"/> &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">A pair still needed a rotation in the last allowed sweep ("converge").</exception>
    public static SvdFactors Decompose(double[,] a, int maxSweeps = 100)
    {
        // TODO: start with the m ≥ n case: copy A into W, set V = I, and write the rotation of one pair of columns.
        throw new NotImplementedException("TODO Svd.Decompose: return U, descending σ and V with A = U·diag(σ)·Vᵀ.");
    }
}
