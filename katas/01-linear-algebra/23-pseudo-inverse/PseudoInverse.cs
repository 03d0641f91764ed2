namespace MathForML.LinearAlgebra;

/// <summary>
/// The Moore–Penrose pseudo-inverse. With A = UΣVᵀ, A⁺ = VΣ⁺Uᵀ where Σ⁺ inverts each non-zero singular value and
/// leaves the zeros at 0: A⁺ undoes A on its row space and sends the rest to 0. It exists for every matrix, equals
/// A⁻¹ when A is invertible, and x = A⁺b is the least-squares solution of Ax ≈ b with the smallest length.
/// Builds on <see cref="Svd.Decompose"/>.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/23-pseudo-inverse/README.md</remarks>
public static class PseudoInverse
{
    /// <summary>
    /// A⁺ = Σ_{σₖ &gt; tol} vₖ·uₖᵀ / σₖ, an n×m matrix; in C# (indices from 0), result[i, j] = Σ V[i, k]·U[j, k] / σ[k]
    /// over the k with σ[k] &gt; tol. Singular values
    /// at or below the tolerance count as zero. The default tolerance is max(m, n)·ε·σ₁ (ε = 2⁻⁵²): anything smaller
    /// is indistinguishable from rounding error, and inverting it would fill A⁺ with noise of size 1/ε.
    /// </summary>
    /// <param name="a">An m×n matrix (m, n ≥ 1). It is not modified.</param>
    /// <param name="tolerance">The cut-off, non-negative; null for the default max(m, n)·ε·σ₁.</param>
    /// <returns>A⁺, a new n×m array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or NaN.</exception>
    public static double[,] Compute(double[,] a, double? tolerance = null)
    {
        // TODO: decompose with Svd.Decompose, pick the cut-off, and add vₖuₖᵀ/σₖ for every σₖ above it.
        throw new NotImplementedException("TODO PseudoInverse.Compute: return A⁺ = VΣ⁺Uᵀ.");
    }

    /// <summary>
    /// x = A⁺b = Σ_{σₖ &gt; tol} (uₖ·b / σₖ)·vₖ with the default tolerance of <see cref="Compute"/> — computed directly,
    /// without forming A⁺. It minimises ‖Ax − b‖₂ and, among all minimisers, has the smallest ‖x‖₂: for an
    /// underdetermined system it is the solution closest to the origin.
    /// </summary>
    /// <param name="a">An m×n matrix (m, n ≥ 1). It is not modified.</param>
    /// <param name="b">The right-hand side, length m. It is not modified.</param>
    /// <returns>x, length n.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentException">The length of <paramref name="b"/> is not m ("length"); <paramref name="a"/> is empty ("empty").</exception>
    public static double[] MinimumNormSolution(double[,] a, double[] b)
    {
        // TODO: decompose with Svd.Decompose, then accumulate (uₖ·b / σₖ)·vₖ over the singular values above the cut-off.
        throw new NotImplementedException("TODO PseudoInverse.MinimumNormSolution: return x = A⁺b.");
    }
}
