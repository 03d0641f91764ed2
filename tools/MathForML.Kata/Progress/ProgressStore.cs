using System.Text.Json;
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
internal sealed class ProgressStore(WorkbookRoot root)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string Path => root.ProgressStatePath;

    /// <summary>The stored run, or null when there is none (or it cannot be read: it is only a convenience).</summary>
    public StoredProgress? Load()
    {
        try
        {
            if (!File.Exists(Path))
            {
                return null;
            }

            var document = JsonSerializer.Deserialize<Document>(File.ReadAllText(Path), Options);
            return document?.Katas is null
                ? null
                : new StoredProgress(document.SavedAt, document.Katas.Where(k => k.Value is not null).ToDictionary(k => k.Key, k => k.Value!, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Records the katas of this run, keeping what is stored for katas outside its scope. Returns false when the file
    /// could not be written (a read-only checkout, say): progress still works, it just cannot compare next time.
    /// </summary>
    public bool Save(IEnumerable<KataProgress> progress, StoredProgress? previous, DateTimeOffset now)
    {
        var katas = new Dictionary<string, StoredKata>(previous?.Katas ?? new Dictionary<string, StoredKata>(), StringComparer.Ordinal);
        foreach (var kata in progress)
        {
            katas[kata.Kata.Id] = new StoredKata(kata.Status.Name(), kata.Passed, kata.Total);
        }

        try
        {
            StateFolder.Ensure(root);
            var temporary = Path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(new Document(now, katas!), Options));
            File.Move(temporary, Path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private sealed record Document(DateTimeOffset SavedAt, Dictionary<string, StoredKata?>? Katas);
}
