using MathForML.Kata.Workbook;

namespace MathForML.Kata.Caching;

/// <summary>
/// One test run at a time in a checkout: two runs building the same kata project at once would trip over each
/// other's build output, so a second run waits (saying so) until the first one is done. The lock is the operating
/// system's, held on .kata/run.lock, so it is released even when a run is killed.
/// </summary>
internal sealed class RunLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly FileStream handle;

    private RunLock(FileStream handle) => this.handle = handle;

    public static async Task<RunLock> AcquireAsync(WorkbookRoot root, TextWriter notices, CancellationToken cancellationToken)
    {
        StateFolder.Ensure(root);
        var path = Path.Combine(root.StateFolder, "run.lock");
        var told = false;
        while (true)
        {
            try
            {
                return new RunLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException)
            {
                if (!told)
                {
                    await notices.WriteLineAsync("Another kata run is using this checkout; waiting for it to finish…").ConfigureAwait(false);
                    told = true;
                }

                await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => handle.Dispose();
}
