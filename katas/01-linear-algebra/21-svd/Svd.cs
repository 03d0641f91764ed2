namespace MathForML.LinearAlgebra;

/// <summary>
/// The singular value decomposition by one-sided Jacobi (Hestenes). Keep W = AV with V orthogonal, starting from
/// W = A, V = I, and rotate pairs of columns of W (and of V, to keep W = AV) until every pair is orthogonal. Then
/// W = UΣ: the column lengths are the singular values and the normalised columns are U. Every step is a rotation,
/// so the method is as accurate as symmetric Jacobi — it is Jacobi applied to AᵀA without ever forming AᵀA.
/// </summary>
public static class Svd
{
    /// <summary>
    /// A = U·diag(σ)·Vᵀ. For m ≥ n: divide A by its largest |entry| (so squares cannot overflow; multiply σ back at
    /// the end) and set W = A, V = I. A sweep visits every pair of columns p &lt; q: with α = ‖w_p‖², β = ‖w_q‖²,
    /// γ = w_p·w_q, skip the pair if |γ| ≤ m·ε·√(αβ) (already orthogonal, ε = 2⁻⁵²); otherwise ζ = (β − α)/(2γ),
    /// t = sign(ζ)/(|ζ| + √(ζ² + 1)), c = 1/√(t² + 1), s = c·t, and replace columns (w_p, w_q) by (c·w_p − s·w_q,
    /// s·w_p + c·w_q) — the same in V. Stop after a sweep with no rotation. Then σⱼ = ‖wⱼ‖, sort descending (with the
    /// columns of W and V), and set uⱼ = wⱼ/σⱼ. A column with σⱼ ≤ max(m, n)·ε·σ₁ is rounding noise: give U there a
    /// unit vector orthogonal to the previous columns instead (e.g. the standard basis vector that keeps the most
    /// length after removing those directions), so U still has orthonormal columns.
    /// For m &lt; n decompose Aᵀ = U'ΣV'ᵀ and return U = V', V = U'.
    /// </summary>
    /// <param name="a">Any m×n matrix with m, n ≥ 1. It is not modified.</param>
    /// <param name="maxSweeps">The most sweeps to run, at least 1.</param>
    /// <returns>U (m×r), σ (length r, descending) and V (n×r).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> has no rows or no columns ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSweeps"/> &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">A pair still needed a rotation in the last allowed sweep ("converge").</exception>
    public static SvdFactors Decompose(double[,] a, int maxSweeps = 100)
    {
        // TODO: start with the m ≥ n case: copy A into W, set V = I, and write the rotation of one pair of columns.
        throw new NotImplementedException("TODO Svd.Decompose: return U, descending σ and V with A = U·diag(σ)·Vᵀ.");
    }
}
