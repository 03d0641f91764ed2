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

    /// <summary>katas/NN-topic: the topic's kata project, its README and one folder per kata.</summary>
    public string TopicFolder(Topic topic) => Path.Combine(Directory, "katas", topic.Folder);

    /// <summary>solutions/NN-topic: the topic's solution library, one folder per kata mirroring katas/.</summary>
    public string SolutionTopicFolder(Topic topic) => Path.Combine(Directory, "solutions", topic.Folder);

    /// <summary>
    /// tools/figures/NN-topic: the project that compiles the topic's learner code with its figures (kata plot draws
    /// from it; the kata project itself leaves figures out so that its test loop stays fast).
    /// </summary>
    public string FiguresProjectFolder(Topic topic) => Path.Combine(Directory, "tools", "figures", topic.Folder);

    /// <summary>katas/NN-topic/KK-slug: everything a learner needs for one kata.</summary>
    public string KataFolder(KataEntry kata) => Path.Combine(TopicFolder(kata.Topic), kata.FolderName);

    /// <summary>solutions/NN-topic/KK-slug: the kata's reference, at the mirrored path.</summary>
    public string SolutionKataFolder(KataEntry kata) => Path.Combine(SolutionTopicFolder(kata.Topic), kata.FolderName);

    public string StubPath(KataEntry kata) => Path.Combine(KataFolder(kata), kata.Stub);

    public string TestFilePath(KataEntry kata) => Path.Combine(KataFolder(kata), kata.Fixture + ".cs");

    public string ReferencePath(KataEntry kata) => Path.Combine(SolutionKataFolder(kata), kata.Stub);

    /// <summary>
    /// Every C# file of the kata's folder: stub, tests and given code. A kata that does not compile is left out of
    /// its topic's build as this whole set, so that no half of it (given code naming the stub) is left behind.
    /// </summary>
    public IEnumerable<string> KataSources(KataEntry kata) =>
        System.IO.Directory.Exists(KataFolder(kata))
            ? System.IO.Directory.EnumerateFiles(KataFolder(kata), "*.cs", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal)
            : [];

    /// <summary>
    /// Given code: the C# files of the kata's folder other than the stub, tests (*Tests.cs) and figures (*Figures.cs). Learners use it
    /// but do not write it; its one copy is compiled into both the kata project and the solution library.
    /// </summary>
    public IEnumerable<string> GivenFiles(KataEntry kata) =>
        KataSources(kata).Where(file =>
            !string.Equals(Path.GetFileName(file), kata.Stub, StringComparison.Ordinal)
            && !Path.GetFileName(file).EndsWith(TestsSuffix, StringComparison.Ordinal)
            && !Path.GetFileName(file).EndsWith(FiguresSuffix, StringComparison.Ordinal));

    /// <summary>Test fixtures end with this (e.g. SvdTests.cs): never given code, even when no catalog entry names them.</summary>
    public const string TestsSuffix = "Tests.cs";

    /// <summary>Figure definitions end with this (e.g. SvdFigures.cs): neither stub nor given code.</summary>
    public const string FiguresSuffix = "Figures.cs";

    /// <summary>The kata's lesson, README.md in its folder.</summary>
    public string LessonPath(KataEntry kata) => Path.Combine(KataFolder(kata), "README.md");

    /// <summary>The topic's overview with the path through its katas.</summary>
    public string TopicReadmePath(Topic topic) => Path.Combine(TopicFolder(topic), "README.md");

    /// <summary>The tool's local, git-ignored state: the last progress, backups of reset files.</summary>
    public string StateFolder => Path.Combine(Directory, ".kata");

    public string ProgressStatePath => Path.Combine(StateFolder, "progress.json");

    public string BackupsFolder => Path.Combine(StateFolder, "backups");

    /// <summary>Results reused while their sources are unchanged (see Caching.Fingerprint).</summary>
    public string CacheFolder => Path.Combine(StateFolder, "cache");

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
