namespace MathForML.Optimization;

/// <summary>
/// Reference solution: projected gradient descent xₖ₊₁ = P(xₖ − η∇f(xₖ)), the quadratic penalty method with growing μ,
/// and a checker of the KKT conditions.
/// </summary>
public static class ConstrainedOptimization
{
    /// <summary>
    /// Projected gradient descent from P(x₀): stops at the first iterate xₖ with ‖P(xₖ − η∇f(xₖ)) − xₖ‖₂ ≤ η·tolerance.
    /// </summary>
    public static double[] ProjectedGradientDescent(
        Func<double[], double[]> gradient,
        Func<double[], double[]> project,
        double[] x0,
        double learningRate,
        double tolerance = 1e-10,
        int maxIterations = 100_000,
        IList<double[]>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(project);
        OptimizerGuard.RequireStart(x0);
        OptimizerGuard.RequirePositive(learningRate, nameof(learningRate));
        OptimizerGuard.RequireSettings(tolerance, maxIterations);

        // The start is projected too: every iterate, x₀ included, is feasible.
        var x = Project(project, x0);
        trace?.Add((double[])x.Clone());
        for (var k = 0; ; k++)
        {
            var g = OptimizerGuard.Gradient(gradient, x);
            var next = new double[x.Length];
            for (var i = 0; i < x.Length; i++)
            {
                next[i] = x[i] - (learningRate * g[i]);
            }

            next = Project(project, next);
            if (Distance(next, x) <= learningRate * tolerance)
            {
                return x;
            }

            if (k == maxIterations)
            {
                throw new InvalidOperationException($"Projected gradient descent did not converge in {maxIterations} iterations.");
            }

            OptimizerGuard.RequireFiniteIterate(next, k + 1);
            x = next;
            trace?.Add((double[])x.Clone());
        }
    }

    /// <summary>
    /// For each μ in turn, minimises f + (μ/2)(Σhᵢ² + Σmax(gⱼ, 0)²) by gradient descent with backtracking, warm-started
    /// at the previous answer, until the penalised gradient is at most the tolerance.
    /// </summary>
    public static IReadOnlyList<PenaltyStep> PenaltyMethod(
        ConstrainedProblem problem, double[] x0, IReadOnlyList<double> mus, double tolerance = 1e-8, int maxIterations = 1_000_000)
    {
        RequireProblem(problem);
        OptimizerGuard.RequireStart(x0);
        ArgumentNullException.ThrowIfNull(mus);
        if (mus.Count == 0)
        {
            throw new ArgumentException("The list of penalty weights μ is empty.", nameof(mus));
        }

        for (var k = 0; k < mus.Count; k++)
        {
            OptimizerGuard.RequirePositive(mus[k], nameof(mus));
            if (k > 0 && !(mus[k] > mus[k - 1]))
            {
                throw new ArgumentException($"The penalty weights must be strictly increasing, but μ = {mus[k]} follows {mus[k - 1]}.", nameof(mus));
            }
        }

        OptimizerGuard.RequireSettings(tolerance, maxIterations);

        var steps = new List<PenaltyStep>();
        var x = (double[])x0.Clone();
        foreach (var mu in mus)
        {
            x = MinimizePenalized(problem, x, mu, tolerance, maxIterations);
            steps.Add(new PenaltyStep(
                mu,
                (double[])x.Clone(),
                [.. problem.Equalities.Select(h => mu * h.Value((double[])x.Clone()))],
                [.. problem.Inequalities.Select(g => mu * Math.Max(g.Value((double[])x.Clone()), 0))]));
        }

        return steps;
    }

    /// <summary>The four KKT residuals at x with multipliers λ (equalities) and ν (inequalities).</summary>
    public static KktResiduals CheckKkt(ConstrainedProblem problem, double[] x, double[] equalityMultipliers, double[] inequalityMultipliers)
    {
        RequireProblem(problem);
        OptimizerGuard.RequireStart(x, nameof(x));
        ArgumentNullException.ThrowIfNull(equalityMultipliers);
        ArgumentNullException.ThrowIfNull(inequalityMultipliers);
        RequireCount(equalityMultipliers, problem.Equalities.Count, nameof(equalityMultipliers));
        RequireCount(inequalityMultipliers, problem.Inequalities.Count, nameof(inequalityMultipliers));

        var lagrangian = OptimizerGuard.Gradient(problem.Gradient, x);
        var (primal, dual, slackness) = (0.0, 0.0, 0.0);
        for (var i = 0; i < problem.Equalities.Count; i++)
        {
            var h = problem.Equalities[i];
            AddScaled(lagrangian, equalityMultipliers[i], OptimizerGuard.Gradient(h.Gradient, x));
            primal = Math.Max(primal, Math.Abs(h.Value((double[])x.Clone())));
        }

        for (var j = 0; j < problem.Inequalities.Count; j++)
        {
            var g = problem.Inequalities[j];
            var nu = inequalityMultipliers[j];
            var value = g.Value((double[])x.Clone());
            AddScaled(lagrangian, nu, OptimizerGuard.Gradient(g.Gradient, x));
            primal = Math.Max(primal, Math.Max(value, 0));
            dual = Math.Max(dual, Math.Max(-nu, 0));
            slackness = Math.Max(slackness, Math.Abs(nu * value));
        }

        return new KktResiduals(OptimizerGuard.Norm(lagrangian), primal, dual, slackness);
    }

    /// <summary>
    /// Gradient descent with backtracking on the penalised objective. The step never grows within one μ, and the
    /// sufficient-decrease test allows for rounding in the objective (a few ε·|P|), which near the minimum is larger
    /// than the decrease itself.
    /// </summary>
    private static double[] MinimizePenalized(ConstrainedProblem problem, double[] start, double mu, double tolerance, int maxIterations)
    {
        double Penalized(double[] x)
        {
            var sum = problem.Equalities.Sum(h => Square(h.Value((double[])x.Clone())));
            sum += problem.Inequalities.Sum(g => Square(Math.Max(g.Value((double[])x.Clone()), 0)));
            return problem.Objective((double[])x.Clone()) + (mu / 2 * sum);
        }

        double[] PenalizedGradient(double[] x)
        {
            var gradient = OptimizerGuard.Gradient(problem.Gradient, x);
            foreach (var h in problem.Equalities)
            {
                AddScaled(gradient, mu * h.Value((double[])x.Clone()), OptimizerGuard.Gradient(h.Gradient, x));
            }

            foreach (var g in problem.Inequalities)
            {
                AddScaled(gradient, mu * Math.Max(g.Value((double[])x.Clone()), 0), OptimizerGuard.Gradient(g.Gradient, x));
            }

            return gradient;
        }

        var x = start;
        var step = 1.0;
        for (var k = 0; ; k++)
        {
            var gradient = PenalizedGradient(x);
            var norm = OptimizerGuard.Norm(gradient);
            if (norm <= tolerance)
            {
                return x;
            }

            if (k == maxIterations)
            {
                throw new InvalidOperationException($"The penalty subproblem at μ = {mu} did not converge in {maxIterations} iterations.");
            }

            var value = Penalized(x);
            var slack = 8 * double.Epsilon + (8 * 2.220446049250313e-16 * Math.Abs(value));
            while (true)
            {
                var trial = x.Select((v, i) => v - (step * gradient[i])).ToArray();
                if (Penalized(trial) <= value - (step / 2 * norm * norm) + slack)
                {
                    x = trial;
                    break;
                }

                step /= 2;
            }

            OptimizerGuard.RequireFiniteIterate(x, k + 1);
        }
    }

    private static double[] Project(Func<double[], double[]> project, double[] x)
    {
        var p = project((double[])x.Clone()) ?? throw new ArgumentException("The projection returned null.", nameof(project));
        if (p.Length != x.Length)
        {
            throw new ArgumentException($"The projection returned length {p.Length} for a point of length {x.Length}.", nameof(project));
        }

        return (double[])p.Clone();
    }

    private static void RequireProblem(ConstrainedProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(problem.Objective, nameof(problem));
        ArgumentNullException.ThrowIfNull(problem.Gradient, nameof(problem));
        ArgumentNullException.ThrowIfNull(problem.Equalities, nameof(problem));
        ArgumentNullException.ThrowIfNull(problem.Inequalities, nameof(problem));
    }

    private static void RequireCount(double[] multipliers, int count, string name)
    {
        if (multipliers.Length != count)
        {
            throw new ArgumentException($"There are {multipliers.Length} multipliers for {count} constraints: the lengths must match.", name);
        }
    }

    private static void AddScaled(double[] target, double scale, double[] v)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] += scale * v[i];
        }
    }

    private static double Distance(double[] a, double[] b) => OptimizerGuard.Norm([.. a.Select((v, i) => v - b[i])]);

    private static double Square(double v) => v * v;
}
