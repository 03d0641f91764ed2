using MathForML.Kata.Catalog;
using MathForML.Kata.Progress;

namespace MathForML.Kata.Hints;

/// <summary>Which hints to show for a requested level, and how many remain.</summary>
internal sealed record HintSelection(KataEntry Kata, IReadOnlyList<string> Shown, int Remaining)
{
    /// <summary>Hints 1..<paramref name="level"/> (as many as exist).</summary>
    public static HintSelection For(KataEntry kata, int level)
    {
        var shown = kata.Hints.Take(Math.Max(1, level)).ToList();
        return new HintSelection(kata, shown, kata.Hints.Count - shown.Count);
    }

    /// <summary>
    /// The next kata by the last stored progress run: the first in catalog order not recorded as done (a kata the
    /// store does not know counts as not done). Null when the store says everything is done.
    /// </summary>
    public static KataEntry? NextFromStore(KataCatalog catalog, StoredProgress stored) =>
        catalog.Katas.FirstOrDefault(k =>
            !stored.Katas.TryGetValue(k.Id, out var known) || known.Status != KataStatus.Done.Name());
}
