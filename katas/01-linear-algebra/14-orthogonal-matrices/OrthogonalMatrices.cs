namespace MathForML.LinearAlgebra;

/// <summary>
/// Orthogonal matrices are the square matrices with QᵀQ = I: their columns are unit vectors at right angles to each
/// other, and they move vectors without stretching them — lengths and angles are preserved, ‖Qx‖₂ = ‖x‖₂.
/// Rotations (det Q = +1) and reflections (det Q = −1) are the two kinds. Results are new arrays; inputs are unchanged.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/14-orthogonal-matrices/README.md</remarks>
public static class OrthogonalMatrices
{
    /// <summary>
    /// The counter-clockwise rotation of the plane by <paramref name="angle"/> radians:
    /// R(θ) = [cos θ  −sin θ; sin θ  cos θ]. R(π/2) turns e₁ = (1, 0) into e₂ = (0, 1).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="angle"/> is NaN or infinite.</exception>
    public static double[,] Rotation2D(double angle)
    {
        // TODO: C# column 0 is where e₁ goes, (cos θ, sin θ); C# column 1 is where e₂ goes, (−sin θ, cos θ).
        throw new NotImplementedException("TODO OrthogonalMatrices.Rotation2D: return [cos θ  −sin θ; sin θ  cos θ].");
    }

    /// <summary>
    /// The 3×3 rotation by <paramref name="angle"/> radians about <paramref name="axis"/>, counter-clockwise when the
    /// axis points at you (right-hand rule), by Rodrigues' formula R = I + sin θ·K + (1 − cos θ)·K², where
    /// u = (x, y, z) is the axis divided by its length and K = [0 −z y; z 0 −x; −y x 0] is the matrix with
    /// K·v = u × v. The axis need not have length 1: normalise it first (overflow-safe, as in <see cref="Norms.L2"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="axis"/> is null.</exception>
    /// <exception cref="ArgumentException">The axis does not have 3 entries ("3"), or it is the zero vector, which has no direction ("zero").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="angle"/> is NaN or infinite.</exception>
    public static double[,] Rotation3D(double[] axis, double angle)
    {
        // TODO: normalise the axis to u, build K from u, and add I + sin θ·K + (1 − cos θ)·K² (K² = uuᵀ − I).
        throw new NotImplementedException("TODO OrthogonalMatrices.Rotation3D: return I + sin θ·K + (1 − cos θ)·K² for the unit axis u.");
    }

    /// <summary>
    /// The Householder reflection H = I − 2nnᵀ/(nᵀn) across the hyperplane (line, plane, …) perpendicular to
    /// <paramref name="normal"/>: H sends n to −n and leaves every vector perpendicular to n where it is.
    /// The result is n×n for a normal of length n. Divide by the length of n first (u = n/‖n‖, H = I − 2uuᵀ)
    /// so that nᵀn cannot overflow.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="normal"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="normal"/> is the zero vector or empty ("zero").</exception>
    public static double[,] Reflection(double[] normal)
    {
        // TODO: normalise n to u, then H[i, j] = δᵢⱼ − 2uᵢuⱼ (δᵢⱼ is 1 on the diagonal, 0 elsewhere).
        throw new NotImplementedException("TODO OrthogonalMatrices.Reflection: return H = I − 2nnᵀ/(nᵀn).");
    }

    /// <summary>
    /// Whether <paramref name="q"/> is orthogonal: square, and every entry of QᵀQ is within
    /// <paramref name="tolerance"/> of the identity's — (QᵀQ)ᵢᵢ = ‖column i‖² ≈ 1 and (QᵀQ)ᵢⱼ = column i · column j ≈ 0.
    /// A non-square matrix returns <see langword="false"/> (orthogonal matrices are square by definition; a tall
    /// matrix may have orthonormal columns, but it is not orthogonal).
    /// </summary>
    /// <param name="q">The matrix to test.</param>
    /// <param name="tolerance">The largest |(QᵀQ − I)ᵢⱼ| allowed, non-negative (0 demands exact equality).</param>
    /// <exception cref="ArgumentNullException"><paramref name="q"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or NaN.</exception>
    public static bool IsOrthogonal(double[,] q, double tolerance = 1e-10)
    {
        // TODO: return false if not square; otherwise compare each column dot product with 1 (i = j) or 0 (i ≠ j).
        throw new NotImplementedException("TODO OrthogonalMatrices.IsOrthogonal: return whether Q is square with QᵀQ = I within the tolerance.");
    }
}
