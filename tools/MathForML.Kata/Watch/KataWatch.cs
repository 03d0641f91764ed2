using System.Diagnostics;
using System.Globalization;
using MathForML.Kata.Catalog;
using MathForML.Kata.Figures;
using MathForML.Kata.Next;
using MathForML.Kata.Progress;
using MathForML.Kata.Testing;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Watch;

/// <summary>What one run in the watch loop found.</summary>
internal sealed record WatchResult(KataStatus Status, int Passed, int Total, TestCaseResult? FirstFailure, string? Detail);

/// <summary>
/// The watch loop: on every save of a learner file of the kata's topic, rebuild (see <see cref="FastBuilder"/>) and
/// run only the kata's fixture, straight from the built assembly (see <see cref="FastTestRunner"/>); show red or green and the first
/// failure; when the kata turns green, say so and move on to the next kata in roadmap order.
/// </summary>
internal sealed class KataWatch(WorkbookRoot root, KataCatalog catalog, IAnsiConsole console, TimeSpan testTimeout)
{
    /// <summary>Editors write a file in several steps; wait this long after the last one before running.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private const int MessageLines = 3;

    private readonly FastTestRunner tests = new(root.Directory);

    /// <summary>Watches from <paramref name="kata"/> on until Ctrl+C (returns normally) or until every kata is done.</summary>
    public async Task RunAsync(KataEntry kata, CancellationToken cancellationToken)
    {
        var current = kata;
        while (true)
        {
            var next = await WatchTopicAsync(current, cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                console.MarkupLine("[green]Every kata is done. Congratulations![/]");
                return;
            }

            current = next;
        }
    }

    /// <summary>Watches katas of one topic; returns the first kata of another topic to go on with, or null when all are done.</summary>
    private async Task<KataEntry?> WatchTopicAsync(KataEntry kata, CancellationToken cancellationToken)
    {
        var project = ProjectFiles.FindSingle(root.TopicFolder(kata.Topic));
        if (project.Path is null)
        {
            throw new Cli.UsageException($"{kata.Topic.Folder} has no kata project to watch ({root.Relative(root.TopicFolder(kata.Topic))} {project.Problem}).");
        }

        var builder = new FastBuilder(root.Directory, project.Path);
        await using (builder.ConfigureAwait(false))
        {
            using var saves = new SaveWatcher(root.TopicFolder(kata.Topic));
            var current = kata;
            Announce(current);
            while (true)
            {
                var result = await RunOnceAsync(builder, current, cancellationToken).ConfigureAwait(false);
                if (result.Status == KataStatus.Done)
                {
                    await DrawFiguresAsync(current, cancellationToken).ConfigureAwait(false);
                    var next = NextAfter(current);
                    if (next is null || next.Topic != current.Topic)
                    {
                        if (next is not null)
                        {
                            console.MarkupLineInterpolated($"→ Moving on to {next.Id}: {next.Title} ({root.Relative(root.StubPath(next))})");
                        }

                        return next;
                    }

                    current = next;
                    console.MarkupLineInterpolated($"→ Moving on to {current.Id}: {current.Title} ({root.Relative(root.StubPath(current))})");
                    continue; // run the next kata at once: it may be done already
                }

                builder.StartWarmUp(cancellationToken);
                await saves.NextBatchAsync(Debounce, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A kata that turned green redraws its figures from the learner's code, and says where they are.</summary>
    private async Task DrawFiguresAsync(KataEntry kata, CancellationToken cancellationToken)
    {
        var figures = KataFigures.Of(root, kata);
        if (figures.Count == 0)
        {
            return;
        }

        var plotter = new FigurePlotter(root, testTimeout);
        var (assembly, problem) = await plotter.BuildAsync(kata.Topic, FigureSide.Learner, cancellationToken).ConfigureAwait(false);
        if (assembly is null)
        {
            console.WriteLine($"Your figures could not be drawn: {problem}");
            return;
        }

        var folder = plotter.OutputFolder(kata, FigureSide.Learner);
        var results = await plotter.DrawAsync(assembly, figures.Select(f => (f, folder)).ToList(), png: true, svg: true, cancellationToken)
            .ConfigureAwait(false);
        console.WriteLine("Figures drawn from your code:");
        Cli.Commands.PlotCommand.Report(console, root, kata, results);
    }

    private void Announce(KataEntry kata) =>
        console.MarkupLineInterpolated(
            $"Watching [bold]{kata.Id}[/] ({root.Relative(root.StubPath(kata))}) and the other files of {kata.Topic.Folder}. Save a file to re-run its tests; Ctrl+C to stop.");

    private KataEntry? NextAfter(KataEntry kata)
    {
        var katas = catalog.Katas.ToList();
        var index = katas.IndexOf(kata);
        return index >= 0 && index + 1 < katas.Count ? katas[index + 1] : null;
    }

    /// <summary>Build, run the fixture, print one result line (and the first failure).</summary>
    private async Task<WatchResult> RunOnceAsync(FastBuilder builder, KataEntry kata, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var build = await builder.BuildAsync(cancellationToken).ConfigureAwait(false);
        var buildTime = stopwatch.Elapsed;
        WatchResult result;
        if (!build.Succeeded)
        {
            var error = CompilerMessages.First(build.Errors);
            result = new WatchResult(KataStatus.BuildError, 0, 0, null, error is null ? build.Problem : root.Describe(error));
        }
        else
        {
            var run = await tests.RunAsync(build.Assembly!, kata.FixtureFullName, testTimeout, cancellationToken).ConfigureAwait(false);
            result = Interpret(kata, run);
        }

        Print(kata, result, Timing(buildTime, stopwatch.Elapsed, build.UsedCompilerDirectly));
        return result;
    }

    private WatchResult Interpret(KataEntry kata, TestRun run)
    {
        switch (run.State)
        {
            case TestRunState.Completed:
                var mine = run.Results.Where(r => r.ClassName == kata.FixtureFullName)
                    .OrderBy(r => r.StartTime ?? DateTimeOffset.MaxValue)
                    .ToList();
                return new WatchResult(KataStatusClassifier.Classify(mine), mine.Count(r => r.Passed), mine.Count, mine.FirstOrDefault(r => r.Failed), null);
            case TestRunState.TimedOut:
                return new WatchResult(KataStatus.Timeout, 0, 0, null, $"the tests did not finish within {testTimeout.TotalSeconds:0} s (an endless loop?)");
            case TestRunState.Crashed:
                return new WatchResult(KataStatus.Crashed, 0, 0, null, "the test host crashed: " + TestHostCrash.Reason(run.CrashText ?? run.Process.AllOutput) + " (unbounded recursion?)");
            default:
                return new WatchResult(KataStatus.BuildError, 0, 0, null, "the tests could not run: " + run.FailureSummary);
        }
    }

    /// <summary>"2.1 s: compile 1.4 s, tests 0.7 s" — where the time went, so a slow step is visible.</summary>
    private static string Timing(TimeSpan build, TimeSpan total, bool direct) =>
        $"{S(total)} s: {(direct ? "compile" : "build")} {S(build)} s, tests {S(total - build)} s";

    private static string S(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    private void Print(KataEntry kata, WatchResult result, string seconds)
    {
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        switch (result.Status)
        {
            case KataStatus.Done:
                console.MarkupLineInterpolated($"[[{time}]] [green]✓ {kata.Id} is done: all {result.Total} tests pass[/] ({seconds})");
                return;
            case KataStatus.BuildError:
                console.MarkupLineInterpolated($"[[{time}]] [yellow]⚠ {kata.Id}: build error[/] ({seconds})");
                console.WriteLine("  " + result.Detail);
                return;
            case KataStatus.Timeout:
                console.MarkupLineInterpolated($"[[{time}]] [red]⏱ {kata.Id}: timeout[/] ({seconds})");
                console.WriteLine("  " + result.Detail);
                return;
            case KataStatus.Crashed:
                console.MarkupLineInterpolated($"[[{time}]] [red]✗ {kata.Id}: crashed[/] ({seconds})");
                console.WriteLine("  " + result.Detail);
                return;
            case KataStatus.NoTests:
                console.MarkupLineInterpolated($"[[{time}]] [yellow]? {kata.Id}: no tests ran[/] ({seconds})");
                return;
            default:
                console.MarkupLineInterpolated($"[[{time}]] [red]✗ {kata.Id}: {result.Passed} of {result.Total} tests pass[/] ({seconds})");
                if (result.FirstFailure is { } failure)
                {
                    console.MarkupLineInterpolated($"  First failure: [bold]{failure.Name}[/]");
                    foreach (var line in failure.MessageLines(MessageLines))
                    {
                        console.WriteLine("    " + line);
                    }

                    var location = FailureLocator.Locate(root, kata, failure);
                    console.WriteLine($"  at {location.StubFile}{(location.StubLine is null ? "" : $":{location.StubLine}")}");
                }

                return;
        }
    }
}
