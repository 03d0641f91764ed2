using MathForML.Kata.Catalog;
using MathForML.Kata.Targets;
using MathForML.Kata.Testing;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Progress;

/// <summary>Where one kata stands. <see cref="Detail"/> explains build errors and timeouts.</summary>
internal sealed record KataProgress(KataEntry Kata, KataStatus Status, int Passed, int Total, string? Detail = null);

/// <summary>Runs each topic's kata tests (one topic failing never hides the others) and classifies every kata.</summary>
internal sealed class ProgressCollector(WorkbookRoot root, TimeSpan timeout)
{
    private readonly DotnetCli dotnet = new(root.Directory);

    public async Task<IReadOnlyList<KataProgress>> CollectAsync(Scope scope, CancellationToken cancellationToken)
    {
        var progress = new List<KataProgress>();
        foreach (var topic in scope.Topics.Where(t => t.Katas.Count > 0))
        {
            progress.AddRange(await CollectTopicAsync(topic, cancellationToken).ConfigureAwait(false));
        }

        return progress;
    }

    private async Task<IEnumerable<KataProgress>> CollectTopicAsync(TopicScope scope, CancellationToken cancellationToken)
    {
        var project = ProjectFiles.FindSingle(root.KataFolder(scope.Topic));
        if (project.Path is null)
        {
            var problem = $"no kata project: {root.Relative(root.KataFolder(scope.Topic))} has {project.Problem}";
            return scope.Katas.Select(k => new KataProgress(k, KataStatus.BuildError, 0, 0, problem));
        }

        // Running one fixture when one kata is targeted keeps a slow neighbour from hitting the limit.
        var filter = scope.IsWholeTopic ? null : TestOptions.FilterFor(scope.Katas.Select(k => k.FixtureFullName));
        var run = await dotnet.TestAsync(project.Path, new TestOptions(timeout, Filter: filter), cancellationToken).ConfigureAwait(false);
        return run.State switch
        {
            TestRunState.Completed => scope.Katas.Select(k => Classify(k, run.Results)),
            TestRunState.TimedOut => scope.Katas.Select(k => new KataProgress(
                k, KataStatus.Timeout, 0, 0, $"the tests did not finish within {timeout.TotalSeconds:0} s (raise the limit with --timeout)")),
            TestRunState.BuildFailed => scope.Katas.Select(k => new KataProgress(
                k, KataStatus.BuildError, 0, 0, Describe(CompilerMessages.First(run.BuildErrors)))),
            _ => scope.Katas.Select(k => new KataProgress(k, KataStatus.BuildError, 0, 0, run.FailureSummary)),
        };
    }

    private static KataProgress Classify(KataEntry kata, IReadOnlyList<TestCaseResult> results)
    {
        var mine = results.Where(r => r.ClassName == kata.FixtureFullName).ToList();
        return new KataProgress(kata, KataStatusClassifier.Classify(mine), mine.Count(r => r.Passed), mine.Count);
    }

    private string Describe(BuildError? error) =>
        error switch
        {
            null => "the project does not compile",
            { File: not null, Line: not null } => $"{RelativeIfInside(error.File)}:{error.Line}: {error.Code}: {error.Message}",
            _ => $"{error.Code}: {error.Message}",
        };

    private string RelativeIfInside(string file) =>
        Path.IsPathFullyQualified(file) && Path.GetFullPath(file).StartsWith(root.Directory, StringComparison.Ordinal)
            ? root.Relative(file)
            : file;
}
