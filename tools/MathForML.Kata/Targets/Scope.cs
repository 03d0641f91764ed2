using MathForML.Kata.Catalog;

namespace MathForML.Kata.Targets;

/// <summary>What a command works on: whole topics, or one kata of one topic (then <see cref="Kata"/> names it).</summary>
internal sealed record Scope(IReadOnlyList<TopicScope> Topics, bool IsEverything, string Description, KataEntry? Kata = null)
{
    public static Scope Everything(KataCatalog catalog) =>
        new(catalog.Topics.Select(t => new TopicScope(t, t.Katas)).ToList(), true, "the whole workbook");

    public IEnumerable<KataEntry> Katas => Topics.SelectMany(t => t.Katas);
}

/// <summary>A topic and the katas of it in scope (all of them unless a single kata was targeted).</summary>
internal sealed record TopicScope(Topic Topic, IReadOnlyList<KataEntry> Katas)
{
    public bool IsWholeTopic => Katas.Count == Topic.Katas.Count;
}
