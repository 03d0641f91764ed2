using MathForML.Kata.Catalog;
using MathForML.Kata.Progress;
using MathForML.Kata.Targets;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Next;

/// <summary>
/// Finds the first unfinished kata in roadmap (catalog) order by running topics in that order and stopping at the
/// first topic with a kata that is not done: later topics are never built.
/// </summary>
internal sealed class NextFinder(WorkbookRoot root, TimeSpan timeout)
{
    /// <summary>The first kata not done at or after <paramref name="after"/>'s successor (or from the start), or null if all are done.</summary>
    public async Task<KataProgress?> FindAsync(KataCatalog catalog, CancellationToken cancellationToken, KataEntry? after = null)
    {
        var runner = new TopicRunner(root, timeout);
        var katas = catalog.Katas.ToList();
        var start = after is null ? 0 : katas.IndexOf(after) + 1;
        foreach (var topic in katas.Skip(start).Select(k => k.Topic).Distinct())
        {
            var inScope = topic.Katas.Where(k => katas.IndexOf(k) >= start).ToList();
            var progress = await runner.RunAsync(new TopicScope(topic, inScope), cancellationToken).ConfigureAwait(false);
            var next = progress.FirstOrDefault(p => p.Status != KataStatus.Done);
            if (next is not null)
            {
                return next;
            }
        }

        return null;
    }
}
