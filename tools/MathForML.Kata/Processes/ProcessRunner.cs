using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace MathForML.Kata.Processes;

/// <summary>A command to run: program, arguments, working directory and wall-clock limit.</summary>
internal sealed record ProcessRequest(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory, TimeSpan Timeout)
{
    /// <summary>Variables set for the child on top of the quiet-dotnet defaults (and overriding them).</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    public override string ToString() => $"{FileName} {string.Join(' ', Arguments.Select(Quote))}";

    private static string Quote(string argument) => argument.Contains(' ', StringComparison.Ordinal) ? $"\"{argument}\"" : argument;
}

/// <summary>What a finished (or killed) command produced.</summary>
internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, bool TimedOut, TimeSpan Elapsed)
{
    public string AllOutput => StandardError.Length == 0 ? StandardOutput : StandardOutput + Environment.NewLine + StandardError;
}

/// <summary>
/// Runs a child process with captured output and a wall-clock limit. On expiry or cancellation the whole process
/// tree is killed, so no test host or build node outlives the tool.
/// </summary>
internal static class ProcessRunner
{
    // How long to keep reading output after the process exited: a grandchild that inherited the pipe
    // (a compiler server, say) must not keep us waiting for an end of stream that never comes.
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(5);

    /// <summary>Environment that keeps dotnet quiet, parseable and free of long-lived helper processes.</summary>
    private static readonly IReadOnlyDictionary<string, string> QuietDotnet = new Dictionary<string, string>
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["DOTNET_CLI_UI_LANGUAGE"] = "en",
        ["MSBUILDTERMINALLOGGER"] = "false",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        // A compiler server outlives the build that started it; watch starts a private one and stops it itself.
        ["UseSharedCompilation"] = "false",
    };

    public static async Task<ProcessResult> RunAsync(ProcessRequest request, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(request.FileName)
        {
            WorkingDirectory = request.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in request.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in QuietDotnet.Concat(request.Environment ?? new Dictionary<string, string>()))
        {
            startInfo.Environment[name] = value;
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            // Reported like any failed command, so one missing tool never hides the rest of a report.
            return new ProcessResult(-1, "", $"Could not start '{request.FileName}': {e.Message}", false, stopwatch.Elapsed);
        }

        process.StandardInput.Close();
        var standardOutput = new StringBuilder();
        var standardError = new StringBuilder();
        var pumps = Task.WhenAll(
            PumpAsync(process.StandardOutput, standardOutput),
            PumpAsync(process.StandardError, standardError));

        var timedOut = false;
        using var limit = new CancellationTokenSource(request.Timeout);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, cancellationToken);
        try
        {
            await process.WaitForExitAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !cancellationToken.IsCancellationRequested;
            KillTree(process);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await Task.WhenAny(pumps, Task.Delay(OutputGrace, CancellationToken.None)).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        return new ProcessResult(
            timedOut ? -1 : process.ExitCode,
            Snapshot(standardOutput),
            Snapshot(standardError),
            timedOut,
            stopwatch.Elapsed);
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder sink)
    {
        var buffer = new char[8192];
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
            {
                lock (sink)
                {
                    sink.Append(buffer, 0, read);
                }
            }
        }
        catch (Exception e) when (e is ObjectDisposedException or IOException)
        {
            // The process object was disposed while a grandchild still held the pipe: what we have is enough.
        }
    }

    private static string Snapshot(StringBuilder sink)
    {
        lock (sink)
        {
            return sink.ToString();
        }
    }
}
