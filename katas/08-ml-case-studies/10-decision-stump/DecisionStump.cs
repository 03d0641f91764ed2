namespace MathForML.CaseStudies;

/// <summary>
/// A decision stump: the impurity of a node's labels (entropy H in bits, Gini impurity G), the gain of splitting it in
/// two, and the single best split "x[j] ≤ t" of a labelled data set.
/// </summary>
/// <remarks>
/// Label counts are arrays <c>counts[c]</c> = how many samples have class c; they must be non-negative (message
/// "negative") and not all zero ("empty"); null arrays throw <see cref="ArgumentNullException"/>.
/// Lesson: katas/08-ml-case-studies/10-decision-stump/README.md
/// </remarks>
public static class DecisionStump
{
    /// <summary>The entropy H = −Σ p_c log₂ p_c of the label distribution p_c = counts[c]/n, in bits (0·log 0 = 0).</summary>
    /// <param name="counts">The number of samples of each class.</param>
    /// <returns>H in bits, between 0 (a pure node) and log₂(number of classes).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative ("negative") or all are zero ("empty").</exception>
    public static double Entropy(int[] counts)
    {
        // TODO: turn counts into proportions; add −p·log₂ p for every class that occurs.
        throw new NotImplementedException("TODO DecisionStump.Entropy: return −Σ p log₂ p of the label proportions, in bits.");
    }

    /// <summary>The Gini impurity G = 1 − Σ p_c², the chance that two labels drawn with replacement differ.</summary>
    /// <param name="counts">The number of samples of each class.</param>
    /// <returns>G, between 0 (pure) and 1 − 1/(number of classes).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative ("negative") or all are zero ("empty").</exception>
    public static double GiniImpurity(int[] counts)
    {
        // TODO: 1 minus the sum of squared proportions.
        throw new NotImplementedException("TODO DecisionStump.GiniImpurity: return 1 − Σ p².");
    }

    /// <summary>
    /// The gain of splitting a parent node into a left and a right child: I(parent) − (n_L/n)·I(left) − (n_R/n)·I(right),
    /// where the parent's counts are left + right, n_L, n_R, n are sample counts and I is the entropy (information gain,
    /// in bits) or the Gini impurity. An empty child contributes nothing.
    /// </summary>
    /// <param name="left">The class counts of the left child.</param>
    /// <param name="right">The class counts of the right child (same length as <paramref name="left"/>).</param>
    /// <param name="criterion">Which impurity to use.</param>
    /// <returns>The gain, ≥ 0 up to rounding.</returns>
    /// <exception cref="ArgumentNullException">A count array is null.</exception>
    /// <exception cref="ArgumentException">
    /// The arrays differ in length ("length"), a count is negative ("negative"), or both children are empty ("empty").
    /// </exception>
    public static double Gain(int[] left, int[] right, SplitCriterion criterion)
    {
        // TODO: the parent's counts are left + right; weight each child's impurity by its share of the samples.
        throw new NotImplementedException("TODO DecisionStump.Gain: return I(parent) − Σ (n_child/n)·I(child).");
    }

    /// <summary>
    /// The best split "x[j] ≤ t" of the samples over every feature j and every threshold t midway between two
    /// consecutive DISTINCT values of feature j (computed as a + (b − a)/2, so that it cannot overflow). The best split
    /// has the largest gain; ties go to the smaller feature index, then the smaller threshold (a later candidate wins
    /// only if its gain is larger by more than 1e-12).
    /// </summary>
    /// <param name="features">The samples, n × d, finite values.</param>
    /// <param name="labels">The class of each sample, in 0 … <paramref name="classes"/> − 1.</param>
    /// <param name="classes">The number of classes, at least 2.</param>
    /// <param name="criterion">Which impurity the gain uses.</param>
    /// <returns>The split, with its gain and the majority class of each side.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="features"/> or <paramref name="labels"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="classes"/> is below 2.</exception>
    /// <exception cref="ArgumentException">
    /// There are no samples ("empty"), the labels' count differs from the rows' ("length"), a label is out of range
    /// ("range"), a value is NaN or infinite ("finite"), or no feature has two distinct values ("distinct").
    /// </exception>
    public static StumpSplit BestSplit(double[,] features, int[] labels, int classes, SplitCriterion criterion)
    {
        // TODO: for each feature, sort the samples by it and sweep the thresholds, moving one sample at a time from right to left.
        throw new NotImplementedException("TODO DecisionStump.BestSplit: return the split x[j] ≤ t of largest gain.");
    }
}
