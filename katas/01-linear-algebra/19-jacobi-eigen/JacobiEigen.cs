namespace MathForML.LinearAlgebra;

/// <summary>
/// The cyclic Jacobi eigenvalue algorithm: plane rotations A ← JᵀAJ, each zeroing one off-diagonal pair, swept over
/// all pairs until A is diagonal; the product of the rotations holds the eigenvectors. Rotations are orthogonal, so
/// nothing is amplified: the method is very accurate.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/19-jacobi-eigen/README.md</remarks>
public static class JacobiEigen
{
    /// <summary>
    /// A = QΛQᵀ by cyclic Jacobi rotations, on a copy of A symmetrised as (A + Aᵀ)/2. A sweep visits every pair
    /// p &lt; q once. Converged when, before a sweep, off(A) = √(Σ_{i≠j} aᵢⱼ²) ≤ ε·‖A‖_F (ε = 2⁻⁵²), for entries of
    /// any size (1e±200 included). Eigenvalues in ascending order, the columns of Q in the same order.
    /// Symmetric means |aᵢⱼ − aⱼᵢ| ≤ 1e-10·max|aᵢⱼ|.
    /// </summary>
    /// <param name="symmetric">A symmetric n×n matrix (n ≥ 1). It is not modified.</param>
    /// <param name="maxSweeps">The most sweeps to run, at least 1.</param>
    /// <returns>The eigenvalues (ascending) and the eigenvectors (as columns).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="symmetric"/> is null.</exception>
    /// <exception cref="ArgumentException">Not square ("square"), empty ("empty") or not symmetric ("symmetric").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSweeps"/> &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">off(A) is still too large after <paramref name="maxSweeps"/> sweeps ("converge").</exception>
    public static SymmetricEigen Decompose(double[,] symmetric, int maxSweeps = 100)
    {
        // TODO: copy A, start Q = I, and write one rotation Rotate(a, q, p, r) first; then loop sweeps until off(A) is tiny.
        throw new NotImplementedException("TODO JacobiEigen.Decompose: return ascending eigenvalues and orthonormal eigenvectors with A = QΛQᵀ.");
    }
}
