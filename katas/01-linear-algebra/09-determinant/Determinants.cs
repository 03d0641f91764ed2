namespace MathForML.LinearAlgebra;

/// <summary>
/// The determinant det A: the factor by which the linear map x ↦ Ax scales volumes (with a sign for whether it
/// flips orientation). det A = 0 exactly when A squashes space flat, i.e. when A is singular. Two ways to compute it:
/// the definition by cofactor expansion, which costs about n! operations, and the LU shortcut, which costs about ⅔n³
/// flops (the cost of the factorisation). This kata builds on <see cref="LuDecomposition"/>.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/09-determinant/README.md</remarks>
public static class Determinants
{
    /// <summary>
    /// det A by Laplace (cofactor) expansion along the first row:
    /// det A = Σⱼ (−1)¹⁺ʲ a₁ⱼ det M₁ⱼ for j = 1 … n, where the minor M₁ⱼ is A without its first row and column j, and
    /// det [a] = a for 1×1. (In C# array indices: row 0, and the sign (−1)ʲ for array column j.)
    /// The cost grows like n! (8! = 40 320, but 20! ≈ 2.4·10¹⁸): matrices larger than 8×8 are refused.
    /// On small integer matrices the result is exact.
    /// </summary>
    /// <param name="a">An n×n matrix with 1 ≤ n ≤ 8 (not modified).</param>
    /// <returns>det A.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is empty ("empty") or not square ("square").</exception>
    /// <exception cref="ArgumentOutOfRangeException">n &gt; 8 ("too large" in the message).</exception>
    public static double ByCofactors(double[,] a)
    {
        // TODO: validate, then recurse: build each minor by skipping row 0 and column j.
        throw new NotImplementedException("TODO Determinants.ByCofactors: return Σⱼ (−1)ʲ a₀ⱼ det(M₀ⱼ), recursively.");
    }

    /// <summary>
    /// det A from PA = LU (<see cref="LuDecomposition.Decompose"/>): det A = Sign · u₁₁ · u₂₂ · … · uₙₙ, where
    /// Sign = det P = ±1 is <see cref="LuFactors.Sign"/>.
    /// A singular A is not an error here: U has a 0 (or, after rounding, a tiny number) on its diagonal, and the
    /// determinant comes out as 0 (or a rounding-level number).
    /// </summary>
    /// <param name="a">An n×n matrix (not modified).</param>
    /// <returns>det A.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is empty ("empty") or not square ("square").</exception>
    public static double ByLu(double[,] a)
    {
        // TODO: decompose, multiply U's diagonal, and do not forget the sign of the row swaps.
        throw new NotImplementedException("TODO Determinants.ByLu: return Sign · Π uᵢᵢ from PA = LU.");
    }
}
