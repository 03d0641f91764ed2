namespace MathForML.LinearAlgebra;

/// <summary>
/// The inverse A⁻¹: the matrix with AA⁻¹ = A⁻¹A = I, which undoes the map x ↦ Ax. Gauss–Jordan elimination finds it
/// by applying row operations to the augmented matrix [A | I] until the left half is I; the same operations turn the
/// right half into A⁻¹. (In practice you rarely need A⁻¹ itself: to compute A⁻¹b, solve Ax = b instead — it is
/// cheaper and more accurate.)
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/10-inverse/README.md</remarks>
public static class MatrixInverse
{
    /// <summary>
    /// A⁻¹ by Gauss–Jordan elimination with partial pivoting on [A | I]: row operations turn the left half into I and,
    /// at the same time, the right half into A⁻¹.
    /// <para>
    /// A pivot with |aₚₖ| ≤ n·ε·max|aᵢⱼ| (ε ≈ 2.2e-16, max over the original A) means A is singular to working
    /// precision: refuse it instead of dividing by rounding noise.
    /// </para>
    /// </summary>
    /// <param name="a">An n×n non-singular matrix (not modified).</param>
    /// <returns>A⁻¹, a new n×n array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="a"/> is empty ("empty"), not square ("square"), or singular to working precision ("singular").
    /// </exception>
    public static double[,] Invert(double[,] a)
    {
        // TODO: build a working copy of A and an identity matrix of the same size, and eliminate in both at once.
        throw new NotImplementedException("TODO MatrixInverse.Invert: return A⁻¹ by reducing [A | I] to [I | A⁻¹].");
    }
}
