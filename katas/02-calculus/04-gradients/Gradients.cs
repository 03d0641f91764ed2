namespace MathForML.Calculus;

/// <summary>
/// Partial derivatives and gradients of f: ℝⁿ → ℝ. The partial derivative ∂f/∂xᵢ is the ordinary derivative
/// along coordinate i with the others held fixed; the gradient ∇f = (∂f/∂x₁, …, ∂f/∂xₙ) collects them. It
/// points in the direction of steepest ascent, it is perpendicular to the level sets of f, and the slope of f
/// along any unit direction u is ∇f·u. Gradient descent walks against it; a gradient check compares a
/// hand-derived gradient with the finite differences computed here. In this file the coordinate i is a C# array
/// index, from 0 to x.Length − 1.
/// </summary>
/// <remarks>Lesson: katas/02-calculus/04-gradients/README.md</remarks>
public static class Gradients
{
    /// <summary>
    /// The partial derivative ∂f/∂xᵢ at x by the central difference
    /// (f(x + h·eᵢ) − f(x − h·eᵢ)) / (2h), where eᵢ is the i-th unit vector and h an absolute step.
    /// f receives copies; <paramref name="x"/> itself is never modified, not even temporarily.
    /// </summary>
    /// <param name="f">A scalar function of a vector.</param>
    /// <param name="x">The point.</param>
    /// <param name="i">The coordinate, 0 ≤ i &lt; x.Length.</param>
    /// <param name="h">The step, positive and finite; 10⁻⁵ balances truncation (h²) and rounding (ε/h) error.</param>
    /// <returns>The approximate ∂f/∂xᵢ.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is not a coordinate of x, or <paramref name="h"/> is not positive and finite.</exception>
    public static double Partial(Func<double[], double> f, double[] x, int i, double h = 1e-5)
    {
        // TODO: build x + h·eᵢ and x − h·eᵢ as copies of x, then divide the difference of f by 2h.
        throw new NotImplementedException("TODO Gradients.Partial: return the central difference of f along coordinate i.");
    }

    /// <summary>
    /// The gradient ∇f(x), one partial derivative per coordinate: entry i as in <see cref="Partial"/>. x is not modified.
    /// </summary>
    /// <param name="f">A scalar function of a vector.</param>
    /// <param name="x">The point, at least one coordinate.</param>
    /// <param name="h">The step, positive and finite.</param>
    /// <returns>A new array of length x.Length.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is not positive and finite.</exception>
    public static double[] Gradient(Func<double[], double> f, double[] x, double h = 1e-5)
    {
        // TODO: one partial derivative per coordinate.
        throw new NotImplementedException("TODO Gradients.Gradient: return the vector of partial derivatives of f at x.");
    }

    /// <summary>
    /// The directional derivative D_u f(x) = lim_{t→0} (f(x + t·u) − f(x))/t along the unit vector
    /// u = d/‖d‖₂ — the slope of f when walking from x in direction d at unit speed. It equals ∇f(x)·u.
    /// Only the direction of d matters, not its length: normalise it first, with a norm that neither overflows
    /// nor underflows (d = (3·10²⁰⁰, 4·10²⁰⁰) has norm 5·10²⁰⁰ even though its squares overflow).
    /// Estimate the slope with a central difference along u, step 10⁻⁵.
    /// </summary>
    /// <param name="f">A scalar function of a vector.</param>
    /// <param name="x">The point.</param>
    /// <param name="direction">d, any non-zero vector of the same length as x.</param>
    /// <returns>The approximate D_u f(x).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="direction"/> has a different length from x ("length"), is all zeros ("zero"), or is not finite ("finite").
    /// </exception>
    public static double DirectionalDerivative(Func<double[], double> f, double[] x, double[] direction)
    {
        // TODO: u = d/‖d‖ (scale by the largest |dᵢ| before squaring), then (f(x + h·u) − f(x − h·u)) / (2h).
        throw new NotImplementedException("TODO Gradients.DirectionalDerivative: return the slope of f at x along d/‖d‖.");
    }

    /// <summary>
    /// The gradient-check measure: the largest relative error maxᵢ |aᵢ − nᵢ| / max(|aᵢ|, |nᵢ|) between an analytic
    /// gradient a and a numerical one n. Floor: a coordinate whose absolute difference |aᵢ − nᵢ| is at most 10⁻⁸
    /// counts as agreeing (error 0) — finite differences cannot resolve less, and without the floor two
    /// near-zero entries would be judged on rounding noise. A NaN or infinite entry in either vector gives +∞
    /// (a broken gradient must never pass). Empty vectors give 0. Typical verdict: below 10⁻⁷ the gradient is right.
    /// </summary>
    /// <param name="analytic">The gradient derived by hand (or by code under test).</param>
    /// <param name="numerical">The finite-difference gradient.</param>
    /// <returns>The largest relative error over the coordinates.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ ("length").</exception>
    public static double MaxRelativeError(double[] analytic, double[] numerical)
    {
        // TODO: compute each coordinate's error (floor first, non-finite → +∞) and keep the largest.
        throw new NotImplementedException("TODO Gradients.MaxRelativeError: return maxᵢ |aᵢ − nᵢ| / max(|aᵢ|, |nᵢ|), with the 10⁻⁸ floor.");
    }
}
