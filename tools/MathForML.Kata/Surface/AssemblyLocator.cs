using System.Xml.Linq;
using MathForML.Kata.Processes;

namespace MathForML.Kata.Surface;

/// <summary>Finds the dll a project builds to.</summary>
internal static class AssemblyLocator
{
    /// <summary>
    /// Looks in the conventional place (bin/Debug/&lt;framework&gt;/&lt;AssemblyName&gt;.dll, newest first) and, if that fails,
    /// asks MSBuild for the project's TargetPath.
    /// </summary>
    public static async Task<(string? Path, string? Problem)> FindAsync(string projectPath, CancellationToken cancellationToken)
    {
        var projectFolder = Path.GetDirectoryName(projectPath)!;
        var fileName = AssemblyName(projectPath) + ".dll";
        var debugFolder = Path.Combine(projectFolder, "bin", "Debug");
        if (Directory.Exists(debugFolder))
        {
            var conventional = Directory.GetDirectories(debugFolder)
                .Select(framework => Path.Combine(framework, fileName))
                .Where(File.Exists)
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault();
            if (conventional is not null)
            {
                return (conventional, null);
            }
        }

        var result = await ProcessRunner.RunAsync(
            new ProcessRequest("dotnet", ["msbuild", projectPath, "-getProperty:TargetPath"], projectFolder, TimeSpan.FromMinutes(2)),
            cancellationToken).ConfigureAwait(false);
        var targetPath = result.StandardOutput.Trim();
        return result.ExitCode == 0 && File.Exists(targetPath)
            ? (targetPath, null)
            : (null, $"no built assembly for {Path.GetFileName(projectPath)} (looked for bin/Debug/*/{fileName} and MSBuild's TargetPath)");
    }

    private static string AssemblyName(string projectPath)
    {
        try
        {
            var declared = XDocument.Load(projectPath).Descendants()
                .FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value.Trim();
            if (!string.IsNullOrEmpty(declared) && !declared.Contains('$', StringComparison.Ordinal))
            {
                return declared;
            }
        }
        catch (System.Xml.XmlException)
        {
            // An unreadable project still has the default assembly name.
        }

        return Path.GetFileNameWithoutExtension(projectPath);
    }
}
