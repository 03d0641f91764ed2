using System.CommandLine;
using MathForML.Kata.Catalog;
using MathForML.Kata.Targets;
using MathForML.Kata.Verification;

namespace MathForML.Kata.Cli.Commands;

internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("verify", "Check the workbook: build, catalog, public surface, stubs failing and references passing, other tests.");
        var target = CliOptions.Target();
        var timeout = CliOptions.Timeout(CliOptions.DefaultVerifyTimeoutSeconds, "Seconds allowed for each test run.");
        command.Add(target);
        command.Add(timeout);
        command.SetAction((parsed, token) => CliOptions.Guarded(context.Error, async () =>
        {
            var workbook = context.Locate(parsed);
            KataCatalog? catalog = null;
            string? catalogProblem = null;
            Scope? scope = null;
            try
            {
                catalog = CatalogLoader.Load(workbook);
                scope = TargetResolver.Resolve(catalog, parsed.GetValue(target)); // an unknown target is a usage error: exit 2 before any work
            }
            catch (CatalogException e)
            {
                catalogProblem = e.Message;
            }

            var renderer = new VerifyRenderer(context.Console);
            renderer.Start(scope?.Description ?? "the whole workbook", workbook.Directory);
            var report = await new Verifier(workbook, CliOptions.Seconds(parsed.GetValue(timeout)))
                .RunAsync(catalog, catalogProblem, scope, renderer.Step, token)
                .ConfigureAwait(false);
            renderer.Finish(report);
            return report.Succeeded ? ExitCodes.Success : ExitCodes.Problems;
        }));
        return command;
    }
}
