namespace MathForML.Kata.SourceCode;

/// <summary>The full names of the types a C# file declares (top-level types of a file-scoped or block namespace).</summary>
internal static class DeclaredTypes
{
    private static readonly HashSet<string> TypeKeywords = new(StringComparer.Ordinal) { "class", "struct", "record", "interface" };

    public static IReadOnlyList<string> In(string source, string fallbackNamespace)
    {
        var tokens = CSharpTokens.Tokenize(source);
        var @namespace = fallbackNamespace;
        var names = new List<string>();
        for (var i = 0; i < tokens.Count - 1; i++)
        {
            if (tokens[i] == "namespace")
            {
                var parts = tokens.Skip(i + 1).TakeWhile(t => t != ";" && t != "{").ToList();
                @namespace = string.Concat(parts);
                continue;
            }

            if (!TypeKeywords.Contains(tokens[i]))
            {
                continue;
            }

            // "record class Name", "record struct Name"; a constraint such as "where T : class" is followed by no name.
            var next = i + 1;
            if (tokens[i] == "record" && tokens[next] is "class" or "struct")
            {
                next++;
            }

            if (next < tokens.Count && IsIdentifier(tokens[next]) && !TypeKeywords.Contains(tokens[next]))
            {
                var name = $"{@namespace}.{tokens[next]}";
                if (!names.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static bool IsIdentifier(string token) => token.Length > 0 && (char.IsLetter(token[0]) || token[0] == '_');
}
