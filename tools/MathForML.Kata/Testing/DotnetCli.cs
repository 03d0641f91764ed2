using MathForML.Kata.Processes;

namespace MathForML.Kata.Testing;

/// <summary>How a "dotnet test" run ended.</summary>
internal enum TestRunState
{
    /// <summary>The tests ran and a trx file was written (some may have failed).</summary>
    Completed,

    /// <summary>The project did not compile.</summary>
    BuildFailed,

    /// <summary>The wall-clock limit was hit and the process tree was killed.</summary>
    TimedOut,

    /// <summary>The test host died under the tests (a stack overflow, say); results hold what ran before.</summary>
    Crashed,

    /// <summary>Anything else that left no results: restore errors, a missing assembly, ...</summary>
    Failed,
}

/// <summary>The outcome of one "dotnet test" run.</summary>
internal sealed record TestRun(
    TestRunState State,
    IReadOnlyList<TestCaseResult> Results,
    IReadOnlyList<BuildError> BuildErrors,
    ProcessResult Process,
    string? CrashText = null)
{
    /// <summary>One line explaining a run that produced no (complete) results.</summary>
    public string FailureSummary => State switch
    {
        TestRunState.TimedOut => $"did not finish within {Process.Elapsed.TotalSeconds:0} s and was stopped",
        TestRunState.BuildFailed => "does not compile: " + (CompilerMessages.First(BuildErrors)?.Text ?? "(no error line)"),
        TestRunState.Crashed => "crashed the test host: " + TestHostCrash.Reason(CrashText ?? Process.AllOutput),
        TestRunState.Failed => $"dotnet test exited with code {Process.ExitCode} without results: {LastLines(Process.AllOutput, 3)}",
        _ => "completed",
    };

    internal static string LastLines(string output, int count) =>
        string.Join(" | ", output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(count));
}

/// <summary>The dotnet commands the tool needs, each run out of process under a time limit.</summary>
internal sealed class DotnetCli(string workingDirectory)
{
    private const string TrxName = "results.trx";

    public Task<ProcessResult> BuildAsync(string path, TimeSpan timeout, CancellationToken cancellationToken) =>
        BuildAsync(path, [], timeout, cancellationToken);

    /// <summary>"dotnet build" of a project or solution, with extra MSBuild arguments such as -p:Name=Value.</summary>
    public Task<ProcessResult> BuildAsync(
        string path, IReadOnlyList<string> extraArguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunAsync(["build", path, "-nologo", .. extraArguments], timeout, cancellationToken);

    /// <summary>Runs the tests of one project and reads their results from a trx file in a temporary folder.</summary>
    public async Task<TestRun> TestAsync(string project, TestOptions options, CancellationToken cancellationToken)
    {
        var resultsDirectory = NewResultsDirectory();
        var arguments = new List<string> { "test", project, "--nologo", "--logger", $"trx;LogFileName={TrxName}", "--results-directory", resultsDirectory };
        if (options.NoBuild)
        {
            arguments.Add("--no-build");
        }

        if (options.Filter is not null)
        {
            arguments.AddRange(["--filter", options.Filter]);
        }

        try
        {
            var process = await RunAsync(arguments, options.Timeout, cancellationToken, MemoryLimited(options.MemoryLimitBytes))
                .ConfigureAwait(false);
            return await ReadRunAsync(process, resultsDirectory, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            TryDelete(resultsDirectory);
        }
    }

    /// <summary>
    /// The .NET GC's hard heap limit for the test run (the test host inherits it): learner code that allocates
    /// without bound gets an OutOfMemoryException at the limit instead of pushing the machine into swap.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? MemoryLimited(long? bytes) =>
        bytes is { } limit ? new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x" + limit.ToString("X", System.Globalization.CultureInfo.InvariantCulture) } : null;

    /// <summary>
    /// Runs the tests of an already built test assembly with "dotnet vstest": no MSBuild evaluation at all, which
    /// makes it the quickest way to re-run one fixture (the watch loop's second half).
    /// </summary>
    public async Task<TestRun> VstestAsync(string assembly, string? filter, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var resultsDirectory = NewResultsDirectory();
        var arguments = new List<string> { "vstest", assembly, $"--logger:trx;LogFileName={TrxName}", $"--ResultsDirectory:{resultsDirectory}" };
        if (filter is not null)
        {
            arguments.Add($"--TestCaseFilter:{filter}");
        }

        try
        {
            var process = await RunAsync(arguments, timeout, cancellationToken).ConfigureAwait(false);
            return await ReadRunAsync(process, resultsDirectory, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            TryDelete(resultsDirectory);
        }
    }

    /// <summary>
    /// Lists the fully qualified names of the tests in a project (building it first). NUnit's adapter prints bare
    /// method names unless told otherwise; the NUnit.DisplayName run setting makes it print full names.
    /// </summary>
    public async Task<TestListing> ListTestsAsync(string project, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var process = await RunAsync(
            ["test", project, "--nologo", "--list-tests", "--", "NUnit.DisplayName=FullName"],
            timeout,
            cancellationToken).ConfigureAwait(false);
        var names = process.ExitCode == 0 ? TestListParser.Parse(process.StandardOutput) : null;
        if (names is not null)
        {
            return new TestListing(names, null);
        }

        var problem = process.TimedOut ? $"listing the tests did not finish within {timeout.TotalSeconds:0} s"
            : CompilerMessages.First(CompilerMessages.Errors(process.AllOutput)) is { } error ? "the build failed: " + error.Text
            : $"dotnet test --list-tests exited with code {process.ExitCode}: {TestRun.LastLines(process.AllOutput, 3)}";
        return new TestListing(null, problem);
    }

    private static async Task<TestRun> ReadRunAsync(ProcessResult process, string resultsDirectory, CancellationToken cancellationToken)
    {
        if (process.TimedOut)
        {
            return new TestRun(TestRunState.TimedOut, [], [], process);
        }

        var trxPath = Path.Combine(resultsDirectory, TrxName);
        if (File.Exists(trxPath))
        {
            var report = TrxParser.ParseReport(await File.ReadAllTextAsync(trxPath, cancellationToken).ConfigureAwait(false));
            var crash = report.CrashReason ?? (TestHostCrash.IsCrashText(process.AllOutput) ? process.AllOutput : null);
            return crash is null
                ? new TestRun(TestRunState.Completed, report.Results, [], process)
                : new TestRun(TestRunState.Crashed, report.Results, [], process, crash);
        }

        var errors = CompilerMessages.Errors(process.AllOutput);
        var state = errors.Count > 0 ? TestRunState.BuildFailed
            : TestHostCrash.IsCrashText(process.AllOutput) ? TestRunState.Crashed
            : TestRunState.Failed;
        return new TestRun(state, [], errors, process, state == TestRunState.Crashed ? process.AllOutput : null);
    }

    private static string NewResultsDirectory() => Path.Combine(Path.GetTempPath(), "kata-" + Guid.NewGuid().ToString("N"));

    private Task<ProcessResult> RunAsync(
        IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null) =>
        ProcessRunner.RunAsync(new ProcessRequest("dotnet", arguments, workingDirectory, timeout) { Environment = environment }, cancellationToken);

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}

/// <summary>How to run a test project.</summary>
/// <param name="Timeout">The wall-clock limit of the whole run.</param>
/// <param name="NoBuild">Whether the project is already built.</param>
/// <param name="Filter">A vstest filter, or null for every test.</param>
/// <param name="MemoryLimitBytes">The GC heap limit of the test host, or null for none.</param>
internal sealed record TestOptions(TimeSpan Timeout, bool NoBuild = false, string? Filter = null, long? MemoryLimitBytes = null)
{
    /// <summary>A vstest filter selecting the given fixtures (and every case in them).</summary>
    public static string FilterFor(IEnumerable<string> fixtureFullNames) =>
        string.Join('|', fixtureFullNames.Select(f => $"FullyQualifiedName~{f}."));
}

/// <summary>Full test names, or why they could not be listed.</summary>
internal sealed record TestListing(IReadOnlyList<string>? Names, string? Problem);
