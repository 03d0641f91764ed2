namespace MathForML.Kata.Workbook;

/// <summary>Finds the one project file a topic folder is expected to hold.</summary>
internal static class ProjectFiles
{
    /// <summary>The single *.csproj directly in <paramref name="folder"/>, or why there is none (a phrase to follow the folder: "has no *.csproj in it").</summary>
    public static ProjectLookup FindSingle(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return new ProjectLookup(null, "does not exist");
        }

        var projects = Directory.GetFiles(folder, "*.csproj", SearchOption.TopDirectoryOnly);
        return projects.Length switch
        {
            1 => new ProjectLookup(projects[0], null),
            0 => new ProjectLookup(null, "has no *.csproj in it"),
            _ => new ProjectLookup(null, $"has {projects.Length} *.csproj files in it (expected one)"),
        };
    }
}

internal sealed record ProjectLookup(string? Path, string? Problem);
