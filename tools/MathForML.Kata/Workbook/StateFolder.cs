namespace MathForML.Kata.Workbook;

/// <summary>The tool's local state folder (.kata/), which must never end up in a commit.</summary>
internal static class StateFolder
{
    /// <summary>
    /// Creates .kata/ with a .gitignore of its own: the repository ignores the folder already, but a copy of the
    /// workbook with another .gitignore must not start tracking progress files and backups either.
    /// </summary>
    public static void Ensure(WorkbookRoot root)
    {
        Directory.CreateDirectory(root.StateFolder);
        var ignore = Path.Combine(root.StateFolder, ".gitignore");
        if (!File.Exists(ignore))
        {
            File.WriteAllText(ignore, "# Written by the kata tool: local progress and backups, never committed.\n*\n");
        }
    }
}
