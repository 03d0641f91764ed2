using MathForML.Kata.Targets;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Progress;

/// <summary>Runs each topic in scope (one topic failing never hides the others) and classifies every kata.</summary>
internal sealed class ProgressCollector(WorkbookRoot root, TimeSpan timeout)
{
    private readonly TopicRunner runner = new(root, timeout);

    public async Task<IReadOnlyList<KataProgress>> CollectAsync(Scope scope, CancellationToken cancellationToken)
    {
        var progress = new List<KataProgress>();
        foreach (var topic in scope.Topics.Where(t => t.Katas.Count > 0))
        {
            progress.AddRange(await runner.RunAsync(topic, cancellationToken).ConfigureAwait(false));
        }

        return progress;
    }
}
