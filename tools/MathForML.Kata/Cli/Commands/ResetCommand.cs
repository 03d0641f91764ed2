using System.CommandLine;
using MathForML.Kata.Catalog;
using MathForML.Kata.Integrity;
using MathForML.Kata.Reset;
using MathForML.Kata.Targets;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Cli.Commands;

internal static class ResetCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "reset",
            "Put a kata's stub back as committed. Your file is copied to .kata/backups/<time>/ first, so nothing you wrote is lost.");
        var kata = CliOptions.Kata("The kata to reset (id or unique name).");
        var all = new Option<bool>("--all") { Description = "Reset every kata (asks for confirmation)." };
        var yes = new Option<bool>("--yes") { Description = "Do not ask: confirm reset --all." };
        var tests = new Option<bool>("--tests")
        {
            Description = "Put back the kata's tests and given code as the workbook ships them, instead of its stub (yours are backed up first).",
        };
        command.Add(kata);
        command.Add(tests);
        command.Add(all);
        command.Add(yes);
        command.SetAction((parsed, token) => CliOptions.Guarded(context.Error, async () =>
        {
            var (workbook, catalog) = context.Open(parsed);
            var target = parsed.GetValue(kata);
            var everything = parsed.GetValue(all);
            if (target is null == !everything)
            {
                throw new UsageException(everything
                    ? "Give either a kata or --all, not both."
                    : $"Which kata? Give its id ({KataCommand.With("reset prerequisites/grids")}), or --all for every kata.");
            }

            List<KataEntry> katas = everything ? catalog.Katas.ToList() : [TargetResolver.ResolveKata(catalog, target!, "reset")];
            if (everything && !parsed.GetValue(yes) && !await ConfirmAsync(context, katas.Count).ConfigureAwait(false))
            {
                context.Console.WriteLine("Nothing was reset.");
                return ExitCodes.Problems;
            }

            return parsed.GetValue(tests)
                ? await RestoreTestsAsync(context.Console, workbook, katas, token).ConfigureAwait(false)
                : await ResetAsync(context.Console, workbook, katas, token).ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>Asks on the terminal; with nobody to answer, refusing is the only safe choice.</summary>
    private static async Task<bool> ConfirmAsync(CliContext context, int count)
    {
        if (context.Input is null)
        {
            throw new UsageException(
                $"reset --all would reset all {count} katas (each file is backed up first). Nobody can answer a question here "
                + "(input is redirected), so add --yes to confirm.");
        }

        context.Console.Markup($"Reset all {count} katas to their stubs? Your files are backed up to .kata/backups/ first. [[y/N]] ");
        var answer = (await context.Input.ReadLineAsync().ConfigureAwait(false))?.Trim();
        return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<int> ResetAsync(IAnsiConsole console, WorkbookRoot workbook, IReadOnlyList<KataEntry> katas, CancellationToken cancellationToken)
    {
        var restorer = new StubRestorer(workbook);
        var backupFolder = restorer.NewBackupFolder(DateTimeOffset.Now);
        var failures = 0;
        foreach (var kata in katas)
        {
            var outcome = await restorer.ResetAsync(kata, backupFolder, cancellationToken).ConfigureAwait(false);
            var stub = workbook.Relative(workbook.StubPath(kata));
            switch (outcome.Result)
            {
                case ResetResult.Restored:
                    if (outcome.BackupPath is not null)
                    {
                        console.WriteLine($"Backed up your {stub} to {outcome.BackupPath}");
                    }

                    console.MarkupLineInterpolated($"[green]Reset[/] {kata.Id}: {stub} is the stub again (as committed in {Short(outcome.Commit)}).");
                    break;
                case ResetResult.AlreadyPristine:
                    console.WriteLine($"{kata.Id}: {stub} is already the stub; nothing to do.");
                    break;
                default:
                    failures++;
                    console.MarkupLineInterpolated($"[red]Could not reset[/] {kata.Id}: {outcome.Problem}.");
                    break;
            }
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.Problems;
    }

    private static async Task<int> RestoreTestsAsync(
        IAnsiConsole console, WorkbookRoot workbook, IReadOnlyList<KataEntry> katas, CancellationToken cancellationToken)
    {
        var restorer = new TestRestorer(workbook);
        var backupFolder = new StubRestorer(workbook).NewBackupFolder(DateTimeOffset.Now);
        var failures = 0;
        foreach (var kata in katas)
        {
            var files = await restorer.RestoreAsync(kata, backupFolder, cancellationToken).ConfigureAwait(false);
            if (files.Count == 0)
            {
                console.WriteLine($"{kata.Id}: its tests and given code are as the workbook ships them; nothing to do.");
            }

            foreach (var file in files)
            {
                if (file.Problem is not null)
                {
                    failures++;
                    console.MarkupLineInterpolated($"[red]Could not restore[/] {file.File}: {file.Problem}.");
                    continue;
                }

                if (file.BackupPath is not null)
                {
                    console.WriteLine($"Backed up your {file.File} to {file.BackupPath}");
                }

                console.MarkupLineInterpolated($"[green]Restored[/] {file.File} (as committed in {Short(file.Commit)}).");
            }
        }

        return failures == 0 ? ExitCodes.Success : ExitCodes.Problems;
    }

    private static string Short(string? commit) => commit is { Length: > 7 } ? commit[..7] : commit ?? "?";
}
