using System.Globalization;
using System.Text;

namespace MathForML.Optimization;

/// <summary>Given code (read, don't edit): one cell of the comparison — one optimiser on one problem.</summary>
/// <param name="Problem">The problem's name.</param>
/// <param name="Optimizer">The optimiser's name.</param>
/// <param name="Converged">Whether the returned point has ‖∇f‖ ≤ tolerance (checked by the harness).</param>
/// <param name="Iterations">The steps taken to the tolerance, or null when the run did not converge.</param>
/// <param name="FunctionEvaluations">Calls of f during the run.</param>
/// <param name="GradientEvaluations">Calls of ∇f during the run.</param>
/// <param name="HessianEvaluations">Calls of ∇²f during the run.</param>
public sealed record ComparisonEntry(
    string Problem,
    string Optimizer,
    bool Converged,
    int? Iterations,
    int FunctionEvaluations,
    int GradientEvaluations,
    int HessianEvaluations)
{
    /// <summary>All calls together: f + ∇f + ∇²f.</summary>
    public int Evaluations => FunctionEvaluations + GradientEvaluations + HessianEvaluations;
}

/// <summary>Given code (read, don't edit): the whole comparison, one entry per problem and optimiser.</summary>
/// <param name="Entries">Problem by problem (in the order given), and within each problem optimiser by optimiser.</param>
public sealed record ComparisonTable(IReadOnlyList<ComparisonEntry> Entries)
{
    /// <summary>The entry of one problem and optimiser.</summary>
    /// <param name="problem">The problem's name.</param>
    /// <param name="optimizer">The optimiser's name.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="KeyNotFoundException">There is no such entry.</exception>
    public ComparisonEntry this[string problem, string optimizer] =>
        Entries.FirstOrDefault(e => e.Problem == problem && e.Optimizer == optimizer)
        ?? throw new KeyNotFoundException($"No entry for {optimizer} on {problem}.");

    /// <summary>
    /// A Markdown table: a row per problem, a column per optimiser, each cell "iterations (evaluations)" or
    /// "did not converge (evaluations)".
    /// </summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown()
    {
        var problems = Entries.Select(e => e.Problem).Distinct().ToList();
        var optimizers = Entries.Select(e => e.Optimizer).Distinct().ToList();
        var text = new StringBuilder();
        text.Append("| problem | ").AppendJoin(" | ", optimizers).AppendLine(" |");
        text.Append("|---|").Append(string.Concat(optimizers.Select(_ => "---:|"))).AppendLine();
        foreach (var problem in problems)
        {
            text.Append("| ").Append(problem).Append(" | ");
            text.AppendJoin(" | ", optimizers.Select(o => Cell(this[problem, o]))).AppendLine(" |");
        }

        return text.ToString();
    }

    private static string Cell(ComparisonEntry e)
    {
        var evaluations = e.Evaluations.ToString(CultureInfo.InvariantCulture);
        return e.Iterations is { } k ? $"{k.ToString(CultureInfo.InvariantCulture)} ({evaluations})" : $"did not converge ({evaluations})";
    }
}
