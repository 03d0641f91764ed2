namespace MathForML.CaseStudies;

/// <summary>Reference solution: entropy, Gini impurity, split gains and the best decision stump.</summary>
public static class DecisionStump
{
    /// <summary>A later candidate must beat the best gain by more than this to replace it (ties keep the earlier split).</summary>
    private const double TieMargin = 1e-12;

    /// <summary>H = −Σ p log₂ p in bits.</summary>
    public static double Entropy(int[] counts)
    {
        var n = Total(counts, nameof(counts));
        var entropy = 0.0;
        foreach (var count in counts)
        {
            if (count > 0)
            {
                // 0·log 0 = 0: classes that do not occur are skipped, never evaluated as 0·(−∞) = NaN.
                var p = (double)count / n;
                entropy -= p * Math.Log2(p);
            }
        }

        return entropy;
    }

    /// <summary>G = 1 − Σ p².</summary>
    public static double GiniImpurity(int[] counts)
    {
        var n = Total(counts, nameof(counts));
        var sumOfSquares = 0.0;
        foreach (var count in counts)
        {
            var p = (double)count / n;
            sumOfSquares += p * p;
        }

        return 1 - sumOfSquares;
    }

    /// <summary>I(parent) − Σ (n_child/n)·I(child).</summary>
    public static double Gain(int[] left, int[] right, SplitCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Length != right.Length)
        {
            throw new ArgumentException($"The children have counts of different length ({left.Length} and {right.Length}).", nameof(right));
        }

        var (nLeft, nRight) = (CountOrZero(left, nameof(left)), CountOrZero(right, nameof(right)));
        var parent = new int[left.Length];
        for (var c = 0; c < parent.Length; c++)
        {
            parent[c] = left[c] + right[c];
        }

        var n = (double)Total(parent, nameof(left));
        var gain = Impurity(parent, criterion);
        if (nLeft > 0)
        {
            gain -= nLeft / n * Impurity(left, criterion);
        }

        if (nRight > 0)
        {
            gain -= nRight / n * Impurity(right, criterion);
        }

        return gain;
    }

    /// <summary>The split of largest gain over every feature and every midpoint between distinct values.</summary>
    public static StumpSplit BestSplit(double[,] features, int[] labels, int classes, SplitCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        var (n, d) = (features.GetLength(0), features.GetLength(1));
        if (n == 0 || d == 0)
        {
            throw new ArgumentException("There are no samples or no features (empty).", nameof(features));
        }

        if (labels.Length != n)
        {
            throw new ArgumentException($"There are {labels.Length} labels for {n} samples: the length must match.", nameof(labels));
        }

        if (labels.Any(label => label < 0 || label >= classes))
        {
            throw new ArgumentException($"A label is out of range: every label must be in 0 … classes − 1 (classes = {classes}).", nameof(labels));
        }

        foreach (var value in features)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException("Every feature value must be finite.", nameof(features));
            }
        }

        StumpSplit? best = null;
        for (var j = 0; j < d; j++)
        {
            var order = Enumerable.Range(0, n).OrderBy(i => features[i, j]).ToArray();
            var left = new int[classes];
            var right = new int[classes];
            foreach (var label in labels)
            {
                right[label]++;
            }

            // Sweep: move the samples one by one from right to left; a threshold sits only between distinct values.
            for (var k = 0; k < n - 1; k++)
            {
                var label = labels[order[k]];
                left[label]++;
                right[label]--;
                var (a, b) = (features[order[k], j], features[order[k + 1], j]);
                if (a == b)
                {
                    continue;
                }

                var gain = Gain(left, right, criterion);
                if (best is null || gain > best.Gain + TieMargin)
                {
                    // a + (b − a)/2 rather than (a + b)/2: the sum of two large values can overflow.
                    best = new StumpSplit(j, a + ((b - a) / 2), gain, Majority(left), Majority(right));
                }
            }
        }

        return best ?? throw new ArgumentException("No feature has two distinct values, so no split exists.", nameof(features));
    }

    private static double Impurity(int[] counts, SplitCriterion criterion) =>
        criterion == SplitCriterion.Gini ? GiniImpurity(counts) : Entropy(counts);

    /// <summary>The most frequent class, the smallest label on a tie.</summary>
    private static int Majority(int[] counts)
    {
        var best = 0;
        for (var c = 1; c < counts.Length; c++)
        {
            if (counts[c] > counts[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>The sum of the counts, which may be 0 (an empty child).</summary>
    private static int CountOrZero(int[] counts, string name)
    {
        var n = 0;
        foreach (var count in counts)
        {
            if (count < 0)
            {
                throw new ArgumentException("A class count is negative.", name);
            }

            n += count;
        }

        return n;
    }

    /// <summary>The sum of the counts, which must be positive.</summary>
    private static int Total(int[] counts, string name)
    {
        ArgumentNullException.ThrowIfNull(counts, name);
        var n = CountOrZero(counts, name);
        return n == 0 ? throw new ArgumentException("The counts are all zero: the node is empty.", name) : n;
    }
}
