namespace MathForML.NumericalMethods;

/// <summary>
/// Three ways to solve f(x) = 0 — bisection, the secant method and Newton's method — and the observed order of
/// convergence p of their iterates (eₖ₊₁ ≈ C·eₖᵖ): about 1, 1.618 and 2.
/// </summary>
/// <remarks>
/// The solvers share these rules. Stopping: when f is exactly 0 at an iterate, or when the last step (for bisection,
/// half the bracket) is at most tolerance·max(1, |x|); the last iterate is returned. Tracing: if <c>trace</c> is not
/// null the iterates are appended to it, so trace[^1] is the returned value (details per method). Errors: a null
/// delegate is an <see cref="ArgumentNullException"/>; a non-positive or NaN tolerance ("positive") or maxIterations &lt; 1
/// an <see cref="ArgumentOutOfRangeException"/>; running out of iterations an <see cref="InvalidOperationException"/>
/// ("converge").
/// Lesson: katas/07-numerical-methods/07-root-finding/README.md
/// </remarks>
public static class RootFinding
{
    /// <summary>
    /// Bisection on [a, b] with f(a) and f(b) of opposite signs: the midpoint m replaces the end whose f has the sign
    /// of f(m). The trace receives every midpoint (for x² − 2 on [0, 2]: 1, 1.5, 1.25, 1.375, …).
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="a">The left end.</param>
    /// <param name="b">The right end, greater than a.</param>
    /// <param name="tolerance">The relative half-width at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of midpoints, at least 1.</param>
    /// <param name="trace">If not null, receives every midpoint.</param>
    /// <returns>The last midpoint (or an end where f is exactly 0).</returns>
    /// <exception cref="ArgumentException">a ≥ b or not finite ("interval"), or f(a) and f(b) have the same sign ("sign").</exception>
    public static double Bisection(
        Func<double, double> f, double a, double b, double tolerance = 1e-12, int maxIterations = 200, IList<double>? trace = null)
    {
        // TODO: check the bracket; halve it, keeping the half where the sign changes.
        throw new NotImplementedException("TODO RootFinding.Bisection: return the root bracketed by [a, b], by halving.");
    }

    /// <summary>
    /// The secant method xₖ₊₁ = xₖ − f(xₖ)·(xₖ − xₖ₋₁)/(f(xₖ) − f(xₖ₋₁)): Newton with the slope of the line through the
    /// last two iterates. The trace receives x₀, x₁ and every new iterate.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="x0">The first start, finite.</param>
    /// <param name="x1">The second start, finite and different from x0.</param>
    /// <param name="tolerance">The relative step at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <param name="trace">If not null, receives x₀, x₁ and every iterate.</param>
    /// <returns>The approximate root.</returns>
    /// <exception cref="ArgumentException">The starts are equal or not finite ("distinct").</exception>
    /// <exception cref="InvalidOperationException">f(xₖ) = f(xₖ₋₁), a flat secant ("flat"), or no convergence ("converge").</exception>
    public static double Secant(
        Func<double, double> f, double x0, double x1, double tolerance = 1e-12, int maxIterations = 100, IList<double>? trace = null)
    {
        // TODO: keep the last two iterates and their function values.
        throw new NotImplementedException("TODO RootFinding.Secant: return the root reached by secant steps.");
    }

    /// <summary>
    /// Newton's method xₖ₊₁ = xₖ − f(xₖ)/f′(xₖ). The trace receives x₀ and every iterate.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="fPrime">Its derivative.</param>
    /// <param name="x0">The start, finite.</param>
    /// <param name="tolerance">The relative step at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <param name="trace">If not null, receives x₀ and every iterate.</param>
    /// <returns>The approximate root.</returns>
    /// <exception cref="ArgumentException">The start is not finite ("finite").</exception>
    /// <exception cref="InvalidOperationException">f′(xₖ) = 0 ("zero derivative") or no convergence ("converge").</exception>
    public static double Newton(
        Func<double, double> f, Func<double, double> fPrime, double x0, double tolerance = 1e-12, int maxIterations = 100, IList<double>? trace = null)
    {
        // TODO: step by −f/f′ until the step is small.
        throw new NotImplementedException("TODO RootFinding.Newton: return the root reached by Newton steps.");
    }

    /// <summary>
    /// The observed order of convergence of iterates x₀, x₁, … towards a known root r: with eₖ = |xₖ − r|, the slope of
    /// the least-squares line through the points (ln eₖ, ln eₖ₊₁) over all consecutive pairs whose two errors both
    /// exceed 1e-13·max(1, |r|) (smaller errors are rounding noise). Errors 10⁻¹, 10⁻², 10⁻⁴, 10⁻⁸ give exactly 2.
    /// </summary>
    /// <param name="iterates">The iterates, in order.</param>
    /// <param name="root">The root they approach, finite.</param>
    /// <returns>The estimated order p.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="iterates"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two usable pairs, i.e. three usable iterates ("three"), or errors that do not vary ("vary").</exception>
    public static double ObservedOrder(IReadOnlyList<double> iterates, double root)
    {
        // TODO: errors, their logarithms, the usable pairs, then the slope Σ(u − ū)(v − v̄)/Σ(u − ū)².
        throw new NotImplementedException("TODO RootFinding.ObservedOrder: return the slope of ln eₖ₊₁ against ln eₖ.");
    }
}
