using System.CommandLine;
using MathForML.Kata.Integrity;
using Spectre.Console;

namespace MathForML.Kata.Cli.Commands;

internal static class ChecksumsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "checksums",
            $"For contributors: record every kata's tests and given code in {Checksums.RelativePath}, after changing them on purpose. "
            + "Progress reports a kata whose files differ from this record as tests-modified; verify checks it is current.");
        command.SetAction(parsed => CliOptions.Guarded(context.Error, () =>
        {
            var (workbook, catalog) = context.Open(parsed);
            var count = new Checksums(workbook).Write(catalog);
            context.Console.WriteLine($"Recorded {count} files of {catalog.Katas.Count()} katas in {Checksums.RelativePath}.");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
