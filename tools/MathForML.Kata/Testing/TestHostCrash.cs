using System.Text.RegularExpressions;

namespace MathForML.Kata.Testing;

/// <summary>
/// Recognises a test host that died under the tests (a stack overflow, an access violation, Environment.FailFast):
/// vstest then aborts the run and says so in its output and in the trx file's run information.
/// </summary>
internal static partial class TestHostCrash
{
    public static bool IsCrashText(string text) =>
        text.Contains("Test host process crashed", StringComparison.OrdinalIgnoreCase)
        || text.Contains("test run was aborted", StringComparison.OrdinalIgnoreCase)
        || text.Contains("Test Run Aborted", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Stack overflow." from "... Reason: Test host process crashed : Stack overflow.", else a short first line.</summary>
    public static string Reason(string text)
    {
        var match = CrashReason().Match(text);
        if (match.Success)
        {
            return match.Groups["reason"].Value.Trim();
        }

        var first = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        return first.Length > 160 ? first[..160] + "…" : first;
    }

    /// <summary>
    /// The test that was running when the host died, if the crash output shows it: the first stack frame in
    /// <paramref name="testNamespace"/> (e.g. "at MathForML.Demo.Tests.LooperTests.Spins()").
    /// </summary>
    public static (string Fixture, string Test)? RunningTest(string text, string testNamespace)
    {
        foreach (Match match in Frame().Matches(text))
        {
            var method = match.Groups["method"].Value;
            var prefix = testNamespace + ".";
            if (!method.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = method[prefix.Length..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0)
            {
                return (rest[..dot], rest[(dot + 1)..]);
            }
        }

        return null;
    }

    [GeneratedRegex(@"Test host process crashed\s*:?\s*(?<reason>[^\r\n]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CrashReason();

    [GeneratedRegex(@"^\s*at (?<method>[\w.`+<>]+)\(", RegexOptions.Multiline)]
    private static partial Regex Frame();
}
