using System.CommandLine;
using MathForML.Kata.Cli.Commands;
using MathForML.Kata.Targets;
using Spectre.Console;

namespace MathForML.Kata.Cli;

/// <summary>The command line. Callable in-process so tests can capture output and feed answers.</summary>
internal static class KataCli
{
    public static int Run(string[] args, IAnsiConsole console, TextWriter error, TextReader? input = null) =>
        RunAsync(args, console, error, CancellationToken.None, input).GetAwaiter().GetResult();

    /// <param name="args">The command line.</param>
    /// <param name="console">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="cancellationToken">Ctrl+C: stops the running command and every child process.</param>
    /// <param name="input">Where to read a confirmation from; null when nobody can answer (redirected input).</param>
    public static async Task<int> RunAsync(
        string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken, TextReader? input = null)
    {
        var context = new CliContext(console, error, input, RootOption());
        var root = BuildCommands(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            await error.WriteLineAsync(UsageMessage(root, parseResult)).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        // Ctrl+C is handled by Program (and by watch itself), not by System.CommandLine.
        var configuration = new InvocationConfiguration
        {
            Output = console.Profile.Out.Writer,
            Error = error,
            ProcessTerminationTimeout = null,
        };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    private static RootCommand BuildCommands(CliContext context)
    {
        var root = new RootCommand("MathForML Katas: your progress, the next step, hints, a watch loop, resets, comparisons, and the contributor's tools.");
        root.Add(context.RootOption);
        root.Add(ProgressCommand.Create(context));
        root.Add(NextCommand.Create(context));
        root.Add(HintCommand.Create(context));
        root.Add(WatchCommand.Create(context));
        root.Add(CompareCommand.Create(context));
        root.Add(ResetCommand.Create(context));
        root.Add(PlotCommand.Create(context));
        root.Add(ListCommand.Create(context));
        root.Add(NewCommand.Create(context));
        root.Add(ChecksumsCommand.Create(context));
        root.Add(VerifyCommand.Create(context));
        root.Add(CompareCommand.CreateWorker(context));
        root.Add(PlotCommand.CreateWorker(context));
        root.Add(WatchCommand.CreateTestRunner(context));
        root.SetAction((parsed, token) => CliOptions.Guarded(context.Error, () =>
            ProgressCommand.RunAsync(context, parsed, target: null, json: false, CliOptions.DefaultTestTimeoutSeconds, token)));
        return root;
    }

    /// <summary>"kata grids" probably meant a kata: point at the command that takes one, if the workbook knows the name.</summary>
    private static string KataGuess(ParseResult parseResult, string unknown)
    {
        try
        {
            string? rootDirectory = parseResult.RootCommandResult.Children.OfType<System.CommandLine.Parsing.OptionResult>()
                .FirstOrDefault(o => o.Option.Name == "--root")?.Tokens is [var token, ..] ? token.Value : null;
            var catalog = Catalog.CatalogLoader.Load(Workbook.WorkbookRoot.Locate(rootDirectory, Directory.GetCurrentDirectory()));
            var names = TargetResolver.Suggest(catalog, unknown);
            return names.Count == 0 ? "" : $" For a kata or topic, name a command first, e.g. {KataCommand.With($"progress {names[0]}")}";
        }
        catch (Exception e) when (e is UsageException or Catalog.CatalogException or IOException)
        {
            return "";
        }
    }

    private static Option<string?> RootOption() => new("--root")
    {
        Description = "The workbook root (the folder with katas/catalog.json). Default: found by walking up from the current folder.",
        HelpName = "dir",
        Recursive = true,
    };

    /// <summary>
    /// The parser's messages, plus what the user most likely meant: an unknown word where a command belongs gets the
    /// nearest command names.
    /// </summary>
    private static string UsageMessage(RootCommand root, ParseResult parseResult)
    {
        var commands = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        var commandList = $"Commands: {string.Join(", ", commands)}. Run '{KataCommand.With("--help")}' for usage.";
        if (parseResult.CommandResult.Command == root
            && parseResult.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith('-')) is { } unknown)
        {
            var nearest = commands
                .Select(name => (name, Distance: EditDistance.Between(unknown, name)))
                .Where(c => c.Distance <= Math.Max(2, unknown.Length / 3) || c.name.StartsWith(unknown, StringComparison.OrdinalIgnoreCase))
                .OrderBy(c => c.Distance)
                .Select(c => c.name)
                .Take(3)
                .ToList();
            var guess = nearest.Count > 0 ? $" Did you mean: {string.Join(", ", nearest)}?" : KataGuess(parseResult, unknown);
            return $"Unknown command '{unknown}'.{guess}{Environment.NewLine}{commandList}";
        }

        return string.Join(Environment.NewLine, parseResult.Errors.Select(e => e.Message).Append(commandList));
    }
}
