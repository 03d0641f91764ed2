using System.CommandLine;
using MathForML.Kata.Catalog;
using MathForML.Kata.Compare;
using MathForML.Kata.Integrity;
using MathForML.Kata.Progress;
using MathForML.Kata.SourceCode;
using MathForML.Kata.Surface;
using MathForML.Kata.Targets;
using MathForML.Kata.Testing;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Cli.Commands;

internal static class CompareCommand
{
    /// <summary>The inputs are the same every run, for everyone.</summary>
    public const int Seed = 20_240_601;

    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(2);

    public static Command Create(CliContext context)
    {
        var command = new Command(
            "compare",
            "Once a kata is done: your code beside the reference, both run on the same seeded inputs, with the largest difference, the digits that agree and the time per call.");
        var kata = CliOptions.Kata("The kata to compare (id or unique name).");
        var spoiler = new Option<bool>("--spoiler") { Description = "Show the reference even though the kata is not done yet." };
        var timeout = CliOptions.Timeout(CliOptions.DefaultTestTimeoutSeconds, "Seconds allowed for the kata's tests, and for running the comparison.");
        command.Add(kata);
        command.Add(spoiler);
        command.Add(timeout);
        command.SetAction((parsed, token) => CliOptions.Guarded(context.Error, async () =>
        {
            var (workbook, catalog) = context.Open(parsed);
            var target = parsed.GetValue(kata) ?? throw new UsageException($"Which kata? e.g. {KataCommand.With("compare prerequisites/grids")}");
            var entry = TargetResolver.ResolveKata(catalog, target, "compare");
            var limit = CliOptions.Seconds(parsed.GetValue(timeout));
            if (!parsed.GetValue(spoiler))
            {
                var runner = new TopicRunner(workbook, limit, CliOptions.Megabytes(CliOptions.DefaultMemoryMegabytes));
                var results = await context.WithStatus("Checking that the kata is done…", () =>
                    runner.RunAsync(new TopicScope(entry.Topic, [entry]), token)).ConfigureAwait(false);
                var progress = TestIntegrity.Apply(workbook, results).Katas[0];
                if (progress.Status != KataStatus.Done)
                {
                    var tests = progress.Status == KataStatus.TestsModified ? $": {progress.Detail}"
                        : progress.Status.HasNoResults() ? "" : $": {progress.Passed} of {progress.Total} tests pass";
                    context.Console.WriteLine(
                        $"compare shows the reference once {entry.Id} is done, and it is {progress.Status.Name()}{tests}. "
                        + $"Finish it first ({KataCommand.With("next")} shows the first failing test), or add --spoiler to look now.");
                    return ExitCodes.Problems;
                }
            }

            return await CompareAsync(context, workbook, entry, limit, token).ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>The hidden command the comparison runs in a child process (see <see cref="CompareWorker"/>).</summary>
    public static Command CreateWorker(CliContext context)
    {
        var command = new Command(CompareWorker.CommandName, "Internal: drives one comparison in a separate process.") { Hidden = true };
        var request = new Argument<string>("request");
        command.Add(request);
        command.SetAction(parsed => CompareWorker.Run(parsed.GetValue(request)!, context.Console.Profile.Out.Writer));
        return command;
    }

    private static async Task<int> CompareAsync(CliContext context, WorkbookRoot workbook, KataEntry kata, TimeSpan limit, CancellationToken cancellationToken)
    {
        var stub = workbook.StubPath(kata);
        var reference = workbook.ReferencePath(kata);
        if (!File.Exists(stub) || !File.Exists(reference))
        {
            context.Console.WriteLine($"Nothing to compare: {(File.Exists(stub) ? workbook.Relative(reference) : workbook.Relative(stub))} does not exist.");
            return ExitCodes.Problems;
        }

        var learnerText = await File.ReadAllTextAsync(stub, cancellationToken).ConfigureAwait(false);
        var referenceText = await File.ReadAllTextAsync(reference, cancellationToken).ConfigureAwait(false);
        CompareRenderer.WriteFiles(context.Console, ($"Yours · {workbook.Relative(stub)}", learnerText), ($"Reference · {workbook.Relative(reference)}", referenceText));

        var (assemblies, problem) = await context.WithStatus("Building both sides…", () => BuildAsync(workbook, kata, cancellationToken)).ConfigureAwait(false);
        if (assemblies is null)
        {
            context.Console.WriteLine($"The two cannot be run side by side: {problem}");
            return ExitCodes.Problems;
        }

        var request = new CompareRequest(
            assemblies.Value.Kata,
            assemblies.Value.Reference,
            DeclaredTypes.In(learnerText, kata.Topic.Namespace),
            [Path.GetDirectoryName(assemblies.Value.Kata)!],
            [Path.GetDirectoryName(assemblies.Value.Reference)!, Path.GetDirectoryName(assemblies.Value.Kata)!],
            [],
            (int)CallLimit.TotalMilliseconds,
            Seed);
        var (results, runProblem) = await context.WithStatus("Running both on the same inputs…", () =>
            new CompareRunner(workbook.Directory, limit).RunAsync(request, cancellationToken)).ConfigureAwait(false);
        CompareRenderer.WriteComparisons(context.Console, results, Seed);
        if (runProblem is not null)
        {
            context.Console.WriteLine(runProblem);
        }

        return ExitCodes.Success;
    }

    private static async Task<((string Kata, string Reference)? Assemblies, string? Problem)> BuildAsync(
        WorkbookRoot workbook, KataEntry kata, CancellationToken cancellationToken)
    {
        var dotnet = new DotnetCli(workbook.Directory);
        var paths = new List<string>();
        foreach (var (folder, what) in new[] { (workbook.TopicFolder(kata.Topic), "your kata project"), (workbook.SolutionTopicFolder(kata.Topic), "the solution library") })
        {
            var project = ProjectFiles.FindSingle(folder);
            if (project.Path is null)
            {
                return (null, $"{what} is missing ({workbook.Relative(folder)} {project.Problem})");
            }

            var build = await dotnet.BuildAsync(project.Path, TopicRunner.BuildTimeout, cancellationToken).ConfigureAwait(false);
            if (build.ExitCode != 0)
            {
                var error = CompilerMessages.First(CompilerMessages.Errors(build.AllOutput));
                return (null, $"{what} does not build ({(error is null ? TestRun.LastLines(build.AllOutput, 2) : workbook.Describe(error))})");
            }

            var (assembly, locateProblem) = await AssemblyLocator.FindAsync(project.Path, cancellationToken).ConfigureAwait(false);
            if (assembly is null)
            {
                return (null, locateProblem);
            }

            paths.Add(assembly);
        }

        return ((paths[0], paths[1]), null);
    }
}
