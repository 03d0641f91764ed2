using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MathForML.Kata.Catalog;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Integrity;

/// <summary>
/// katas/checksums.json: the SHA-256 of every kata's tests and given code as the workbook ships them. A kata whose
/// files no longer match is tests-modified, never done, so green means the learner's code passed the workbook's own
/// tests. Contributors who change tests on purpose write the file anew with <c>kata checksums</c>; verify checks it.
/// </summary>
internal sealed class Checksums(WorkbookRoot root)
{
    public const string RelativePath = "katas/checksums.json";

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public string Path => System.IO.Path.Combine(root.Directory, RelativePath);

    /// <summary>The files a learner must not change: the fixture and the given code of the kata's folder.</summary>
    public IEnumerable<string> Protected(KataEntry kata) =>
        new[] { root.TestFilePath(kata) }.Concat(root.GivenFiles(kata)).Select(root.Relative);

    /// <summary>The recorded hashes by relative path, or null when the workbook has no (readable) checksums file.</summary>
    public IReadOnlyDictionary<string, string>? Load()
    {
        try
        {
            return File.Exists(Path) ? JsonSerializer.Deserialize<SortedDictionary<string, string>>(File.ReadAllText(Path), Options) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The kata's protected files that differ from their recorded hash, are missing, or were never recorded; and
    /// recorded files of its folder that are gone. Empty when all match.
    /// </summary>
    public IReadOnlyList<string> Changed(KataEntry kata, IReadOnlyDictionary<string, string> recorded)
    {
        var files = Protected(kata).ToList();
        var changed = files.Where(f => !recorded.TryGetValue(f, out var hash) || HashOf(f) != hash).ToList();
        var folder = root.Relative(root.KataFolder(kata)) + "/";
        changed.AddRange(recorded.Keys.Where(f => f.StartsWith(folder, StringComparison.Ordinal) && !files.Contains(f)));
        return changed;
    }

    /// <summary>Records the current protected files of every kata (the contributor's step after changing tests).</summary>
    public int Write(KataCatalog catalog)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in catalog.Katas.SelectMany(Protected))
        {
            if (HashOf(file) is { } hash)
            {
                hashes[file] = hash;
            }
        }

        File.WriteAllText(Path, JsonSerializer.Serialize(hashes, Options) + "\n");
        return hashes.Count;
    }

    /// <summary>
    /// The SHA-256 of the file's text with line endings normalised to \n, so a checkout that converts them (Windows)
    /// matches; null when the file does not exist.
    /// </summary>
    public string? HashOf(string relative)
    {
        var full = System.IO.Path.Combine(root.Directory, relative);
        return File.Exists(full) ? HashOfText(File.ReadAllText(full)) : null;
    }

    public static string HashOfText(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal))));
}
