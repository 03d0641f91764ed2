using MathForML.Kata.Cli;
using MathForML.Kata.Progress;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Integrity;

/// <summary>Marks the katas whose tests or given code were changed: their results are not the workbook's.</summary>
internal static class TestIntegrity
{
    /// <summary>The progress with every modified kata as tests-modified, and whether the workbook could be checked at all.</summary>
    public static (IReadOnlyList<KataProgress> Katas, bool Checked) Apply(WorkbookRoot root, IReadOnlyList<KataProgress> progress)
    {
        var checksums = new Checksums(root);
        if (checksums.Load() is not { } recorded)
        {
            return (progress, false);
        }

        var checkedProgress = progress.Select(p =>
            checksums.Changed(p.Kata, recorded) is { Count: > 0 } changed
                ? p with
                {
                    Status = KataStatus.TestsModified,
                    Detail = $"{string.Join(", ", changed)} differ{(changed.Count == 1 ? "s" : "")} from the workbook's, so its tests cannot count "
                        + $"({KataCommand.With($"reset {p.Kata.Id} --tests")} puts them back; yours are backed up first)",
                    ChangedFiles = changed,
                }
                : p);
        return ([.. checkedProgress], true);
    }
}
