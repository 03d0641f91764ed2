namespace MathForML.LinearAlgebra;

/// <summary>
/// Orthogonal projection: the point of a line, or of a subspace, closest to a given vector. The residual
/// (vector minus projection) is perpendicular to the subspace — that single fact gives every formula here,
/// and it is the geometry behind least squares and linear regression.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/13-projections/README.md</remarks>
public static class Projections
{
    /// <summary>
    /// The projection of v onto the line through u: p = (v·u / u·u) u. The coefficient v·u / u·u is chosen so that
    /// the residual v − p is perpendicular to u. The result depends only on the line, not on the length or sign of u.
    /// Entries near 1e200 must work, although u·u computed directly would overflow to ∞.
    /// </summary>
    /// <param name="v">The vector to project.</param>
    /// <param name="onto">The direction u of the line, non-zero, of the same length as v.</param>
    /// <returns>p, a new array of the same length.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> or <paramref name="onto"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="onto"/> is the zero vector, or empty ("zero"); the lengths differ ("length").</exception>
    public static double[] OntoVector(double[] v, double[] onto)
    {
        // TODO: rescale u, then coefficient = (v·u)/(u·u) and return coefficient·u.
        throw new NotImplementedException("TODO Projections.OntoVector: return (v·u / u·u) u.");
    }

    /// <summary>
    /// The m×m matrix P that projects onto the column space of the m×n matrix A (independent columns, so n ≤ m):
    /// P = A(AᵀA)⁻¹Aᵀ. P is symmetric, P² = P, and trace P = n.
    /// Compute it without forming an inverse: with an orthonormal basis q₁ … qₙ of the column space, P = QQᵀ.
    /// <para>
    /// Rank: a column whose remainder, after removing its components along the previous q's, is a rounding-level
    /// fraction of its own length — ‖remainder‖ ≤ 100·m·ε·‖column‖ (m rows), the same safety factor 100 as in
    /// <see cref="RankAndBasis"/> — is a combination of the columns before it, and A is rank-deficient.
    /// So is a matrix with more columns than rows.
    /// </para>
    /// </summary>
    /// <param name="a">An m×n matrix with linearly independent columns (not modified).</param>
    /// <returns>P, a new m×m array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is empty ("empty"); its columns are linearly dependent ("rank").</exception>
    public static double[,] ProjectionMatrix(double[,] a)
    {
        // TODO: orthonormalise the columns of A (reject dependent ones), then return QQᵀ.
        throw new NotImplementedException("TODO Projections.ProjectionMatrix: return P = A(AᵀA)⁻¹Aᵀ, computed stably.");
    }

    /// <summary>
    /// The projection of v onto the column space of A: the point Ax̂ closest to v, which is Pv. With an orthonormal basis
    /// q₁ … qₙ of the column space, Pv = Σₖ (qₖ·v) qₖ — no m×m matrix needed. The same x̂ solves the least-squares
    /// problem min ‖Ax − v‖.
    /// </summary>
    /// <param name="a">An m×n matrix with linearly independent columns (not modified).</param>
    /// <param name="v">A vector of length m (not modified).</param>
    /// <returns>Pv, a new array of length m.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="v"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="a"/> is empty ("empty") or has dependent columns ("rank"); <paramref name="v"/>'s length is not m ("length").
    /// </exception>
    public static double[] OntoColumnSpace(double[,] a, double[] v)
    {
        // TODO: reuse the orthonormal basis from ProjectionMatrix and add up the components of v along it.
        throw new NotImplementedException("TODO Projections.OntoColumnSpace: return Pv, the closest point to v in the column space of A.");
    }
}
