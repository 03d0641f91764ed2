using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// Gaussian naive Bayes. Wrong implementations these tests catch: the sample variance with n_c − 1 instead of the
/// maximum-likelihood n_c (the worked example: 2 instead of 1); multiplying densities instead of adding log densities
/// (with 400 features every product underflows to 0 and the posterior is 0/0); normalising the posterior without
/// log-sum-exp; priors left out (the unbalanced example); smoothing by an absolute ε instead of one relative to the data's
/// variance (the 10⁻⁶ scale test); ε relative to the smallest feature variance instead of the largest, or that variance
/// taken about the minimum instead of the mean, as the smallest squared deviation, or by the one-pass E[x²] − x̄² (the
/// offset-10⁸ worked example); log-sum-exp shifted by the smallest log joint instead of the largest (e^7473 overflows
/// far from both classes); a non-finite check that looks only at the first value; null arguments dereferenced instead
/// of named; messages that do not say which setting or which class range is wrong.
/// </summary>
public class NaiveBayesTests
{
    // One feature. Class 0: x = 1, 3 (mean 2, MLE variance ((−1)² + 1²)/2 = 1); class 1: x = 9, 10, 11 (mean 10,
    // variance 2/3). Priors 2/5 and 3/5. Smoothing 0 so that the numbers stay exact.
    private static readonly double[,] Five = { { 1 }, { 3 }, { 9 }, { 10 }, { 11 } };
    private static readonly int[] FiveLabels = [0, 0, 1, 1, 1];

    [Test, Order(1)]
    // Priors, means and maximum-likelihood variances by hand.
    public void Fit_counts_means_and_variances_by_hand()
    {
        var model = NaiveBayes.Fit(Five, FiveLabels, 2, smoothing: 0);

        model.LogPriors.Should().BeApproximately([Math.Log(0.4), Math.Log(0.6)], Tolerance.Tight);
        model.Means.Should().BeApproximately(new double[,] { { 2 }, { 10 } }, Tolerance.Tight);
        model.Variances.Should().BeApproximately(new double[,] { { 1 }, { 2.0 / 3 } }, Tolerance.Tight);
    }

    [Test, Order(2)]
    // The log joint is log P(c) plus the sum over features of MathNet's normal log density; the posteriors are its
    // normalised exponentials and sum to 1.
    public void Log_joint_agrees_with_MathNet_normal_densities([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Classification(10, 3, 3);
        var model = NaiveBayes.Fit(set.Features, set.Labels, 3);
        var query = data.Matrix(4, 3, -3, 3);

        var joint = NaiveBayes.LogJoint(model, query);
        var posterior = NaiveBayes.PredictProbabilities(model, query);

        for (var i = 0; i < 4; i++)
        {
            for (var c = 0; c < 3; c++)
            {
                var expected = model.LogPriors[c] + Enumerable.Range(0, 3).Sum(j => MathNet.Numerics.Distributions.Normal.PDFLn(model.Means[c, j], Math.Sqrt(model.Variances[c, j]), query[i, j]));
                joint[i, c].Should().BeApproximately(expected, Tolerance.Default);
            }

            var total = Enumerable.Range(0, 3).Sum(c => Math.Exp(joint[i, c]));
            posterior[i, 0].Should().BeApproximately(Math.Exp(joint[i, 0]) / total, Tolerance.Default);
            (posterior[i, 0] + posterior[i, 1] + posterior[i, 2]).Should().BeApproximately(1, Tolerance.Tight);
        }
    }

    [Test, Order(3)]
    // x = 6 is 4 from class 0's mean (variance 1) and 4 from class 1's (variance 2/3), so the
    // likelihoods favour class 0 (log ratio −½·ln(2π) − 8 against −½·ln(4π/3) − 12); Predict follows the log joint.
    // At x = 2 and x = 10 the classes are clear.
    public void Predict_takes_the_largest_log_joint()
    {
        var model = NaiveBayes.Fit(Five, FiveLabels, 2, smoothing: 0);
        var x = new double[,] { { 2 }, { 10 }, { 6 } };

        var joint = NaiveBayes.LogJoint(model, x);
        joint[2, 0].Should().BeApproximately(Math.Log(0.4) - (0.5 * Math.Log(2 * Math.PI)) - 8, Tolerance.Tight);
        joint[2, 1].Should().BeApproximately(Math.Log(0.6) - (0.5 * Math.Log(2 * Math.PI * 2 / 3)) - 12, Tolerance.Tight);
        NaiveBayes.Predict(model, x).Should().Equal(0, 1, 0);
    }

    [Test, Order(4)]
    // 400 features, each class's density at the query around e^(−5) per feature: the product is about e^(−2000), far below
    // the smallest double, so densities multiplied out are 0 for every class and the posterior 0/0. In log space the log
    // joints are ordinary numbers near −2000, and the posterior is well defined (and sums to 1).
    public void Many_features_underflow_a_product_of_densities_but_not_a_sum_of_logs()
    {
        var data = new TestData(11);
        var set = data.Classification(20, 2, 400, separation: 2);
        var model = NaiveBayes.Fit(set.Features, set.Labels, 2);
        var query = new double[1, 400];
        for (var j = 0; j < 400; j++)
        {
            query[0, j] = set.Features[0, j] + 3;
        }

        var joint = NaiveBayes.LogJoint(model, query);
        var posterior = NaiveBayes.PredictProbabilities(model, query);

        joint[0, 0].Should().BeLessThan(-745); // e^(joint) would underflow to 0
        double.IsFinite(posterior[0, 0]).Should().BeTrue();
        (posterior[0, 0] + posterior[0, 1]).Should().BeApproximately(1, Tolerance.Tight);
        NaiveBayes.Predict(model, query)[0].Should().Be(joint[0, 0] >= joint[0, 1] ? 0 : 1);
    }

    [Test, Order(5)]
    // Smoothing is relative to the data: measuring in units 10⁶ times larger (x·10⁻⁶) changes no prediction and no
    // posterior. A feature constant within a class would have variance 0 without smoothing; with it, the fit works.
    public void Predictions_do_not_depend_on_the_units_and_smoothing_rescues_constant_features([Range(1, 3)] int seed)
    {
        var set = new TestData(seed).Classification(15, 3, 2);
        var scaled = (double[,])set.Features.Clone();
        for (var i = 0; i < scaled.GetLength(0); i++)
        {
            scaled[i, 0] *= 1e-6;
            scaled[i, 1] *= 1e-6;
        }

        var p = NaiveBayes.PredictProbabilities(NaiveBayes.Fit(set.Features, set.Labels, 3), set.Features);
        NaiveBayes.PredictProbabilities(NaiveBayes.Fit(scaled, set.Labels, 3), scaled).Should().BeApproximately(p, Tolerance.AbsoluteOnly(1e-9));
        var constant = new double[,] { { 1, 0 }, { 1, 1 }, { 2, 5 }, { 2, 6 } };
        NaiveBayes.Predict(NaiveBayes.Fit(constant, [0, 0, 1, 1], 2), constant).Should().Equal(0, 0, 1, 1);
    }

    [Test, Order(6)]
    // Fisher's iris, a fixed shuffle (seed 7): train on 100 flowers, test on 50. The majority class of the test set is at
    // most 40 %; naive Bayes must classify at least 90 %, 50 points above it.
    public void On_iris_held_out_accuracy_beats_the_majority_class()
    {
        var (train, test) = DataSets.Iris().Split(100, seed: 7);
        var testY = test.Labels;

        var model = NaiveBayes.Fit(train.Features, train.Labels, 3);
        var accuracy = NaiveBayes.Predict(model, test.Features).Zip(testY, (p, t) => p == t ? 1.0 : 0).Average();

        var baseline = testY.GroupBy(c => c).Max(g => g.Count()) / 50.0;
        baseline.Should().BeLessThanOrEqualTo(0.4);
        accuracy.Should().BeGreaterThanOrEqualTo(0.9);
        accuracy.Should().BeGreaterThanOrEqualTo(baseline + 0.5);
    }

    [Test, Order(7)]
    // A class without samples, labels out of range, shapes that do not fit, bad settings.
    public void Bad_inputs_are_rejected_with_a_message_naming_the_problem()
    {
        var model = NaiveBayes.Fit(Five, FiveLabels, 2);
        FluentActions.Invoking(() => NaiveBayes.Fit(Five, FiveLabels, 3)).Should().Throw<ArgumentException>().WithMessage("*no samples*");
        FluentActions.Invoking(() => NaiveBayes.Fit(Five, [0, 0, 1, 1, 2], 2)).Should().Throw<ArgumentException>().WithMessage("*label*");
        FluentActions.Invoking(() => NaiveBayes.Fit(Five, [0, 1], 2)).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => NaiveBayes.Fit(new double[0, 1], [], 2)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => NaiveBayes.Fit(new double[,] { { 1 }, { 1 } }, [0, 1], 2)).Should().Throw<ArgumentException>().WithMessage("*variance*");
        FluentActions.Invoking(() => NaiveBayes.Fit(Five, FiveLabels, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NaiveBayes.Fit(Five, FiveLabels, 2, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NaiveBayes.LogJoint(model, new double[,] { { 1, 2 } })).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => NaiveBayes.Predict(model, new double[,] { { double.NaN } })).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => NaiveBayes.Predict(null!, Five)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(8)]
    // Null arguments are named; the messages say what is wrong: a negative smoothing ("non-negative"), a label outside
    // 0 … K − 1 (naming K − 1 = 2), a NaN after finite values ("finite").
    public void Null_arguments_and_bad_settings_are_named()
    {
        var model = NaiveBayes.Fit(Five, FiveLabels, 2);
        FluentActions.Invoking(() => NaiveBayes.Fit(null!, FiveLabels, 2)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => NaiveBayes.Fit(Five, null!, 2)).Should().Throw<ArgumentNullException>().WithParameterName("labels");
        FluentActions.Invoking(() => NaiveBayes.LogJoint(model, null!)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => NaiveBayes.Fit(Five, FiveLabels, 2, -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*non-negative*").WithParameterName("smoothing");
        FluentActions.Invoking(() => NaiveBayes.Fit(Five, [0, 1, 2, 2, 7], 3)).Should().Throw<ArgumentException>().WithMessage("*label*2*").WithParameterName("labels");
        FluentActions.Invoking(() => NaiveBayes.Predict(model, new double[,] { { 1 }, { double.NaN } })).Should().Throw<ArgumentException>().WithMessage("*finite*");
    }

    [Test, Order(9)]
    // ε = smoothing·(the largest variance of any feature over all the data, about its mean, denominator n). Feature 0 is
    // Five shifted by 10⁸: mean 10⁸ + 6.8, variance (5.8² + 3.8² + 2.2² + 3.2² + 4.2²)/5 = 16.16 (the one-pass
    // E[x²] − x̄² loses it to rounding at this offset). Feature 1 = (0, 0, 1, 1, 1) has variance 0.24 and is constant in
    // each class. With smoothing ½, ε = 8.08 is added to every class variance (1 and 2/3 for feature 0, 0 for feature 1).
    public void Smoothing_adds_a_share_of_the_largest_feature_variance_by_hand()
    {
        var x = new double[,] { { 1e8 + 1, 0 }, { 1e8 + 3, 0 }, { 1e8 + 9, 1 }, { 1e8 + 10, 1 }, { 1e8 + 11, 1 } };

        var model = NaiveBayes.Fit(x, FiveLabels, 2, smoothing: 0.5);

        model.Variances.Should().BeApproximately(new double[,] { { 1 + 8.08, 8.08 }, { (2.0 / 3) + 8.08, 8.08 } }, Tolerance.Loose);
    }

    [Test, Order(10)]
    // Far from both classes (x = ±200) the log joints differ by thousands (class 0: −198²/2 ≈ −19602; class 1:
    // −190²/(2·⅔) ≈ −27075): e to that difference overflows, so log-sum-exp must subtract the largest log joint. The
    // posterior is then (1, 0): far out, the wider class wins.
    public void Far_from_both_classes_the_posterior_is_still_a_distribution()
    {
        var model = NaiveBayes.Fit(Five, FiveLabels, 2, smoothing: 0);

        NaiveBayes.PredictProbabilities(model, new double[,] { { 200 }, { -200 } }).Should().BeApproximately(new double[,] { { 1, 0 }, { 1, 0 } }, Tolerance.Tight);
    }
}
