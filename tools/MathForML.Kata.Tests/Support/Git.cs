using System.Diagnostics;

namespace MathForML.Kata.Tests.Support;

/// <summary>Runs git in a throwaway workbook, with an identity of its own so commits work on any machine.</summary>
internal static class Git
{
    private static readonly string[] Identity = ["-c", "user.name=Kata Tests", "-c", "user.email=kata@example.invalid", "-c", "commit.gpgsign=false"];

    public static string Run(string directory, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Identity.Concat(arguments))
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {error}");
        }

        return output;
    }

    public static void CommitAll(string directory, string message)
    {
        Run(directory, "add", "-A");
        Run(directory, "commit", "-q", "-m", message);
    }
}
