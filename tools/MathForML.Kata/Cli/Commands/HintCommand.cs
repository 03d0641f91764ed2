using System.CommandLine;
using MathForML.Kata.Catalog;
using MathForML.Kata.Hints;
using MathForML.Kata.Next;
using MathForML.Kata.Progress;
using MathForML.Kata.Targets;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Cli.Commands;

internal static class HintCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("hint", "Show a kata's hints one level at a time: a nudge first, then the method.");
        var kata = CliOptions.Kata("The kata (id or unique name). Default: your next kata, from the last progress run.");
        var level = new Option<int>("--level")
        {
            Description = "Show hints 1 to n (default 1).",
            HelpName = "n",
            DefaultValueFactory = _ => 1,
        };
        level.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--level must be 1 or more.");
            }
        });
        command.Add(kata);
        command.Add(level);
        command.SetAction((parsed, token) => CliOptions.Guarded(context.Error, async () =>
        {
            var (workbook, catalog) = context.Open(parsed);
            var target = parsed.GetValue(kata);
            KataEntry? chosen;
            string? why = null;
            if (target is not null)
            {
                chosen = TargetResolver.ResolveKata(catalog, target, "hint");
            }
            else
            {
                (chosen, why) = await NextKataAsync(context, workbook, catalog, token).ConfigureAwait(false);
                if (chosen is null)
                {
                    context.Console.WriteLine($"Every kata is done: no hints needed. For a particular kata: {KataCommand.With("hint <kata>")}");
                    return ExitCodes.Success;
                }
            }

            Write(context.Console, HintSelection.For(chosen, parsed.GetValue(level)), why);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The last progress run answers at once; without one, the tests have to run to know.</summary>
    private static async Task<(KataEntry? Kata, string Why)> NextKataAsync(
        CliContext context, WorkbookRoot workbook, KataCatalog catalog, CancellationToken cancellationToken)
    {
        var stored = new ProgressStore(workbook, context.Error).Load();
        if (stored is not null)
        {
            return (HintSelection.NextFromStore(catalog, stored), "your next kata according to the last progress run");
        }

        var finder = new NextFinder(workbook, CliOptions.Seconds(CliOptions.DefaultTestTimeoutSeconds));
        var next = await context.WithStatus("Finding your next kata…", () => finder.FindAsync(catalog, cancellationToken)).ConfigureAwait(false);
        return (next?.Kata, "your next kata");
    }

    private static void Write(IAnsiConsole console, HintSelection selection, string? why)
    {
        var kata = selection.Kata;
        console.MarkupLineInterpolated($"[bold]Hints for {kata.Id}[/] — {kata.Title}");
        if (why is not null)
        {
            console.WriteLine($"({why})");
        }

        if (kata.Hints.Count == 0)
        {
            console.WriteLine("This kata has no hints yet.");
            return;
        }

        for (var i = 0; i < selection.Shown.Count; i++)
        {
            console.WriteLine($"Hint {i + 1} of {kata.Hints.Count}: {selection.Shown[i]}");
        }

        if (selection.Remaining > 0)
        {
            var more = selection.Remaining == 1 ? "1 more hint" : $"{selection.Remaining} more hints";
            console.WriteLine($"{more}: {KataCommand.Name} hint {kata.Id} --level {selection.Shown.Count + 1}");
        }
        else
        {
            console.WriteLine($"That was the last hint. Once the kata is done, {KataCommand.With($"compare {kata.Id}")} shows the reference solution.");
        }
    }
}
