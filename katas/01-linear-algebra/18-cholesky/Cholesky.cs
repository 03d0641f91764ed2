namespace MathForML.LinearAlgebra;

/// <summary>
/// A symmetric matrix A is positive definite (SPD) when xᵀAx &gt; 0 for every x ≠ 0: covariance matrices, kernel
/// matrices and the Hessians of convex losses near a minimum are all of this kind. Every SPD matrix factors as
/// A = LLᵀ with L lower triangular and a positive diagonal (the Cholesky factorisation) — about ⅓n³ flops, half of
/// LU's ⅔n³, no pivoting needed, and the attempt itself is the standard test for positive definiteness.
/// This kata builds on <see cref="GaussianElimination"/> (its triangular solves).
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/18-cholesky/README.md</remarks>
public static class Cholesky
{
    /// <summary>
    /// The Cholesky factor L of a symmetric positive definite A: lower triangular, positive diagonal, A = LLᵀ.
    /// The entries above L's diagonal are 0.
    /// <para>
    /// Symmetric means |aᵢⱼ − aⱼᵢ| ≤ n·ε·max|aᵢⱼ| for all i, j (ε = 2⁻⁵² ≈ 2.2e-16), checked first. Positive definite
    /// means every pivot dⱼ = aⱼⱼ − Σ_{k&lt;j} lⱼₖ² (the number whose square root is lⱼⱼ) satisfies
    /// dⱼ &gt; n·ε·max|aᵢⱼ| — not just dⱼ &gt; 0, because a singular semi-definite A leaves a pivot of ±rounding noise.
    /// </para>
    /// </summary>
    /// <param name="a">An n×n symmetric positive definite matrix (not modified).</param>
    /// <returns>L, a new n×n array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="a"/> is empty ("empty"), not square ("square"), not symmetric ("symmetric"), or not positive
    /// definite ("positive definite").
    /// </exception>
    public static double[,] Decompose(double[,] a)
    {
        // TODO: check symmetry, then fill L column by column, refusing any pivot that is not clearly positive.
        throw new NotImplementedException("TODO Cholesky.Decompose: return the lower triangular L with positive diagonal and A = LLᵀ.");
    }

    /// <summary>
    /// Whether A is symmetric and positive definite, decided by attempting the factorisation of
    /// <see cref="Decompose"/> (same symmetry and pivot thresholds): true when it succeeds, false when A is not
    /// symmetric or a pivot is not clearly positive. No exception for those cases.
    /// </summary>
    /// <param name="a">An n×n matrix.</param>
    /// <returns>True for a symmetric positive definite matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is empty ("empty") or not square ("square").</exception>
    public static bool IsPositiveDefinite(double[,] a)
    {
        // TODO: share the factorisation loop with Decompose, reporting failure instead of throwing.
        throw new NotImplementedException("TODO Cholesky.IsPositiveDefinite: return whether A is symmetric and the Cholesky factorisation succeeds.");
    }

    /// <summary>
    /// Solves Ax = b for a symmetric positive definite A: A = LLᵀ, so solve Ly = b by forward substitution and then
    /// Lᵀx = y by back substitution (<see cref="GaussianElimination.ForwardSubstitution"/>,
    /// <see cref="GaussianElimination.BackSubstitution"/>; Lᵀ is L with rows and columns swapped).
    /// </summary>
    /// <param name="a">An n×n symmetric positive definite matrix (not modified).</param>
    /// <param name="b">The right-hand side, n entries (not modified).</param>
    /// <returns>The solution x, a new array of n entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// As for <see cref="Decompose"/>; <paramref name="b"/>'s length is not n ("length").
    /// </exception>
    public static double[] Solve(double[,] a, double[] b)
    {
        // TODO: factor, then two triangular solves.
        throw new NotImplementedException("TODO Cholesky.Solve: return x with Ax = b, using A = LLᵀ.");
    }
}
