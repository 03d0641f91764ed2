namespace MathForML.Kata.Testing;

/// <summary>One executed test case as a trx file records it.</summary>
/// <param name="ClassName">Full name of the fixture class, e.g. MathForML.Demo.Tests.AdderTests.</param>
/// <param name="Name">The test's display name, with arguments for parameterised cases: Adds(1,2,3).</param>
/// <param name="Outcome">The trx outcome: Passed, Failed, NotExecuted, ...</param>
/// <param name="Message">The failure message, if any.</param>
/// <param name="StackTrace">The failure's stack trace, if any: where in the stub (or the test) it happened.</param>
/// <param name="StartTime">When the test started: NUnit runs [Order]ed tests first, so this is the learning order.</param>
internal sealed record TestCaseResult(
    string ClassName, string Name, string Outcome, string? Message, string? StackTrace = null, DateTimeOffset? StartTime = null)
{
    public bool Passed => Outcome == "Passed";

    public bool Failed => Outcome is "Failed" or "Error" or "Timeout" or "Aborted";

    /// <summary>The first non-empty line of the message: enough to recognise a failure in a one-line report.</summary>
    public string FirstMessageLine => MessageLines(1) is [var first, ..] ? first : "(no message)";

    /// <summary>Up to <paramref name="count"/> non-empty, trimmed lines of the message.</summary>
    public IReadOnlyList<string> MessageLines(int count) =>
        (Message ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(count).ToList();
}
