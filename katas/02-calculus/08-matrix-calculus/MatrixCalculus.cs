namespace MathForML.Calculus;

/// <summary>
/// Gradients of the matrix expressions every model is built from, in closed form: a linear function aᵀx,
/// a quadratic form xᵀAx, a least-squares loss ‖Xw − y‖² and log-sum-exp (whose gradient is softmax).
/// Each result is a new array with one entry per variable; no input array is modified.
/// Matrices are <c>double[,]</c> indexed [row, column].
/// </summary>
/// <remarks>Lesson: katas/02-calculus/08-matrix-calculus/README.md</remarks>
public static class MatrixCalculus
{
    /// <summary>
    /// The gradient of the linear function f(x) = aᵀx = Σᵢ aᵢxᵢ: ∂f/∂xᵢ = aᵢ, so ∇ₓ aᵀx = a whatever x is.
    /// Return a new array (a copy of <paramref name="a"/>), not <paramref name="a"/> itself.
    /// </summary>
    /// <param name="a">The coefficients of the linear function.</param>
    /// <returns>∇ₓ aᵀx = a, as a new array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    public static double[] GradientOfLinear(double[] a)
    {
        // TODO: write f(x) = Σᵢ aᵢxᵢ out and differentiate with respect to one xₖ: only one term depends on it.
        throw new NotImplementedException("TODO MatrixCalculus.GradientOfLinear: return a copy of a, the gradient of aᵀx.");
    }

    /// <summary>
    /// The gradient of the quadratic form f(x) = xᵀAx = Σᵢ Σⱼ xᵢ aᵢⱼ xⱼ for a square, not necessarily symmetric A:
    /// ∂f/∂xₖ = Σⱼ aₖⱼ xⱼ + Σᵢ xᵢ aᵢₖ, that is ∇ₓ xᵀAx = (A + Aᵀ)x. (Only for a symmetric A is this 2Ax.)
    /// </summary>
    /// <param name="a">A square n × n matrix.</param>
    /// <param name="x">The point, n entries.</param>
    /// <returns>(A + Aᵀ)x, n entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="a"/> is not square (message contains "square"), or the length of <paramref name="x"/>
    /// differs from the size of <paramref name="a"/> (message contains "length").
    /// </exception>
    public static double[] GradientOfQuadraticForm(double[,] a, double[] x)
    {
        // TODO: xₖ appears in row k (as xᵢ) and in column k (as xⱼ): add Σⱼ aₖⱼxⱼ and Σᵢ aᵢₖxᵢ.
        throw new NotImplementedException("TODO MatrixCalculus.GradientOfQuadraticForm: return (A + Aᵀ)x.");
    }

    /// <summary>
    /// The gradient, with respect to the weights w, of the squared residual f(w) = ‖Xw − y‖² = Σᵢ (Σⱼ xᵢⱼwⱼ − yᵢ)²
    /// (the least-squares loss without its 1/m): with the residual r = Xw − y, ∇_w ‖Xw − y‖² = 2Xᵀr = 2Xᵀ(Xw − y).
    /// X is m × n: one row per sample, one column per feature.
    /// </summary>
    /// <param name="x">The m × n data matrix X.</param>
    /// <param name="w">The n weights.</param>
    /// <param name="y">The m targets.</param>
    /// <returns>2Xᵀ(Xw − y), n entries (one per weight).</returns>
    /// <exception cref="ArgumentNullException">Any argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The length of <paramref name="w"/> differs from the number of columns of X (message contains "columns"),
    /// or the length of <paramref name="y"/> differs from the number of rows of X (message contains "rows").
    /// </exception>
    public static double[] GradientOfSquaredResidual(double[,] x, double[] w, double[] y)
    {
        // TODO: compute the residual r = Xw − y (m entries) first, then 2Xᵀr (n entries).
        throw new NotImplementedException("TODO MatrixCalculus.GradientOfSquaredResidual: return 2Xᵀ(Xw − y).");
    }

    /// <summary>
    /// log-sum-exp, LSE(z) = ln Σᵢ e^{zᵢ}, a smooth maximum: max(z) ≤ LSE(z) ≤ max(z) + ln n.
    /// It must neither overflow nor underflow (e^{1000} is +∞ and e^{−1000} is 0 in double precision):
    /// LSE([1000, 1000]) = 1000 + ln 2 and LSE([−1000, −1000]) = −1000 + ln 2, using the identity
    /// LSE(z) = c + ln Σᵢ e^{zᵢ − c} with c = max(z).
    /// </summary>
    /// <param name="z">The scores, at least one, all finite.</param>
    /// <returns>ln Σᵢ e^{zᵢ}.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="z"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="z"/> is empty (message contains "empty") or has a NaN or infinite entry (message contains "finite").
    /// </exception>
    public static double LogSumExp(double[] z)
    {
        // TODO: find m = max(z), sum e^{zᵢ − m}, and add m back after the logarithm.
        throw new NotImplementedException("TODO MatrixCalculus.LogSumExp: return ln Σᵢ e^{zᵢ}, computed with the max-shift.");
    }

    /// <summary>
    /// The gradient of log-sum-exp, which is the softmax: ∂LSE/∂zᵢ = e^{zᵢ} / Σⱼ e^{zⱼ} = e^{zᵢ − c} / Σⱼ e^{zⱼ − c}
    /// with c = max(z). The entries are positive (or underflow to 0) and sum to 1; the shift by c keeps the result
    /// finite for scores like 1000 (softmax([1000, 1000]) = [½, ½]).
    /// </summary>
    /// <param name="z">The scores, at least one, all finite.</param>
    /// <returns>softmax(z), one probability per score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="z"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="z"/> is empty (message contains "empty") or has a NaN or infinite entry (message contains "finite").
    /// </exception>
    public static double[] GradientOfLogSumExp(double[] z)
    {
        // TODO: differentiate ln Σⱼ e^{zⱼ} with the chain rule, then apply the same max-shift as in LogSumExp.
        throw new NotImplementedException("TODO MatrixCalculus.GradientOfLogSumExp: return softmax(z) = e^{zᵢ − m} / Σⱼ e^{zⱼ − m}.");
    }
}
