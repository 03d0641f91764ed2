using System.Text.Json;
using MathForML.Kata.Processes;

namespace MathForML.Kata.Compare;

/// <summary>
/// Runs the comparison worker until every method has a result. When the worker dies in a method (a stack overflow)
/// or ends after a hanging call, that method is reported and a new worker carries on with the rest.
/// </summary>
internal sealed class CompareRunner(string workingDirectory, TimeSpan workerLimit)
{
    public async Task<(IReadOnlyList<MethodComparison> Results, string? Problem)> RunAsync(CompareRequest request, CancellationToken cancellationToken)
    {
        var results = new List<MethodComparison>();
        var skip = new List<string>(request.Skip);
        while (true)
        {
            var requestPath = Path.Combine(Path.GetTempPath(), $"kata-compare-{Guid.NewGuid():N}.json");
            await File.WriteAllTextAsync(requestPath, JsonSerializer.Serialize(request with { Skip = skip }, CompareProtocol.Json), cancellationToken)
                .ConfigureAwait(false);
            ProcessResult process;
            try
            {
                process = await ProcessRunner.RunAsync(
                    new ProcessRequest("dotnet", [typeof(CompareRunner).Assembly.Location, CompareWorker.CommandName, requestPath], workingDirectory, workerLimit),
                    cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                File.Delete(requestPath);
            }

            string? started = null;
            var progressed = false;
            foreach (var line in process.StandardOutput.Split('\n').Select(l => l.TrimEnd('\r')))
            {
                if (line.StartsWith(CompareProtocol.StartPrefix, StringComparison.Ordinal))
                {
                    started = line[CompareProtocol.StartPrefix.Length..];
                }
                else if (line.StartsWith(CompareProtocol.ResultPrefix, StringComparison.Ordinal)
                    && JsonSerializer.Deserialize<MethodComparison>(line[CompareProtocol.ResultPrefix.Length..], CompareProtocol.Json) is { } result)
                {
                    results.Add(result);
                    skip.Add(result.Key);
                    progressed = true;
                    started = started == result.Key ? null : started;
                }
            }

            if (process.ExitCode == 0 && !process.TimedOut)
            {
                return (results, null);
            }

            if (process.ExitCode == CompareProtocol.HungExitCode && progressed)
            {
                continue;
            }

            if (started is not null)
            {
                var reason = process.TimedOut
                    ? $"the comparison did not finish within {workerLimit.TotalSeconds:0} s"
                    : process.AllOutput.Contains("Stack overflow", StringComparison.OrdinalIgnoreCase)
                        ? "yours crashed the process with a stack overflow (unbounded recursion?)"
                        : $"the process running it died (exit code {process.ExitCode})";
                results.Add(new MethodComparison(started, process.TimedOut ? MethodVerdict.Hung : MethodVerdict.Crashed, reason));
                skip.Add(started);
                continue;
            }

            var why = process.TimedOut ? $"did not finish within {workerLimit.TotalSeconds:0} s" : Testing.TestRun.LastLines(process.StandardError.Length > 0 ? process.StandardError : process.StandardOutput, 3);
            return (results, $"the comparison could not run: {why}");
        }
    }
}
