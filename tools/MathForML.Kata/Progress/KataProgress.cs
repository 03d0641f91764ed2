using MathForML.Kata.Catalog;
using MathForML.Kata.Testing;

namespace MathForML.Kata.Progress;

/// <summary>Where one kata stands. <see cref="Detail"/> explains build errors, timeouts and crashes.</summary>
internal sealed record KataProgress(KataEntry Kata, KataStatus Status, int Passed, int Total, string? Detail = null)
{
    /// <summary>The fixture's test results, in the order they ran (empty when the tests could not run).</summary>
    public IReadOnlyList<TestCaseResult> Results { get; init; } = [];

    /// <summary>The compiler error that stopped this kata, when its status is build-error.</summary>
    public BuildError? BuildError { get; init; }

    /// <summary>The test that was running when the host crashed, when the crash output names it.</summary>
    public string? CrashedTest { get; init; }

    /// <summary>The tests or given code that differ from the workbook's, when the status is tests-modified.</summary>
    public IReadOnlyList<string> ChangedFiles { get; init; } = [];
}
