using MathForML.Verification;
using MathNet.Numerics;

namespace MathForML.Statistics.Tests;

/// <summary>
/// Classification and regression metrics on hand examples, against the Mann–Whitney statistic (AUC) and MathNet
/// (MSE, MAE, coefficient of determination), with the zero-division conventions and tied scores pinned down. Wrong
/// implementations these tests catch: tied scores counted as wins (or losses) for the positive; the AUC as trapezoids
/// over an ungrouped staircase (one step per sample, so a tie's order decides the area); F1 as the arithmetic mean of
/// precision and recall; R² with 1/n over 1/(n − 1), or as the squared Pearson correlation; precision or recall
/// dividing by zero (NaN) when a class is never predicted or never present; R² from the one-pass Σy² − nȳ²; a label
/// error that shows a valid label instead of the offending one.
/// </summary>
public class MetricsTests
{
    private static readonly int[] Actual = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
    private static readonly int[] Predicted = [1, 1, 0, 0, 1, 0, 0, 0, 0, 0];
    private static readonly int[] TieLabels = [1, 0, 1, 0, 1, 0];
    private static readonly double[] TieScores = [0.9, 0.7, 0.5, 0.5, 0.2, 0.1];

    [Test, Order(1)]
    // Actual 1 1 1 1 0 0 0 0 0 0 against predicted 1 1 0 0 1 0 0 0 0 0: TP = 2, FN = 2, FP = 1, TN = 5. Accuracy 7/10,
    // precision 2/3, recall 2/4, F1 = 2·(2/3)·(1/2)/(2/3 + 1/2) = 4/7 ≈ 0.571 (the arithmetic mean would be 7/12 ≈ 0.583).
    public void The_confusion_matrix_and_its_ratios_on_a_hand_example()
    {
        var m = Metrics.Confusion(Actual, Predicted);
        m.Should().Be(new ConfusionMatrix(TruePositives: 2, FalsePositives: 1, TrueNegatives: 5, FalseNegatives: 2));
        Metrics.Accuracy(m).Should().BeApproximately(0.7, Tolerance.Tight);
        Metrics.Precision(m).Should().BeApproximately(2.0 / 3, Tolerance.Tight);
        Metrics.Recall(m).Should().BeApproximately(0.5, Tolerance.Tight);
        Metrics.F1(m).Should().BeApproximately(4.0 / 7, Tolerance.Tight);
    }

    [Test, Order(2)]
    // The conventions of this kata (scikit-learn's default): a ratio with denominator 0 is 0, not NaN. Nothing predicted
    // positive → precision 0 (and F1 0); no actual positive → recall 0; no positive anywhere → precision, recall, F1 all
    // 0 while accuracy is 1.
    public void Ratios_with_a_zero_denominator_are_zero()
    {
        var nonePredicted = Metrics.Confusion([1, 0, 1, 0], [0, 0, 0, 0]);
        Metrics.Precision(nonePredicted).Should().Be(0);
        Metrics.Recall(nonePredicted).Should().Be(0);
        Metrics.F1(nonePredicted).Should().Be(0);
        var noneActual = Metrics.Confusion([0, 0, 0], [1, 0, 0]);
        Metrics.Recall(noneActual).Should().Be(0);
        Metrics.Precision(noneActual).Should().Be(0);
        var allNegative = Metrics.Confusion([0, 0], [0, 0]);
        (Metrics.Precision(allNegative), Metrics.Recall(allNegative), Metrics.F1(allNegative)).Should().Be((0.0, 0.0, 0.0));
        Metrics.Accuracy(allNegative).Should().Be(1);
    }

    [Test, Order(3)]
    // On seeded random labels and predictions: the four counts add up to n and match direct counts, accuracy is the
    // share of equal pairs, and F1 is the harmonic mean 2PR/(P + R), which never exceeds the arithmetic mean.
    public void F1_is_the_harmonic_mean_of_precision_and_recall([Range(1, 5)] int seed)
    {
        var random = new Random(seed);
        int[] actual = [.. Enumerable.Range(0, 50).Select(_ => random.Next(2))];
        int[] predicted = [.. Enumerable.Range(0, 50).Select(_ => random.Next(2))];
        var m = Metrics.Confusion(actual, predicted);
        m.Total.Should().Be(50);
        m.TruePositives.Should().Be(actual.Zip(predicted).Count(p => p is (1, 1)));
        m.FalsePositives.Should().Be(actual.Zip(predicted).Count(p => p is (0, 1)));
        Metrics.Accuracy(m).Should().BeApproximately(actual.Zip(predicted).Count(p => p.First == p.Second) / 50.0, Tolerance.Tight);
        var (precision, recall) = (Metrics.Precision(m), Metrics.Recall(m));
        Metrics.F1(m).Should().BeApproximately(2 * precision * recall / (precision + recall), Tolerance.Tight);
        Metrics.F1(m).Should().BeLessThanOrEqualTo((precision + recall) / 2);
    }

    [Test, Order(4)]
    // Scores 0.9 (+), 0.7 (−), 0.5 (+), 0.5 (−), 0.2 (+), 0.1 (−); n₊ = n₋ = 3. Lowering the threshold through the
    // distinct scores: (0, 0), (0, 1/3), (1/3, 1/3), then the tie at 0.5 moves both counts at once to (2/3, 2/3) — one
    // diagonal step — then (2/3, 1), (1, 1). The trapezoids: 1/9 + 1/6 + 1/3 = 11/18. Mann–Whitney agrees: the positive
    // 0.9 beats all 3 negatives, 0.5 beats 1 and ties 1 (½), 0.2 beats 1: 5.5 of 9 pairs. Ties as wins give 12/18,
    // as losses 10/18.
    public void Tied_scores_make_one_diagonal_step_and_count_one_half()
    {
        var roc = Metrics.Roc(TieLabels, TieScores);
        roc.Thresholds.Should().Equal(double.PositiveInfinity, 0.9, 0.7, 0.5, 0.2, 0.1);
        roc.FalsePositiveRates.Should().BeApproximately([0, 0, 1.0 / 3, 2.0 / 3, 2.0 / 3, 1], Tolerance.Tight);
        roc.TruePositiveRates.Should().BeApproximately([0, 1.0 / 3, 1.0 / 3, 2.0 / 3, 1, 1], Tolerance.Tight);
        Metrics.Auc(TieLabels, TieScores).Should().BeApproximately(11.0 / 18, Tolerance.Tight);
    }

    [Test, Order(5)]
    // The AUC is U/(n₊n₋): over all (positive, negative) pairs, 1 when the positive scores higher, ½ on a tie. Scores
    // rounded to one decimal (only ~20 distinct values for 300 samples) make ties common, so a tie rule that is off
    // shows; the pair count is exact, so the tolerance is rounding only.
    public void The_AUC_is_the_Mann_Whitney_probability_with_ties_counting_one_half([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        int[] labels = [.. Enumerable.Range(0, 300).Select(_ => random.NextInt(2))];
        double[] scores = [.. labels.Select(l => Math.Round((0.8 * l) + random.Gaussian(), 1))];
        Metrics.Auc(labels, scores).Should().BeApproximately(MannWhitneyProbability(labels, scores), Tolerance.Default);
        var roc = Metrics.Roc(labels, scores);
        roc.Thresholds.Should().HaveCount(scores.Distinct().Count() + 1).And.BeInDescendingOrder();
        roc.FalsePositiveRates.Should().BeInAscendingOrder().And.StartWith(0).And.EndWith(1);
        roc.TruePositiveRates.Should().BeInAscendingOrder().And.StartWith(0).And.EndWith(1);
    }

    [Test, Order(6)]
    // Constant scores tie every pair: AUC ½ (the ROC is the diagonal from (0, 0) to (1, 1)). Scores that put every
    // positive above every negative: 1. Negating the scores swaps wins and losses: 1 − AUC. Any increasing transform
    // (here exp) keeps the order and so the AUC: it depends on ranks only.
    public void The_AUC_is_a_half_for_constant_scores_one_for_perfect_separation_and_depends_on_ranks_only([Range(1, 3)] int seed)
    {
        var random = new SeededRandom(10 + seed);
        int[] labels = [.. Enumerable.Range(0, 80).Select(i => i % 3 == 0 ? 1 : 0)];
        double[] scores = [.. labels.Select(l => Math.Round(l + random.Gaussian(), 1))];
        Metrics.Auc(labels, [.. labels.Select(_ => 4.2)]).Should().BeApproximately(0.5, Tolerance.Tight);
        Metrics.Roc(labels, [.. labels.Select(_ => 4.2)]).FalsePositiveRates.Should().Equal(0, 1);
        Metrics.Auc(labels, [.. labels.Select(l => l + (0.01 * random.NextDouble()))]).Should().BeApproximately(1, Tolerance.Tight);
        var auc = Metrics.Auc(labels, scores);
        Metrics.Auc(labels, [.. scores.Select(s => -s)]).Should().BeApproximately(1 - auc, Tolerance.Default);
        Metrics.Auc(labels, [.. scores.Select(Math.Exp)]).Should().BeApproximately(auc, Tolerance.Default);
    }

    [Test, Order(7)]
    // y = 1, 2, 3, 4 and ŷ = 1.5, 2, 2.5, 4.5: residuals ½, 0, −½, −½, so MSE = 0.75/4 = 0.1875 and MAE = 1.5/4 = 0.375.
    // ȳ = 2.5, SS_tot = 2.25 + 0.25 + 0.25 + 2.25 = 5, R² = 1 − 0.75/5 = 0.85. (1/n over 1/(n − 1) would give 0.8875.)
    public void MSE_MAE_and_R_squared_on_a_hand_example()
    {
        double[] y = [1, 2, 3, 4];
        double[] yHat = [1.5, 2, 2.5, 4.5];
        Metrics.MeanSquaredError(y, yHat).Should().BeApproximately(0.1875, Tolerance.Tight);
        Metrics.MeanAbsoluteError(y, yHat).Should().BeApproximately(0.375, Tolerance.Tight);
        Metrics.RSquared(y, yHat).Should().BeApproximately(0.85, Tolerance.Tight);
    }

    [Test, Order(8)]
    // R² = 1 for a perfect fit, 0 for predicting the mean, and negative for a fit worse than the mean — such as y + 5,
    // whose squared Pearson correlation with y is still 1 (so R² is not r²). On seeded data it matches MathNet's
    // CoefficientOfDetermination, and MSE and MAE match Distance.MSE and Distance.MAE.
    public void R_squared_is_one_for_a_perfect_fit_zero_for_the_mean_and_negative_for_worse_fits([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var y = data.GaussianVector(40, mean: 3, stdDev: 2);
        double[] yHat = [.. y.Select(v => v + (0.7 * data.Random.Gaussian()))];
        Metrics.RSquared(y, y).Should().Be(1);
        Metrics.RSquared(y, [.. y.Select(_ => y.Average())]).Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-12));
        double[] shifted = [.. y.Select(v => v + 5)];
        Metrics.RSquared(y, shifted).Should().BeNegative();
        GoodnessOfFit.RSquared(shifted, y).Should().BeApproximately(1, Tolerance.Default);
        Metrics.RSquared(y, yHat).Should().BeApproximately(GoodnessOfFit.CoefficientOfDetermination(yHat, y), Tolerance.Default);
        Metrics.MeanSquaredError(y, yHat).Should().BeApproximately(Distance.MSE(y, yHat), Tolerance.Default);
        Metrics.MeanAbsoluteError(y, yHat).Should().BeApproximately(Distance.MAE(y, yHat), Tolerance.Default);
    }

    [Test, Order(9)]
    // The hand example shifted by 1e9: residuals and spread are unchanged, so R² is still 0.85. Taking SS_tot about the
    // mean keeps that; the one-pass Σy² − nȳ² subtracts two numbers near 4e18 whose rounding (≈ 500 each) swamps 5.
    // With y = 1e9 + (1, 2, 4) the mean 1e9 + 7/3 is not representable, so also Σ(y − ȳ)(y + ȳ) = Σy² − nȳ² fails:
    // SS_tot = 16/9 + 1/9 + 25/9 = 14/3, SS_res = 1 for ŷ = 1e9 + (1, 2, 3), R² = 1 − 3/14 = 11/14.
    public void R_squared_survives_a_large_common_offset()
    {
        double[] y = [1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4];
        double[] yHat = [1e9 + 1.5, 1e9 + 2, 1e9 + 2.5, 1e9 + 4.5];
        Metrics.RSquared(y, yHat).Should().BeApproximately(0.85, Tolerance.Default);
        Metrics.RSquared([1e9 + 1, 1e9 + 2, 1e9 + 4], [1e9 + 1, 1e9 + 2, 1e9 + 3]).Should().BeApproximately(11.0 / 14, Tolerance.Default);
    }

    [Test, Order(10)]
    // Arrays that do not pair up, nothing to score, labels that are not 0/1, an AUC with only one class (no pair to
    // compare), a NaN score (no rank), and R² of constant values (0/0).
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => Metrics.Confusion([1, 0], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Metrics.Confusion([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Metrics.Confusion([1, 2], [1, 0])).Should().Throw<ArgumentException>().WithMessage("*0 or 1*2*");
        FluentActions.Invoking(() => Metrics.Confusion([1, 0], [-1, 0])).Should().Throw<ArgumentException>().WithMessage("*0 or 1*");
        FluentActions.Invoking(() => Metrics.Confusion(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Metrics.Accuracy(new ConfusionMatrix(0, 0, 0, 0))).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Metrics.Precision(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Metrics.Recall(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Metrics.F1(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Metrics.Accuracy(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Metrics.MeanSquaredError([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Metrics.Auc([1, 1, 1], [0.2, 0.5, 0.9])).Should().Throw<ArgumentException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Metrics.Auc([0, 0], [0.2, 0.5])).Should().Throw<ArgumentException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Metrics.Auc([0, 1], [0.2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Metrics.Auc([0, 3], [0.2, 0.4])).Should().Throw<ArgumentException>().WithMessage("*0 or 1*");
        FluentActions.Invoking(() => Metrics.Roc([0, 1], [0.2, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => Metrics.MeanSquaredError([1, 2], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Metrics.MeanAbsoluteError([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Metrics.RSquared([2, 2, 2], [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*constant*");
        FluentActions.Invoking(() => Metrics.RSquared([1, 2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
    }

    /// <summary>U/(n₊n₋) by brute force over all (positive, negative) pairs: a win counts 1, a tie ½.</summary>
    private static double MannWhitneyProbability(int[] labels, double[] scores)
    {
        double u = 0;
        long pairs = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = 0; j < labels.Length; j++)
            {
                if (labels[i] == 1 && labels[j] == 0)
                {
                    pairs++;
                    u += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        return u / pairs;
    }
}
