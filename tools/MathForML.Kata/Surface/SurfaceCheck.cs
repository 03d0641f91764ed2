using MathForML.Kata.Catalog;
using MathForML.Kata.Verification;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Surface;

/// <summary>
/// Verify step c for one topic: the built kata assembly and the reference library must expose the same public types
/// and members. One passed check per matching type, one failed check per difference.
/// </summary>
internal sealed class SurfaceCheck(WorkbookRoot root)
{
    public async Task<IReadOnlyList<Check>> CheckTopicAsync(Topic topic, CancellationToken cancellationToken)
    {
        var name = topic.ShortName;
        var kataProject = ProjectFiles.FindSingle(root.TopicFolder(topic));
        var solutionProject = ProjectFiles.FindSingle(root.SolutionTopicFolder(topic));
        if (kataProject.Path is null || solutionProject.Path is null)
        {
            return [Check.Fail($"{name}: cannot compare the public surface: the kata project or the solution library is missing")];
        }

        var (kataAssembly, kataProblem) = await AssemblyLocator.FindAsync(kataProject.Path, cancellationToken).ConfigureAwait(false);
        var (solutionAssembly, solutionProblem) = await AssemblyLocator.FindAsync(solutionProject.Path, cancellationToken).ConfigureAwait(false);
        if (kataAssembly is null || solutionAssembly is null)
        {
            return [Check.Fail($"{name}: cannot compare the public surface: {kataProblem ?? solutionProblem}")];
        }

        ApiSurface kataSurface, solutionSurface;
        try
        {
            // A class library's bin lacks its packages; the kata's bin and the reference tests' bin have them.
            var dependencies = BuildOutputFolders(Path.GetDirectoryName(root.SolutionsTestsProjectPath)!)
                .Prepend(Path.GetDirectoryName(kataAssembly)!)
                .ToList();
            kataSurface = SurfaceReader.Read(kataAssembly, topic.Namespace, dependencies);
            solutionSurface = SurfaceReader.Read(solutionAssembly, topic.Namespace, dependencies);
        }
        catch (Exception e) when (e is IOException or BadImageFormatException)
        {
            return [Check.Fail($"{name}: cannot read the built assemblies: {e.Message}")];
        }

        if (kataSurface.Types.Count == 0 && solutionSurface.Types.Count == 0)
        {
            return [Check.Fail($"{name}: neither the kata nor the solution assembly has public types in namespace {topic.Namespace}")];
        }

        var differences = SurfaceComparer.Compare(kataSurface, solutionSurface);
        var differing = differences.Select(d => d.TypeName).ToHashSet(StringComparer.Ordinal);
        return kataSurface.Types.Keys.Intersect(solutionSurface.Types.Keys)
            .Where(type => !differing.Contains(type))
            .Order(StringComparer.Ordinal)
            .Select(type => Check.Pass($"{name}: {type} has the same public surface in kata and solution"))
            .Concat(differences.Select(d => Check.Fail($"{name}: {d.Message}")))
            .ToList();
    }

    private static string[] BuildOutputFolders(string projectFolder)
    {
        var debug = Path.Combine(projectFolder, "bin", "Debug");
        return Directory.Exists(debug) ? Directory.GetDirectories(debug) : [];
    }
}
