using System.Security;
using System.Text;

namespace MathForML.Kata.Progress;

/// <summary>
/// Builds a topic project without some of its files. MSBuild imports the file named by the
/// CustomAfterMicrosoftCommonTargets property after the SDK has globbed the Compile items, so a small targets file
/// there can remove a broken kata's stub and tests while every other kata still compiles and runs.
/// </summary>
internal sealed class BuildIsolation : IDisposable
{
    private BuildIsolation(string targetsPath) => TargetsPath = targetsPath;

    public string TargetsPath { get; }

    /// <summary>The MSBuild argument that applies the exclusion.</summary>
    public string Argument => "-p:CustomAfterMicrosoftCommonTargets=" + Escape(TargetsPath);

    public static BuildIsolation Excluding(IEnumerable<string> files)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kata-isolate-{Guid.NewGuid():N}.targets");
        File.WriteAllText(path, TargetsText(files), new UTF8Encoding(false));
        return new BuildIsolation(path);
    }

    internal static string TargetsText(IEnumerable<string> files)
    {
        var text = new StringBuilder();
        text.AppendLine("<Project>");
        text.AppendLine("  <!-- Written by the kata tool: build without the katas that do not compile. -->");
        text.AppendLine("  <ItemGroup>");
        foreach (var file in files)
        {
            text.AppendLine($"    <Compile Remove=\"{SecurityElement.Escape(Escape(Path.GetFullPath(file)))}\" />");
        }

        text.AppendLine("  </ItemGroup>");
        text.AppendLine("</Project>");
        return text.ToString();
    }

    /// <summary>MSBuild treats ; $ @ % ' * ? as syntax in item specs and properties; escape them as %XX.</summary>
    internal static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            escaped.Append(c is '%' or ';' or '$' or '@' or '\'' or '*' or '?' ? $"%{(int)c:X2}" : c.ToString());
        }

        return escaped.ToString();
    }

    public void Dispose()
    {
        try
        {
            File.Delete(TargetsPath);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless.
        }
    }
}
