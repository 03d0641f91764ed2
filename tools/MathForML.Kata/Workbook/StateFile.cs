using System.Text.Json;

namespace MathForML.Kata.Workbook;

/// <summary>
/// Reading and writing the tool's JSON files in .kata/ so that they can never break it: a file that cannot be read
/// (corrupt, truncated, written by something else) is moved aside with a one-line warning naming the backup, and a
/// file is replaced in one move, so a reader never sees half of it and two runs never write the same temporary file.
/// </summary>
internal static class StateFile
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>The file's content, or null when it does not exist or was unreadable (then moved aside, with a warning).</summary>
    public static T? Load<T>(WorkbookRoot root, string path, TextWriter warnings, Func<T, bool>? isValid = null) where T : class
    {
        string text;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // unreadable for now (locked, permissions): not a reason to move it
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(text, Options);
            if (value is not null && (isValid?.Invoke(value) ?? true))
            {
                return value;
            }
        }
        catch (JsonException)
        {
        }

        MoveAside(root, path, warnings);
        return null;
    }

    /// <summary>Writes the value atomically; false when the folder is not writable (the state is only a convenience).</summary>
    public static bool Save<T>(WorkbookRoot root, string path, T value)
    {
        try
        {
            StateFolder.Ensure(root);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(value, Options));
            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void MoveAside(WorkbookRoot root, string path, TextWriter warnings)
    {
        var backup = $"{path}.unreadable-{DateTimeOffset.Now:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
        try
        {
            File.Move(path, backup);
            warnings.WriteLine($"Warning: {root.Relative(path)} could not be read; moved it to {root.Relative(backup)} and started afresh.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.WriteLine($"Warning: {root.Relative(path)} could not be read and could not be moved aside ({e.Message}); ignoring it.");
        }
    }
}
