using System.Text.RegularExpressions;

namespace MathForML.Kata.Lessons;

/// <summary>
/// Finds math that GitHub would mangle. GitHub applies Markdown's backslash escapes inside <c>$…$</c> and
/// <c>$$…$$</c> before the math renderer sees them (github/markup#1746), so <c>\|</c>, <c>\\</c>, <c>\{</c>, <c>\,</c>
/// and the like lose their backslash. Such math belongs inline in <c>$`…`$</c> and as a display in a
/// <c>```math</c> block, where nothing is escaped.
/// </summary>
internal static partial class MarkdownMath
{
    /// <summary>The 1-based numbers of the lines holding math with a Markdown escape, fenced code excluded.</summary>
    public static IReadOnlyList<int> MangledLines(string markdown)
    {
        var lines = new List<int>();
        var inFence = false;
        var inDisplay = false;
        var number = 0;
        foreach (var raw in markdown.Split('\n'))
        {
            number++;
            if (raw.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            // Backtick math and code spans are safe: GitHub escapes nothing inside them.
            var line = CodeSpan().Replace(BacktickMath().Replace(raw, ""), "");
            bool mangled;
            if (inDisplay || line.Contains("$$", StringComparison.Ordinal))
            {
                var parts = line.Split("$$");
                mangled = parts.Where((_, k) => k % 2 == 0 ? inDisplay : !inDisplay).Any(part => Escape().IsMatch(part));
                if (parts.Length % 2 == 0)
                {
                    inDisplay = !inDisplay;
                }
            }
            else
            {
                mangled = InlineMath().Matches(line).Any(m => Escape().IsMatch(m.Groups[1].Value));
            }

            if (mangled)
            {
                lines.Add(number);
            }
        }

        return lines;
    }

    [GeneratedRegex(@"\$`.*?`\$")]
    private static partial Regex BacktickMath();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(?<![$`])\$(?![$`])([^$\n]+?)(?<![`$])\$(?!\$)")]
    private static partial Regex InlineMath();

    /// <summary>A backslash before the ASCII punctuation that Markdown escapes and TeX uses.</summary>
    [GeneratedRegex(@"\\[|\\{},;!:>]")]
    private static partial Regex Escape();
}
