using MathForML.Kata.Catalog;
using MathForML.Kata.Cli;
using MathForML.Kata.Progress;
using MathForML.Kata.Tests.Support;
using Spectre.Console;

namespace MathForML.Kata.Tests.Unit;

/// <summary>
/// Progress tables of the real catalog drawn on a terminal of a given width: one line per kata, ids never broken,
/// titles kept where there is room.
/// </summary>
public class FittedTableTests
{
    private static readonly KataCatalog Catalog = CatalogLoader.Load(Path.Combine(RepositoryRoot.Find(), "katas", "catalog.json"));

    private static readonly KataStatus[] Statuses = Enum.GetValues<KataStatus>();

    /// <summary>Every topic's table as a terminal of <paramref name="width"/> columns shows it, one status per kata in turn.</summary>
    private static string[] Draw(int width)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        var index = 0;
        foreach (var topic in Catalog.Topics.Where(t => t.Katas.Count > 0))
        {
            var katas = topic.Katas.Select(k => new KataProgress(k, Statuses[index++ % Statuses.Length], 7, 12)).ToList();
            console.Write(ProgressRenderer.TopicTable(topic, katas, width));
        }

        return writer.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    [TestCase(80)]
    [TestCase(100)]
    [TestCase(160)]
    public void Every_kata_is_one_whole_line_and_no_line_is_wider_than_the_terminal(int width)
    {
        var lines = Draw(width);

        lines.Should().OnlyContain(l => l.Length <= width);
        foreach (var kata in Catalog.Katas)
        {
            lines.Count(l => l.Contains($" {kata.Id} ", StringComparison.Ordinal)).Should().Be(1, "{0} is on exactly one line at {1} columns", kata.Id, width);
        }

        // Title line, header, borders: every other line is a kata's row.
        var rows = lines.Count(l => l.StartsWith('│'));
        rows.Should().Be(Catalog.Katas.Count() + Catalog.Topics.Count(t => t.Katas.Count > 0), "one row per kata plus one header per topic");
    }

    [Test]
    public void A_wide_terminal_keeps_the_titles_and_the_progress_bars()
    {
        var lines = Draw(160);

        lines.Should().Contain(l => l.Contains("Title", StringComparison.Ordinal) && l.Contains("Progress", StringComparison.Ordinal));
        var shortest = Catalog.Katas.MinBy(k => k.Title.Length)!;
        lines.Should().Contain(l => l.Contains(shortest.Title, StringComparison.Ordinal));
    }

    [Test]
    public void An_80_column_terminal_drops_the_title_before_the_status_and_the_counts()
    {
        var lines = Draw(80);

        lines.Should().NotContain(l => l.Contains("│ Title", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("Status", StringComparison.Ordinal) && l.Contains("Tests", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("7/12", StringComparison.Ordinal));
    }

    [Test]
    public void A_title_that_does_not_fit_is_shortened_with_an_ellipsis_not_wrapped()
    {
        FittedTable.Column[] columns =
        [
            new("Id", ["a/b"]),
            new("Title", ["A rather long title that cannot fit in a narrow terminal at all"], DropRank: 2, Shrinks: true),
            new("Level", ["beginner"]),
        ];

        var (kept, shrunk) = FittedTable.Layout(columns, 50);

        kept.Select(c => c.Header).Should().Equal("Id", "Title", "Level");
        // 50 columns less the borders and padding (3 per column, plus 1), "a/b" and "beginner".
        shrunk.Should().Be(50 - ((3 * 3) + 1) - 3 - 8);
    }
}
