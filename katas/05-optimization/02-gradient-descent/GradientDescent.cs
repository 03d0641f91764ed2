namespace MathForML.Optimization;

/// <summary>
/// Gradient descent with a fixed learning rate η: xₖ₊₁ = xₖ − η∇f(xₖ). On a quadratic it converges exactly when
/// 0 &lt; η &lt; 2/L (L the largest curvature), at a speed set by the condition number.
/// </summary>
/// <remarks>Lesson: katas/05-optimization/02-gradient-descent/README.md</remarks>
public static class GradientDescent
{
    /// <summary>
    /// Minimises f from <paramref name="x0"/> given only its gradient. At each iterate xₖ (k = 0, 1, …) evaluate
    /// g = ∇f(xₖ); if ‖g‖₂ ≤ <paramref name="tolerance"/> return xₖ; otherwise, unless k = <paramref name="maxIterations"/>,
    /// step to xₖ₊₁ = xₖ − ηg. So at most maxIterations steps are taken, and the gradient is checked after the last.
    /// The gradient function receives copies; <paramref name="x0"/> is not modified.
    /// </summary>
    /// <param name="gradient">∇f, returning one entry per coordinate.</param>
    /// <param name="x0">The start, n ≥ 1 finite entries.</param>
    /// <param name="learningRate">η, positive and finite.</param>
    /// <param name="tolerance">The gradient norm at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <param name="trace">If not null, receives a copy of x₀ and of every iterate, so trace.Count − 1 is the number of steps.</param>
    /// <returns>The first iterate whose gradient norm is at most the tolerance, a new array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gradient"/> or <paramref name="x0"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x0"/> is empty ("empty"); the gradient is null ("null") or has the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">η or the tolerance is not positive and finite, or an entry of x₀ is not finite ("finite"); maxIterations &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">
    /// A gradient or iterate is not finite ("diverged"), or the tolerance is not reached within maxIterations steps ("converge").
    /// </exception>
    public static double[] Minimize(
        Func<double[], double[]> gradient,
        double[] x0,
        double learningRate,
        double tolerance = 1e-8,
        int maxIterations = 100_000,
        IList<double[]>? trace = null)
    {
        // TODO: loop: gradient, stop test, step, record.
        throw new NotImplementedException("TODO GradientDescent.Minimize: return the first iterate of xₖ₊₁ = xₖ − η∇f(xₖ) with ‖∇f‖ ≤ tolerance.");
    }
}
