using System.CommandLine;
using MathForML.Kata.Catalog;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Cli;

/// <summary>What every command needs: where to write, where to read answers from, and the shared --root option.</summary>
/// <param name="Console">Standard output (plain text when redirected).</param>
/// <param name="Error">Standard error: usage problems and warnings.</param>
/// <param name="Input">The terminal to ask questions on, or null when nobody can answer (redirected input, tests).</param>
/// <param name="RootOption">The recursive --root option.</param>
internal sealed record CliContext(IAnsiConsole Console, TextWriter Error, TextReader? Input, Option<string?> RootOption)
{
    public WorkbookRoot Locate(ParseResult parsed) =>
        WorkbookRoot.Locate(parsed.GetValue(RootOption), Directory.GetCurrentDirectory());

    /// <summary>The workbook and its catalog; an unreadable catalog is a usage problem (exit 2) pointing at verify.</summary>
    public (WorkbookRoot Root, KataCatalog Catalog) Open(ParseResult parsed)
    {
        var workbook = Locate(parsed);
        try
        {
            return (workbook, CatalogLoader.Load(workbook));
        }
        catch (CatalogException e)
        {
            throw new UsageException(e.Message + $" Run '{KataCommand.With("verify")}' for details.", e);
        }
    }

    /// <summary>Shows a spinner while waiting, but only on an interactive terminal: redirected output stays clean.</summary>
    public Task<T> WithStatus<T>(string message, Func<Task<T>> work) =>
        Console.Profile.Capabilities.Interactive
            ? Console.Status().StartAsync(message, _ => work())
            : work();
}
