using System.Text.Json;
using MathForML.Kata.Catalog;
using MathForML.Kata.Processes;
using MathForML.Kata.Progress;
using MathForML.Kata.Surface;
using MathForML.Kata.Testing;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Figures;

/// <summary>Which code a figure is drawn from: the learner's kata project, or the references (for the lessons).</summary>
internal enum FigureSide
{
    Learner,
    Reference,
}

/// <summary>The figures of one figures class: each outcome, or why none could be drawn.</summary>
internal sealed record PlotResult(KataFigures Figures, IReadOnlyList<FigureOutcome> Outcomes, string? Problem);

/// <summary>
/// Builds the side a figure is drawn from and draws it in a child process under a wall-clock limit, as progress runs
/// tests: a hanging kata is reported as such, a crashing one too, and the tool carries on.
/// </summary>
internal sealed class FigurePlotter(WorkbookRoot root, TimeSpan limit)
{
    private readonly DotnetCli dotnet = new(root.Directory);

    /// <summary>Where <c>kata plot</c> writes a kata's figures: .kata/figures/&lt;topic&gt;/&lt;kata&gt;/ (reference/ below it for the reference's).</summary>
    public string OutputFolder(KataEntry kata, FigureSide side) =>
        Path.Combine(root.StateFolder, "figures", kata.Topic.ShortName, kata.ShortName) + (side == FigureSide.Reference ? $"{Path.DirectorySeparatorChar}reference" : "");

    /// <summary>The project whose assembly holds the figures of a side: the topic's figures project, or the reference test project.</summary>
    public string? Project(Topic topic, FigureSide side) =>
        side == FigureSide.Learner ? ProjectFiles.FindSingle(root.FiguresProjectFolder(topic)).Path : root.SolutionsTestsProjectPath;

    /// <summary>Builds the side's project and finds its assembly; a build error is the problem, named by file and line.</summary>
    public async Task<(string? Assembly, string? Problem)> BuildAsync(Topic topic, FigureSide side, CancellationToken cancellationToken)
    {
        var project = Project(topic, side);
        if (project is null || !File.Exists(project))
        {
            return (null, side == FigureSide.Learner
                ? $"{topic.Folder} has no figures project ({root.Relative(root.FiguresProjectFolder(topic))}/*.csproj; CONTRIBUTING.md says how to add one)"
                : $"{root.Relative(root.SolutionsTestsProjectPath)} does not exist");
        }

        var build = await dotnet.BuildAsync(project, TopicRunner.BuildTimeout, cancellationToken).ConfigureAwait(false);
        if (build.ExitCode != 0 || build.TimedOut)
        {
            var error = CompilerMessages.First(CompilerMessages.Errors(build.AllOutput));
            return (null, $"{root.Relative(project)} does not build ({(error is null ? TestRun.LastLines(build.AllOutput, 2) : root.Describe(error))})");
        }

        return await AssemblyLocator.FindAsync(project, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Draws the figures classes from an assembly already built, each into its folder, in one child process.</summary>
    public async Task<IReadOnlyList<PlotResult>> DrawAsync(
        string assembly, IReadOnlyList<(KataFigures Figures, string Folder)> jobs, bool png, bool svg, CancellationToken cancellationToken)
    {
        var request = new PlotRequest(assembly, jobs.Select(j => new PlotJob(j.Figures.TypeName, j.Folder)).ToList(), png, svg);
        var requestPath = Path.Combine(Path.GetTempPath(), $"kata-plot-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(requestPath, JsonSerializer.Serialize(request, PlotProtocol.Json), cancellationToken).ConfigureAwait(false);
        ProcessResult process;
        try
        {
            process = await ProcessRunner.RunAsync(
                new ProcessRequest("dotnet", [typeof(FigurePlotter).Assembly.Location, PlotWorker.CommandName, requestPath], root.Directory, limit),
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(requestPath);
        }

        var outcomes = jobs.ToDictionary(j => j.Figures.TypeName, _ => new List<FigureOutcome>(), StringComparer.Ordinal);
        string? current = null;
        foreach (var line in process.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith(PlotProtocol.JobPrefix, StringComparison.Ordinal))
            {
                current = line[PlotProtocol.JobPrefix.Length..];
            }
            else if (current is not null && line.StartsWith(PlotProtocol.OutcomePrefix, StringComparison.Ordinal)
                && JsonSerializer.Deserialize<FigureOutcome>(line[PlotProtocol.OutcomePrefix.Length..], PlotProtocol.Json) is { } outcome)
            {
                outcomes[current].Add(outcome);
            }
        }

        var finished = process.ExitCode == 0 && !process.TimedOut;
        return jobs.Select(j =>
        {
            var done = outcomes[j.Figures.TypeName];
            var unfinished = !finished && done.Count < j.Figures.Figures.Count && (current == j.Figures.TypeName || current is null);
            return new PlotResult(j.Figures, done, unfinished ? Why(process, j.Figures.Figures.ElementAtOrDefault(done.Count)?.Name) : null);
        }).ToList();
    }

    private string Why(ProcessResult process, string? figure)
    {
        var which = figure is null ? "the figures" : $"the figure {figure}";
        if (process.TimedOut)
        {
            return $"{which} did not finish within {limit.TotalSeconds:0} s: look for a loop that never ends";
        }

        return process.AllOutput.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)
            ? $"{which} crashed the process with a stack overflow: look for a method that calls itself without end"
            : $"{which} could not be drawn: the process died (exit code {process.ExitCode}): {TestRun.LastLines(process.AllOutput, 3)}";
    }
}
