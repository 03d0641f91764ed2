namespace MathForML.Kata.Catalog;

/// <summary>The kata catalog: topics in learning order, each with its katas in learning order.</summary>
internal sealed class KataCatalog(IReadOnlyList<Topic> topics)
{
    public IReadOnlyList<Topic> Topics { get; } = topics;

    /// <summary>Every kata of every topic, in catalog (learning) order.</summary>
    public IEnumerable<KataEntry> Katas => Topics.SelectMany(t => t.Katas);

    public IEnumerable<string> CurriculumIds => Topics.SelectMany(t => t.Curriculum).Select(c => c.Id);
}

internal sealed class Topic(string folder, string title, string @namespace, IReadOnlyList<CurriculumItem> curriculum)
{
    private readonly List<KataEntry> katas = [];

    public string Folder { get; } = folder;

    public string Title { get; } = title;

    public string Namespace { get; } = @namespace;

    public IReadOnlyList<CurriculumItem> Curriculum { get; } = curriculum;

    public IReadOnlyList<KataEntry> Katas => katas;

    /// <summary>The folder without its "NN-" ordering prefix: the first part of every kata id.</summary>
    public string ShortName => ShortNameOf(Folder);

    public static string ShortNameOf(string folder)
    {
        var dash = folder.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && folder[..dash].All(char.IsAsciiDigit) ? folder[(dash + 1)..] : folder;
    }

    internal void Add(KataEntry kata) => katas.Add(kata);

    public override string ToString() => Folder;
}

internal sealed record CurriculumItem(string Id, string Summary);

internal sealed class KataEntry
{
    public required Topic Topic { get; init; }

    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Level { get; init; }

    public required IReadOnlyList<string> Covers { get; init; }

    public required string Stub { get; init; }

    public required string Fixture { get; init; }

    public required IReadOnlyList<string> Hints { get; init; }

    /// <summary>The kata's position in its topic, from 1: the learning order, and the number of its folder.</summary>
    public required int Number { get; init; }

    /// <summary>The kata's folder inside its topic: "21-svd" for the 21st kata, "linear-algebra/svd".</summary>
    public string FolderName => $"{Number:00}-{ShortName}";

    /// <summary>The part of the id after the topic: "grids" for "prerequisites/grids".</summary>
    public string ShortName => Id.Contains('/', StringComparison.Ordinal) ? Id[(Id.LastIndexOf('/') + 1)..] : Id;

    /// <summary>The test class's full name, as test runners report it.</summary>
    public string FixtureFullName => $"{Topic.Namespace}.Tests.{Fixture}";

    public override string ToString() => Id;
}
