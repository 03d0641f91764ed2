using System.Text;
using System.Text.RegularExpressions;

namespace MathForML.Kata.Scaffold;

/// <summary>A new kata's class name, and the names derived from it.</summary>
internal static partial class KataName
{
    public const int MaxLength = 60;

    /// <summary>Why <paramref name="name"/> cannot be a kata's class name, or null when it can.</summary>
    public static string? Problem(string name) =>
        name.Length == 0 ? "the name is empty"
        : name.Length > MaxLength ? $"the name is longer than {MaxLength} characters"
        : !PascalCase().IsMatch(name) ? $"'{name}' is not a PascalCase class name (letters and digits, starting with a capital letter, e.g. LinearMaps)"
        : null;

    /// <summary>"LinearMaps" → "linear-maps", "QRDecomposition" → "qr-decomposition": the second half of a kata id.</summary>
    public static string Kebab(string name)
    {
        var kebab = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(c));
        }

        return kebab.ToString();
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex PascalCase();
}
