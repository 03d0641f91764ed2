namespace MathForML.LinearAlgebra;

/// <summary>
/// Diagonalisation A = PDP⁻¹: the columns of P are eigenvectors and D = diag(d) holds their eigenvalues. In that
/// basis A only scales each coordinate, so Aᵏ = PDᵏP⁻¹ and, more generally, f(A) = P·f(D)·P⁻¹. For a symmetric A
/// the eigenvectors can be chosen orthonormal (P = Q, P⁻¹ = Qᵀ) — use <see cref="JacobiEigen.Decompose"/> from the
/// previous kata for <see cref="Power"/> and <see cref="Apply"/>.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/20-diagonalization/README.md</remarks>
public static class Diagonalization
{
    /// <summary>
    /// A = P·diag(d)·P⁻¹ for any invertible P (not necessarily orthogonal), so aᵢⱼ = Σₖ pᵢₖ·dₖ·(P⁻¹)ₖⱼ.
    /// P counts as singular when Gauss–Jordan elimination with partial pivoting meets a pivot with
    /// |pivot| ≤ n·ε·max|pᵢⱼ| (ε = 2⁻⁵²).
    /// </summary>
    /// <param name="p">An invertible n×n matrix whose columns are the eigenvectors. It is not modified.</param>
    /// <param name="d">The n eigenvalues, d[k] belonging to column k of P (C# indices). It is not modified.</param>
    /// <returns>A, a new n×n array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> or <paramref name="d"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="p"/> is not square or is empty ("square", "empty"); the length of <paramref name="d"/> is not n
    /// ("length"); <paramref name="p"/> is singular ("singular").
    /// </exception>
    public static double[,] Reconstruct(double[,] p, double[] d)
    {
        // TODO: invert P by Gauss–Jordan with partial pivoting, then multiply P·diag(d)·P⁻¹.
        throw new NotImplementedException("TODO Diagonalization.Reconstruct: return P·diag(d)·P⁻¹.");
    }

    /// <summary>
    /// Aᵏ = Q·Λᵏ·Qᵀ for a symmetric A = QΛQᵀ (from <see cref="JacobiEigen.Decompose"/>): raise each eigenvalue
    /// to the power k. k = 0 gives I (λ⁰ = 1, even for λ = 0). k &lt; 0 needs every eigenvalue non-zero: if
    /// min|λ| ≤ n·ε·max|λ| the matrix is singular.
    /// </summary>
    /// <param name="symmetric">A symmetric n×n matrix. It is not modified.</param>
    /// <param name="k">Any integer power.</param>
    /// <returns>Aᵏ, a new n×n array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="symmetric"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// Not square, empty or not symmetric (as in <see cref="JacobiEigen.Decompose"/>: "symmetric"); k &lt; 0 and A
    /// singular ("singular").
    /// </exception>
    public static double[,] Power(double[,] symmetric, int k)
    {
        // TODO: decompose with JacobiEigen, check invertibility when k < 0, then rebuild Q·diag(λᵏ)·Qᵀ.
        throw new NotImplementedException("TODO Diagonalization.Power: return Aᵏ = QΛᵏQᵀ.");
    }

    /// <summary>
    /// f(A) = Q·diag(f(λ₁), …, f(λₙ))·Qᵀ for a symmetric A = QΛQᵀ: the matrix that acts on each eigenvector qᵢ as
    /// multiplication by f(λᵢ). Example: f = √ on an SPD matrix gives its symmetric square root, √A·√A = A.
    /// If f(λ) is NaN or infinite for some eigenvalue, f(A) is undefined.
    /// </summary>
    /// <param name="symmetric">A symmetric n×n matrix. It is not modified.</param>
    /// <param name="f">The function to apply to each eigenvalue.</param>
    /// <returns>f(A), a new n×n array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="symmetric"/> or <paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// Not square, empty or not symmetric ("symmetric"); f is not finite at an eigenvalue ("eigenvalue").
    /// </exception>
    public static double[,] Apply(double[,] symmetric, Func<double, double> f)
    {
        // TODO: decompose with JacobiEigen, apply f to each eigenvalue (check it is finite), rebuild Q·f(Λ)·Qᵀ.
        throw new NotImplementedException("TODO Diagonalization.Apply: return f(A) = Q·f(Λ)·Qᵀ.");
    }
}
