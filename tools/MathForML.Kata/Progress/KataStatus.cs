using MathForML.Kata.Testing;

namespace MathForML.Kata.Progress;

internal enum KataStatus
{
    Done,
    NotStarted,
    Failing,
    NoTests,
    BuildError,
    Timeout,
    Crashed,
    OutOfMemory,
    TestsModified,
}

internal static class KataStatusNames
{
    /// <summary>The name used in JSON and plain output: "not-started", "build-error", ...</summary>
    public static string Name(this KataStatus status) => status switch
    {
        KataStatus.Done => "done",
        KataStatus.NotStarted => "not-started",
        KataStatus.Failing => "failing",
        KataStatus.NoTests => "no-tests",
        KataStatus.BuildError => "build-error",
        KataStatus.Timeout => "timeout",
        KataStatus.Crashed => "crashed",
        KataStatus.OutOfMemory => "out-of-memory",
        KataStatus.TestsModified => "tests-modified",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status of a name written by <see cref="Name"/>, or null for any other text.</summary>
    public static KataStatus? Parse(string? name) =>
        Enum.GetValues<KataStatus>().Cast<KataStatus?>().FirstOrDefault(s => s!.Value.Name() == name);

    /// <summary>Statuses for which no test results exist, so passed/total are unknown.</summary>
    public static bool HasNoResults(this KataStatus status) =>
        status is KataStatus.BuildError or KataStatus.Timeout or KataStatus.Crashed;
}

/// <summary>Decides a kata's status from the results of its fixture.</summary>
internal static class KataStatusClassifier
{
    private const string Unimplemented = "NotImplementedException";

    /// <summary>What the runtime throws when the test host reaches its GC heap limit.</summary>
    public const string OutOfMemory = "OutOfMemoryException";

    public static KataStatus Classify(IReadOnlyCollection<TestCaseResult> results)
    {
        if (results.Count == 0)
        {
            return KataStatus.NoTests;
        }

        if (results.All(r => r.Passed))
        {
            return KataStatus.Done;
        }

        // Learner code that allocated up to the memory limit: say so rather than "failing" with a bare message.
        if (results.Any(r => !r.Passed && r.Message?.Contains(OutOfMemory, StringComparison.Ordinal) == true))
        {
            return KataStatus.OutOfMemory;
        }

        // Untouched stubs throw NotImplementedException; FluentAssertions reports it inside its own wording
        // ("... but found <System.NotImplementedException>"), so looking for the name covers both.
        var untouched = !results.Any(r => r.Passed)
            && results.Where(r => !r.Passed).All(r => r.Message?.Contains(Unimplemented, StringComparison.Ordinal) == true);
        return untouched ? KataStatus.NotStarted : KataStatus.Failing;
    }
}
