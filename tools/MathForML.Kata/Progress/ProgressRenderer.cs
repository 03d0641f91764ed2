using MathForML.Kata.Catalog;
using MathForML.Kata.Cli;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Progress;

/// <summary>Shows progress as one table per topic plus a summary and the next step, or as JSON.</summary>
internal static class ProgressRenderer
{
    private const int BarWidth = 10;

    public static void WriteTables(IAnsiConsole console, WorkbookRoot root, IReadOnlyList<KataProgress> progress)
    {
        foreach (var topic in progress.GroupBy(p => p.Kata.Topic))
        {
            console.Write(TopicTable(topic.Key, topic.ToList()));
            foreach (var detail in topic.Where(p => p.Detail is not null).Select(p => (p.Status, p.Detail)).Distinct())
            {
                var label = detail.Status == KataStatus.Timeout ? "Timeout" : "Build error";
                console.MarkupLineInterpolated($"[yellow]⚠ {label}:[/] {detail.Detail}");
            }

            console.WriteLine();
        }

        WriteSummary(console, root, progress);
    }

    public static void WriteJson(IAnsiConsole console, IReadOnlyList<KataProgress> progress) =>
        JsonOutput.Write(console, new
        {
            Katas = progress.Select(p => new
            {
                p.Kata.Id,
                Topic = p.Kata.Topic.Folder,
                Status = p.Status.Name(),
                p.Passed,
                p.Total,
                p.Detail,
            }),
        });

    private static Table TopicTable(Topic topic, IReadOnlyList<KataProgress> katas)
    {
        var table = new Table()
            .Title($"{topic.Folder} · {topic.Title}")
            .AddColumn("Kata")
            .AddColumn("Title")
            .AddColumn("Status")
            .AddColumn(new TableColumn("Tests").RightAligned())
            .AddColumn("Progress");
        foreach (var kata in katas)
        {
            var tests = kata.Status is KataStatus.BuildError or KataStatus.Timeout ? "–" : $"{kata.Passed}/{kata.Total}";
            table.AddRow(
                new Text(kata.Kata.Id),
                new Text(kata.Kata.Title),
                StatusCell(kata.Status),
                new Text(tests),
                Bar(kata));
        }

        return table;
    }

    private static Markup StatusCell(KataStatus status) => status switch
    {
        KataStatus.Done => new Markup("[green]✓ done[/]"),
        KataStatus.NotStarted => new Markup("[grey]○ not-started[/]"),
        KataStatus.Failing => new Markup("[red]✗ failing[/]"),
        KataStatus.NoTests => new Markup("[yellow]? no-tests[/]"),
        KataStatus.BuildError => new Markup("[yellow]⚠ build-error[/]"),
        KataStatus.Timeout => new Markup("[red]⏱ timeout[/]"),
        _ => new Markup(Markup.Escape(status.Name())),
    };

    private static Markup Bar(KataProgress kata)
    {
        var filled = kata.Total == 0 ? 0 : (int)Math.Round(BarWidth * (double)kata.Passed / kata.Total);
        var colour = kata.Status == KataStatus.Done ? "green" : "yellow";
        return new Markup($"[{colour}]{new string('█', filled)}[/][grey]{new string('░', BarWidth - filled)}[/]");
    }

    private static void WriteSummary(IAnsiConsole console, WorkbookRoot root, IReadOnlyList<KataProgress> progress)
    {
        if (progress.Count == 0)
        {
            console.WriteLine("No katas in scope yet.");
            return;
        }

        var done = progress.Count(p => p.Status == KataStatus.Done);
        var passed = progress.Sum(p => p.Passed);
        var total = progress.Sum(p => p.Total);
        console.WriteLine($"{done} of {progress.Count} katas done · {passed} of {total} tests passing");

        var next = progress.FirstOrDefault(p => p.Status != KataStatus.Done);
        if (next is null)
        {
            console.MarkupLine("[green]Everything in scope is done. Well done![/]");
            return;
        }

        var stub = root.Relative(root.StubPath(next.Kata));
        var advice = next.Status switch
        {
            KataStatus.BuildError => $"fix the build error, then open {stub}",
            KataStatus.Timeout => $"open {stub} (its tests did not finish in time: look for an endless loop)",
            _ => $"open {stub}",
        };
        console.MarkupLineInterpolated($"[bold]Next:[/] {next.Kata.Id} — {advice}");
    }
}
