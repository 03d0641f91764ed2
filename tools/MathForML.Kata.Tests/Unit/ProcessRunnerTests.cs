using System.Diagnostics;
using MathForML.Kata.Processes;

namespace MathForML.Kata.Tests.Unit;

public class ProcessRunnerTests
{
    [Test]
    public async Task Output_and_exit_code_are_captured()
    {
        var result = await ProcessRunner.RunAsync(
            new ProcessRequest("dotnet", ["--version"], Path.GetTempPath(), TimeSpan.FromMinutes(1)), CancellationToken.None);

        result.ExitCode.Should().Be(0);
        result.TimedOut.Should().BeFalse();
        result.StandardOutput.Trim().Should().MatchRegex(@"^[0-9]+\.[0-9]+\.[0-9]+");
    }

    [Test]
    public async Task A_program_that_cannot_start_is_a_failed_result_not_a_crash()
    {
        var result = await ProcessRunner.RunAsync(
            new ProcessRequest("no-such-program-for-kata", [], Path.GetTempPath(), TimeSpan.FromSeconds(5)), CancellationToken.None);

        result.ExitCode.Should().Be(-1);
        result.StandardError.Should().StartWith("Could not start 'no-such-program-for-kata'");
    }

    [Test]
    [Platform(Exclude = "Win")]
    public async Task The_whole_process_tree_is_killed_when_the_time_limit_expires()
    {
        // The shell prints its child's pid, then waits: both must be gone once the limit hits.
        var stopwatch = Stopwatch.StartNew();
        var result = await ProcessRunner.RunAsync(
            new ProcessRequest("sh", ["-c", "sleep 60 & echo $!; wait"], Path.GetTempPath(), TimeSpan.FromSeconds(1)), CancellationToken.None);

        result.TimedOut.Should().BeTrue();
        stopwatch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
        var childId = int.Parse(result.StandardOutput.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        IsRunning(childId).Should().BeFalse("the grandchild 'sleep' must not outlive the limit");
    }

    private static bool IsRunning(int processId)
    {
        // Give the kernel a moment to reap the killed process.
        for (var attempt = 0; attempt < 50; attempt++)
        {
            try
            {
                using var process = Process.GetProcessById(processId);
                if (process.HasExited)
                {
                    return false;
                }
            }
            catch (ArgumentException)
            {
                return false;
            }

            Thread.Sleep(100);
        }

        return true;
    }
}
