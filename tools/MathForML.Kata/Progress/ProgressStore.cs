using MathForML.Kata.Workbook;

namespace MathForML.Kata.Progress;

/// <summary>One kata as the last progress run left it.</summary>
internal sealed record StoredKata(string Status, int Passed, int Total);

/// <summary>The last progress run: when it ran and each kata it measured.</summary>
internal sealed record StoredProgress(DateTimeOffset SavedAt, IReadOnlyDictionary<string, StoredKata> Katas);

/// <summary>
/// Keeps the last progress run in &lt;root&gt;/.kata/progress.json (git-ignored), so the next run can say what changed
/// and hint can find the next kata without running any tests.
/// </summary>
internal sealed class ProgressStore(WorkbookRoot root, TextWriter warnings)
{
    public string Path => root.ProgressStatePath;

    /// <summary>
    /// The stored run, or null when there is none. A file that cannot be read is moved aside with a warning naming the
    /// backup (it is only a convenience, so the run goes on as a first run).
    /// </summary>
    public StoredProgress? Load()
    {
        var document = StateFile.Load<Document>(root, Path, warnings, d => d.Katas is not null);
        return document is null
            ? null
            : new StoredProgress(document.SavedAt, document.Katas!.Where(k => k.Value is not null).ToDictionary(k => k.Key, k => k.Value!, StringComparer.Ordinal));
    }

    /// <summary>
    /// Records the katas of this run, keeping what is stored for katas outside its scope. Returns false when the file
    /// could not be written (a read-only checkout, say): progress still works, it just cannot compare next time.
    /// </summary>
    public bool Save(IEnumerable<KataProgress> progress, StoredProgress? previous, DateTimeOffset now)
    {
        var katas = new Dictionary<string, StoredKata?>(StringComparer.Ordinal);
        foreach (var (id, kata) in previous?.Katas ?? new Dictionary<string, StoredKata>())
        {
            katas[id] = kata;
        }

        foreach (var kata in progress)
        {
            katas[kata.Kata.Id] = new StoredKata(kata.Status.Name(), kata.Passed, kata.Total);
        }

        return StateFile.Save(root, Path, new Document(now, katas));
    }

    private sealed record Document(DateTimeOffset SavedAt, Dictionary<string, StoredKata?>? Katas);
}
