using MathForML.Kata.Catalog;
using MathForML.Kata.Progress;
using MathForML.Kata.Workbook;
using Spectre.Console;
using MathForML.Kata.Cli;

namespace MathForML.Kata.Next;

/// <summary>Tells the learner exactly what to do next: which kata, which test, what it said, where, and how to run it.</summary>
internal static class NextRenderer
{
    private const int MessageLines = 6;

    public static void WriteAllDone(IAnsiConsole console, KataCatalog catalog)
    {
        console.MarkupLine("[green]Every kata is done. Congratulations![/]");
        var last = catalog.Katas.LastOrDefault();
        if (last is not null)
        {
            console.WriteLine($"Now compare your code with the reference solutions, e.g. {KataCommand.With($"compare {last.Id}")}");
        }
    }

    public static void Write(IAnsiConsole console, WorkbookRoot root, KataProgress next)
    {
        var kata = next.Kata;
        console.MarkupLineInterpolated($"[bold]Next kata:[/] {kata.Id} — {kata.Title}");
        var failure = next.Results.FirstOrDefault(r => r.Failed);
        switch (next.Status)
        {
            case KataStatus.BuildError:
                console.MarkupLineInterpolated($"Status: [yellow]build-error[/] — {next.Detail}");
                if (next.BuildError is { File: not null } error)
                {
                    console.WriteLine($"Fix: {root.RelativeIfInside(error.File)}{(error.Line is null ? "" : $":{error.Line}")}");
                }

                break;
            case KataStatus.Timeout:
                console.MarkupLineInterpolated($"Status: [red]timeout[/] — {next.Detail}");
                console.WriteLine($"Look for a loop that never ends in {root.Relative(root.StubPath(kata))}");
                break;
            case KataStatus.Crashed:
                console.MarkupLineInterpolated($"Status: [red]crashed[/] — {next.Detail}");
                console.WriteLine($"Look for a method that calls itself without end in {root.Relative(root.StubPath(kata))}");
                break;
            case KataStatus.TestsModified:
                console.MarkupLineInterpolated($"Status: [yellow]tests-modified[/] — {next.Detail}");
                break;
            case KataStatus.NoTests:
                console.MarkupLineInterpolated($"Status: [yellow]no-tests[/] — the fixture {kata.FixtureFullName} ran no tests");
                break;
            default:
                console.MarkupLineInterpolated($"Status: {next.Status.Name()} · {next.Passed} of {next.Total} tests passing");
                break;
        }

        if (failure is not null && next.Status is KataStatus.Failing or KataStatus.NotStarted or KataStatus.Crashed)
        {
            console.MarkupLineInterpolated($"First failing test: [bold]{failure.Name}[/]");
            foreach (var line in failure.MessageLines(MessageLines))
            {
                console.WriteLine("  " + line);
            }

            var location = FailureLocator.Locate(root, kata, failure);
            var stubLine = location.StubLine is null ? "" : $":{location.StubLine}";
            var note = location.StubNote is null ? "" : $" ({location.StubNote})";
            console.WriteLine($"Stub: {location.StubFile}{stubLine}{note}");
            if (location.TestFile is not null)
            {
                console.WriteLine($"Test: {location.TestFile}:{location.TestLine}");
            }
        }
        else if (next.Status is KataStatus.Timeout or KataStatus.NoTests)
        {
            console.WriteLine($"Stub: {root.Relative(root.StubPath(kata))}");
        }

        console.WriteLine("Run only this kata:");
        console.WriteLine("  " + TopicRunner.CommandFor(root, kata));
        console.WriteLine($"Or re-run it on every save: {KataCommand.With($"watch {kata.Id}")}");
        console.WriteLine($"Stuck? {KataCommand.With($"hint {kata.Id}")}");
    }
}
