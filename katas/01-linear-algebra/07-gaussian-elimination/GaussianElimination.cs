namespace MathForML.LinearAlgebra;

/// <summary>
/// Solving a square linear system Ax = b, the workhorse behind least squares, Newton's method and every
/// "solve" call in ML. Triangular systems are solved one unknown at a time (substitution); a general system is
/// first turned into a triangular one by Gaussian elimination — subtracting multiples of rows — with partial
/// pivoting (always dividing by the largest available entry), which is what makes it accurate in floating point.
/// Matrices are <c>double[,]</c> indexed [row, column]; no input array is ever modified.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/07-gaussian-elimination/README.md</remarks>
public static class GaussianElimination
{
    /// <summary>
    /// Solves Ux = b for an upper triangular U (uᵢⱼ = 0 for i &gt; j) by back substitution, last unknown first.
    /// Only the diagonal and the entries above it are read; whatever lies below the diagonal is ignored.
    /// </summary>
    /// <param name="upper">An n×n matrix whose upper triangle (diagonal included) is U.</param>
    /// <param name="b">The right-hand side, n entries.</param>
    /// <returns>The solution x, a new array of n entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upper"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="upper"/> is empty ("empty") or not square ("square"); <paramref name="b"/> has the wrong length
    /// ("length"); a diagonal entry is zero or negligible — |uᵢᵢ| ≤ n·ε·max|uᵢⱼ| over the triangle read — ("singular").
    /// </exception>
    public static double[] BackSubstitution(double[,] upper, double[] b)
    {
        // TODO: validate, then loop i from n − 1 down to 0; every xⱼ with j > i is known by the time you need it.
        throw new NotImplementedException("TODO GaussianElimination.BackSubstitution: return x with Ux = b, solving from the last row up.");
    }

    /// <summary>
    /// Solves Lx = b for a lower triangular L (lᵢⱼ = 0 for i &lt; j) by forward substitution, first unknown first.
    /// Only the diagonal and the entries below it are read; whatever lies above the diagonal is ignored.
    /// </summary>
    /// <param name="lower">An n×n matrix whose lower triangle (diagonal included) is L.</param>
    /// <param name="b">The right-hand side, n entries.</param>
    /// <returns>The solution x, a new array of n entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lower"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="lower"/> is empty ("empty") or not square ("square"); <paramref name="b"/> has the wrong length
    /// ("length"); a diagonal entry is zero or negligible — |lᵢᵢ| ≤ n·ε·max|lᵢⱼ| over the triangle read — ("singular").
    /// </exception>
    public static double[] ForwardSubstitution(double[,] lower, double[] b)
    {
        // TODO: the mirror image of BackSubstitution: loop i upwards from 0.
        throw new NotImplementedException("TODO GaussianElimination.ForwardSubstitution: return x with Lx = b, solving from the first row down.");
    }

    /// <summary>
    /// Solves Ax = b for a square, non-singular A by Gaussian elimination with partial pivoting (on copies of A and b),
    /// finishing with <see cref="BackSubstitution"/>. The residual ‖Ax − b‖ stays at rounding level even for
    /// ill-conditioned A.
    /// <para>
    /// "Singular" is decided with a scale-aware threshold: if the best available pivot of a column has
    /// |aₚₖ| ≤ n·ε·max|aᵢⱼ| (ε = 2⁻⁵² ≈ 2.2e-16, max over the original A) the matrix is singular to working
    /// precision. So [1 2 3; 4 5 6; 7 8 9], whose rounding leaves a pivot of about 1e-16, is refused, while 1e-20·A
    /// is solved whenever A is.
    /// </para>
    /// </summary>
    /// <param name="a">The n×n coefficient matrix (not modified).</param>
    /// <param name="b">The right-hand side, n entries (not modified).</param>
    /// <returns>The solution x, a new array of n entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="a"/> is empty ("empty") or not square ("square"); <paramref name="b"/>'s length is not n ("length");
    /// <paramref name="a"/> is singular to working precision ("singular").
    /// </exception>
    public static double[] Solve(double[,] a, double[] b)
    {
        // TODO: copy A and b, eliminate column by column with row swaps, then call BackSubstitution.
        throw new NotImplementedException("TODO GaussianElimination.Solve: return x with Ax = b, by elimination with partial pivoting.");
    }
}
