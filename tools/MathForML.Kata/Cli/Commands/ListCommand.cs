using System.CommandLine;
using MathForML.Kata.Listing;
using MathForML.Kata.Targets;

namespace MathForML.Kata.Cli.Commands;

internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("list", "List the katas with their level, curriculum items, hints and number of tests; for one kata, where its files are.");
        var target = CliOptions.Target();
        var json = CliOptions.Json();
        var timeout = CliOptions.Timeout(CliOptions.DefaultTestTimeoutSeconds * 2, "Seconds allowed for building and listing the tests.");
        command.Add(target);
        command.Add(json);
        command.Add(timeout);
        command.SetAction((parsed, token) => CliOptions.Guarded(context.Error, async () =>
        {
            var (workbook, catalog) = context.Open(parsed);
            var scope = TargetResolver.Resolve(catalog, parsed.GetValue(target));
            var (katas, problem) = await context.WithStatus("Counting the tests…", () =>
                KataListing.CollectAsync(workbook, catalog, scope, CliOptions.Seconds(parsed.GetValue(timeout)), context.Error, token)).ConfigureAwait(false);
            if (parsed.GetValue(json))
            {
                KataListing.WriteJson(context.Console, workbook, katas);
            }
            else
            {
                KataListing.WriteTable(context.Console, workbook, scope, katas);
            }

            if (problem is null)
            {
                return ExitCodes.Success;
            }

            await context.Error.WriteLineAsync(problem + " Test counts are unknown (shown as ? / null).").ConfigureAwait(false);
            return ExitCodes.Problems;
        }));
        return command;
    }
}
