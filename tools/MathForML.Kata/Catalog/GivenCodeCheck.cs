using System.Xml.Linq;
using MathForML.Kata.SourceCode;
using MathForML.Kata.Verification;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Catalog;

/// <summary>
/// Given code exists once: each given file of a kata folder is compiled into the topic's solution library from
/// where it is (not copied), and no type it declares is declared again in a stub, a reference or other given code.
/// </summary>
internal sealed class GivenCodeCheck(WorkbookRoot root)
{
    public IEnumerable<Check> Validate(Topic topic)
    {
        var name = topic.Folder;
        var given = topic.Katas.SelectMany(k => root.GivenFiles(k).Select(file => (Kata: k, File: file))).ToList();
        if (given.Count == 0)
        {
            yield return Check.Pass($"{name}: no given code");
            yield break;
        }

        var library = ProjectFiles.FindSingle(root.SolutionTopicFolder(topic)).Path;
        if (library is not null)
        {
            var compiled = CompiledFiles(library);
            var missing = given.Where(g => !compiled.Contains(Path.GetFullPath(g.File))).ToList();
            yield return missing.Count == 0
                ? Check.Pass($"{name}: the solution library compiles every given file from its kata folder")
                : Check.Fail($"{name}: given code not compiled into {root.Relative(library)}: " + string.Join("; ", missing.Select(g =>
                    $"{root.Relative(g.File)} (of {g.Kata.Id}; add <Compile Include=\"{Relative(library, g.File)}\" Link=\"{g.Kata.FolderName}/{Path.GetFileName(g.File)}\" />)")));
        }

        var declarations = SourcesOf(topic)
            .SelectMany(file => DeclaredTypes.Locate(File.ReadAllText(file), topic.Namespace).Select(type => (File: file, Type: type)))
            .ToList();
        var givenPaths = given.Select(g => Path.GetFullPath(g.File)).ToHashSet(StringComparer.Ordinal);
        var twice = declarations
            .Where(d => givenPaths.Contains(Path.GetFullPath(d.File)))
            .SelectMany(g => declarations
                .Where(d => d.Type.FullName == g.Type.FullName && !string.Equals(Path.GetFullPath(d.File), Path.GetFullPath(g.File), StringComparison.Ordinal))
                .Select(d => $"{Where(d.File, d.Type)}: {d.Type.Name} is given code ({Where(g.File, g.Type)}) and must not be declared again"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        yield return twice.Count == 0
            ? Check.Pass($"{name}: every given type is declared once")
            : Check.Fail($"{name}: given type(s) declared twice: {string.Join("; ", twice)}");
    }

    /// <summary>Every C# file of the topic on both sides: kata folders (stubs, tests, given code) and the solution library.</summary>
    private IEnumerable<string> SourcesOf(Topic topic)
    {
        var learnerSide = topic.Katas.SelectMany(root.KataSources);
        var solutions = root.SolutionTopicFolder(topic);
        var referenceSide = Directory.Exists(solutions)
            ? Directory.EnumerateFiles(solutions, "*.cs", SearchOption.AllDirectories).Where(f => !IsBuildOutput(solutions, f))
            : [];
        return learnerSide.Concat(referenceSide).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The full paths of the project's explicit Compile items (the SDK's default glob covers only its own folder).</summary>
    internal static HashSet<string> CompiledFiles(string projectPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;
        return XDocument.Load(projectPath).Descendants()
            .Where(e => e.Name.LocalName == "Compile")
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>()
            .Select(include => Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/'))))
            .ToHashSet(StringComparer.Ordinal);
    }

    private string Where(string file, DeclaredType type) => $"{root.Relative(file)}:{type.Line}";

    private static string Relative(string projectPath, string file) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(projectPath))!, file).Replace('\\', '/');

    private static bool IsBuildOutput(string folder, string file) =>
        Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(s => s is "bin" or "obj");
}
