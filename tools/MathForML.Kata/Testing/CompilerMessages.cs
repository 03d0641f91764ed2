using System.Text.RegularExpressions;

namespace MathForML.Kata.Testing;

/// <summary>An error line from MSBuild output: "path/File.cs(12,5): error CS1002: ; expected [project]".</summary>
internal sealed record BuildError(string? File, int? Line, string Code, string Message, string Text);

/// <summary>Picks the distinct error lines out of dotnet build/test output.</summary>
internal static partial class CompilerMessages
{
    public static IReadOnlyList<BuildError> Errors(string output)
    {
        var errors = new List<BuildError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rawLine in output.Split('\n'))
        {
            var line = HelpLink().Replace(ProjectSuffix().Replace(rawLine.Trim(), ""), "");
            var match = ErrorLine().Match(line);
            if (!match.Success || !seen.Add(line))
            {
                continue;
            }

            var origin = match.Groups["origin"].Value.Trim();
            var located = Located().Match(origin);
            errors.Add(new BuildError(
                located.Success ? located.Groups["file"].Value : origin.Length > 0 ? origin : null,
                located.Success ? int.Parse(located.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
                match.Groups["code"].Value,
                match.Groups["message"].Value.Trim(),
                line));
        }

        return errors;
    }

    /// <summary>The first C# compiler error if there is one (what a learner must fix first), else the first error.</summary>
    public static BuildError? First(IReadOnlyList<BuildError> errors) =>
        errors.FirstOrDefault(e => e.Code.StartsWith("CS", StringComparison.Ordinal)) ?? (errors.Count > 0 ? errors[0] : null);

    // "origin: error CODE: message", where origin may be empty, a file with (line,col), or a tool name.
    [GeneratedRegex(@"^(?<origin>.*?):?\s*error (?<code>[A-Z]+[0-9]+)\s*:\s*(?<message>.*)$")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"^(?<file>.+?)\((?<line>[0-9]+)(,[0-9]+)*\)$")]
    private static partial Regex Located();

    [GeneratedRegex(@"\s+\[[^\]]+proj(::[^\]]*)?\]$")]
    private static partial Regex ProjectSuffix();

    // Analyzer messages end with "(https://learn.microsoft.com/...)": useful in an IDE, noise in a one-line report.
    [GeneratedRegex(@"\s+\(https?://[^)\s]+\)$")]
    private static partial Regex HelpLink();
}
