namespace MathForML.Optimization;

/// <summary>
/// Constrained minimisation of f(x) subject to hᵢ(x) = 0 and gⱼ(x) ≤ 0: projected gradient descent
/// xₖ₊₁ = P(xₖ − η∇f(xₖ)) onto a convex set, the quadratic penalty method f + (μ/2)(Σhᵢ² + Σmax(gⱼ, 0)²) for growing μ,
/// and the residuals of the KKT conditions at a candidate answer.
/// </summary>
/// <remarks>Lesson: katas/05-optimization/10-constrained-optimization/README.md</remarks>
public static class ConstrainedOptimization
{
    /// <summary>
    /// Projected gradient descent. The iterates start at x₀' = P(x₀) (the start is projected too); at each iterate xₖ
    /// compute x⁺ = P(xₖ − η∇f(xₖ)); if ‖x⁺ − xₖ‖₂ ≤ η·<paramref name="tolerance"/> return xₖ; otherwise, unless
    /// k = <paramref name="maxIterations"/>, continue from xₖ₊₁ = x⁺. With P the identity this is gradient descent with
    /// the stopping rule ‖∇f‖ ≤ tolerance. The gradient and the projection receive copies; x₀ is not modified.
    /// </summary>
    /// <param name="gradient">∇f.</param>
    /// <param name="project">P, the projection onto the feasible set (e.g. one of <see cref="Convexity"/>'s).</param>
    /// <param name="x0">The start, n ≥ 1 finite entries, feasible or not.</param>
    /// <param name="learningRate">η, positive and finite.</param>
    /// <param name="tolerance">Positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <param name="trace">If not null, receives copies of P(x₀) and of every later iterate.</param>
    /// <returns>The first iterate that the next projected step does not move (within η·tolerance), a new array.</returns>
    /// <exception cref="ArgumentNullException">gradient, project or x0 is null.</exception>
    /// <exception cref="ArgumentException">x0 is empty ("empty"); the gradient or the projection returns the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">η or the tolerance is not positive and finite, maxIterations &lt; 1, or x₀ is not finite.</exception>
    /// <exception cref="InvalidOperationException">Not converged within maxIterations steps ("converge"), or a non-finite iterate ("diverged").</exception>
    public static double[] ProjectedGradientDescent(
        Func<double[], double[]> gradient,
        Func<double[], double[]> project,
        double[] x0,
        double learningRate,
        double tolerance = 1e-10,
        int maxIterations = 100_000,
        IList<double[]>? trace = null)
    {
        // TODO: project first, then gradient step, projection, stop test.
        throw new NotImplementedException("TODO ConstrainedOptimization.ProjectedGradientDescent: return the first iterate of xₖ₊₁ = P(xₖ − η∇f(xₖ)) that stops moving.");
    }

    /// <summary>
    /// The quadratic penalty method. For each μ in <paramref name="mus"/> in turn, minimise the penalised objective
    /// P_μ(x) = f(x) + (μ/2)(Σᵢ hᵢ(x)² + Σⱼ max(gⱼ(x), 0)²) without constraints, starting from the previous answer (the
    /// first from x₀), until ‖∇P_μ(x)‖₂ ≤ <paramref name="tolerance"/>; use gradient descent with a backtracking step
    /// (no step size is given; see the lesson). Record x(μ) with the multiplier estimates λᵢ = μ·hᵢ(x(μ)) and
    /// νⱼ = μ·max(gⱼ(x(μ)), 0).
    /// </summary>
    /// <param name="problem">f, ∇f and the constraints with their gradients.</param>
    /// <param name="x0">The start, n ≥ 1 finite entries; it need not be feasible.</param>
    /// <param name="mus">At least one penalty weight, each positive and finite, strictly increasing.</param>
    /// <param name="tolerance">The gradient norm of P_μ at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of descent steps per μ, at least 1.</param>
    /// <returns>One <see cref="PenaltyStep"/> per μ, in order.</returns>
    /// <exception cref="ArgumentNullException">problem (or one of its members), x0 or mus is null.</exception>
    /// <exception cref="ArgumentException">x0 or mus is empty ("empty"); the μ are not strictly increasing ("increasing"); a gradient has the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A μ or the tolerance is not positive and finite, maxIterations &lt; 1, or x₀ is not finite.</exception>
    /// <exception cref="InvalidOperationException">A subproblem does not converge within maxIterations steps ("converge"), or diverges ("diverged").</exception>
    public static IReadOnlyList<PenaltyStep> PenaltyMethod(
        ConstrainedProblem problem, double[] x0, IReadOnlyList<double> mus, double tolerance = 1e-8, int maxIterations = 1_000_000)
    {
        // TODO: a private minimiser of P_μ, called once per μ with a warm start.
        throw new NotImplementedException("TODO ConstrainedOptimization.PenaltyMethod: return the minimisers of f + (μ/2)(Σh² + Σmax(g, 0)²) for each μ.");
    }

    /// <summary>
    /// The residuals of the KKT conditions at x with multipliers λ (one per equality) and ν (one per inequality):
    /// stationarity ‖∇f(x) + Σλᵢ∇hᵢ(x) + Σνⱼ∇gⱼ(x)‖₂, primal feasibility max(|hᵢ(x)|, max(gⱼ(x), 0)), dual
    /// feasibility max(max(−νⱼ, 0)) and complementary slackness max |νⱼgⱼ(x)| (each 0 when there is nothing to take the
    /// maximum over).
    /// </summary>
    /// <param name="problem">f, ∇f and the constraints (the objective value itself is not used).</param>
    /// <param name="x">The candidate, n ≥ 1 finite entries.</param>
    /// <param name="equalityMultipliers">λ, one per equality constraint.</param>
    /// <param name="inequalityMultipliers">ν, one per inequality constraint.</param>
    /// <returns>The four residuals.</returns>
    /// <exception cref="ArgumentNullException">An argument (or a member of problem) is null.</exception>
    /// <exception cref="ArgumentException">x is empty ("empty"); a multiplier count or a gradient length does not match ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">x is not finite.</exception>
    public static KktResiduals CheckKkt(ConstrainedProblem problem, double[] x, double[] equalityMultipliers, double[] inequalityMultipliers)
    {
        // TODO: accumulate the gradient of the Lagrangian and the three maxima in one pass over the constraints.
        throw new NotImplementedException("TODO ConstrainedOptimization.CheckKkt: return the stationarity, feasibility and complementary-slackness residuals.");
    }
}
