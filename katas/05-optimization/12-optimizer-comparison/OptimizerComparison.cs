namespace MathForML.Optimization;

/// <summary>
/// The race: every optimiser on every problem, with the same tolerance and budget, reporting honestly how many
/// iterations and evaluations each needed — or that it did not converge.
/// </summary>
/// <remarks>Lesson: katas/05-optimization/12-optimizer-comparison/README.md</remarks>
public static class OptimizerComparison
{
    /// <summary>
    /// Runs every contender on every problem (problems in order, and within each problem the contenders in order). For each
    /// run: give the contender a copy of the problem whose Value, Gradient and Hessian count their calls (fresh counters per
    /// run) and a fresh trace; the run converged when it returns a point x̂ with ‖∇f(x̂)‖₂ ≤ <paramref name="tolerance"/>,
    /// checked with the problem's ORIGINAL gradient (not counted). A run that throws InvalidOperationException (the budget,
    /// divergence), returns null or a point with an entry that is not finite, or returns a point that fails the check did
    /// not converge: Iterations is null, never the budget.
    /// Otherwise Iterations = trace.Count − 1. The evaluation counts are those of the run, converged or not.
    /// </summary>
    /// <param name="problems">The problems, at least one, with distinct names.</param>
    /// <param name="contenders">The optimisers, at least one, with distinct names.</param>
    /// <param name="tolerance">The gradient norm to reach, positive and finite; passed to every contender.</param>
    /// <param name="maxIterations">The budget of steps, at least 1; passed to every contender.</param>
    /// <returns>The table, one entry per problem and contender.</returns>
    /// <exception cref="ArgumentNullException">A list, or an item in it, is null.</exception>
    /// <exception cref="ArgumentException">A list is empty ("empty") or two names coincide ("duplicate").</exception>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not positive and finite, or maxIterations &lt; 1.</exception>
    public static ComparisonTable Run(
        IReadOnlyList<BenchmarkProblem> problems,
        IReadOnlyList<Contender> contenders,
        double tolerance,
        int maxIterations)
    {
        // TODO: counting wrappers, one run per (problem, contender), an honest verdict.
        throw new NotImplementedException("TODO OptimizerComparison.Run: return one entry per problem and contender with iterations to tolerance (or null) and counted evaluations.");
    }
}
