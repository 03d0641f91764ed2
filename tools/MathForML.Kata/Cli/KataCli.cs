using System.CommandLine;
using MathForML.Kata.Catalog;
using MathForML.Kata.Listing;
using MathForML.Kata.Progress;
using MathForML.Kata.Targets;
using MathForML.Kata.Verification;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Cli;

/// <summary>The command line: list, progress (the default) and verify. Callable in-process so tests can capture output.</summary>
internal static class KataCli
{
    public const int DefaultProgressTimeoutSeconds = 120;

    /// <summary>verify also runs whole test projects (the tool's own tests take minutes), so it allows more per run.</summary>
    public const int DefaultVerifyTimeoutSeconds = 600;

    private const string CommandsHint = "Commands: list, progress, verify. Run 'kata --help' for usage.";

    public static int Run(string[] args, IAnsiConsole console, TextWriter error) =>
        RunAsync(args, console, error, CancellationToken.None).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter error, CancellationToken cancellationToken)
    {
        var root = BuildCommands(console, error);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync(parseError.Message).ConfigureAwait(false);
            }

            await error.WriteLineAsync(CommandsHint).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = error };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }

    private static RootCommand BuildCommands(IAnsiConsole console, TextWriter error)
    {
        var rootOption = new Option<string?>("--root")
        {
            Description = "The workbook root (the folder with katas/catalog.json). Default: found by walking up from the current folder.",
            HelpName = "dir",
            Recursive = true,
        };

        var list = new Command("list", "List the katas with their level, curriculum items, hints and number of tests.");
        var listTarget = TargetArgument();
        var listJson = JsonOption();
        var listTimeout = TimeoutOption(DefaultProgressTimeoutSeconds, "Seconds allowed for building and listing the tests.");
        list.Add(listTarget);
        list.Add(listJson);
        list.Add(listTimeout);
        list.SetAction((parsed, token) => Guarded(error, async () =>
        {
            var (workbook, catalog) = Open(parsed.GetValue(rootOption));
            var scope = TargetResolver.Resolve(catalog, parsed.GetValue(listTarget));
            var (katas, problem) = await WithStatus(console, "Counting the tests…", () =>
                KataListing.CollectAsync(workbook, scope, Seconds(parsed.GetValue(listTimeout)), token)).ConfigureAwait(false);
            if (parsed.GetValue(listJson))
            {
                KataListing.WriteJson(console, katas);
            }
            else
            {
                KataListing.WriteTable(console, scope, katas);
            }

            if (problem is null)
            {
                return ExitCodes.Success;
            }

            await error.WriteLineAsync(problem + " Test counts are unknown (shown as ? / null).").ConfigureAwait(false);
            return ExitCodes.Problems;
        }));

        var progress = new Command("progress", "Run the kata tests and show which katas are done (the default command).");
        var progressTarget = TargetArgument();
        var progressJson = JsonOption();
        var progressTimeout = TimeoutOption(DefaultProgressTimeoutSeconds, "Seconds allowed for each topic's test run.");
        progress.Add(progressTarget);
        progress.Add(progressJson);
        progress.Add(progressTimeout);
        progress.SetAction((parsed, token) => Guarded(error, () => ProgressAsync(
            console,
            parsed.GetValue(rootOption),
            parsed.GetValue(progressTarget),
            parsed.GetValue(progressJson),
            parsed.GetValue(progressTimeout),
            token)));

        var verify = new Command("verify", "Check the workbook: build, catalog, public surface, stubs failing and references passing, other tests.");
        var verifyTarget = TargetArgument();
        var verifyTimeout = TimeoutOption(DefaultVerifyTimeoutSeconds, "Seconds allowed for each test run.");
        verify.Add(verifyTarget);
        verify.Add(verifyTimeout);
        verify.SetAction((parsed, token) => Guarded(error, () => VerifyAsync(
            console,
            parsed.GetValue(rootOption),
            parsed.GetValue(verifyTarget),
            parsed.GetValue(verifyTimeout),
            token)));

        var root = new RootCommand("MathForML Katas: see your progress, list the katas, verify the workbook.");
        root.Add(rootOption);
        root.Add(list);
        root.Add(progress);
        root.Add(verify);
        root.SetAction((parsed, token) => Guarded(error, () => ProgressAsync(
            console, parsed.GetValue(rootOption), target: null, json: false, DefaultProgressTimeoutSeconds, token)));
        return root;
    }

    private static async Task<int> ProgressAsync(
        IAnsiConsole console, string? rootDirectory, string? target, bool json, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var (workbook, catalog) = Open(rootDirectory);
        var scope = TargetResolver.Resolve(catalog, target);
        var collector = new ProgressCollector(workbook, Seconds(timeoutSeconds));
        var progress = await WithStatus(console, "Running the kata tests…", () => collector.CollectAsync(scope, cancellationToken))
            .ConfigureAwait(false);
        if (json)
        {
            ProgressRenderer.WriteJson(console, progress);
        }
        else
        {
            ProgressRenderer.WriteTables(console, workbook, progress);
        }

        return ExitCodes.Success;
    }

    private static async Task<int> VerifyAsync(
        IAnsiConsole console, string? rootDirectory, string? target, int timeoutSeconds, CancellationToken cancellationToken)
    {
        var workbook = WorkbookRoot.Locate(rootDirectory, Directory.GetCurrentDirectory());
        KataCatalog? catalog = null;
        string? catalogProblem = null;
        Scope? scope = null;
        try
        {
            catalog = CatalogLoader.Load(workbook);
            scope = TargetResolver.Resolve(catalog, target); // an unknown target is a usage error: exit 2 before any work
        }
        catch (CatalogException e)
        {
            catalogProblem = e.Message;
        }

        var renderer = new VerifyRenderer(console);
        renderer.Start(scope?.Description ?? "the whole workbook", workbook.Directory);
        var report = await new Verifier(workbook, Seconds(timeoutSeconds))
            .RunAsync(catalog, catalogProblem, scope, renderer.Step, cancellationToken)
            .ConfigureAwait(false);
        renderer.Finish(report);
        return report.Succeeded ? ExitCodes.Success : ExitCodes.Problems;
    }

    private static (WorkbookRoot Root, KataCatalog Catalog) Open(string? rootDirectory)
    {
        var workbook = WorkbookRoot.Locate(rootDirectory, Directory.GetCurrentDirectory());
        try
        {
            return (workbook, CatalogLoader.Load(workbook));
        }
        catch (CatalogException e)
        {
            throw new UsageException(e.Message + " Run 'kata verify' for details.", e);
        }
    }

    /// <summary>Turns usage problems (no workbook, unknown target, unreadable catalog) into a message and exit code 2.</summary>
    private static async Task<int> Guarded(TextWriter error, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (UsageException e)
        {
            await error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Usage;
        }
    }

    /// <summary>Shows a spinner while waiting, but only on an interactive terminal: redirected output stays clean.</summary>
    private static Task<T> WithStatus<T>(IAnsiConsole console, string message, Func<Task<T>> work) =>
        console.Profile.Capabilities.Interactive
            ? console.Status().StartAsync(message, _ => work())
            : work();

    private static Argument<string?> TargetArgument()
    {
        var argument = new Argument<string?>("target")
        {
            Description = "A topic (00-prerequisites or prerequisites), a kata id (prerequisites/grids) or a unique kata name (grids).",
            Arity = ArgumentArity.ZeroOrOne,
        };

        // The parser hands an unknown option to an optional argument; no kata or topic starts with a dash.
        argument.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && value.StartsWith('-'))
            {
                result.AddError($"Unrecognized command or argument '{value}'.");
            }
        });
        return argument;
    }

    private static Option<bool> JsonOption() => new("--json") { Description = "Write JSON instead of tables." };

    private static Option<int> TimeoutOption(int defaultSeconds, string description)
    {
        var option = new Option<int>("--timeout")
        {
            Description = description,
            HelpName = "seconds",
            DefaultValueFactory = _ => defaultSeconds,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--timeout must be a positive number of seconds.");
            }
        });
        return option;
    }

    private static TimeSpan Seconds(int seconds) => TimeSpan.FromSeconds(seconds);
}
