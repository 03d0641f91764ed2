using MathForML.Kata.Cli;

namespace MathForML.Kata.Tests.Support;

/// <summary>What one in-process run of the kata command line printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> OutputLines =>
        Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

    /// <summary>The last non-empty line of standard output.</summary>
    public string LastLine => OutputLines.Last(l => l.Length > 0);

    /// <summary>The first output line mentioning <paramref name="text"/> (a table row, say).</summary>
    public string LineWith(string text) =>
        OutputLines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal))
        ?? throw new AssertionException($"No output line contains '{text}'. Output:\n{Output}\nError:\n{Error}");

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>A command still running in the background, with its output readable as it comes.</summary>
internal sealed record RunningCli(Task<int> Exit, LiveOutput Output, LiveOutput Error);

internal static class CliRun
{
    /// <summary>Starts the tool in-process on another thread; cancelling the token is Ctrl+C.</summary>
    public static RunningCli Start(CancellationToken cancellationToken, params string[] args)
    {
        var output = new LiveOutput();
        var error = new LiveOutput();
        var console = ConsoleFactory.Create(output, isTerminal: false);
        var exit = Task.Run(() => KataCli.RunAsync(args, console, error, cancellationToken), CancellationToken.None);
        return new RunningCli(exit, output, error);
    }

    /// <summary>Runs the tool in-process with a plain (redirected-style) console, capturing both streams.</summary>
    public static CliResult Run(params string[] args) => Run(null, args);

    /// <summary>Runs the tool with <paramref name="input"/> as the terminal a question can be answered on.</summary>
    public static CliResult Run(TextReader? input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = ConsoleFactory.Create(output, isTerminal: false);
        var exitCode = KataCli.Run(args, console, error, input);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
