namespace MathForML.Optimization;

/// <summary>
/// Gradient descent with momentum: a velocity v accumulates past gradients, so steps build up along a consistent
/// direction and cancel across a zig-zag. Heavy ball (Polyak) and Nesterov's look-ahead variant. With well-chosen
/// η and β the steps to a tolerance grow like √κ instead of κ.
/// </summary>
/// <remarks>
/// Both methods start with v = 0, take at most maxIterations steps, trace copies of x₀ and every new x, and follow the
/// errors of <see cref="GradientDescent.Minimize"/>: a non-finite gradient or iterate → InvalidOperationException
/// ("diverged"), the cap → InvalidOperationException ("converge"), null → ArgumentNullException, an empty start →
/// ArgumentException ("empty"), a gradient of the wrong length → ArgumentException ("length"), η not positive, β outside
/// [0, 1) ("[0, 1)"), a non-positive tolerance or maxIterations &lt; 1 → ArgumentOutOfRangeException.
/// Lesson: katas/05-optimization/05-momentum/README.md
/// </remarks>
public static class Momentum
{
    /// <summary>
    /// Heavy-ball momentum: at xₖ, g = ∇f(xₖ); return xₖ if ‖g‖₂ ≤ tolerance; else v ← βv − ηg and xₖ₊₁ = xₖ + v.
    /// </summary>
    /// <param name="gradient">∇f.</param>
    /// <param name="x0">The start, finite; not modified.</param>
    /// <param name="learningRate">η, positive and finite.</param>
    /// <param name="momentum">β, in [0, 1); β = 0 is plain gradient descent.</param>
    /// <param name="tolerance">The gradient norm at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <param name="trace">If not null, receives a copy of x₀ and of every iterate.</param>
    /// <returns>The first iterate whose gradient norm is at most the tolerance, a new array.</returns>
    /// <exception cref="ArgumentNullException">A delegate or x₀ is null.</exception>
    /// <exception cref="ArgumentException">An empty start ("empty") or a gradient of the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    /// <exception cref="InvalidOperationException">Divergence ("diverged") or no convergence ("converge").</exception>
    public static double[] HeavyBall(
        Func<double[], double[]> gradient,
        double[] x0,
        double learningRate,
        double momentum,
        double tolerance = 1e-8,
        int maxIterations = 100_000,
        IList<double[]>? trace = null)
    {
        // TODO: gradient descent with a velocity.
        throw new NotImplementedException("TODO Momentum.HeavyBall: return the first iterate of v ← βv − η∇f(x), x ← x + v with ‖∇f‖ ≤ tolerance.");
    }

    /// <summary>
    /// Nesterov momentum: at xₖ with velocity v, the look-ahead point is yₖ = xₖ + βv and g = ∇f(yₖ) (the only gradient
    /// evaluated per step); return a copy of yₖ if ‖g‖₂ ≤ tolerance; else v ← βv − ηg and xₖ₊₁ = xₖ + v.
    /// </summary>
    /// <param name="gradient">∇f.</param>
    /// <param name="x0">The start, finite; not modified.</param>
    /// <param name="learningRate">η, positive and finite.</param>
    /// <param name="momentum">β, in [0, 1).</param>
    /// <param name="tolerance">The gradient norm at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <param name="trace">If not null, receives a copy of x₀ and of every iterate xₖ.</param>
    /// <returns>The first look-ahead point whose gradient norm is at most the tolerance, a new array.</returns>
    /// <exception cref="ArgumentNullException">A delegate or x₀ is null.</exception>
    /// <exception cref="ArgumentException">An empty start ("empty") or a gradient of the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range.</exception>
    /// <exception cref="InvalidOperationException">Divergence ("diverged") or no convergence ("converge").</exception>
    public static double[] Nesterov(
        Func<double[], double[]> gradient,
        double[] x0,
        double learningRate,
        double momentum,
        double tolerance = 1e-8,
        int maxIterations = 100_000,
        IList<double[]>? trace = null)
    {
        // TODO: like HeavyBall, but measure the gradient where the velocity is about to take you.
        throw new NotImplementedException("TODO Momentum.Nesterov: return the first look-ahead point x + βv of v ← βv − η∇f(x + βv), x ← x + v with ‖∇f‖ ≤ tolerance.");
    }
}
