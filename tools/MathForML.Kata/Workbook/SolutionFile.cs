using System.Text.RegularExpressions;

namespace MathForML.Kata.Workbook;

/// <summary>The projects listed in a classic .sln file (solution folders left out).</summary>
internal sealed partial class SolutionFile
{
    private const string SolutionFolderType = "2150E333-8FDC-42A3-9474-1A3956D46DE8";

    private SolutionFile(string path, IReadOnlyList<SolutionProject> projects)
    {
        Path = path;
        Projects = projects;
    }

    public string Path { get; }

    public IReadOnlyList<SolutionProject> Projects { get; }

    public static SolutionFile Load(string path) => Parse(path, File.ReadAllText(path));

    public static SolutionFile Parse(string path, string text)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var projects = new List<SolutionProject>();
        foreach (var line in text.Split('\n'))
        {
            var match = ProjectLine().Match(line.Trim());
            if (!match.Success
                || match.Groups["type"].Value.Equals(SolutionFolderType, StringComparison.OrdinalIgnoreCase)
                || !match.Groups["path"].Value.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var relative = match.Groups["path"].Value.Replace('\\', '/');
            projects.Add(new SolutionProject(
                match.Groups["name"].Value,
                relative,
                System.IO.Path.GetFullPath(System.IO.Path.Combine(directory, relative))));
        }

        return new SolutionFile(path, projects);
    }

    public bool Lists(string projectPath)
    {
        var full = System.IO.Path.GetFullPath(projectPath);
        return Projects.Any(p => string.Equals(p.FullPath, full, StringComparison.Ordinal));
    }

    [GeneratedRegex("""^Project\("\{(?<type>[^}]+)\}"\)\s*=\s*"(?<name>[^"]+)"\s*,\s*"(?<path>[^"]+)"\s*,\s*"\{[^}]+\}"\s*$""")]
    private static partial Regex ProjectLine();
}

internal sealed record SolutionProject(string Name, string RelativePath, string FullPath);
