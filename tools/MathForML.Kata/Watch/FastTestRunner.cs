using System.Text.Json;
using MathForML.Kata.Compare;
using MathForML.Kata.Processes;
using MathForML.Kata.Testing;

namespace MathForML.Kata.Watch;

/// <summary>
/// Runs one fixture of a built test assembly in a child process of the tool (see <see cref="NUnitInProcess"/>) under
/// the wall-clock limit, and reports it like a vstest run: completed, timed out (process tree killed) or crashed. When
/// that runner cannot handle the assembly, "dotnet vstest" does the run instead.
/// </summary>
internal sealed class FastTestRunner(string workingDirectory)
{
    private readonly DotnetCli dotnet = new(workingDirectory);

    public async Task<TestRun> RunAsync(string assembly, string fixtureFullName, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var process = await ProcessRunner.RunAsync(
            new ProcessRequest("dotnet", [typeof(FastTestRunner).Assembly.Location, NUnitInProcess.CommandName, assembly, fixtureFullName], workingDirectory, timeout)
            {
                Environment = DotnetCli.MemoryLimited(Cli.CliOptions.Megabytes(Cli.CliOptions.DefaultMemoryMegabytes)),
            },
            cancellationToken).ConfigureAwait(false);
        if (process.TimedOut)
        {
            return new TestRun(TestRunState.TimedOut, [], [], process);
        }

        var line = process.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')).LastOrDefault(l => l.StartsWith(NUnitInProcess.ResultsPrefix, StringComparison.Ordinal));
        if (process.ExitCode == 0 && line is not null)
        {
            var results = JsonSerializer.Deserialize<List<TestCaseResult>>(line[NUnitInProcess.ResultsPrefix.Length..], CompareProtocol.Json) ?? [];
            return new TestRun(TestRunState.Completed, results, [], process);
        }

        if (process.ExitCode == NUnitInProcess.UnsupportedExitCode)
        {
            return await dotnet.VstestAsync(assembly, TestOptions.FilterFor([fixtureFullName]), timeout, cancellationToken).ConfigureAwait(false);
        }

        // The process died under the tests: a stack overflow prints "Stack overflow." and the frames on stderr.
        var text = process.AllOutput.Length > 0 ? process.AllOutput : $"exit code {process.ExitCode}";
        return new TestRun(TestRunState.Crashed, [], [], process, "Test host process crashed : " + FirstLine(text) + Environment.NewLine + text);
    }

    private static string FirstLine(string text) => text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}
