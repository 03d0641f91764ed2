using MathForML.Kata.Caching;
using MathForML.Kata.Targets;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Progress;

/// <summary>What a progress run found, and which topics it answered from the cache instead of running them.</summary>
internal sealed record CollectedProgress(IReadOnlyList<KataProgress> Katas, IReadOnlyList<string> CachedTopics);

/// <summary>
/// Runs each topic in scope (one topic failing never hides the others) and classifies every kata. With a cache, a
/// topic whose sources are unchanged since its last run is not run again.
/// </summary>
internal sealed class ProgressCollector(WorkbookRoot root, TimeSpan timeout, long? memoryLimitBytes, ProgressCache? cache = null)
{
    private readonly TopicRunner runner = new(root, timeout, memoryLimitBytes);

    public async Task<CollectedProgress> CollectAsync(Scope scope, CancellationToken cancellationToken)
    {
        var progress = new List<KataProgress>();
        var cached = new List<string>();
        foreach (var topic in scope.Topics.Where(t => t.Katas.Count > 0))
        {
            var fingerprint = cache?.FingerprintOf(topic.Topic);
            if (fingerprint is not null && cache!.Reuse(topic, fingerprint) is { } reused)
            {
                progress.AddRange(reused);
                cached.Add(topic.Topic.Folder);
                continue;
            }

            var measured = await runner.RunAsync(topic, cancellationToken).ConfigureAwait(false);
            progress.AddRange(measured);
            if (fingerprint is not null)
            {
                cache!.Store(topic.Topic, fingerprint, measured);
            }
        }

        return new CollectedProgress(progress, cached);
    }
}
