using MathForML.Kata.Catalog;
using MathForML.Kata.Cli;

namespace MathForML.Kata.Targets;

/// <summary>
/// Turns the optional target argument into a scope: a topic folder ("00-prerequisites"), a topic short name
/// ("prerequisites"), a kata id ("prerequisites/grids") or a kata's short name when only one kata has it ("grids").
/// </summary>
internal static class TargetResolver
{
    private const int MaxSuggestions = 3;

    public static Scope Resolve(KataCatalog catalog, string? target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return Scope.Everything(catalog);
        }

        var wanted = target.Trim().Replace('\\', '/').TrimEnd('/');
        var topic = catalog.Topics.FirstOrDefault(t => Same(t.Folder, wanted))
            ?? catalog.Topics.FirstOrDefault(t => Same(t.ShortName, wanted));
        if (topic is not null)
        {
            return ForTopic(topic);
        }

        var kata = catalog.Katas.FirstOrDefault(k => Same(k.Id, wanted));
        if (kata is not null)
        {
            return ForKata(kata);
        }

        // "00-prerequisites/grids" names the topic by its folder.
        var slash = wanted.IndexOf('/', StringComparison.Ordinal);
        kata = slash < 0 ? null : catalog.Katas.FirstOrDefault(k => Same(k.Topic.Folder, wanted[..slash]) && Same(k.ShortName, wanted[(slash + 1)..]));
        if (kata is not null)
        {
            return ForKata(kata);
        }

        var byShortName = catalog.Katas.Where(k => Same(k.ShortName, wanted)).ToList();
        return byShortName.Count switch
        {
            1 => ForKata(byShortName[0]),
            > 1 => throw new UsageException(
                $"'{target}' is the name of several katas: {string.Join(", ", byShortName.Select(k => k.Id))}. Use the full kata id."),
            _ => throw new UsageException(UnknownTargetMessage(catalog, target)),
        };
    }

    public static string UnknownTargetMessage(KataCatalog catalog, string target)
    {
        var suggestions = Suggest(catalog, target.Trim());
        return suggestions.Count == 0
            ? $"Unknown kata or topic '{target}'. Run '{KataCommand.With("list")}' to see every kata."
            : $"Unknown kata or topic '{target}'. Did you mean: {string.Join(", ", suggestions)}?";
    }

    /// <summary>
    /// Up to three names closest to <paramref name="target"/>, nearest first: within a third of its length in edit
    /// distance and not much further than the best match. A name the target is the beginning of counts as close.
    /// </summary>
    public static IReadOnlyList<string> Suggest(KataCatalog catalog, string target)
    {
        // Each candidate is shown by its canonical name but matched against every name it can be called by.
        var candidates = catalog.Topics
            .Select(t => (Shown: t.ShortName, Names: new[] { t.Folder, t.ShortName }))
            .Concat(catalog.Katas.Select(k => (Shown: k.Id, Names: new[] { k.Id, k.ShortName })))
            .Select((c, order) => (c.Shown, Order: order, Distance: c.Names.Min(n => Distance(target, n))))
            .Where(c => c.Distance <= Math.Max(2, target.Length / 3))
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var best = candidates.Min(c => c.Distance);
        return candidates
            .Where(c => c.Distance <= best + 1)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Order)
            .Select(c => c.Shown)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .ToList();
    }

    private static int Distance(string target, string name) =>
        target.Length >= 3 && name.StartsWith(target, StringComparison.OrdinalIgnoreCase) && name.Length > target.Length
            ? 1
            : EditDistance.Between(target, name);

    private static Scope ForTopic(Topic topic) =>
        new([new TopicScope(topic, topic.Katas)], false, $"topic {topic.Folder}");

    private static Scope ForKata(KataEntry kata) =>
        new([new TopicScope(kata.Topic, [kata])], false, $"kata {kata.Id}", kata);

    /// <summary>
    /// Resolves a target that must name one kata (hint, reset, compare, watch). A topic is a usage error that lists the
    /// topic's katas, so the learner can pick one.
    /// </summary>
    public static KataEntry ResolveKata(KataCatalog catalog, string target, string command)
    {
        var scope = Resolve(catalog, target);
        if (scope.Kata is not null)
        {
            return scope.Kata;
        }

        var topic = scope.Topics.Single().Topic;
        var katas = topic.Katas.Count == 0 ? "it has no katas yet" : "its katas are " + string.Join(", ", topic.Katas.Select(k => k.Id));
        throw new UsageException($"'{command}' needs a kata, and '{target}' is the topic {topic.Folder}: {katas}.");
    }

    /// <summary>Resolves a topic by folder or short name; anything else is a usage error suggesting the nearest topics.</summary>
    public static Topic ResolveTopic(KataCatalog catalog, string target)
    {
        var wanted = target.Trim().Replace('\\', '/').TrimEnd('/');
        var topic = catalog.Topics.FirstOrDefault(t => Same(t.Folder, wanted)) ?? catalog.Topics.FirstOrDefault(t => Same(t.ShortName, wanted));
        if (topic is not null)
        {
            return topic;
        }

        var suggestions = catalog.Topics
            .Select((t, order) => (t.ShortName, Order: order, Distance: Math.Min(Distance(wanted, t.Folder), Distance(wanted, t.ShortName))))
            .Where(t => t.Distance <= Math.Max(2, wanted.Length / 3))
            .OrderBy(t => t.Distance)
            .ThenBy(t => t.Order)
            .Select(t => t.ShortName)
            .Take(MaxSuggestions)
            .ToList();
        var topics = string.Join(", ", catalog.Topics.Select(t => t.ShortName));
        throw new UsageException(suggestions.Count > 0
            ? $"Unknown topic '{target}'. Did you mean: {string.Join(", ", suggestions)}?"
            : $"Unknown topic '{target}'. The topics are: {topics}.");
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
