namespace MathForML.Kata.Verification;

/// <summary>One verify step and the checks it counted; <see cref="SkippedBecause"/> is set when it did not run.</summary>
internal sealed record VerifyStep(string Title, IReadOnlyList<Check> Checks, TimeSpan Elapsed, string? SkippedBecause = null)
{
    public int Failed => Checks.Count(c => !c.Passed);

    public static VerifyStep Skipped(string title, string reason) => new(title, [], TimeSpan.Zero, reason);
}

/// <summary>All steps of a verify run and the tally CI reads.</summary>
internal sealed record VerifyReport(IReadOnlyList<VerifyStep> Steps)
{
    public int Passed => Steps.Sum(s => s.Checks.Count(c => c.Passed));

    public int Failed => Steps.Sum(s => s.Failed);

    public bool Succeeded => Failed == 0;

    /// <summary>The last line of verify's output, exactly: "212 passed, 0 failed".</summary>
    public string Tally => FormatTally(Passed, Failed);

    public static string FormatTally(int passed, int failed) => $"{passed} passed, {failed} failed";
}
