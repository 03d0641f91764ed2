using System.Security.Cryptography;
using System.Text;
using MathForML.Kata.Catalog;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Caching;

/// <summary>
/// Content hashes of what a cached result depends on: the files' names and bytes (never their timestamps, which a
/// checkout or a copy changes without changing anything) and the tool that produced the result.
/// </summary>
internal static class Fingerprint
{
    private static readonly string[] SourceExtensions = [".cs", ".csproj", ".props", ".targets", ".json", ".dat", ".csv"];

    /// <summary>This build of the tool: a rebuilt tool may classify results differently, so it never reuses old ones.</summary>
    public static string ToolBuild { get; } = typeof(Fingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// What a topic's test results depend on: its kata folder (stubs, tests, given code, the project), the catalog,
    /// the harness, the build settings at the root and the tool.
    /// </summary>
    public static string OfTopic(WorkbookRoot root, Topic topic, string tool) =>
        Of(root, Sources(root.TopicFolder(topic)).Concat(Shared(root)), tool);

    /// <summary>What the test counts of every kata depend on: every topic's kata folder, the harness, the settings, the tool.</summary>
    public static string OfAllKatas(WorkbookRoot root, string tool) =>
        Of(root, Sources(Path.Combine(root.Directory, "katas")).Concat(Shared(root)), tool);

    /// <summary>Hashes each file's path (relative, so a moved checkout keeps its cache) and content, in ordinal order.</summary>
    public static string Of(WorkbookRoot root, IEnumerable<string> files, string tool)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(tool + "\n"));
        foreach (var file in files.Select(root.Relative).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var full = Path.Combine(root.Directory, file);
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.Exists(full) ? File.ReadAllBytes(full) : "(missing)"u8);
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static IEnumerable<string> Shared(WorkbookRoot root) =>
        new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "katas/Directory.Build.props", WorkbookRoot.CatalogRelativePath }
            .Select(f => Path.Combine(root.Directory, f))
            .Concat(Sources(Path.Combine(root.Directory, "shared", "MathForML.Verification")));

    /// <summary>Source and data files below a folder, never descending into build output (bin/, obj/) or .kata/.</summary>
    private static IEnumerable<string> Sources(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (SourceExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            if (Path.GetFileName(child) is not ("bin" or "obj" or ".kata"))
            {
                foreach (var file in Sources(child))
                {
                    yield return file;
                }
            }
        }
    }
}
