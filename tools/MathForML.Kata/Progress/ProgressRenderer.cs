using MathForML.Kata.Catalog;
using MathForML.Kata.Cli;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Progress;

/// <summary>Shows progress as one table per topic plus a summary and the next step, or as JSON.</summary>
internal static class ProgressRenderer
{
    private const int BarWidth = 10;

    public static void WriteTables(IAnsiConsole console, WorkbookRoot root, IReadOnlyList<KataProgress> progress, string? change = null)
    {
        foreach (var topic in progress.GroupBy(p => p.Kata.Topic))
        {
            console.Write(TopicTable(topic.Key, topic.ToList(), console.Profile.Width));

            // One line per distinct problem: a topic-wide build error is said once, naming every kata it stops.
            foreach (var problem in topic.Where(p => p.Detail is not null).GroupBy(p => (p.Status, p.Detail)))
            {
                var label = problem.Key.Status switch
                {
                    KataStatus.Timeout => "Timeout",
                    KataStatus.Crashed => "Crashed",
                    KataStatus.OutOfMemory => "Out of memory",
                    KataStatus.TestsModified => "Tests modified",
                    _ => "Build error",
                };
                var katas = string.Join(", ", problem.Select(p => p.Kata.Id));
                console.MarkupLineInterpolated($"[yellow]⚠ {label}[/] ({katas}): {problem.Key.Detail}");
            }

            console.WriteLine();
        }

        WriteSummary(console, root, progress);
        if (change is not null)
        {
            console.WriteLine(change);
        }
    }

    public static void WriteJson(IAnsiConsole console, IReadOnlyList<KataProgress> progress, bool integrityChecked = true) =>
        JsonOutput.Write(console, new
        {
            // "checked": tests-modified katas are marked; "unchecked": the workbook has no katas/checksums.json to compare with.
            Integrity = integrityChecked ? "checked" : "unchecked",
            Katas = progress.Select(p => new
            {
                p.Kata.Id,
                Topic = p.Kata.Topic.Folder,
                Status = p.Status.Name(),
                p.Passed,
                p.Total,
                p.Detail,
                p.ChangedFiles,
            }),
        });

    /// <summary>
    /// One line per kata, whatever the terminal's width: the id is never broken; the title gives way first (shortened,
    /// then dropped), then the progress bar. Redirected output is as wide as it needs to be, so it keeps everything.
    /// </summary>
    internal static Table TopicTable(Topic topic, IReadOnlyList<KataProgress> katas, int width) =>
        FittedTable.Build(
            $"{topic.Folder} · {topic.Title}",
            [
                new("Kata", [.. katas.Select(k => k.Kata.Id)]),
                new("Title", [.. katas.Select(k => k.Kata.Title)], DropRank: 2, Shrinks: true),
                new("Status", [.. katas.Select(k => StatusText(k.Status))], row => StatusCell(katas[row].Status)),
                new("Tests", [.. katas.Select(k => k.Status.HasNoResults() ? "–" : $"{k.Passed}/{k.Total}")], RightAligned: true),
                new("Progress", [.. katas.Select(_ => new string(' ', BarWidth))], row => Bar(katas[row]), DropRank: 1),
            ],
            width);

    private static string StatusText(KataStatus status) => status switch
    {
        KataStatus.Done => "✓ done",
        KataStatus.NotStarted => "○ not-started",
        KataStatus.Failing => "✗ failing",
        KataStatus.NoTests => "? no-tests",
        KataStatus.BuildError => "⚠ build-error",
        KataStatus.Timeout => "⏱ timeout",
        KataStatus.Crashed => "✗ crashed",
        KataStatus.OutOfMemory => "✗ out-of-memory",
        KataStatus.TestsModified => "⚠ tests-modified",
        _ => status.Name(),
    };

    private static Markup StatusCell(KataStatus status)
    {
        var colour = status switch
        {
            KataStatus.Done => "green",
            KataStatus.NotStarted => "grey",
            KataStatus.NoTests or KataStatus.BuildError or KataStatus.TestsModified => "yellow",
            _ => "red",
        };
        return new Markup($"[{colour}]{Markup.Escape(StatusText(status))}[/]");
    }

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
        var percent = total == 0 ? 0 : (int)Math.Floor(100.0 * passed / total);
        var unknown = progress.Count(p => p.Status.HasNoResults());
        var unknownNote = unknown == 0 ? "" : $" · tests of {unknown} kata{(unknown == 1 ? "" : "s")} not counted (they could not run)";
        console.WriteLine($"{done} of {progress.Count} katas done · {passed} of {total} tests passing ({percent}%){unknownNote}");

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
            KataStatus.Crashed => $"open {stub} (its tests crashed the test host: look for unbounded recursion)",
            KataStatus.OutOfMemory => $"open {stub} (its tests ran out of memory: look for a collection that grows without end)",
            KataStatus.TestsModified => $"put its tests back ({KataCommand.With($"reset {next.Kata.Id} --tests")}), then open {stub}",
            _ => $"open {stub}",
        };
        console.MarkupLineInterpolated($"[bold]Next:[/] {next.Kata.Id} — {advice}");
        console.WriteLine($"Details and the command to run only that kata: {KataCommand.With("next")}");
    }
}
