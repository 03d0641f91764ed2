using System.CommandLine;
using MathForML.Kata.Caching;
using MathForML.Kata.Integrity;
using MathForML.Kata.Progress;
using MathForML.Kata.Targets;
using Spectre.Console;

namespace MathForML.Kata.Cli.Commands;

internal static class ProgressCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("progress", "Run the kata tests and show where every kata stands, and what changed since the last run (the default command).");
        var target = CliOptions.Target();
        var json = CliOptions.Json();
        var timeout = CliOptions.Timeout(CliOptions.DefaultTestTimeoutSeconds, "Seconds allowed for each test run (a hanging kata is reported as timeout).");
        command.Add(target);
        command.Add(json);
        command.Add(timeout);
        command.Add(Fresh);
        command.Add(Memory);
        command.SetAction((parsed, token) => CliOptions.Guarded(context.Error, () =>
            RunAsync(context, parsed, parsed.GetValue(target), parsed.GetValue(json), parsed.GetValue(timeout), token, parsed.GetValue(Fresh), parsed.GetValue(Memory))));
        return command;
    }

    /// <summary>--fresh: run every topic in scope even when its sources are unchanged since the cached run.</summary>
    public static readonly Option<bool> Fresh = new("--fresh")
    {
        Description = "Run the tests even of topics unchanged since the last run (by default their results are reused).",
    };

    /// <summary>--memory: the memory limit of each test run.</summary>
    public static readonly Option<int> Memory = CliOptions.Memory();

    /// <summary>The progress run; also what plain "kata" does.</summary>
    public static async Task<int> RunAsync(
        CliContext context, ParseResult parsed, string? target, bool json, int timeoutSeconds, CancellationToken cancellationToken, bool fresh = false, int memoryMegabytes = CliOptions.DefaultMemoryMegabytes)
    {
        var (workbook, catalog) = context.Open(parsed);
        var scope = TargetResolver.Resolve(catalog, target);
        // Results depend on the limits too: a kata that timed out under 10 s may pass under 60.
        var cache = new ProgressCache(workbook, context.Error, $"{Fingerprint.ToolBuild};timeout={timeoutSeconds};memory={memoryMegabytes}");
        var collector = new ProgressCollector(
            workbook, CliOptions.Seconds(timeoutSeconds), CliOptions.Megabytes(memoryMegabytes), fresh ? null : cache);
        CollectedProgress collected;
        using (await RunLock.AcquireAsync(workbook, context.Error, cancellationToken).ConfigureAwait(false))
        {
            collected = await context.WithStatus("Running the kata tests…", () => collector.CollectAsync(scope, cancellationToken))
                .ConfigureAwait(false);
        }

        var (progress, integrityChecked) = TestIntegrity.Apply(workbook, collected.Katas);

        var store = new ProgressStore(workbook, context.Error);
        var previous = store.Load();
        var now = DateTimeOffset.Now;
        var change = ProgressChange.Describe(previous, progress, now);
        if (progress.Count > 0 && !store.Save(progress, previous, now))
        {
            await context.Error.WriteLineAsync($"Note: could not write {workbook.Relative(store.Path)}; changes cannot be shown next time.")
                .ConfigureAwait(false);
        }

        if (json)
        {
            ProgressRenderer.WriteJson(context.Console, progress, integrityChecked);
        }
        else
        {
            ProgressRenderer.WriteTables(context.Console, workbook, progress, progress.Count > 0 ? change : null);
            if (collected.CachedTopics.Count > 0)
            {
                context.Console.WriteLine(
                    $"Unchanged since their last run, so not run again: {string.Join(", ", collected.CachedTopics)} (--fresh runs them anyway).");
            }
        }

        return ExitCodes.Success;
    }
}
