using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace MathForML.Kata.Cli;

/// <summary>Writes machine-readable output straight to the console's writer, never through Spectre's line wrapping.</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Titles hold Σ, ≤ and friends: keep them readable instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(IAnsiConsole console, T value)
    {
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
        writer.Flush();
    }
}
