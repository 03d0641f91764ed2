using System.Globalization;
using System.Text.RegularExpressions;

namespace MathForML.Kata.Testing;

/// <summary>A stack frame that has a source location: "at Ns.Type.Method(Args) in /path/File.cs:line 17".</summary>
internal sealed record SourceFrame(string Method, string File, int Line);

internal static partial class StackTraceFrames
{
    public static IReadOnlyList<SourceFrame> Parse(string? stackTrace) =>
        stackTrace is null
            ? []
            : Frame().Matches(stackTrace)
                .Select(m => new SourceFrame(
                    m.Groups["method"].Value,
                    m.Groups["file"].Value.Trim(),
                    int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture)))
                .ToList();

    /// <summary>The first frame in <paramref name="file"/>, compared as full paths.</summary>
    public static SourceFrame? FirstIn(IEnumerable<SourceFrame> frames, string file)
    {
        var wanted = Path.GetFullPath(file);
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return frames.FirstOrDefault(f => Path.IsPathFullyQualified(f.File) && string.Equals(Path.GetFullPath(f.File), wanted, comparison));
    }

    [GeneratedRegex(@"^\s*at (?<method>.+?) in (?<file>.+?):line (?<line>[0-9]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Frame();
}
