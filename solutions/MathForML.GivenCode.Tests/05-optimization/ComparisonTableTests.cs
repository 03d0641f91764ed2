using MathForML.Optimization;

namespace MathForML.GivenCode.Tests.Optimization;

/// <summary>
/// The race's result table: an entry's total evaluations, looking an entry up by problem AND optimiser, and the Markdown
/// table of the lesson. Wrong tables these tests catch: a total that drops or subtracts a kind of evaluation, a lookup
/// that matches on either name alone or returns null for a missing entry, a Markdown table with repeated columns, rows
/// or separators missing, cells with iterations and evaluations swapped, or a non-converged run shown with a count.
/// </summary>
public class ComparisonTableTests
{
    private static readonly ComparisonTable Table = new(
    [
        new ComparisonEntry("bowl", "GD", true, 12, 0, 13, 0),
        new ComparisonEntry("bowl", "Newton", true, 1, 0, 2, 1),
        new ComparisonEntry("valley", "GD", false, null, 0, 1001, 0),
        new ComparisonEntry("valley", "Newton", true, 21, 3, 22, 21),
    ]);

    [Test]
    // Evaluations = f calls + ∇f calls + ∇²f calls: 3 + 22 + 21 = 46.
    public void An_entrys_evaluations_are_all_calls_together()
    {
        new ComparisonEntry("p", "o", true, 21, 3, 22, 21).Evaluations.Should().Be(46);
        new ComparisonEntry("p", "o", true, 5, 7, 0, 0).Evaluations.Should().Be(7);
        new ComparisonEntry("p", "o", true, 5, 0, 0, 4).Evaluations.Should().Be(4);
    }

    [Test]
    // table[problem, optimizer] is the one entry with both names; each of the four cells is found, none confused with a
    // cell that shares only its row or only its column.
    public void The_indexer_finds_the_entry_of_one_problem_and_one_optimiser()
    {
        foreach (var entry in Table.Entries)
        {
            Table[entry.Problem, entry.Optimizer].Should().BeSameAs(entry);
        }
    }

    [Test]
    // A pair that is not in the table is a KeyNotFoundException naming both, not a null entry.
    public void A_missing_pair_is_a_KeyNotFoundException()
    {
        FluentActions.Invoking(() => Table["bowl", "Adam"]).Should().Throw<KeyNotFoundException>().WithMessage("*Adam on bowl*");
        FluentActions.Invoking(() => Table["ridge", "GD"]).Should().Throw<KeyNotFoundException>().WithMessage("*GD on ridge*");
    }

    [Test]
    // One row per problem, one right-aligned column per optimiser (each once, in order of appearance), each cell
    // "iterations (evaluations)" or "did not converge (evaluations)".
    public void The_Markdown_table_has_a_row_per_problem_and_a_column_per_optimiser()
    {
        var nl = Environment.NewLine;

        Table.ToMarkdown().Should().Be(
            $"| problem | GD | Newton |{nl}" +
            $"|---|---:|---:|{nl}" +
            $"| bowl | 12 (13) | 1 (3) |{nl}" +
            $"| valley | did not converge (1001) | 21 (46) |{nl}");
    }
}
