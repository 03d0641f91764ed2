namespace MathForML.Statistics;

/// <summary>
/// Validation splits as index sets into a data set of n samples 0 … n − 1: a shuffled train/test split, k-fold
/// cross-validation, and stratified k-fold, which keeps every class's share in every fold.
/// </summary>
/// <remarks>
/// All randomness comes from the <see cref="Random"/> passed in (a shuffle such as
/// <see cref="SamplingSchemes.Permutation"/>), so a seed fixes the result. Every returned index array is in ascending
/// order. Bad input: null → <see cref="ArgumentNullException"/>; k or a fraction out of range →
/// <see cref="ArgumentOutOfRangeException"/>; a split that would leave one side empty → <see cref="ArgumentException"/>
/// with "empty".
/// Lesson: katas/04-statistics/12-cross-validation/README.md
/// </remarks>
public static class CrossValidation
{
    /// <summary>
    /// A shuffled train/test split of n samples: the test set has m = round(f·n) samples, halves rounded away from zero
    /// (f = 0.25 of 10 gives 3, f = 0.33 of 10 gives 3), chosen uniformly at random; the train set is the rest.
    /// </summary>
    /// <param name="n">The number of samples.</param>
    /// <param name="testFraction">f, strictly between 0 and 1.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The train and test indices, disjoint, together 0 … n − 1, each ascending.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// n is negative; f is not strictly between 0 and 1, or is NaN ("between 0 and 1").
    /// </exception>
    /// <exception cref="ArgumentException">m is 0 or n, so one side would be empty ("empty", naming the side: "test set" or "train set").</exception>
    public static (int[] Train, int[] Test) TrainTestSplit(int n, double testFraction, Random random)
    {
        // TODO: shuffle 0 … n − 1 and cut it.
        throw new NotImplementedException("TODO CrossValidation.TrainTestSplit: return a shuffled split with round(f·n) test indices.");
    }

    /// <summary>
    /// k-fold cross-validation of n samples in shuffled order: k folds whose validation sets partition 0 … n − 1 (every
    /// sample validated exactly once), the first n mod k of size ⌈n/k⌉ and the others ⌊n/k⌋, each fold's train set the
    /// complement of its validation set.
    /// </summary>
    /// <param name="n">The number of samples.</param>
    /// <param name="k">The number of folds, 2 ≤ k ≤ n.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>k folds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">k &lt; 2 or k &gt; n ("folds").</exception>
    public static Fold[] KFold(int n, int k, Random random)
    {
        // TODO: shuffle, then cut into k consecutive pieces whose sizes differ by at most 1.
        throw new NotImplementedException("TODO CrossValidation.KFold: return k folds whose validation sets partition 0 … n − 1.");
    }

    /// <summary>
    /// Stratified k-fold: as <see cref="KFold"/> (every sample validated once, the first n mod k folds one larger), and
    /// in addition every class c with n_c members has ⌊n_c/k⌋ or ⌈n_c/k⌉ of them in each validation set, the members of
    /// each class shuffled. A class with fewer than k members is allowed: it is missing from some folds.
    /// </summary>
    /// <param name="labels">The class of each sample (any integers), n = labels.Length.</param>
    /// <param name="k">The number of folds, 2 ≤ k ≤ n.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>k folds.</returns>
    /// <exception cref="ArgumentOutOfRangeException">k &lt; 2 or k &gt; n ("folds").</exception>
    public static Fold[] StratifiedKFold(int[] labels, int k, Random random)
    {
        // TODO: shuffle within each class, line the classes up, and deal the samples to the folds like cards.
        throw new NotImplementedException("TODO CrossValidation.StratifiedKFold: return k folds that keep every class's share.");
    }
}
