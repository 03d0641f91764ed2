using System.Text;
using System.Text.Json;

namespace MathForML.Kata.Scaffold;

/// <summary>The fields of a catalog entry, in the catalog's order.</summary>
internal sealed record NewCatalogEntry(
    string Id, string Title, string Level, IReadOnlyList<string> Covers, string Stub, string Fixture, IReadOnlyList<string> Hints);

/// <summary>
/// Adds a kata to a topic of katas/catalog.json by inserting text, so that every other byte of the file (its
/// indentation, its line endings, its unescaped Σ and 𝟙) stays exactly as it was. The JSON is only read to find where
/// the topic's "katas" array ends.
/// </summary>
internal static class CatalogEditor
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>The catalog text with <paramref name="entry"/> appended to the katas of <paramref name="folder"/>.</summary>
    public static string AddKata(string catalogText, string folder, NewCatalogEntry entry)
    {
        var bytes = Encoding.UTF8.GetBytes(catalogText);
        var offset = bytes.AsSpan().StartsWith(Bom) ? Bom.Length : 0;
        var array = FindKatasArray(bytes.AsSpan(offset), folder)
            ?? throw new InvalidOperationException($"katas/catalog.json has no topic with \"folder\": \"{folder}\" and a \"katas\" array.");
        var newline = catalogText.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var text = Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset);

        // Byte offsets become character offsets by decoding the prefix (the file may hold multi-byte characters).
        int Chars(long byteIndex) => Encoding.UTF8.GetCharCount(bytes, offset, (int)byteIndex);
        var propertyIndent = IndentOfLineAt(text, Chars(array.PropertyStart));
        string result;
        if (array.LastElementEnd is { } lastEnd)
        {
            var elementIndent = IndentOfLineAt(text, Chars(array.FirstElementStart!.Value));
            var at = Chars(lastEnd);
            result = text[..at] + "," + newline + Format(entry, elementIndent, newline) + text[at..];
        }
        else
        {
            var start = Chars(array.Start);
            var end = Chars(array.End) + 1;
            var elementIndent = propertyIndent + "  ";
            result = text[..start] + "[" + newline + Format(entry, elementIndent, newline) + newline + propertyIndent + "]" + text[end..];
        }

        return (offset > 0 ? "\uFEFF" : "") + result;
    }

    /// <summary>The entry as the catalog writes it: one property a line, arrays one item a line, two-space steps.</summary>
    internal static string Format(NewCatalogEntry entry, string indent, string newline)
    {
        var inner = indent + "  ";
        var lines = new List<string>
        {
            indent + "{",
            $"{inner}\"id\": {Quote(entry.Id)},",
            $"{inner}\"title\": {Quote(entry.Title)},",
            $"{inner}\"level\": {Quote(entry.Level)},",
        };
        lines.AddRange(Array("covers", entry.Covers, inner, newline, last: false));
        lines.Add($"{inner}\"stub\": {Quote(entry.Stub)},");
        lines.Add($"{inner}\"fixture\": {Quote(entry.Fixture)},");
        lines.AddRange(Array("hints", entry.Hints, inner, newline, last: true));
        lines.Add(indent + "}");
        return string.Join(newline, lines);
    }

    private static IEnumerable<string> Array(string name, IReadOnlyList<string> values, string indent, string newline, bool last)
    {
        var comma = last ? "" : ",";
        if (values.Count == 0)
        {
            yield return $"{indent}\"{name}\": []{comma}";
            yield break;
        }

        yield return $"{indent}\"{name}\": [";
        for (var i = 0; i < values.Count; i++)
        {
            yield return $"{indent}  {Quote(values[i])}{(i < values.Count - 1 ? "," : "")}";
        }

        yield return $"{indent}]{comma}";
    }

    /// <summary>A JSON string that escapes only what JSON requires: quotes, backslashes and control characters.</summary>
    internal static string Quote(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static string IndentOfLineAt(string text, int index)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var indent = 0;
        while (lineStart + indent < text.Length && text[lineStart + indent] is ' ' or '\t')
        {
            indent++;
        }

        return text.Substring(lineStart, indent);
    }

    private sealed record ArrayPosition(long PropertyStart, long Start, long End, long? FirstElementStart, long? LastElementEnd);

    private static ArrayPosition? FindKatasArray(ReadOnlySpan<byte> json, string folder)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isTopics = reader.ValueTextEquals("topics"u8);
            reader.Read();
            if (!isTopics || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                if (ReadTopic(ref reader, folder) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>Reads one topic object; returns its katas array's position when the topic is <paramref name="folder"/>.</summary>
    private static ArrayPosition? ReadTopic(ref Utf8JsonReader reader, string folder)
    {
        string? topicFolder = null;
        ArrayPosition? katas = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var propertyStart = reader.TokenStartIndex;
            var name = reader.GetString();
            reader.Read();
            if (name == "folder" && reader.TokenType == JsonTokenType.String)
            {
                topicFolder = reader.GetString();
            }
            else if (name == "katas" && reader.TokenType == JsonTokenType.StartArray)
            {
                var start = reader.TokenStartIndex;
                long? first = null;
                long? lastEnd = null;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    first ??= reader.TokenStartIndex;
                    reader.Skip();
                    lastEnd = reader.BytesConsumed;
                }

                katas = new ArrayPosition(propertyStart, start, reader.TokenStartIndex, first, lastEnd);
            }
            else
            {
                reader.Skip();
            }
        }

        return topicFolder == folder ? katas : null;
    }
}
