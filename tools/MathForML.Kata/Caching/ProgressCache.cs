using MathForML.Kata.Catalog;
using MathForML.Kata.Progress;
using MathForML.Kata.Targets;
using MathForML.Kata.Testing;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Caching;

/// <summary>
/// The last test results of each topic, in .kata/cache/progress-NN-topic.json, reused while the topic's
/// <see cref="Fingerprint"/> is unchanged: an unchanged workbook answers without building or running anything, and
/// after an edit only the edited topic runs. A result is never reused for different sources or a different tool.
/// </summary>
internal sealed class ProgressCache(WorkbookRoot root, TextWriter warnings, string tool)
{
    public string FingerprintOf(Topic topic) => Fingerprint.OfTopic(root, topic, tool);

    public string PathOf(Topic topic) => Path.Combine(root.CacheFolder, $"progress-{topic.Folder}.json");

    /// <summary>The cached results of the scope's katas, or null unless all of them were measured on these very sources.</summary>
    public IReadOnlyList<KataProgress>? Reuse(TopicScope scope, string fingerprint)
    {
        var cached = StateFile.Load<CachedTopic>(root, PathOf(scope.Topic), warnings, c => c.Fingerprint is not null && c.Katas is not null);
        if (cached is null || cached.Fingerprint != fingerprint)
        {
            return null;
        }

        var byId = cached.Katas.GroupBy(k => k.Id).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var reused = new List<KataProgress>();
        foreach (var kata in scope.Katas)
        {
            if (!byId.TryGetValue(kata.Id, out var entry) || KataStatusNames.Parse(entry.Status) is not { } status)
            {
                return null;
            }

            reused.Add(new KataProgress(kata, status, entry.Passed, entry.Total, entry.Detail)
            {
                Results = entry.Results ?? [],
                BuildError = entry.BuildError,
                CrashedTest = entry.CrashedTest,
            });
        }

        return reused;
    }

    /// <summary>Keeps these results under the fingerprint they were measured with (merged with other katas measured with it).</summary>
    public void Store(Topic topic, string fingerprint, IReadOnlyList<KataProgress> progress)
    {
        var path = PathOf(topic);
        var earlier = StateFile.Load<CachedTopic>(root, path, warnings, c => c.Fingerprint is not null && c.Katas is not null);
        var ids = progress.Select(p => p.Kata.Id).ToHashSet(StringComparer.Ordinal);
        var kept = earlier?.Fingerprint == fingerprint ? earlier.Katas.Where(k => !ids.Contains(k.Id)) : [];
        var katas = kept.Concat(progress.Select(p =>
            new CachedKata(p.Kata.Id, p.Status.Name(), p.Passed, p.Total, p.Detail, [.. p.Results], p.BuildError, p.CrashedTest)));
        StateFile.Save(root, path, new CachedTopic(fingerprint, [.. katas]));
    }

    private sealed record CachedTopic(string Fingerprint, List<CachedKata> Katas);

    private sealed record CachedKata(
        string Id, string Status, int Passed, int Total, string? Detail, List<TestCaseResult>? Results, BuildError? BuildError, string? CrashedTest);
}
