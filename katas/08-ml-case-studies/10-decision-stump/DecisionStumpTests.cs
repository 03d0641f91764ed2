using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// The decision stump: entropy and Gini impurity of label counts, the gain of a split, and the best single split of a
/// data set, checked by hand, against the identity "information gain = mutual information between side and label", by
/// brute force over every threshold, and on Fisher's iris flowers.
/// </summary>
/// <remarks>
/// Wrong implementations these tests kill: entropy in nats (Math.Log instead of Math.Log2: [5, 5] gives 0.693, not 1);
/// children averaged without their weights n_child/n (the worked gain becomes 0.675, not 0.610); 0·log 0 evaluated
/// as NaN for a class that does not occur; Gini as 1 − Σ p (always 0); a threshold placed ON a data value or between
/// two equal values (the repeated-values test); the midpoint (a + b)/2, which overflows near 1e308; ties resolved
/// towards the last candidate (iris: petal width instead of petal length); a null right child or null labels
/// dereferenced instead of named, and a label out of range reported without saying so ("range").
/// </remarks>
public class DecisionStumpTests
{
    private static readonly int[] Balanced = [5, 5];
    private static readonly int[] Pure = [8, 0];
    private static readonly int[] WorkedLeft = [4, 0];
    private static readonly int[] WorkedRight = [1, 5];

    [Test, Order(1)]
    // [5, 5]: p = (½, ½), H = −2·½·log₂ ½ = 1 bit. [8, 0]: H = −1·log₂ 1 = 0 (the empty class adds 0·log 0 = 0).
    // [1, 1, 1, 1]: H = log₂ 4 = 2 bits. [1, 3]: H = −¼·log₂ ¼ − ¾·log₂ ¾ = 0.5 + 0.311278 = 0.811278.
    public void Entropy_is_measured_in_bits_and_is_zero_for_a_pure_node()
    {
        DecisionStump.Entropy(Balanced).Should().BeApproximately(1, Tolerance.Tight);
        DecisionStump.Entropy(Pure).Should().Be(0);
        DecisionStump.Entropy([1, 1, 1, 1]).Should().BeApproximately(2, Tolerance.Tight);
        DecisionStump.Entropy([1, 3]).Should().BeApproximately(0.811278124459133, Tolerance.Tight);
    }

    [Test, Order(2)]
    // G = 1 − Σ p²: [5, 5] → 1 − ¼ − ¼ = ½; [8, 0] → 0; [1, 3] → 1 − 1/16 − 9/16 = 3/8; [1, 1, 1] → 1 − 3/9 = 2/3.
    public void Gini_impurity_is_one_minus_the_sum_of_squared_proportions()
    {
        DecisionStump.GiniImpurity(Balanced).Should().BeApproximately(0.5, Tolerance.Tight);
        DecisionStump.GiniImpurity(Pure).Should().Be(0);
        DecisionStump.GiniImpurity([1, 3]).Should().BeApproximately(0.375, Tolerance.Tight);
        DecisionStump.GiniImpurity([1, 1, 1]).Should().BeApproximately(2.0 / 3, Tolerance.Tight);
    }

    [Test, Order(3)]
    // Parent [5, 5] (H = 1) split into left [4, 0] (H = 0, weight 4/10) and right [1, 5] (weight 6/10,
    // H = −⅙ log₂ ⅙ − ⅚ log₂ ⅚ = 0.650022). Gain = 1 − 0.6·0.650022 = 0.609987 bits.
    // Gini: ½ − 0.4·0 − 0.6·(1 − 1/36 − 25/36) = ½ − 0.6·10/36 = ½ − 1/6 = 1/3.
    public void The_gain_weights_each_child_by_its_share_of_the_samples()
    {
        var hRight = -((1.0 / 6 * Math.Log2(1.0 / 6)) + (5.0 / 6 * Math.Log2(5.0 / 6)));

        DecisionStump.Gain(WorkedLeft, WorkedRight, SplitCriterion.InformationGain).Should().BeApproximately(1 - (0.6 * hRight), Tolerance.Tight);
        DecisionStump.Gain(WorkedLeft, WorkedRight, SplitCriterion.InformationGain).Should().BeApproximately(0.609986547011, Tolerance.Default);
        DecisionStump.Gain(WorkedLeft, WorkedRight, SplitCriterion.Gini).Should().BeApproximately(1.0 / 3, Tolerance.Tight);
    }

    [Test, Order(4)]
    // A split that sends every sample one way learns nothing: gain 0 (the empty child adds nothing). A split into two
    // pure children removes all the parent's impurity: gain = I(parent).
    public void Useless_and_perfect_splits_gain_nothing_and_everything()
    {
        int[] none = [0, 0, 0];
        int[] all = [3, 4, 5];

        DecisionStump.Gain(none, all, SplitCriterion.InformationGain).Should().BeApproximately(0, Tolerance.Tight);
        DecisionStump.Gain(all, none, SplitCriterion.Gini).Should().BeApproximately(0, Tolerance.Tight);
        DecisionStump.Gain([3, 0], [0, 7], SplitCriterion.InformationGain).Should().BeApproximately(DecisionStump.Entropy([3, 7]), Tolerance.Tight);
        DecisionStump.Gain([3, 0], [0, 7], SplitCriterion.Gini).Should().BeApproximately(DecisionStump.GiniImpurity([3, 7]), Tolerance.Tight);
    }

    [Test, Order(5)]
    // Information gain is the mutual information between the side (left/right) and the label:
    // I(parent) − Σ (n_s/n) H(child s) = H(label) + H(side) − H(side, label), where the joint entropy is the entropy of
    // all 2·C counts together. A different formula for the same number, on seeded random counts. Both gains lie in
    // [0, I(parent)]: impurity is concave, so mixing children can only raise it.
    public void Information_gain_equals_the_mutual_information_of_side_and_label([Range(1, 5)] int seed)
    {
        var random = new TestData(seed).Random;
        var classes = random.NextInt(2, 6);
        var left = Enumerable.Range(0, classes).Select(_ => random.NextInt(0, 30)).ToArray();
        var right = Enumerable.Range(0, classes).Select(_ => random.NextInt(0, 30)).ToArray();
        left[0]++;
        right[^1]++;
        var parent = left.Zip(right, (a, b) => a + b).ToArray();
        int[] sides = [left.Sum(), right.Sum()];
        int[] joint = [.. left, .. right];

        var gain = DecisionStump.Gain(left, right, SplitCriterion.InformationGain);

        gain.Should().BeApproximately(DecisionStump.Entropy(parent) + DecisionStump.Entropy(sides) - DecisionStump.Entropy(joint), Tolerance.Tight);
        gain.Should().BeInRange(-1e-12, DecisionStump.Entropy(parent) + 1e-12);
        DecisionStump.Gain(left, right, SplitCriterion.Gini).Should().BeInRange(-1e-12, DecisionStump.GiniImpurity(parent) + 1e-12);
    }

    [Test, Order(6)]
    // x = 1, 2, 3, 4 with labels 0, 0, 1, 1: the perfect split sits midway between 2 and 3, at 2.5, with gain 1 bit;
    // the left side predicts 0, the right side 1.
    public void The_best_split_of_a_separable_line_sits_midway_between_the_classes()
    {
        var split = DecisionStump.BestSplit(new double[,] { { 1 }, { 2 }, { 3 }, { 4 } }, [0, 0, 1, 1], 2, SplitCriterion.InformationGain);

        split.Should().Be(new StumpSplit(0, 2.5, 1, 0, 1));
    }

    [Test, Order(7)]
    // The best split must beat every other candidate: brute force over every feature and every midpoint between
    // distinct sorted values, with the counts on each side counted directly. Seeded blobs with ties (values rounded
    // to one decimal) so that equal values occur and must not be split apart.
    public void The_best_split_has_the_largest_gain_of_all_candidate_thresholds(
        [Range(1, 4)] int seed, [Values(SplitCriterion.InformationGain, SplitCriterion.Gini)] SplitCriterion criterion)
    {
        var data = new TestData(seed).Classification(12, 3, 3, separation: 1.5);
        var (n, d) = (data.Features.GetLength(0), data.Features.GetLength(1));
        var x = new double[n, d];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < d; j++)
            {
                x[i, j] = Math.Round(data.Features[i, j], 1);
            }
        }

        var split = DecisionStump.BestSplit(x, data.Labels, 3, criterion);

        var bestGain = double.NegativeInfinity;
        for (var j = 0; j < d; j++)
        {
            var values = Enumerable.Range(0, n).Select(i => x[i, j]).Distinct().Order().ToArray();
            for (var k = 0; k + 1 < values.Length; k++)
            {
                var t = (values[k] + values[k + 1]) / 2;
                var (left, right) = Counts(x, data.Labels, 3, j, t);
                bestGain = Math.Max(bestGain, DecisionStump.Gain(left, right, criterion));
            }
        }

        split.Gain.Should().BeApproximately(bestGain, Tolerance.Tight);
        var (l, r) = Counts(x, data.Labels, 3, split.Feature, split.Threshold);
        DecisionStump.Gain(l, r, criterion).Should().BeApproximately(split.Gain, Tolerance.Tight);
        Enumerable.Range(0, n).Should().NotContain(i => x[i, split.Feature] == split.Threshold, "a threshold lies strictly between data values");
    }

    [Test, Order(8)]
    // Repeated values cannot be separated: x = 1, 1, 1, 2 with labels 0, 1, 0, 1. The only threshold is 1.5 (left
    // [2, 1], right [0, 1]); a threshold "after the second 1" would split equal values, which no rule x ≤ t can do.
    public void Equal_values_are_never_split_apart()
    {
        var split = DecisionStump.BestSplit(new double[,] { { 1 }, { 1 }, { 1 }, { 2 } }, [0, 1, 0, 1], 2, SplitCriterion.Gini);

        split.Threshold.Should().Be(1.5);
        split.Gain.Should().BeApproximately(DecisionStump.Gain([2, 1], [0, 1], SplitCriterion.Gini), Tolerance.Tight);
        (split.LeftClass, split.RightClass).Should().Be((0, 1));
    }

    [TestCase(1e-12)]
    [TestCase(1e12)]
    [Order(9)]
    // Scaling a feature scales its thresholds and changes no gain: only the order of the values matters.
    public void Only_the_order_of_the_values_matters_at_any_scale(double scale)
    {
        double[,] x = { { 1 * scale }, { 2 * scale }, { 30 * scale }, { 40 * scale }, { 50 * scale } };

        var split = DecisionStump.BestSplit(x, [0, 0, 1, 1, 1], 2, SplitCriterion.InformationGain);

        split.Threshold.Should().BeApproximately(16 * scale, Tolerance.Tight);
        split.Gain.Should().BeApproximately(DecisionStump.Entropy([2, 3]), Tolerance.Tight);
    }

    [Test, Order(10)]
    // Near the largest double (1.8e308) the midpoint (a + b)/2 of 1.4e308 and 1.5e308 overflows to ∞ (every sample
    // then goes left); a + (b − a)/2 = 1.45e308 does not.
    public void Midpoints_of_huge_values_do_not_overflow()
    {
        double[,] x = { { 1e307 }, { 2e307 }, { 1.4e308 }, { 1.5e308 }, { 1.6e308 } };

        var split = DecisionStump.BestSplit(x, [0, 0, 0, 1, 1], 2, SplitCriterion.Gini);

        split.Threshold.Should().BeApproximately(1.45e308, Tolerance.Tight);
        split.Predict([1.6e308]).Should().Be(1);
    }

    [Test, Order(11)]
    // Iris (150 flowers, 3 species × 50): setosa's petals are at most 1.9 cm long, the others' at least 3.0 cm. The
    // split "petal length ≤ 2.45" isolates setosa: gain log₂ 3 − ⅔·1 = 0.918 bits (Gini: ⅔ − ⅔·½ = ⅓). Petal width
    // ≤ 0.8 is exactly as good — the tie goes to the smaller feature index, petal length (column 2).
    // The stump predicts setosa left and versicolor right: 100 of 150 right, twice the majority baseline (50 of 150).
    public void On_iris_petal_length_separates_setosa([Values] SplitCriterion criterion)
    {
        var iris = DataSets.Iris();

        var split = DecisionStump.BestSplit(iris.Features, iris.Labels, 3, criterion);

        split.Feature.Should().Be(2);
        split.Threshold.Should().BeApproximately(2.45, Tolerance.Tight);
        split.Gain.Should().BeApproximately(criterion == SplitCriterion.Gini ? 1.0 / 3 : Math.Log2(3) - (2.0 / 3), Tolerance.Tight);
        (split.LeftClass, split.RightClass).Should().Be((0, 1));
        Accuracy(split, iris.Features, iris.Labels).Should().BeApproximately(100.0 / 150, Tolerance.Tight);
    }

    [Test, Order(12)]
    // Versicolor against virginica (100 flowers, 50 each: majority baseline 0.5) is harder. With information gain,
    // the best single question is "petal width ≤ 1.75 cm" (column 3), right for 94 of 100 flowers — 44 points
    // above the baseline. The same data, no split or seed: the stump is deterministic.
    public void On_iris_versicolor_and_virginica_one_question_is_right_94_times_in_100()
    {
        var iris = DataSets.Iris();
        var rows = Enumerable.Range(0, 150).Where(i => iris.Labels[i] > 0).ToArray();
        var x = new double[rows.Length, 4];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                x[i, j] = iris.Features[rows[i], j];
            }
        }

        var labels = rows.Select(i => iris.Labels[i] - 1).ToArray();

        var split = DecisionStump.BestSplit(x, labels, 2, SplitCriterion.InformationGain);

        (split.Feature, split.Threshold).Should().Be((3, 1.75));
        Accuracy(split, x, labels).Should().BeApproximately(0.94, Tolerance.Tight);
    }

    [Test, Order(13)]
    // Counts are numbers of samples: never negative, and a node needs at least one.
    public void Bad_counts_are_rejected()
    {
        FluentActions.Invoking(() => DecisionStump.Entropy(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DecisionStump.Entropy([0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => DecisionStump.GiniImpurity([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => DecisionStump.GiniImpurity([3, -1])).Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => DecisionStump.Gain([1, 2], [1], SplitCriterion.Gini)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => DecisionStump.Gain([0, 0], [0, 0], SplitCriterion.Gini)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => DecisionStump.Gain([2, 0], [-1, 3], SplitCriterion.InformationGain)).Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => DecisionStump.Gain(null!, [1], SplitCriterion.Gini)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DecisionStump.Gain([1], null!, SplitCriterion.Gini)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(14)]
    // A data set the stump cannot split, or that does not fit together.
    public void Bad_data_sets_are_rejected()
    {
        double[,] x = { { 1 }, { 2 } };
        FluentActions.Invoking(() => DecisionStump.BestSplit(null!, [0], 2, SplitCriterion.Gini)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DecisionStump.BestSplit(new double[0, 1], [], 2, SplitCriterion.Gini)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => DecisionStump.BestSplit(x, [0], 2, SplitCriterion.Gini)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => DecisionStump.BestSplit(x, null!, 2, SplitCriterion.Gini)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DecisionStump.BestSplit(x, [0, 2], 2, SplitCriterion.Gini)).Should().Throw<ArgumentException>().WithMessage("*range*");
        FluentActions.Invoking(() => DecisionStump.BestSplit(x, [-1, 1], 2, SplitCriterion.Gini)).Should().Throw<ArgumentException>().WithMessage("*range*");
        FluentActions.Invoking(() => DecisionStump.BestSplit(x, [0, 1], 1, SplitCriterion.Gini)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => DecisionStump.BestSplit(new double[,] { { 1 }, { double.NaN } }, [0, 1], 2, SplitCriterion.Gini))
            .Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => DecisionStump.BestSplit(new double[,] { { 3, 1 }, { 3, 1 } }, [0, 1], 2, SplitCriterion.Gini))
            .Should().Throw<ArgumentException>().WithMessage("*distinct*");
    }

    private static (int[] Left, int[] Right) Counts(double[,] x, int[] labels, int classes, int feature, double threshold)
    {
        var (left, right) = (new int[classes], new int[classes]);
        for (var i = 0; i < labels.Length; i++)
        {
            (x[i, feature] <= threshold ? left : right)[labels[i]]++;
        }

        return (left, right);
    }

    private static double Accuracy(StumpSplit split, double[,] x, int[] labels) =>
        Enumerable.Range(0, labels.Length)
            .Count(i => split.Predict([.. Enumerable.Range(0, x.GetLength(1)).Select(j => x[i, j])]) == labels[i]) / (double)labels.Length;
}
