using MathForML.Kata.Catalog;
using MathForML.Kata.Targets;
using MathForML.Kata.Testing;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Progress;

/// <summary>
/// Runs one topic's kata tests and classifies each kata in scope, so that one kata's trouble never hides the others:
/// <list type="bullet">
/// <item>The project is built first, under a generous limit of its own: a slow cold build is not a learner's endless loop.</item>
/// <item>A compile error in one kata's files makes that kata build-error; the topic is rebuilt without those files and
/// every other kata still runs.</item>
/// <item>The tests then run once under the wall-clock limit. If the run times out or the test host crashes, each
/// fixture is run again on its own under the same limit, so timeout and crashed land on the kata that hangs or crashes.</item>
/// </list>
/// The worst case is therefore bounded by (1 + number of fixtures) × the limit. Every child process runs under
/// <see cref="Processes.ProcessRunner"/>, which kills the whole process tree on expiry.
/// </summary>
internal sealed class TopicRunner(WorkbookRoot root, TimeSpan testTimeout, long? memoryLimitBytes = null)
{
    /// <summary>Compiling does not run learner code, so its limit only guards against a stuck toolchain.</summary>
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    private readonly DotnetCli dotnet = new(root.Directory);

    public TimeSpan TestTimeout => testTimeout;

    public async Task<IReadOnlyList<KataProgress>> RunAsync(TopicScope scope, CancellationToken cancellationToken)
    {
        var project = ProjectFiles.FindSingle(root.TopicFolder(scope.Topic));
        if (project.Path is null)
        {
            var problem = $"no kata project: {root.Relative(root.TopicFolder(scope.Topic))} {project.Problem}";
            return scope.Katas.Select(k => new KataProgress(k, KataStatus.BuildError, 0, 0, problem)).ToList();
        }

        var build = await BuildAsync(project.Path, scope.Topic, cancellationToken).ConfigureAwait(false);
        if (build.Problem is not null)
        {
            return scope.Katas.Select(k => BuildErrorOf(k, build.Problem, build.FirstError)).ToList();
        }

        var outcomes = new Dictionary<KataEntry, KataProgress>();
        foreach (var (kata, error) in build.Broken.Where(b => scope.Katas.Contains(b.Key)))
        {
            outcomes[kata] = BuildErrorOf(kata, root.Describe(error), error);
        }

        var runnable = scope.Katas.Where(k => !build.Broken.ContainsKey(k)).ToList();
        if (runnable.Count > 0)
        {
            var everything = runnable.Count == scope.Topic.Katas.Count;
            foreach (var outcome in await TestAsync(project.Path, scope.Topic, runnable, everything, cancellationToken).ConfigureAwait(false))
            {
                outcomes[outcome.Kata] = outcome;
            }
        }

        return scope.Katas.Select(k => outcomes[k]).ToList();
    }

    /// <summary>The command a learner can paste to run only one kata's tests.</summary>
    public static string CommandFor(WorkbookRoot root, KataEntry kata) =>
        $"dotnet test {root.Relative(root.TopicFolder(kata.Topic))} --filter \"FullyQualifiedName~{kata.FixtureFullName}\"";

    private static KataProgress BuildErrorOf(KataEntry kata, string detail, BuildError? error) =>
        new(kata, KataStatus.BuildError, 0, 0, detail) { BuildError = error };

    private async Task<TopicBuild> BuildAsync(string project, Topic topic, CancellationToken cancellationToken)
    {
        var result = await dotnet.BuildAsync(project, BuildTimeout, cancellationToken).ConfigureAwait(false);
        if (result.TimedOut)
        {
            return TopicBuild.Failed($"the build did not finish within {BuildTimeout.TotalMinutes:0} minutes", null);
        }

        if (result.ExitCode == 0)
        {
            return TopicBuild.Succeeded(new Dictionary<KataEntry, BuildError>());
        }

        var errors = CompilerMessages.Errors(result.AllOutput);
        var first = CompilerMessages.First(errors);
        if (first is null)
        {
            return TopicBuild.Failed($"the build failed: {TestRun.LastLines(result.AllOutput, 3)}", null);
        }

        // Which kata owns each broken file? An error anywhere else (a helper file, the project) breaks the whole topic.
        var owners = KataFiles(topic);
        var broken = new Dictionary<KataEntry, BuildError>();
        foreach (var error in errors)
        {
            if (error.File is null || !owners.TryGetValue(FullPath(error.File), out var owner))
            {
                return TopicBuild.Failed(root.Describe(first), first);
            }

            // The first compiler error of each kata is the one to fix first.
            if (!broken.TryGetValue(owner, out var known) || (!known.Code.StartsWith("CS", StringComparison.Ordinal) && error.Code.StartsWith("CS", StringComparison.Ordinal)))
            {
                broken[owner] = error;
            }
        }

        using var isolation = BuildIsolation.Excluding(broken.Keys.SelectMany(root.KataSources));
        var isolated = await dotnet.BuildAsync(project, ["--no-restore", isolation.Argument], BuildTimeout, cancellationToken)
            .ConfigureAwait(false);
        return isolated.ExitCode == 0 && !isolated.TimedOut
            ? TopicBuild.Succeeded(broken)
            : TopicBuild.Failed(root.Describe(first), first);
    }

    private Dictionary<string, KataEntry> KataFiles(Topic topic)
    {
        var owners = new Dictionary<string, KataEntry>(StringComparer.Ordinal);
        foreach (var kata in topic.Katas.Where(k => k.Stub.Length > 0 && k.Fixture.Length > 0))
        {
            foreach (var file in root.KataSources(kata).Append(root.StubPath(kata)).Append(root.TestFilePath(kata)))
            {
                owners.TryAdd(FullPath(file), kata);
            }
        }

        return owners;
    }

    private string FullPath(string path) => Path.GetFullPath(path, root.Directory);

    private async Task<IReadOnlyList<KataProgress>> TestAsync(
        string project, Topic topic, List<KataEntry> katas, bool everything, CancellationToken cancellationToken)
    {
        var filter = everything ? null : TestOptions.FilterFor(katas.Select(k => k.FixtureFullName));
        var run = await dotnet.TestAsync(project, new TestOptions(testTimeout, NoBuild: true, Filter: filter, MemoryLimitBytes: memoryLimitBytes), cancellationToken)
            .ConfigureAwait(false);
        switch (run.State)
        {
            case TestRunState.Completed:
                return katas.Select(k => Classify(k, run.Results)).ToList();
            case TestRunState.TimedOut or TestRunState.Crashed when katas.Count == 1:
                return [Attribute(katas[0], run, topic)];
            case TestRunState.TimedOut or TestRunState.Crashed:
                // Which fixture hangs or crashes? Run each on its own to find out, and to report the others properly.
                var outcomes = new List<KataProgress>();
                foreach (var kata in katas)
                {
                    var single = await dotnet.TestAsync(
                        project,
                        new TestOptions(testTimeout, NoBuild: true, Filter: TestOptions.FilterFor([kata.FixtureFullName]), MemoryLimitBytes: memoryLimitBytes),
                        cancellationToken).ConfigureAwait(false);
                    outcomes.Add(Attribute(kata, single, topic));
                }

                return outcomes;
            default:
                return katas.Select(k => BuildErrorOf(k, "the tests could not run: " + run.FailureSummary, null)).ToList();
        }
    }

    private KataProgress Attribute(KataEntry kata, TestRun run, Topic topic)
    {
        switch (run.State)
        {
            case TestRunState.Completed:
                return Classify(kata, run.Results);
            case TestRunState.TimedOut:
                return new KataProgress(
                    kata,
                    KataStatus.Timeout,
                    0,
                    0,
                    $"its tests did not finish within {testTimeout.TotalSeconds:0} s and were stopped (an endless loop? raise the limit with --timeout)");
            case TestRunState.Crashed when (run.CrashText ?? run.Process.AllOutput).Contains(KataStatusClassifier.OutOfMemory, StringComparison.Ordinal):
                return new KataProgress(kata, KataStatus.OutOfMemory, 0, 0, OutOfMemoryDetail) { Results = Mine(kata, run.Results) };
            case TestRunState.Crashed:
                var text = run.CrashText ?? run.Process.AllOutput;
                var running = TestHostCrash.RunningTest(text, topic.Namespace + ".Tests");
                var during = running is { } test ? $" while running {test.Fixture}.{test.Test}" : "";
                return new KataProgress(
                    kata,
                    KataStatus.Crashed,
                    0,
                    0,
                    $"the test host crashed{during}: {TestHostCrash.Reason(text)} (unbounded recursion?)")
                {
                    Results = Mine(kata, run.Results),
                    CrashedTest = running?.Test,
                };
            default:
                return BuildErrorOf(kata, "the tests could not run: " + run.FailureSummary, null);
        }
    }

    private KataProgress Classify(KataEntry kata, IReadOnlyList<TestCaseResult> results)
    {
        var mine = Mine(kata, results);
        var status = KataStatusClassifier.Classify(mine);
        var detail = status == KataStatus.OutOfMemory ? OutOfMemoryDetail : null;
        return new KataProgress(kata, status, mine.Count(r => r.Passed), mine.Count, detail) { Results = mine };
    }

    private string OutOfMemoryDetail =>
        memoryLimitBytes is { } limit
            ? $"its tests ran out of memory at the limit of {limit / (1024 * 1024)} MiB and were stopped (allocating without bound? raise the limit with --memory)"
            : "its tests ran out of memory (allocating without bound?)";

    /// <summary>The kata's results in the order they ran (NUnit honours [Order]).</summary>
    private static List<TestCaseResult> Mine(KataEntry kata, IReadOnlyList<TestCaseResult> results) =>
        results.Where(r => r.ClassName == kata.FixtureFullName)
            .Select((r, index) => (r, index))
            .OrderBy(x => x.r.StartTime ?? DateTimeOffset.MaxValue)
            .ThenBy(x => x.index)
            .Select(x => x.r)
            .ToList();

    private sealed record TopicBuild(string? Problem, BuildError? FirstError, IReadOnlyDictionary<KataEntry, BuildError> Broken)
    {
        public static TopicBuild Failed(string problem, BuildError? first) => new(problem, first, new Dictionary<KataEntry, BuildError>());

        public static TopicBuild Succeeded(IReadOnlyDictionary<KataEntry, BuildError> broken) => new(null, null, broken);
    }
}
