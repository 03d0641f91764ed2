using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// The linear SVM: the hinge-loss objective by hand, its sub-gradient against central differences away from the
/// kinks, Pegasos reproducible from its seed and driving the objective down to the full-batch optimum's level, a
/// separable toy problem solved with a margin, and Adelie against Chinstrap penguins on a held-out split.
/// </summary>
/// <remarks>
/// Wrong implementations these tests kill: the hinge without the max(0, ·) (correct, confident samples then REDUCE the
/// loss); the regulariser λ‖w‖² without the ½ (the sub-gradient check fails by a factor 2 in w); skipping the shrink
/// (1 − ηλ)w on iterations where the margin is satisfied (‖w‖ grows without bound on separable data); no shrink of the
/// bias (its first steps of size 1/λ leave it far off, and separable blobs get misclassified); a constant step size
/// instead of 1/(λt); the margin tested with ≤ 1 instead of &lt; 1 (the by-hand sub-gradient at margin exactly 1, and
/// Pegasos's third step on one sample); one Pegasos step too few (t &lt; T); the step ηyᵢ written yᵢ/η; range and label
/// errors without their words ("positive", "+1"); arguments, or the model's weights, not checked for null.
/// </remarks>
public class SupportVectorMachineTests
{
    // Two 1-D samples: x = 2 with y = +1 and x = −1 with y = −1.
    private static readonly double[,] TwoSamples = { { 2 }, { -1 } };
    private static readonly int[] TwoLabels = [1, -1];

    [Test, Order(1)]
    // w = 0.25, b = 0: margins y·(w·x + b) are 0.5 and 0.25, hinge losses 0.5 and 0.75, mean 0.625; with λ = 2 the
    // regulariser adds (2/2)·0.25² = 0.0625: F = 0.6875. With w = 1 the margins are 2 and 1 (both satisfied): F = λ/2 = 1.
    // The bias is regularised too: w = 1, b = 0.5, λ = 2 gives margins 2.5 and 0.5, hinge (0 + 0.5)/2, and
    // F = (2/2)(1 + 0.25) + 0.25 = 1.5.
    public void The_objective_by_hand()
    {
        SupportVectorMachine.Objective(new LinearSvm([0.25], 0), TwoSamples, TwoLabels, 2).Should().BeApproximately(0.6875, Tolerance.Tight);
        SupportVectorMachine.Objective(new LinearSvm([1], 0), TwoSamples, TwoLabels, 2).Should().BeApproximately(1, Tolerance.Tight);
        SupportVectorMachine.Objective(new LinearSvm([10], 0), TwoSamples, TwoLabels, 0.01).Should().BeApproximately(0.5, Tolerance.Tight);
        SupportVectorMachine.Objective(new LinearSvm([1], 0.5), TwoSamples, TwoLabels, 2).Should().BeApproximately(1.5, Tolerance.Tight);
    }

    [Test, Order(2)]
    // Sub-gradient at w = 0.25, b = 0, λ = 2: both samples inside the margin, so ∂w = λw − (1/2)(1·2 + (−1)(−1)) =
    // 0.5 − 1.5 = −1 and ∂b = −(1/2)(1 − 1) = 0. At w = 1 the second sample sits exactly on the margin (y·score = 1),
    // which counts as satisfied: ∂w = λw = 2, ∂b = 0. At w = 1, b = 0.5 only the second sample (margin 0.5) is inside:
    // ∂w = 2 − ½·(−1)(−1) = 1.5 and ∂b = λb − ½·(−1) = 1 + 0.5 = 1.5.
    public void The_subgradient_by_hand()
    {
        SupportVectorMachine.Subgradient(new LinearSvm([0.25], 0), TwoSamples, TwoLabels, 2).Should().BeApproximately([-1, 0], Tolerance.Tight);
        SupportVectorMachine.Subgradient(new LinearSvm([1], 0), TwoSamples, TwoLabels, 2).Should().BeApproximately([2, 0], Tolerance.Tight);
        SupportVectorMachine.Subgradient(new LinearSvm([1], 0.5), TwoSamples, TwoLabels, 2).Should().BeApproximately([1.5, 1.5], Tolerance.Tight);
    }

    [Test, Order(3)]
    // Away from its kinks (no margin within 1e-3 of 1) the objective is differentiable and the sub-gradient is THE
    // gradient: compare with the harness's central differences at seeded (w, b) on seeded data.
    public void The_subgradient_is_the_gradient_away_from_the_kinks([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Matrix(20, 3, -2, 2);
        int[] y = [.. Enumerable.Range(0, 20).Select(_ => data.Random.NextDouble() < 0.5 ? -1 : 1)];
        double[] theta;
        do
        {
            // Draw seeded points until none of the 20 margins is within 1e-3 of the kink at 1 (the first draw usually is).
            theta = data.Vector(4);
        }
        while (Enumerable.Range(0, 20).Any(i => Math.Abs((y[i] * (theta[3] + (theta[0] * x[i, 0]) + (theta[1] * x[i, 1]) + (theta[2] * x[i, 2]))) - 1) <= 1e-3));

        GradientCheck.Compare(
                t => SupportVectorMachine.Objective(new LinearSvm(t[..3], t[3]), x, y, 0.3),
                t => SupportVectorMachine.Subgradient(new LinearSvm(t[..3], t[3]), x, y, 0.3),
                theta)
            .Should().Agree();
    }

    [Test, Order(4)]
    // Two well-separated seeded blobs (centres ±(2, 2), spread 0.5): Pegasos with λ = 0.01 for 5000 steps classifies
    // every sample, and every sample ends up outside or near the margin (y·score > 0.9). The same seed gives the same
    // model, bit for bit.
    public void Pegasos_separates_separable_data_with_a_margin([Range(1, 3)] int seed)
    {
        var (x, y) = Blobs(new TestData(seed), 40);

        var model = SupportVectorMachine.Train(x, y, 0.01, 5000, new Random(seed));

        Enumerable.Range(0, 80).Should().OnlyContain(i => model.Predict(TestData.Row(x, i)) == y[i]);
        Enumerable.Range(0, 80).Should().OnlyContain(i => y[i] * model.Score(TestData.Row(x, i)) > 0.9);
        SupportVectorMachine.Train(x, y, 0.01, 5000, new Random(seed)).Should().BeEquivalentTo(model);
    }

    [Test, Order(5)]
    // Pegasos converges in objective like O(log T/(λT)): after 20 000 steps the objective is within 0.02 of the best
    // objective of 4 000 full-batch sub-gradient steps with step 1/(λt) (a slow but reliable reference), and far
    // below the objective 1 of the starting point w = 0, b = 0.
    public void Pegasos_reaches_the_objective_of_full_batch_descent([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Matrix(60, 2, -2, 2);
        int[] y = [.. Enumerable.Range(0, 60).Select(i => x[i, 0] + (0.5 * x[i, 1]) + data.Random.Gaussian(0, 0.5) > 0 ? 1 : -1)];
        const double lambda = 0.1;
        var best = double.PositiveInfinity;
        var theta = new double[3];
        for (var t = 1; t <= 4_000; t++)
        {
            var model = new LinearSvm(theta[..2], theta[2]);
            best = Math.Min(best, SupportVectorMachine.Objective(model, x, y, lambda));
            var g = SupportVectorMachine.Subgradient(model, x, y, lambda);
            theta = [.. theta.Select((v, j) => v - (g[j] / (lambda * t)))];
        }

        var pegasos = SupportVectorMachine.Train(x, y, lambda, 20_000, new Random(seed));

        SupportVectorMachine.Objective(pegasos, x, y, lambda).Should().BeLessThan(best + 0.02);
        best.Should().BeLessThan(0.8);
    }

    [Test, Order(6)]
    // Real data: Adelie (151 birds) against Chinstrap (68) penguins, all four measurements standardised (mean 0, standard
    // deviation 1 on the training part), a seeded 70/30 split (System.Random(2026) shuffle: 153 train, 66 test). The
    // majority class (Adelie) is right for 69 % of the birds; Pegasos (λ = 0.01, 20 000 steps, seed 7) must reach at
    // least 95 % on the held-out test birds — 26 points above the baseline. Measured: see the lesson.
    public void On_penguins_Adelie_and_Chinstrap_are_told_apart_on_held_out_birds()
    {
        var (train, trainLabels, test, testLabels) = PenguinSplit();

        var model = SupportVectorMachine.Train(train, trainLabels, 0.01, 20_000, new Random(7));
        var accuracy = Enumerable.Range(0, testLabels.Length).Count(i => model.Predict(TestData.Row(test, i)) == testLabels[i]) / (double)testLabels.Length;
        var baseline = testLabels.Count(l => l == -1) / (double)testLabels.Length;

        TestContext.Out.WriteLine($"test accuracy {accuracy:0.000}, majority baseline {baseline:0.000}, n = {testLabels.Length}");
        accuracy.Should().BeGreaterThanOrEqualTo(0.95);
        (accuracy - baseline).Should().BeGreaterThan(0.2);
    }

    [Test, Order(7)]
    // Labels must be ±1, shapes must fit, λ > 0, at least one step, and a source of randomness.
    public void Bad_input_is_rejected()
    {
        var model = new LinearSvm([1], 0);
        FluentActions.Invoking(() => SupportVectorMachine.Objective(model, TwoSamples, [1, 0], 1)).Should().Throw<ArgumentException>().WithMessage("*label*+1*");
        FluentActions.Invoking(() => SupportVectorMachine.Objective(model, TwoSamples, [1], 1)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => SupportVectorMachine.Subgradient(new LinearSvm([1, 2], 0), TwoSamples, TwoLabels, 1)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => SupportVectorMachine.Objective(model, new double[0, 1], [], 1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => SupportVectorMachine.Objective(model, TwoSamples, TwoLabels, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => SupportVectorMachine.Train(TwoSamples, TwoLabels, 1, 0, new Random(1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SupportVectorMachine.Train(TwoSamples, TwoLabels, 1, 10, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SupportVectorMachine.Train(TwoSamples, [2, -1], 1, 10, new Random(1))).Should().Throw<ArgumentException>().WithMessage("*label*+1*");
        FluentActions.Invoking(() => SupportVectorMachine.Subgradient(null!, TwoSamples, TwoLabels, 1)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(8)]
    // Pegasos by hand on one sample x = 1, y = +1 with λ = 1 (so η = 1/t and the shrink is 1 − 1/t). t = 1: margin 0 < 1,
    // w = 0·0 + 1·1 = 1, b = 1. t = 2: margin 2, only the shrink by ½: w = b = ½. t = 3: margin ½ + ½ = 1 exactly, which
    // counts as satisfied: only the shrink by ⅔, w = b = ⅓. And one step on x = 2, y = −1 with λ = ½: η = 2, w = ηyx = −4,
    // b = ηy = −2.
    public void Pegasos_by_hand_on_one_sample()
    {
        double[,] one = { { 1 } };

        SupportVectorMachine.Train(one, [1], 1, 1, new Random(1)).Should().BeEquivalentTo(new LinearSvm([1], 1));
        SupportVectorMachine.Train(one, [1], 1, 2, new Random(1)).Should().BeEquivalentTo(new LinearSvm([0.5], 0.5));
        var three = SupportVectorMachine.Train(one, [1], 1, 3, new Random(1));
        three.Weights[0].Should().BeApproximately(1.0 / 3, Tolerance.Tight);
        three.Bias.Should().BeApproximately(1.0 / 3, Tolerance.Tight);
        SupportVectorMachine.Train(new double[,] { { 2 } }, [-1], 0.5, 1, new Random(1)).Should().BeEquivalentTo(new LinearSvm([-4], -2));
    }

    [Test, Order(9)]
    // Null arguments are named; so is a model whose weight vector is null.
    public void Null_arguments_are_named()
    {
        var model = new LinearSvm([1], 0);
        FluentActions.Invoking(() => SupportVectorMachine.Objective(null!, TwoSamples, TwoLabels, 1)).Should().Throw<ArgumentNullException>().WithParameterName("model");
        FluentActions.Invoking(() => SupportVectorMachine.Objective(new LinearSvm(null!, 0), TwoSamples, TwoLabels, 1)).Should().Throw<ArgumentNullException>().WithParameterName("model");
        FluentActions.Invoking(() => SupportVectorMachine.Objective(model, null!, TwoLabels, 1)).Should().Throw<ArgumentNullException>().WithParameterName("features");
        FluentActions.Invoking(() => SupportVectorMachine.Objective(model, TwoSamples, null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("labels");
        FluentActions.Invoking(() => SupportVectorMachine.Train(null!, TwoLabels, 1, 10, new Random(1))).Should().Throw<ArgumentNullException>().WithParameterName("features");
    }

    private static (double[,] X, int[] Y) Blobs(TestData data, int perClass)
    {
        var x = new double[2 * perClass, 2];
        var y = new int[2 * perClass];
        for (var i = 0; i < 2 * perClass; i++)
        {
            y[i] = i < perClass ? 1 : -1;
            x[i, 0] = (2 * y[i]) + data.Random.Gaussian(0, 0.5);
            x[i, 1] = (2 * y[i]) + data.Random.Gaussian(0, 0.5);
        }

        return (x, y);
    }

    private static (double[,] Train, int[] TrainLabels, double[,] Test, int[] TestLabels) PenguinSplit()
    {
        var penguins = DataSets.Penguins();
        var (adelie, chinstrap) = (Array.IndexOf(penguins.ClassNames, "Adelie"), Array.IndexOf(penguins.ClassNames, "Chinstrap"));
        var birds = penguins.Rows([.. Enumerable.Range(0, penguins.Count).Where(i => penguins.Labels[i] == adelie || penguins.Labels[i] == chinstrap)]);
        var order = Enumerable.Range(0, birds.Count).ToArray();
        new Random(2026).Shuffle(order);
        var cut = (int)(0.7 * birds.Count);
        var (train, test) = (birds.Rows(order[..cut]), birds.Rows(order[cut..]));
        int[] Signs(LabelledData part) => [.. part.Labels.Select(l => l == chinstrap ? 1 : -1)];
        return (train.StandardisedBy(train).Features, Signs(train), test.StandardisedBy(train).Features, Signs(test));
    }

}
