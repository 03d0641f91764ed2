namespace MathForML.Statistics;

/// <summary>
/// Reference solution: Fisher–Yates shuffles, sampling without replacement by a partial shuffle, stratified sampling
/// class by class, and reservoir sampling (Algorithm R) of a stream of unknown length.
/// </summary>
public static class SamplingSchemes
{
    /// <summary>A uniformly random permutation of 0 … n − 1 (Fisher–Yates).</summary>
    public static int[] Permutation(int n, Random random) => SampleWithoutReplacement(n, n, random); // which rejects a negative n

    /// <summary>k distinct indices from 0 … n − 1, every k-subset (and order) equally likely: a partial Fisher–Yates shuffle.</summary>
    public static int[] SampleWithoutReplacement(int n, int k, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (k < 0 || k > n)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must lie between 0 and n = {n}: a sample without replacement cannot be larger than the population.");
        }

        var items = Enumerable.Range(0, n).ToArray();
        for (var i = 0; i < k; i++)
        {
            // Position i receives a uniformly chosen item among those not yet placed: indices i … n − 1.
            var j = random.Next(i, n);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items[..k];
    }

    /// <summary>From each class with nc members, round(fraction · nc) of them chosen uniformly; the indices in ascending order.</summary>
    public static int[] StratifiedSample(int[] labels, double fraction, Random random)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(random);
        if (double.IsNaN(fraction) || fraction <= 0 || fraction > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "The fraction must lie in (0, 1].");
        }

        var chosen = new List<int>();
        foreach (var members in labels.Select((label, index) => (label, index)).GroupBy(p => p.label))
        {
            var indices = members.Select(p => p.index).ToArray();
            var take = (int)Math.Round(fraction * indices.Length, MidpointRounding.AwayFromZero);
            chosen.AddRange(SampleWithoutReplacement(indices.Length, take, random).Select(i => indices[i]));
        }

        chosen.Sort();
        return [.. chosen];
    }

    /// <summary>k items of a stream chosen uniformly in one pass and O(k) memory (Algorithm R), in reservoir order.</summary>
    public static int[] Reservoir(IEnumerable<int> stream, int k, Random random)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var reservoir = new List<int>(k);
        var seen = 0;
        foreach (var item in stream)
        {
            seen++;
            if (reservoir.Count < k)
            {
                reservoir.Add(item);
                continue;
            }

            // The seen-th item enters with probability k/seen, replacing a uniformly chosen slot.
            var j = random.Next(seen);
            if (j < k)
            {
                reservoir[j] = item;
            }
        }

        return [.. reservoir];
    }
}
