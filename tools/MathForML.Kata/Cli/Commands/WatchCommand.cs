using System.CommandLine;
using MathForML.Kata.Next;
using MathForML.Kata.Targets;
using MathForML.Kata.Watch;
using Spectre.Console;

namespace MathForML.Kata.Cli.Commands;

internal static class WatchCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "watch",
            "Re-run a kata's tests on every save of a learner file: red or green and the first failure; when it turns green, on to the next kata. Ctrl+C stops.");
        var kata = CliOptions.Kata("The kata to watch (id or unique name). Default: your next kata.");
        var timeout = CliOptions.Timeout(CliOptions.DefaultTestTimeoutSeconds, "Seconds allowed for each test run (a hanging kata is reported as timeout).");
        command.Add(kata);
        command.Add(timeout);
        command.SetAction((parsed, token) => CliOptions.Guarded(context.Error, async () =>
        {
            var (workbook, catalog) = context.Open(parsed);
            var limit = CliOptions.Seconds(parsed.GetValue(timeout));
            var target = parsed.GetValue(kata);
            var start = target is not null
                ? TargetResolver.ResolveKata(catalog, target, "watch")
                : (await context.WithStatus("Finding your next kata…", () => new NextFinder(workbook, limit).FindAsync(catalog, token)).ConfigureAwait(false))?.Kata;
            if (start is null)
            {
                context.Console.WriteLine($"Every kata is done: nothing to watch. To watch one anyway: {KataCommand.With("watch <kata>")}");
                return ExitCodes.Success;
            }

            try
            {
                await new KataWatch(workbook, catalog, context.Console, limit).RunAsync(start, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // Ctrl+C is how watch is meant to end.
                context.Console.WriteLine("Stopped watching.");
            }
            catch (IOException e)
            {
                // Typically the system's limit on watched folders (inotify on Linux).
                await context.Error.WriteLineAsync($"Cannot watch the kata's files: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Problems;
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The hidden command the watch loop runs a fixture with, in a child process (see <see cref="NUnitInProcess"/>).</summary>
    public static Command CreateTestRunner(CliContext context)
    {
        var command = new Command(NUnitInProcess.CommandName, "Internal: runs one fixture of a built test assembly.") { Hidden = true };
        var assembly = new Argument<string>("assembly");
        var fixture = new Argument<string>("fixture");
        command.Add(assembly);
        command.Add(fixture);
        command.SetAction(parsed => NUnitInProcess.Run(parsed.GetValue(assembly)!, parsed.GetValue(fixture)!, context.Console.Profile.Out.Writer));
        return command;
    }
}
