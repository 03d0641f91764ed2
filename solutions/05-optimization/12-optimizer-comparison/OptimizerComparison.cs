namespace MathForML.Optimization;

/// <summary>Reference solution: the harness that races optimisers on the same problems.</summary>
public static class OptimizerComparison
{
    /// <summary>Every contender on every problem, counting evaluations and verifying the tolerance itself.</summary>
    public static ComparisonTable Run(
        IReadOnlyList<BenchmarkProblem> problems,
        IReadOnlyList<Contender> contenders,
        double tolerance,
        int maxIterations)
    {
        RequireNamed(problems, p => p.Name, nameof(problems));
        RequireNamed(contenders, c => c.Name, nameof(contenders));
        OptimizerGuard.RequireSettings(tolerance, maxIterations);

        List<ComparisonEntry> entries = [];
        foreach (var problem in problems)
        {
            foreach (var contender in contenders)
            {
                entries.Add(Race(problem, contender, tolerance, maxIterations));
            }
        }

        return new ComparisonTable(entries);
    }

    private static ComparisonEntry Race(BenchmarkProblem problem, Contender contender, double tolerance, int maxIterations)
    {
        // Fresh counters for this run; the optimiser sees only the counting delegates.
        var (values, gradients, hessians) = (0, 0, 0);
        var counted = problem with
        {
            Value = x => { values++; return problem.Value(x); },
            Gradient = x => { gradients++; return problem.Gradient(x); },
            Hessian = x => { hessians++; return problem.Hessian(x); },
            Start = (double[])problem.Start.Clone(),
        };

        var trace = new List<double[]>();
        bool converged;
        try
        {
            var x = contender.Minimize(counted, tolerance, maxIterations, trace);

            // Trust, but verify: the verdict is the harness's own test of the gradient, with the uncounted delegate.
            converged = x is not null && x.All(double.IsFinite) && OptimizerGuard.Norm(problem.Gradient((double[])x.Clone())) <= tolerance;
        }
        catch (InvalidOperationException)
        {
            // The optimiser gave up (budget, divergence, a failed line search): an honest "did not converge".
            converged = false;
        }

        int? iterations = converged ? Math.Max(trace.Count - 1, 0) : null;
        return new ComparisonEntry(problem.Name, contender.Name, converged, iterations, values, gradients, hessians);
    }

    private static void RequireNamed<T>(IReadOnlyList<T> items, Func<T, string> name, string parameter)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(items, parameter);
        if (items.Count == 0)
        {
            throw new ArgumentException("The list is empty: a comparison needs at least one entry.", parameter);
        }

        if (items.Any(item => item is null))
        {
            throw new ArgumentNullException(parameter, "The list contains null.");
        }

        var duplicate = items.GroupBy(name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"The name \"{duplicate.Key}\" is a duplicate: every row and column needs its own name.", parameter);
        }
    }
}
