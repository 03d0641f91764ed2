using System.CommandLine;
using MathForML.Kata.Next;

namespace MathForML.Kata.Cli.Commands;

internal static class NextCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "next",
            "Show the first unfinished kata in roadmap order: its first failing test, the message, the stub's file and line, and the command to run only that kata.");
        var timeout = CliOptions.Timeout(CliOptions.DefaultTestTimeoutSeconds, "Seconds allowed for each test run.");
        command.Add(timeout);
        command.SetAction((parsed, token) => CliOptions.Guarded(context.Error, async () =>
        {
            var (workbook, catalog) = context.Open(parsed);
            var finder = new NextFinder(workbook, CliOptions.Seconds(parsed.GetValue(timeout)));
            var next = await context.WithStatus("Finding your next kata…", () => finder.FindAsync(catalog, token)).ConfigureAwait(false);
            if (next is null)
            {
                NextRenderer.WriteAllDone(context.Console, catalog);
            }
            else
            {
                NextRenderer.Write(context.Console, workbook, next);
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
