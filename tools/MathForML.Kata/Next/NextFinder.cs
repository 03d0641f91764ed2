using MathForML.Kata.Catalog;
using MathForML.Kata.Cli;
using MathForML.Kata.Integrity;
using MathForML.Kata.Progress;
using MathForML.Kata.Targets;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Next;

/// <summary>
/// Finds the first unfinished kata in roadmap (catalog) order by running topics in that order and stopping at the
/// first topic with a kata that is not done (tests-modified counts as not done): later topics are never built.
/// </summary>
internal sealed class NextFinder(WorkbookRoot root, TimeSpan timeout)
{
    /// <summary>The first kata that is not done, with its results, or null when every kata is done.</summary>
    public async Task<KataProgress?> FindAsync(KataCatalog catalog, CancellationToken cancellationToken)
    {
        var runner = new TopicRunner(root, timeout, CliOptions.Megabytes(CliOptions.DefaultMemoryMegabytes));
        foreach (var topic in catalog.Topics.Where(t => t.Katas.Count > 0))
        {
            // A kata turned green by editing its tests is not done: next shows it, with the way back.
            var (progress, _) = TestIntegrity.Apply(root, await runner.RunAsync(new TopicScope(topic, topic.Katas), cancellationToken).ConfigureAwait(false));
            var next = progress.FirstOrDefault(p => p.Status != KataStatus.Done);
            if (next is not null)
            {
                return next;
            }
        }

        return null;
    }
}
