namespace MathForML.Optimization;

/// <summary>
/// Second-order minimisation: Newton's method, which steps to the minimum of the local quadratic model
/// f(x + p) ≈ f(x) + gᵀp + ½pᵀHp, and BFGS, which builds an approximation of H⁻¹ from gradient differences alone.
/// </summary>
/// <remarks>
/// Both methods stop at the first iterate xₖ (k = 0, 1, …) with ‖∇f(xₖ)‖₂ ≤ tolerance, take at most maxIterations
/// steps, call the delegates on copies and do not modify x₀. Shared errors: a null argument → ArgumentNullException; an
/// empty x₀ → ArgumentException ("empty"); a gradient of the wrong length → ArgumentException ("length"); a non-positive
/// tolerance, maxIterations &lt; 1 or a non-finite x₀ → ArgumentOutOfRangeException; a non-finite gradient or iterate →
/// InvalidOperationException ("diverged"); the cap → InvalidOperationException ("converge").
/// Lesson: katas/05-optimization/11-second-order-methods/README.md
/// </remarks>
public static class SecondOrderMethods
{
    /// <summary>
    /// Pure (undamped) Newton's method: xₖ₊₁ = xₖ + pₖ with H(xₖ)pₖ = −∇f(xₖ), full steps, no line search.
    /// </summary>
    /// <param name="gradient">∇f.</param>
    /// <param name="hessian">∇²f, an n × n symmetric matrix.</param>
    /// <param name="x0">The start, n ≥ 1 finite entries.</param>
    /// <param name="tolerance">The gradient norm at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <returns>The minimiser and the iterates; <see cref="SecondOrderResult.InverseHessians"/> is empty.</returns>
    /// <exception cref="ArgumentNullException">A delegate or x₀ is null.</exception>
    /// <exception cref="ArgumentException">
    /// x₀ is empty ("empty"), the gradient has the wrong length ("length"), the Hessian is null or not n × n ("Hessian").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range, or x₀ is not finite.</exception>
    /// <exception cref="InvalidOperationException">
    /// A Hessian that is not positive definite ("positive definite"), divergence ("diverged") or the cap ("converge").
    /// </exception>
    public static SecondOrderResult Newton(
        Func<double[], double[]> gradient,
        Func<double[], double[,]> hessian,
        double[] x0,
        double tolerance = 1e-10,
        int maxIterations = 100)
    {
        // TODO: solve H p = −g (a small Cholesky factorisation does it, and tells you when H is not positive definite).
        throw new NotImplementedException("TODO SecondOrderMethods.Newton: return the iterates of xₖ₊₁ = xₖ − H(xₖ)⁻¹∇f(xₖ) up to ‖∇f‖ ≤ tolerance.");
    }

    /// <summary>
    /// BFGS: xₖ₊₁ = xₖ + tₖpₖ with pₖ = −Hₖ∇f(xₖ), H₀ = I, the step tₖ from your
    /// <see cref="LineSearch.Backtracking"/> with its defaults, and the BFGS update of the inverse-Hessian approximation
    /// from sₖ = xₖ₊₁ − xₖ and yₖ = ∇f(xₖ₊₁) − ∇f(xₖ). When sₖᵀyₖ ≤ 0 the update is skipped: Hₖ₊₁ = Hₖ.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="gradient">∇f.</param>
    /// <param name="x0">The start, n ≥ 1 finite entries.</param>
    /// <param name="tolerance">The gradient norm at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <returns>The minimiser, the iterates, the matrices H₀ … H_K and the number of skipped updates.</returns>
    /// <exception cref="ArgumentNullException">A delegate or x₀ is null.</exception>
    /// <exception cref="ArgumentException">x₀ is empty ("empty") or the gradient has the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range, or x₀ is not finite.</exception>
    /// <exception cref="InvalidOperationException">Divergence ("diverged"), a failed line search or the cap ("converge").</exception>
    public static SecondOrderResult Bfgs(
        Func<double[], double> f,
        Func<double[], double[]> gradient,
        double[] x0,
        double tolerance = 1e-8,
        int maxIterations = 1000)
    {
        // TODO: direction from H, step from the line search, then update H — unless sᵀy ≤ 0.
        throw new NotImplementedException("TODO SecondOrderMethods.Bfgs: return the iterates and inverse-Hessian approximations of BFGS up to ‖∇f‖ ≤ tolerance.");
    }
}
