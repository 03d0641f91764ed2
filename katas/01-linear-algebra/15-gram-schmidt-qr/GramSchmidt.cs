namespace MathForML.LinearAlgebra;

/// <summary>
/// Gram–Schmidt orthonormalisation: walk through the columns a₁, a₂, … of A, remove from each column its
/// components along the unit vectors already found, and normalise what is left. The classical and modified
/// variants differ in one detail — which vector the coefficients are measured on — and that detail decides
/// whether the result is orthogonal in floating point. The coefficients, kept, form R in A = QR.
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/15-gram-schmidt-qr/README.md</remarks>
public static class GramSchmidt
{
    /// <summary>
    /// Classical Gram–Schmidt. For j = 1 … n: v = aⱼ − Σ_{k&lt;j} (qₖ·aⱼ) qₖ — every coefficient is measured on the
    /// ORIGINAL column aⱼ — then qⱼ = v / ‖v‖. Returns Q, m×n, with orthonormal columns and
    /// span(q₁ … qⱼ) = span(a₁ … aⱼ) for every j.
    /// A column counts as dependent when what is left of it is rounding noise: ‖v‖ ≤ m·ε·‖aⱼ‖ (ε = 2⁻⁵²).
    /// Compute ‖·‖ so that it cannot overflow or underflow (divide by the largest |entry| before squaring).
    /// </summary>
    /// <param name="a">An m×n matrix, m ≥ n ≥ 1, with linearly independent columns. It is not modified.</param>
    /// <returns>Q, a new m×n array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="a"/> has no rows or no columns ("empty"); has fewer rows than columns ("rows");
    /// or a column is (numerically) a combination of the ones before it, e.g. a zero column ("independent").
    /// </exception>
    public static double[,] Classical(double[,] a)
    {
        // TODO: for each column j, copy aⱼ into v, subtract (qₖ·aⱼ)·qₖ for every earlier k, then divide v by its length.
        throw new NotImplementedException("TODO GramSchmidt.Classical: return Q with orthonormal columns spanning the columns of a.");
    }

    /// <summary>
    /// Modified Gram–Schmidt. The same loop as <see cref="Classical"/>, with one change: each coefficient is
    /// measured on what is left of the column so far — start with v = aⱼ and for k = 1 … j − 1 do
    /// rₖⱼ = qₖ·v, v = v − rₖⱼqₖ. In exact arithmetic the result is identical; in floating point it stays far
    /// closer to orthogonal when the columns are nearly dependent. Same contract and exceptions as <see cref="Classical"/>.
    /// </summary>
    /// <param name="a">An m×n matrix, m ≥ n ≥ 1, with linearly independent columns. It is not modified.</param>
    /// <returns>Q, a new m×n array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">Empty ("empty"), fewer rows than columns ("rows"), or dependent columns ("independent").</exception>
    public static double[,] Modified(double[,] a)
    {
        // TODO: copy Classical, then measure each coefficient on the current v instead of on the original column.
        throw new NotImplementedException("TODO GramSchmidt.Modified: return Q, projecting each new direction out of the remainder.");
    }

    /// <summary>
    /// The thin QR factorisation A = QR by modified Gram–Schmidt: Q is what <see cref="Modified"/> returns, and R
    /// holds the coefficients — rₖⱼ = qₖ·v for k &lt; j (the amount of qₖ removed from column j), rⱼⱼ = ‖v‖ &gt; 0
    /// (the length left), and zeros below the diagonal. With a positive diagonal the factorisation is unique.
    /// </summary>
    /// <param name="a">An m×n matrix, m ≥ n ≥ 1, with linearly independent columns. It is not modified.</param>
    /// <returns>Q (m×n) and R (n×n).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException">Empty ("empty"), fewer rows than columns ("rows"), or dependent columns ("independent").</exception>
    public static QrFactors Qr(double[,] a)
    {
        // TODO: run modified Gram–Schmidt and store each coefficient rₖⱼ and each length rⱼⱼ in an n×n array.
        throw new NotImplementedException("TODO GramSchmidt.Qr: return Q and upper-triangular R with A = QR and diag(R) > 0.");
    }
}
