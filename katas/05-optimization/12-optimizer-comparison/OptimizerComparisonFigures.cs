using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>
/// The comparison kata's figures: the table of your <see cref="OptimizerComparison.Run"/>, racing your optimisers from
/// the earlier katas, as grouped bars on a log scale (read, don't edit).
/// </summary>
public static class OptimizerComparisonFigures
{
    /// <summary>Iterations to ‖∇f‖ ≤ 1e-6, by problem and optimiser.</summary>
    /// <returns>The plot.</returns>
    [Figure("iterations-to-tolerance", "Iterations to ‖∇f‖ ≤ 10⁻⁶ within a budget of 1000, from your OptimizerComparison.Run racing your gradient descent (η = 0.001), Nesterov (tuned for κ = 100), Adam (η = 0.01), Newton and BFGS on the κ = 100 quadratic, Rosenbrock's function and an L2-regularised logistic loss on 60 seeded points (log scale; × = did not converge). Newton needs a handful of steps everywhere, BFGS a few dozen, the first-order methods hundreds — or more than the budget: one fixed learning rate cannot suit all three problems.")]
    public static Plot IterationsToTolerance() => Bars("Newton and BFGS need the fewest iterations everywhere", "iterations to tolerance", e => e.Iterations);

    /// <summary>Evaluations spent, by problem and optimiser.</summary>
    /// <returns>The plot.</returns>
    [Figure("evaluations-to-tolerance", "The same runs counted in evaluations of f, ∇f and ∇²f (log scale; × = did not converge): each step of BFGS costs several evaluations (its line search calls f), each Newton step a gradient and a Hessian — which for n parameters is n² numbers, the cost this count hides.")]
    public static Plot EvaluationsToTolerance() => Bars("Counted in evaluations, the gap narrows", "evaluations (f + ∇f + ∇²f)", e => e.Converged ? e.Evaluations : null);

    /// <summary>The lesson's table: the three problems and the five contenders, tolerance 1e-6, budget 1000 steps.</summary>
    private static ComparisonTable LessonTable()
    {
        var data = new TestData(1).Classification(30, 2, 3);
        return OptimizerComparison.Run(
            [BenchmarkProblems.Quadratic(100), BenchmarkProblems.Rosenbrock(), BenchmarkProblems.Logistic(data.Features, data.Labels, 0.1)],
            [Contenders.GradientDescent(0.001), Contenders.Nesterov(1, 100), Contenders.Adam(0.01), Contenders.Newton(), Contenders.Bfgs()],
            1e-6,
            1000);
    }

    private static Plot Bars(string title, string yLabel, Func<ComparisonEntry, int?> value)
    {
        var table = LessonTable();
        var problems = table.Entries.Select(e => e.Problem).Distinct().ToList();
        var optimizers = table.Entries.Select(e => e.Optimizer).Distinct().ToList();
        return Charts.LogBars(
            title, yLabel, problems,
            [.. optimizers.Select(o => (o, problems.Select(p => value(table[p, o]) is { } v ? (double)v : double.NaN).ToArray()))]);
    }
}
