namespace MathForML.Kata.Processes;

/// <summary>Runs independent jobs a few at a time and hands back their results in the order the jobs were given.</summary>
internal static class Concurrently
{
    public static async Task<IReadOnlyList<TResult>> InOrderAsync<TItem, TResult>(
        IReadOnlyList<TItem> items, int atOnce, Func<TItem, Task<TResult>> run, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(atOnce, 1);
        using var slots = new SemaphoreSlim(atOnce);

        async Task<TResult> InSlot(TItem item)
        {
            await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await run(item).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }

        // Task.WhenAll keeps the order of its tasks, not the order in which they finish: the same report every run.
        return await Task.WhenAll(items.Select(InSlot).ToList()).ConfigureAwait(false);
    }
}
