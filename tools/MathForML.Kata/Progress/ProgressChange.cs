using System.Globalization;

namespace MathForML.Kata.Progress;

/// <summary>Says in one line what changed since the last progress run: tests gained or lost, katas whose status moved.</summary>
internal static class ProgressChange
{
    public static string Describe(StoredProgress? previous, IReadOnlyList<KataProgress> current, DateTimeOffset now)
    {
        if (previous is null)
        {
            return "First run: your progress is kept in .kata/progress.json, so the next run shows what changed.";
        }

        var parts = new List<string>();
        var known = current.Where(k => previous.Katas.ContainsKey(k.Kata.Id)).ToList();
        var gained = known.Sum(k => k.Passed) - known.Sum(k => previous.Katas[k.Kata.Id].Passed);
        if (gained != 0)
        {
            var tests = Math.Abs(gained) == 1 ? "test" : "tests";
            parts.Add(gained > 0 ? $"+{gained} {tests} passing" : $"{gained} {tests} passing");
        }

        foreach (var kata in current)
        {
            var status = kata.Status.Name();
            if (!previous.Katas.TryGetValue(kata.Kata.Id, out var before))
            {
                parts.Add($"{kata.Kata.Id} is new ({status})");
            }
            else if (before.Status != status)
            {
                parts.Add(kata.Status == KataStatus.Done ? $"{kata.Kata.Id} is now done" : $"{kata.Kata.Id} is now {status} (was {before.Status})");
            }
        }

        var ago = Ago(now - previous.SavedAt);
        return parts.Count == 0
            ? $"No change since the last run ({ago})."
            : $"Since the last run ({ago}): {string.Join(" · ", parts)}";
    }

    internal static string Ago(TimeSpan elapsed) => elapsed switch
    {
        { TotalSeconds: < 90 } => "just now",
        { TotalMinutes: < 90 } => $"{Whole(elapsed.TotalMinutes)} min ago",
        { TotalHours: < 36 } => $"{Whole(elapsed.TotalHours)} h ago",
        _ => $"{Whole(elapsed.TotalDays)} days ago",
    };

    private static string Whole(double value) => Math.Round(value).ToString(CultureInfo.InvariantCulture);
}
