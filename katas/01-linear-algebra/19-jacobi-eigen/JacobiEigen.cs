namespace MathForML.LinearAlgebra;

/// <summary>
/// The cyclic Jacobi eigenvalue algorithm. A plane rotation J in coordinates (p, q) can be chosen so that
/// A ← JᵀAJ has a zero at (p, q). Sweeping over all pairs p &lt; q again and again drives every off-diagonal
/// entry to zero; then the diagonal holds the eigenvalues and the product of all the rotations, Q = J₁J₂⋯,
/// holds the eigenvectors. Rotations are orthogonal, so nothing is amplified: the method is very accurate.
/// </summary>
public static class JacobiEigen
{
    /// <summary>
    /// A = QΛQᵀ by cyclic Jacobi rotations. Work on a copy of A (symmetrised as (A + Aᵀ)/2) and Q = I.
    /// Before each sweep, stop if off(A) = √(Σ_{i≠j} aᵢⱼ²) ≤ ε·‖A‖_F (ε = 2⁻⁵²; compute both norms so they cannot
    /// overflow). A sweep visits every pair p &lt; q with a_pq ≠ 0 (skip zeros: the formula below would be 0/0):
    /// θ = (a_qq − a_pp) / (2a_pq), t = sign(θ) / (|θ| + √(θ² + 1)) (with sign(0) = 1; t = tan φ, |φ| ≤ π/4),
    /// c = 1/√(t² + 1), s = t·c. Then a_pp −= t·a_pq, a_qq += t·a_pq, a_pq = a_qp = 0, and for every other row k:
    /// (a_kp, a_kq) ← (c·a_kp − s·a_kq, s·a_kp + c·a_kq) (mirror into a_pk, a_qk); for every row k of Q:
    /// (q_kp, q_kq) ← (c·q_kp − s·q_kq, s·q_kp + c·q_kq). Finally sort the diagonal ascending and the columns of Q with it.
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
