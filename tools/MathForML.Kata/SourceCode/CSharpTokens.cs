namespace MathForML.Kata.SourceCode;

/// <summary>
/// A small C# lexer, just enough to look at the shape of a file: comments, preprocessor lines and whitespace are
/// dropped, every string or character literal (regular, verbatim, interpolated, raw) becomes one placeholder token,
/// identifiers and numbers are whole tokens, "=>" is one token and any other character is a token of its own.
/// </summary>
internal static class CSharpTokens
{
    public const string StringToken = "\"\"";
    public const string CharToken = "''";
    public const string NumberToken = "0";

    public static List<string> Tokenize(string source)
    {
        var tokens = new List<string>();
        var i = 0;
        var lineStart = true;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '\n')
            {
                lineStart = true;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c == '#' && lineStart)
            {
                i = EndOfLine(source, i);
                continue;
            }

            lineStart = false;
            if (c == '/' && At(source, i + 1) == '/')
            {
                i = EndOfLine(source, i);
            }
            else if (c == '/' && At(source, i + 1) == '*')
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end + 2;
            }
            else if (StringLiteralEnd(source, i) is { } stringEnd)
            {
                tokens.Add(StringToken);
                i = stringEnd;
            }
            else if (c == '\'')
            {
                tokens.Add(CharToken);
                i = CharLiteralEnd(source, i);
            }
            else if (char.IsLetter(c) || c == '_' || (c == '@' && At(source, i + 1) is { } next && (char.IsLetter(next) || next == '_')))
            {
                var start = c == '@' ? i + 1 : i;
                i = start;
                while (i < source.Length && (char.IsLetterOrDigit(source[i]) || source[i] == '_'))
                {
                    i++;
                }

                tokens.Add(source[start..i]);
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < source.Length && (char.IsAsciiLetterOrDigit(source[i]) || source[i] is '_' or '.'))
                {
                    i++;
                }

                tokens.Add(NumberToken);
            }
            else if (c == '=' && At(source, i + 1) == '>')
            {
                tokens.Add("=>");
                i += 2;
            }
            else
            {
                tokens.Add(c.ToString());
                i++;
            }
        }

        return tokens;
    }

    private static char? At(string source, int index) => index < source.Length ? source[index] : null;

    private static int EndOfLine(string source, int index)
    {
        var end = source.IndexOf('\n', index);
        return end < 0 ? source.Length : end;
    }

    /// <summary>The index just past a string literal starting at <paramref name="start"/>, or null if none starts there.</summary>
    private static int? StringLiteralEnd(string source, int start)
    {
        var i = start;
        var dollars = 0;
        var verbatim = false;
        while (i < source.Length && (source[i] == '$' || source[i] == '@'))
        {
            if (source[i] == '$')
            {
                dollars++;
            }
            else
            {
                verbatim = true;
            }

            i++;
        }

        if (At(source, i) != '"' || (i > start && i - start > dollars + (verbatim ? 1 : 0)))
        {
            return null;
        }

        // Raw string: three or more quotes, closed by the same number.
        var quotes = 0;
        while (At(source, i + quotes) == '"')
        {
            quotes++;
        }

        if (quotes >= 3)
        {
            var closing = new string('"', quotes);
            var end = source.IndexOf(closing, i + quotes, StringComparison.Ordinal);
            return end < 0 ? source.Length : end + quotes;
        }

        i++; // the opening quote
        while (i < source.Length)
        {
            var c = source[i];
            if (verbatim && c == '"' && At(source, i + 1) == '"')
            {
                i += 2;
            }
            else if (!verbatim && c == '\\')
            {
                i += 2;
            }
            else if (c == '"')
            {
                return i + 1;
            }
            else if (dollars > 0 && c == '{' && At(source, i + 1) == '{')
            {
                i += 2;
            }
            else if (dollars > 0 && c == '{')
            {
                i = InterpolationHoleEnd(source, i + 1);
            }
            else if (!verbatim && c == '\n')
            {
                return i; // an unterminated string: stop at the line's end
            }
            else
            {
                i++;
            }
        }

        return source.Length;
    }

    private static int InterpolationHoleEnd(string source, int index)
    {
        var depth = 1;
        var i = index;
        while (i < source.Length && depth > 0)
        {
            if (StringLiteralEnd(source, i) is { } nestedEnd)
            {
                i = nestedEnd;
                continue;
            }

            depth += source[i] switch
            {
                '{' => 1,
                '}' => -1,
                _ => 0,
            };
            i++;
        }

        return i;
    }

    private static int CharLiteralEnd(string source, int start)
    {
        var i = start + 1;
        while (i < source.Length && source[i] != '\'' && source[i] != '\n')
        {
            i += source[i] == '\\' ? 2 : 1;
        }

        return Math.Min(source.Length, i + 1);
    }
}
