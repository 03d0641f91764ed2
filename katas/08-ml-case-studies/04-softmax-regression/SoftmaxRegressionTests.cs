using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// Softmax regression from the softmax to three penguin species and ten handwritten digits. Wrong implementations these
/// tests catch: exponentials without subtracting the largest score, or subtracting the smallest (NaN at scores of
/// 1000, or 2000 apart); the gradient (y − p) instead of (p − y), or without the 1/n of the mean loss (the gradient
/// check); a loss log(Σ e^z) formed naively (∞ at 1000); a Fit that never updates the intercepts (the class
/// frequencies at zero inputs); an argmax that keeps the last of tied classes instead of the first. On the digits: Fit with a gradient
/// computed once before the loop (17 % held out), and a step size too large or too small by the factor n or K (the
/// gradient without the 1/n still reads 81 % of the digits, but its confident mistakes cost a held-out loss of 52; with
/// 1/(nK) it reads 79 %).
/// </summary>
public class SoftmaxRegressionTests
{
    [Test, Order(1)]
    // z = (0, ln 2, ln 3): e^z = (1, 2, 3), Σ = 6, softmax = (1/6, 2/6, 3/6).
    public void Softmax_of_three_scores_by_hand() =>
        SoftmaxRegression.Softmax([0, Math.Log(2), Math.Log(3)]).Should().BeApproximately([1.0 / 6, 2.0 / 6, 3.0 / 6], Tolerance.Tight);

    [Test, Order(2)]
    // Adding c to every score multiplies numerator and denominator by e^c: nothing changes. At c = ±1000 e^z overflows to ∞
    // (or underflows to 0) unless the largest score is subtracted first.
    public void Softmax_is_unchanged_by_a_shift_even_to_huge_scores([Values(-1000.0, 1000.0, 1e6)] double shift)
    {
        var p = SoftmaxRegression.Softmax([shift, shift + Math.Log(2), shift + Math.Log(3)]);

        p.Should().BeApproximately([1.0 / 6, 2.0 / 6, 3.0 / 6], Tolerance.RelativeOnly(1e-9));
    }

    [Test, Order(3)]
    // Scores 2000 apart: e^(z − max) = (1, e^−1000, e^−2000) = (1, 0, 0) in doubles. Subtracting the smallest score
    // instead of the largest gives e^2000 = ∞ and ∞/∞ = NaN: only the largest score makes every exponent ≤ 0.
    public void Softmax_of_scores_far_apart_is_one_hot_on_the_largest() =>
        SoftmaxRegression.Softmax([0, 1000, -1000]).Should().BeApproximately([0.0, 1.0, 0.0], Tolerance.Tight);

    [Test, Order(4)]
    // With two classes softmax is the sigmoid of the score difference: softmax(0, z)₂ = e^z/(1 + e^z) = σ(z). The
    // probabilities are positive and sum to 1.
    public void Two_class_softmax_is_the_sigmoid_of_the_score_difference([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, z) = (data.Random.Uniform(-5, 5), data.Random.Uniform(-10, 10));
        var p = SoftmaxRegression.Softmax([a, a + z]);

        p[1].Should().BeApproximately(1 / (1 + Math.Exp(-z)), Tolerance.Tight);
        p.Sum().Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(5)]
    // W = 0 gives every class probability 1/K, so every sample costs ln K. One sample x = (0) with class 2 of 3 and
    // intercepts (0, ln 2, ln 3): the loss is −log(3/6) = ln 2. A sample scored 1000 for the wrong class costs 1000.
    public void The_cross_entropy_by_hand()
    {
        var x = new double[,] { { 0.5, -1 }, { 2, 0 }, { -1, 1 } };
        SoftmaxRegression.LogLoss(x, [0, 2, 1], new double[3, 3]).Should().BeApproximately(Math.Log(3), Tolerance.Tight);
        var one = new double[,] { { 0 } };
        SoftmaxRegression.LogLoss(one, [2], new double[,] { { 0, 7 }, { Math.Log(2), 7 }, { Math.Log(3), 7 } }).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        SoftmaxRegression.LogLoss(one, [0], new double[,] { { 0, 0 }, { 1000, 0 } }).Should().BeApproximately(1000, Tolerance.Tight);
    }

    [Test, Order(6)]
    // ∇L row k = (1/n)·Σᵢ (pᵢₖ − [yᵢ = k])·[1, xᵢ], checked against central differences of LogLoss in every entry of W
    // (flattened row by row). Its rows sum to zero: Σₖ (pᵢₖ − [yᵢ = k]) = 1 − 1.
    public void The_gradient_agrees_with_central_differences([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Classification(10, 3, 2, separation: 1.5);
        var w = data.Matrix(3, 3, -1, 1);
        double[,] Shape(double[] flat) => new[,] { { flat[0], flat[1], flat[2] }, { flat[3], flat[4], flat[5] }, { flat[6], flat[7], flat[8] } };

        GradientCheck.Compare(
                f => SoftmaxRegression.LogLoss(set.Features, set.Labels, Shape(f)),
                f => [.. SoftmaxRegression.Gradient(set.Features, set.Labels, Shape(f)).Cast<double>()],
                [.. w.Cast<double>()])
            .Should().Agree();
        var gradient = SoftmaxRegression.Gradient(set.Features, set.Labels, w);
        for (var j = 0; j < 3; j++)
        {
            (gradient[0, j] + gradient[1, j] + gradient[2, j]).Should().BeApproximately(0, Tolerance.Tight);
        }
    }

    [Test, Order(7)]
    // The softmax loss's curvature is at most ℓ = ½·λmax((1/n)DᵀD) (the Hessian of log Σ e^z is at most ½·I), so gradient
    // descent from W = 0 with η = 1/ℓ never raises the loss; the trace starts at ln K.
    public void Training_starts_at_log_K_and_lowers_the_loss_at_every_step([Range(1, 3)] int seed)
    {
        var set = new TestData(seed).Classification(20, 4, 2, separation: 2);
        var trace = new List<double>();

        SoftmaxRegression.Fit(set.Features, set.Labels, 4, 1 / CurvatureBound(set.Features), 100, trace);

        trace.Should().HaveCount(101);
        trace[0].Should().BeApproximately(Math.Log(4), Tolerance.Tight);
        for (var k = 1; k < trace.Count; k++)
        {
            trace[k].Should().BeLessThanOrEqualTo(trace[k - 1] * (1 + 1e-12), "step {0} must not raise the loss", k);
        }
    }

    [Test, Order(8)]
    // With every input 0 only the intercepts can learn, and the best they can do is the class frequencies: the mean
    // cross-entropy of softmax(b) is minimised at softmax(b) = (1/2, 1/3, 1/6), where it equals their entropy
    // −Σ πₖ ln πₖ. A Fit that updates only the feature weights (column 0 skipped) stays at (1/3, 1/3, 1/3).
    // Here ℓ = ½ (D = [1 0]), so η = 2 = 1/ℓ; 300 steps shrink the error far below 1e-9.
    public void With_zero_inputs_the_intercepts_learn_the_class_frequencies()
    {
        var (x, labels) = (new double[6, 1], new[] { 0, 0, 0, 1, 1, 2 });
        double[] frequencies = [1.0 / 2, 1.0 / 3, 1.0 / 6];

        var w = SoftmaxRegression.Fit(x, labels, 3, 2, 300);

        var p = SoftmaxRegression.PredictProbabilities(x, w);
        for (var i = 0; i < 6; i++)
        {
            double[] row = [p[i, 0], p[i, 1], p[i, 2]];
            row.Should().BeApproximately(frequencies, Tolerance.AbsoluteOnly(1e-9), "sample {0}", i);
        }

        SoftmaxRegression.LogLoss(x, labels, w).Should().BeApproximately(-frequencies.Sum(f => f * Math.Log(f)), Tolerance.AbsoluteOnly(1e-9));
    }

    [Test, Order(9)]
    // The predicted class is the largest score; probabilities are the softmax of each row. Scores (1, 3, 3): a tie between
    // classes 1 and 2 goes to the first, 1.
    public void Predict_takes_the_largest_score_and_the_first_of_ties()
    {
        var x = new double[,] { { 1 }, { -1 } };
        var w = new double[,] { { 0, 1 }, { 2, 1 }, { 4, -1 } }; // x = 1 → (1, 3, 3); x = −1 → (−1, 1, 5)

        SoftmaxRegression.Predict(x, w).Should().Equal(1, 2);
        var p = SoftmaxRegression.PredictProbabilities(x, w);
        p[1, 2].Should().BeApproximately(Math.Exp(5) / (Math.Exp(-1) + Math.Exp(1) + Math.Exp(5)), Tolerance.Tight);
        (p[0, 0] + p[0, 1] + p[0, 2]).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(10)]
    // The Palmer penguins, three species, four measurements standardised with the training set's mean and standard
    // deviation (body mass is in grams, beaks in mm: unscaled, one step size cannot suit all). A fixed shuffle (seed 8)
    // trains on 240 birds and tests on the other 102. The majority class (Adelie) is under 50 % of the test set; the
    // model must classify at least 95 % of it, 45 points above the baseline.
    public void On_three_penguin_species_held_out_accuracy_beats_the_majority_class()
    {
        var (trainX, trainY, testX, testY) = PenguinSplit();

        var w = SoftmaxRegression.Fit(trainX, trainY, 3, 0.5, 500);

        var accuracy = SoftmaxRegression.Predict(testX, w).Zip(testY, (p, t) => p == t ? 1.0 : 0).Average();
        var baseline = testY.GroupBy(c => c).Max(g => g.Count()) / (double)testY.Length;
        baseline.Should().BeLessThan(0.5);
        accuracy.Should().BeGreaterThanOrEqualTo(0.95);
        accuracy.Should().BeGreaterThanOrEqualTo(baseline + 0.45);
    }

    [Test, Order(11)]
    // Ten classes: 1000 handwritten digits, 8 × 8 ink counts 0 … 16 (DataSets.Digits). A fixed shuffle (seed 8) trains on
    // 500 and tests on the other 500. The features are divided by 16 (ink fractions in [0, 1]), not z-scored: pixel r0c0
    // is 0 in every image, so its standard deviation is 0 and a z-score would divide by zero. 30 steps of η = 4 (about
    // 10/ℓ, yet the loss still falls at every step) take 0.25 s on the reference and classify 424 of the 500 (84.8 %),
    // against a majority-class baseline of 10.8 % (the classes are nearly equal): the bar of 80 % leaves 24 digits of
    // room. Accuracy only asks that the right class scores highest; the held-out cross-entropy (0.67 on the reference)
    // asks that the probabilities are sensible too: the bar 0.8 is about a third of ln 10 ≈ 2.30, the loss of W = 0.
    public void On_ten_handwritten_digits_held_out_accuracy_beats_the_majority_class_and_the_loss_beats_ln_10()
    {
        var (train, test) = DataSets.Digits().Split(500, seed: 8);
        var testX = test.Scaled(1.0 / 16).Features;

        var w = SoftmaxRegression.Fit(train.Scaled(1.0 / 16).Features, train.Labels, 10, 4, 30);

        var accuracy = SoftmaxRegression.Predict(testX, w).Zip(test.Labels, (p, t) => p == t ? 1.0 : 0).Average();
        var baseline = test.Labels.GroupBy(c => c).Max(g => g.Count()) / (double)test.Count;
        baseline.Should().BeLessThan(0.15);
        accuracy.Should().BeGreaterThanOrEqualTo(0.80);
        accuracy.Should().BeGreaterThanOrEqualTo(baseline + 0.65);
        SoftmaxRegression.LogLoss(testX, test.Labels, w).Should().BeLessThan(0.8);
    }

    [Test, Order(12)]
    // Labels outside 0 … K − 1, W of the wrong shape, empty inputs, bad settings.
    public void Bad_inputs_are_rejected_with_a_message_naming_the_problem()
    {
        var x = new double[,] { { 1 }, { 2 } };
        FluentActions.Invoking(() => SoftmaxRegression.Softmax([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => SoftmaxRegression.Softmax([1, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => SoftmaxRegression.LogLoss(x, [0, 3], new double[3, 2])).Should().Throw<ArgumentException>().WithMessage("*label*");
        FluentActions.Invoking(() => SoftmaxRegression.LogLoss(x, [0, 1], new double[3, 3])).Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => SoftmaxRegression.Gradient(x, [0], new double[2, 2])).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => SoftmaxRegression.Predict(x, new double[1, 2])).Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => SoftmaxRegression.Fit(x, [0, 1], 1, 0.1, 10)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SoftmaxRegression.Fit(x, [0, 1], 2, 0, 10)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SoftmaxRegression.Softmax(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(13)]
    // Each argument is checked where it comes in, so a null or degenerate one is named instead of surfacing as a
    // NullReferenceException, an index error, a NaN loss or an untrained W of zeros.
    public void Null_empty_and_non_finite_arguments_are_named()
    {
        var (x, labels, w) = (new double[,] { { 1 }, { 2 } }, new[] { 0, 1 }, new double[2, 2]);
        var oneNaN = new double[,] { { 1 }, { double.NaN } };
        FluentActions.Invoking(() => SoftmaxRegression.LogLoss(null!, labels, w)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => SoftmaxRegression.LogLoss(x, null!, w)).Should().Throw<ArgumentNullException>().WithParameterName("labels");
        FluentActions.Invoking(() => SoftmaxRegression.LogLoss(new double[0, 1], [], w)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        // One NaN among finite inputs is enough to poison the loss: every entry is checked, not only "all of them".
        FluentActions.Invoking(() => SoftmaxRegression.LogLoss(oneNaN, labels, w)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => SoftmaxRegression.LogLoss(x, [0, 2], w)).Should().Throw<ArgumentException>().WithMessage("*class index*");
        FluentActions.Invoking(() => SoftmaxRegression.Predict(null!, w)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => SoftmaxRegression.Predict(x, null!)).Should().Throw<ArgumentNullException>().WithParameterName("weights");
        FluentActions.Invoking(() => SoftmaxRegression.Fit(null!, labels, 2, 0.1, 10)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => SoftmaxRegression.Fit(x, labels, 2, double.PositiveInfinity, 10)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("learningRate").WithMessage("*positive*");
        // Zero steps would return the untrained W = 0 as if it were fitted.
        FluentActions.Invoking(() => SoftmaxRegression.Fit(x, labels, 2, 0.1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("iterations");
    }

    /// <summary>½·λmax((1/n)DᵀD), D = [1 X]: a bound on the curvature of the mean cross-entropy.</summary>
    private static double CurvatureBound(double[,] x)
    {
        var design = TestData.WithInterceptColumn(x);
        var gram = Oracle.ToMatrix(design).TransposeThisAndMultiply(Oracle.ToMatrix(design)) / x.GetLength(0);
        return Oracle.SymmetricEigenvalues(gram.ToArray()).Max() / 2;
    }

    private static (double[,] TrainX, int[] TrainY, double[,] TestX, int[] TestY) PenguinSplit()
    {
        var (train, test) = DataSets.Penguins().Split(240, seed: 8);
        return (train.StandardisedBy(train).Features, train.Labels, test.StandardisedBy(train).Features, test.Labels);
    }
}
