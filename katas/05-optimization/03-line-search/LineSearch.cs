namespace MathForML.Optimization;

/// <summary>
/// Backtracking line search: instead of a fixed learning rate, try a step t and shrink it until it gives a
/// SUFFICIENT decrease (the Armijo condition) — and steepest descent that chooses every step that way.
/// </summary>
/// <remarks>Lesson: katas/05-optimization/03-line-search/README.md</remarks>
public static class LineSearch
{
    /// <summary>
    /// The first step t in the sequence t₀, ρt₀, ρ²t₀, … (ρ = <paramref name="shrink"/>) that satisfies the Armijo
    /// condition f(x + td) ≤ f(x) + c·t·∇f(x)ᵀd (c = <paramref name="sufficientDecrease"/>). A trial point where f is NaN
    /// or infinite does not satisfy it. f is called on copies; the arrays passed in are not modified.
    /// </summary>
    /// <param name="f">The function, finite at <paramref name="x"/>.</param>
    /// <param name="x">The current point, finite.</param>
    /// <param name="gradientAtX">∇f(x), the same length as x.</param>
    /// <param name="direction">The search direction d, the same length as x, with ∇f(x)ᵀd &lt; 0.</param>
    /// <param name="initialStep">t₀, positive and finite.</param>
    /// <param name="shrink">ρ, in (0, 1).</param>
    /// <param name="sufficientDecrease">c, in (0, 1).</param>
    /// <param name="maxHalvings">The largest number of reductions of t, at least 0.</param>
    /// <returns>The accepted step t.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The lengths differ ("length"), x is empty ("empty"), d is not a descent direction ("descent"), or f(x) is not finite.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of its range, or x is not finite.</exception>
    /// <exception cref="InvalidOperationException">No accepted step after maxHalvings reductions ("converge").</exception>
    public static double Backtracking(
        Func<double[], double> f,
        double[] x,
        double[] gradientAtX,
        double[] direction,
        double initialStep = 1,
        double shrink = 0.5,
        double sufficientDecrease = 1e-4,
        int maxHalvings = 60)
    {
        // TODO: the slope ∇f(x)ᵀd first; then try, and shrink.
        throw new NotImplementedException("TODO LineSearch.Backtracking: return the first t = t₀ρʲ with f(x + td) ≤ f(x) + c·t·∇f(x)ᵀd.");
    }

    /// <summary>
    /// Steepest descent with backtracking: at each xₖ, g = ∇f(xₖ); return xₖ if ‖g‖₂ ≤ tolerance; otherwise, unless
    /// k = maxIterations, step to xₖ − t·g with t = <see cref="Backtracking"/>(f, xₖ, g, −g) using its defaults (so every
    /// search starts again from t = 1). Same conventions as <see cref="GradientDescent.Minimize"/>.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="gradient">Its gradient.</param>
    /// <param name="x0">The start, n ≥ 1 finite entries; not modified.</param>
    /// <param name="tolerance">The gradient norm at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <param name="trace">If not null, receives a copy of x₀ and of every iterate.</param>
    /// <returns>The first iterate whose gradient norm is at most the tolerance, a new array.</returns>
    /// <exception cref="ArgumentNullException">A delegate or x₀ is null.</exception>
    /// <exception cref="ArgumentException">x₀ is empty ("empty"); the gradient has the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not positive, maxIterations &lt; 1, or x₀ is not finite.</exception>
    /// <exception cref="InvalidOperationException">A non-finite gradient ("diverged"), a failed line search or the cap ("converge").</exception>
    public static double[] Minimize(
        Func<double[], double> f,
        Func<double[], double[]> gradient,
        double[] x0,
        double tolerance = 1e-8,
        int maxIterations = 10_000,
        IList<double[]>? trace = null)
    {
        // TODO: gradient descent whose step comes from Backtracking.
        throw new NotImplementedException("TODO LineSearch.Minimize: return the first iterate of steepest descent with Armijo steps whose ‖∇f‖ ≤ tolerance.");
    }
}
