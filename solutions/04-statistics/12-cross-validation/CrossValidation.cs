namespace MathForML.Statistics;

/// <summary>
/// Reference solution: splits built from one shuffle each — a cut for train/test, consecutive pieces for k-fold, and
/// dealing the class-by-class shuffled samples to the folds like cards for stratified k-fold.
/// </summary>
public static class CrossValidation
{
    /// <summary>The first round(f·n) entries of a shuffle are the test set, the rest the train set.</summary>
    public static (int[] Train, int[] Test) TrainTestSplit(int n, double testFraction, Random random)
    {
        // A null random is rejected by the shuffle.
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!(testFraction > 0 && testFraction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(testFraction), testFraction, "The test fraction must lie strictly between 0 and 1.");
        }

        var testSize = (int)Math.Round(testFraction * n, MidpointRounding.AwayFromZero);
        if (testSize == 0 || testSize == n)
        {
            throw new ArgumentException(
                $"A test fraction of {testFraction} of {n} samples gives {testSize} test samples: the {(testSize == 0 ? "test" : "train")} set would be empty.",
                nameof(testFraction));
        }

        var order = SamplingSchemes.Permutation(n, random);
        return (Sorted(order[testSize..]), Sorted(order[..testSize]));
    }

    /// <summary>k consecutive pieces of a shuffle, the first n mod k one larger.</summary>
    public static Fold[] KFold(int n, int k, Random random)
    {
        CheckFolds(n, k); // a null random is rejected by the shuffle
        var order = SamplingSchemes.Permutation(n, random);
        var folds = new Fold[k];
        var start = 0;
        for (var j = 0; j < k; j++)
        {
            // n = q·k + s: the first s folds take q + 1 samples, the others q, so sizes differ by at most 1.
            var size = (n / k) + (j < n % k ? 1 : 0);
            folds[j] = FoldOf(n, order[start..(start + size)]);
            start += size;
        }

        return folds;
    }

    /// <summary>Each class's members shuffled, the classes lined up in order of first appearance, position p dealt to fold p mod k.</summary>
    public static Fold[] StratifiedKFold(int[] labels, int k, Random random)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var n = labels.Length;
        CheckFolds(n, k); // k ≥ 2 samples, so there is a class to shuffle, and the shuffle rejects a null random
        var lineUp = new List<int>(n);
        foreach (var members in Enumerable.Range(0, n).GroupBy(i => labels[i]))
        {
            var indices = members.ToArray();
            lineUp.AddRange(SamplingSchemes.Permutation(indices.Length, random).Select(p => indices[p]));
        }

        // Dealing one line-up round-robin gives every fold ⌊·/k⌋ or ⌈·/k⌉ of each class's consecutive run, and
        // the first n mod k folds one extra sample overall.
        var validation = Enumerable.Range(0, k).Select(_ => new List<int>()).ToArray();
        for (var p = 0; p < n; p++)
        {
            validation[p % k].Add(lineUp[p]);
        }

        return [.. validation.Select(v => FoldOf(n, [.. v]))];
    }

    private static void CheckFolds(int n, int k)
    {
        if (k < 2 || k > n)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"The number of folds must lie between 2 and the number of samples, {n}.");
        }
    }

    /// <summary>The fold validating on the given indices and training on all the others.</summary>
    private static Fold FoldOf(int n, int[] validation)
    {
        var inValidation = new bool[n];
        foreach (var i in validation)
        {
            inValidation[i] = true;
        }

        return new Fold([.. Enumerable.Range(0, n).Where(i => !inValidation[i])], Sorted(validation));
    }

    private static int[] Sorted(int[] indices)
    {
        var copy = (int[])indices.Clone();
        Array.Sort(copy);
        return copy;
    }
}
