using System.Threading.Channels;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Watch;

/// <summary>
/// Watches a topic folder for saves of learner files (*.cs except *Tests.cs, outside bin/ and obj/) and hands them out in
/// batches: a batch ends after a quiet period, so an editor's burst of writes (or a "save all") is one run. Saves that
/// happen while a run is going on wait in the queue and make exactly one more batch.
/// </summary>
internal sealed class SaveWatcher : IDisposable
{
    private readonly string folder;
    private readonly FileSystemWatcher watcher;
    private readonly Channel<string> saves = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public SaveWatcher(string folder)
    {
        this.folder = Path.GetFullPath(folder);
        watcher = new FileSystemWatcher(this.folder, "*.cs")
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, e) => Offer(e.FullPath);
        watcher.Created += (_, e) => Offer(e.FullPath);
        watcher.Deleted += (_, e) => Offer(e.FullPath);
        watcher.Renamed += (_, e) => Offer(e.FullPath);
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>Files the learner edits: C# files of the topic except the tests (*Tests.cs) and build output.</summary>
    public static bool IsLearnerFile(string topicFolder, string path) =>
        path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)
        && !Path.GetFileName(path).EndsWith(WorkbookRoot.TestsSuffix, StringComparison.OrdinalIgnoreCase)
        && !IsBuildOutput(topicFolder, path);

    public static bool IsBuildOutput(string projectFolder, string path) =>
        Segments(projectFolder, path).Any(s => s is "bin" or "obj");

    /// <summary>Waits for a save, then until nothing more is saved for <paramref name="quiet"/>; returns the files saved.</summary>
    public async Task<IReadOnlyCollection<string>> NextBatchAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        var files = new HashSet<string>(StringComparer.Ordinal) { await saves.Reader.ReadAsync(cancellationToken).ConfigureAwait(false) };
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(quiet);
            try
            {
                files.Add(await saves.Reader.ReadAsync(wait.Token).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return files;
            }
        }
    }

    public void Dispose()
    {
        watcher.Dispose();
        saves.Writer.TryComplete();
    }

    private void Offer(string path)
    {
        if (IsLearnerFile(folder, path))
        {
            saves.Writer.TryWrite(path);
        }
    }

    // The folders between the topic folder and the file.
    private static string[] Segments(string root, string path) =>
        Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[..^1];
}
