using MathForML.Kata.Catalog;
using MathForML.Kata.Cli;

namespace MathForML.Kata.Workbook;

/// <summary>The folder holding katas/catalog.json, and every path derived from it.</summary>
internal sealed class WorkbookRoot
{
    public const string CatalogRelativePath = "katas/catalog.json";
    public const string SolutionFileName = "MathForML.Katas.sln";
    public const string SolutionsTestsProjectName = "MathForML.Solutions.Tests";

    private WorkbookRoot(string directory) => Directory = directory;

    public string Directory { get; }

    public string CatalogPath => Path.Combine(Directory, "katas", "catalog.json");

    public string SolutionPath => Path.Combine(Directory, SolutionFileName);

    public string SolutionsTestsProjectPath =>
        Path.Combine(Directory, "solutions", SolutionsTestsProjectName, SolutionsTestsProjectName + ".csproj");

    public string KataFolder(Topic topic) => Path.Combine(Directory, "katas", topic.Folder);

    public string SolutionFolder(Topic topic) => Path.Combine(Directory, "solutions", topic.Folder);

    public string StubPath(KataEntry kata) => Path.Combine(KataFolder(kata.Topic), kata.Stub);

    public string TestFilePath(KataEntry kata) => Path.Combine(KataFolder(kata.Topic), "Tests", kata.Fixture + ".cs");

    public string ReferencePath(KataEntry kata) => Path.Combine(SolutionFolder(kata.Topic), kata.Stub);

    /// <summary>The tool's local, git-ignored state: the last progress, backups of reset files.</summary>
    public string StateFolder => Path.Combine(Directory, ".kata");

    public string ProgressStatePath => Path.Combine(StateFolder, "progress.json");

    public string BackupsFolder => Path.Combine(StateFolder, "backups");

    /// <summary>A path relative to the root with forward slashes, as people type it.</summary>
    public string Relative(string path) => Path.GetRelativePath(Directory, path).Replace('\\', '/');

    /// <summary>Relative to the root when the path lies inside it (compiler output uses full paths), else unchanged.</summary>
    public string RelativeIfInside(string path) =>
        Path.IsPathFullyQualified(path) && Path.GetFullPath(path).StartsWith(Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Relative(path)
            : path;

    /// <summary>Where a compiler error is, as "katas/00-demo/Adder.cs:7: CS1002: ; expected".</summary>
    public string Describe(Testing.BuildError error) =>
        error switch
        {
            { File: not null, Line: not null } => $"{RelativeIfInside(error.File)}:{error.Line}: {error.Code}: {error.Message}",
            { File: not null } => $"{RelativeIfInside(error.File)}: {error.Code}: {error.Message}",
            _ => $"{error.Code}: {error.Message}",
        };

    /// <summary>Uses <paramref name="explicitRoot"/> when given, otherwise walks up from <paramref name="start"/>.</summary>
    public static WorkbookRoot Locate(string? explicitRoot, string start)
    {
        if (!string.IsNullOrWhiteSpace(explicitRoot))
        {
            var full = Path.GetFullPath(explicitRoot);
            if (!File.Exists(Path.Combine(full, "katas", "catalog.json")))
            {
                throw new UsageException($"'{full}' is not a workbook root: it has no {CatalogRelativePath}.");
            }

            return new WorkbookRoot(full);
        }

        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "katas", "catalog.json")))
            {
                return new WorkbookRoot(dir.FullName);
            }
        }

        throw new UsageException(
            $"No workbook found: neither '{start}' nor any folder above it contains {CatalogRelativePath}. "
            + "Run kata inside the MathForML Katas repository, or pass --root <dir>.");
    }
}
