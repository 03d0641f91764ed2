using Spectre.Console;

namespace MathForML.Kata.Cli;

internal static class ConsoleFactory
{
    /// <summary>Wide enough that redirected output (CI logs, files, tests) is never wrapped mid-line.</summary>
    public const int PlainWidth = 4096;

    /// <summary>
    /// A console writing to <paramref name="writer"/>: colours and terminal detection for a terminal, plain text
    /// (no ANSI escape sequences at all) for anything else.
    /// </summary>
    public static IAnsiConsole Create(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!isTerminal)
        {
            console.Profile.Width = PlainWidth;
        }

        return console;
    }
}
