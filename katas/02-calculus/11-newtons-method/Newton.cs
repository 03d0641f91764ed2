namespace MathForML.Calculus;

/// <summary>
/// Newton's method: replace the function by its tangent (or its second-order Taylor model) at the current point and
/// jump to where that model has its root (or its stationary point). Near a simple root it converges quadratically —
/// the number of correct digits roughly doubles at every step.
/// </summary>
/// <remarks>
/// All three methods share these rules.
/// Stopping: after a step s, stop and return the new point when |s| ≤ tolerance · max(1, |x|) (for vectors, with the
/// Euclidean norm ‖·‖₂); stop at once, without a step, when the function (or gradient) is exactly zero.
/// Tracing: if <c>trace</c> is not null, the start x₀ and then every new iterate x₁, x₂, … are appended to it (vectors
/// as copies), so trace[^1] is the returned point.
/// Failures during the iteration are <see cref="InvalidOperationException"/>s: a zero derivative (message contains
/// "zero derivative"), a singular Hessian ("singular"), a NaN or infinite value of a supplied function ("finite"), or
/// no convergence within <c>maxIterations</c> steps ("converge"). Bad arguments are <see cref="ArgumentException"/>s:
/// null delegates or points (<see cref="ArgumentNullException"/>), a non-positive or NaN tolerance, maxIterations &lt; 1
/// or a non-finite start (<see cref="ArgumentOutOfRangeException"/>, the last with "finite" in the message), an empty
/// start ("empty"), a gradient of the wrong length ("length") or a Hessian of the wrong shape ("shape").
/// Lesson: katas/02-calculus/11-newtons-method/README.md
/// </remarks>
public static class Newton
{
    /// <summary>
    /// A root of f by Newton's iteration xₖ₊₁ = xₖ − f(xₖ)/f′(xₖ): the root of the tangent line at xₖ.
    /// For f(x) = x² − 2 from 1 the iterates are 1, 3/2, 17/12, 577/408, … → √2.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="fPrime">Its derivative.</param>
    /// <param name="x0">The starting point, finite.</param>
    /// <param name="tolerance">The relative step size at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <param name="trace">If not null, receives x₀ and every iterate.</param>
    /// <returns>The approximate root.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="fPrime"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range, or <paramref name="x0"/> is not finite ("finite").</exception>
    /// <exception cref="InvalidOperationException">f′(xₖ) = 0 ("zero derivative"), a non-finite value ("finite"), or no convergence ("converge").</exception>
    public static double FindRoot(
        Func<double, double> f,
        Func<double, double> fPrime,
        double x0,
        double tolerance = 1e-12,
        int maxIterations = 100,
        IList<double>? trace = null)
    {
        // TODO: loop: evaluate f and f′, refuse f′ = 0, step by −f/f′, record the iterate, stop on a small step.
        throw new NotImplementedException("TODO Newton.FindRoot: return the root reached by xₖ₊₁ = xₖ − f(xₖ)/f′(xₖ).");
    }

    /// <summary>
    /// A critical point of f by Newton's iteration on f′: xₖ₊₁ = xₖ − f′(xₖ)/f″(xₖ), which jumps to the vertex of the
    /// parabola matching f, f′ and f″ at xₖ (so a quadratic is solved in one step). Newton only looks for f′ = 0: from
    /// a point where f″ &lt; 0 it heads for a maximum just as happily; check the kind with <see cref="CriticalPoints"/>.
    /// Same rules as <see cref="FindRoot"/> (f″ = 0 is reported as a "zero derivative").
    /// </summary>
    /// <param name="fPrime">The derivative f′.</param>
    /// <param name="fSecond">The second derivative f″.</param>
    /// <param name="x0">The starting point, finite.</param>
    /// <param name="tolerance">The relative step size at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <param name="trace">If not null, receives x₀ and every iterate.</param>
    /// <returns>The approximate critical point.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fPrime"/> or <paramref name="fSecond"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range, or <paramref name="x0"/> is not finite ("finite").</exception>
    /// <exception cref="InvalidOperationException">f″(xₖ) = 0 ("zero derivative"), a non-finite value ("finite"), or no convergence ("converge").</exception>
    public static double Minimize1D(
        Func<double, double> fPrime,
        Func<double, double> fSecond,
        double x0,
        double tolerance = 1e-12,
        int maxIterations = 100,
        IList<double>? trace = null)
    {
        // TODO: this is FindRoot applied to f′ — reuse it.
        throw new NotImplementedException("TODO Newton.Minimize1D: return the critical point reached by xₖ₊₁ = xₖ − f′(xₖ)/f″(xₖ).");
    }

    /// <summary>
    /// A critical point of f: ℝⁿ → ℝ by Newton's method: at xₖ solve H(xₖ)·s = −∇f(xₖ) and set xₖ₊₁ = xₖ + s — the
    /// stationary point of the quadratic model f(xₖ) + ∇fᵀs + ½sᵀHs. A quadratic ½xᵀQx + cᵀx with Q positive definite
    /// is therefore minimised in ONE step. Solve the linear system with your own Gaussian elimination with partial
    /// pivoting (a private helper); a pivot with |p| ≤ n·ε·max|Hᵢⱼ| (ε = 2⁻⁵²) means the Hessian is singular.
    /// The functions receive copies of the current point; <paramref name="x0"/> is not modified.
    /// </summary>
    /// <param name="gradient">∇f, returning n entries.</param>
    /// <param name="hessian">The Hessian of f, returning an n × n matrix.</param>
    /// <param name="x0">The starting point, n ≥ 1 finite entries.</param>
    /// <param name="tolerance">The relative step norm at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <param name="trace">If not null, receives a copy of x₀ and of every iterate.</param>
    /// <returns>The approximate critical point, a new array.</returns>
    /// <exception cref="ArgumentNullException">A delegate or <paramref name="x0"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range, or <paramref name="x0"/> has a non-finite entry ("finite").</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="x0"/> is empty ("empty"), the gradient has the wrong length ("length") or the Hessian the wrong shape ("shape").
    /// </exception>
    /// <exception cref="InvalidOperationException">A singular Hessian ("singular"), a non-finite value ("finite"), or no convergence ("converge").</exception>
    public static double[] Minimize(
        Func<double[], double[]> gradient,
        Func<double[], double[,]> hessian,
        double[] x0,
        double tolerance = 1e-12,
        int maxIterations = 100,
        IList<double[]>? trace = null)
    {
        // TODO: loop: g = ∇f(x); stop if g = 0; solve H·s = −g by elimination with partial pivoting; x += s; stop on a small step.
        throw new NotImplementedException("TODO Newton.Minimize: return the critical point reached by solving H·s = −∇f repeatedly.");
    }
}
