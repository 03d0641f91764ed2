using MathForML.Kata.Processes;

namespace MathForML.Kata.Reset;

/// <summary>Reads committed versions of a file with the git command line.</summary>
internal sealed class GitHistory(string directory)
{
    /// <summary>How far back to look for a pristine stub: plenty for any learner's history.</summary>
    public const int MaxCommits = 500;

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    /// <summary>Commits that touched <paramref name="relativePath"/>, newest first, or why they cannot be listed.</summary>
    public async Task<(IReadOnlyList<string> Commits, string? Problem)> CommitsTouchingAsync(string relativePath, CancellationToken cancellationToken)
    {
        var result = await GitAsync(["log", "--format=%H", $"-n{MaxCommits}", "--", relativePath], cancellationToken).ConfigureAwait(false);
        if (result.ExitCode == -1 && result.StandardError.StartsWith("Could not start", StringComparison.Ordinal))
        {
            return ([], "git is not installed (or not on the PATH), and the pristine stubs come from the git history");
        }

        if (result.ExitCode != 0)
        {
            var reason = result.StandardError.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? $"exit code {result.ExitCode}";
            return ([], $"git cannot read the history here ({reason})");
        }

        return (result.StandardOutput.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList(), null);
    }

    /// <summary>The file's content at <paramref name="commit"/>, or null when it did not exist there.</summary>
    public async Task<string?> ShowAsync(string commit, string relativePath, CancellationToken cancellationToken)
    {
        // "./" makes the path relative to the working directory rather than to the repository's top.
        var result = await GitAsync(["show", $"{commit}:./{relativePath}"], cancellationToken).ConfigureAwait(false);
        return result.ExitCode == 0 ? result.StandardOutput : null;
    }

    private Task<ProcessResult> GitAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        ProcessRunner.RunAsync(
            new ProcessRequest("git", ["-c", "core.quotepath=off", .. arguments], directory, Limit)
            {
                Environment = new Dictionary<string, string> { ["GIT_PAGER"] = "cat", ["LC_ALL"] = "C" },
            },
            cancellationToken);
}
