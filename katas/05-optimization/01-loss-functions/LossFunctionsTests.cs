using MathForML.Verification;

namespace MathForML.Optimization.Tests;

/// <summary>
/// Losses and their gradients. The values are checked on hand examples, the gradients against central differences
/// (the harness's <see cref="GradientCheck"/>), and the numerics where a textbook formula breaks: logits of ±1000,
/// residuals of 1 between values near 10¹². Plausible wrong implementations these tests kill:
/// <list type="bullet">
/// <item>the textbook cross-entropy −[y log σ(z) + (1 − y) log(1 − σ(z))]: log 0 = −∞ at z = ±1000 (test 6);</item>
/// <item>a softmax without subtracting the row maximum: e¹⁰⁰⁰ = ∞, and ∞/∞ = NaN (test 7);</item>
/// <item>the MSE gradient without the factor 2, or the sum instead of the mean (tests 1 and 5);</item>
/// <item>a Huber gradient that forgets to clip the residual at ±δ (tests 1 and 5);</item>
/// <item>a hinge gradient that only fires on misclassified points, yᵢsᵢ &lt; 0, instead of inside the margin (test 4);</item>
/// <item>the squared residual expanded as p² − 2pt + t², which loses every digit near 10¹² (test 8);</item>
/// <item>unchecked arguments: an infinite δ, a NaN label, null classes, logits with no columns (test 13).</item>
/// </list>
/// </summary>
public class LossFunctionsTests
{
    private static readonly double[] HandPredictions = [1, 2, 3];
    private static readonly double[] HandTargets = [0, 2, 5];

    [Test, Order(1)]
    // Residuals r = p − t = (1, 0, −2). MSE = (1 + 0 + 4)/3 = 5/3, gradient 2r/3 = (2/3, 0, −4/3).
    // MAE = (1 + 0 + 2)/3 = 1, gradient sign(r)/3 = (1/3, 0, −1/3) (0 at the tie).
    // Huber with δ = 1: ½·1² + 0 + 1·(2 − ½) = 2, so 2/3; gradient clamp(r, −1, 1)/3 = (1/3, 0, −1/3).
    public void Regression_losses_of_a_hand_example()
    {
        LossFunctions.MeanSquaredError(HandPredictions, HandTargets).Should().BeApproximately(5.0 / 3, Tolerance.Tight);
        LossFunctions.MeanSquaredErrorGradient(HandPredictions, HandTargets).Should().BeApproximately([2.0 / 3, 0, -4.0 / 3], Tolerance.Tight);
        LossFunctions.MeanAbsoluteError(HandPredictions, HandTargets).Should().BeApproximately(1, Tolerance.Tight);
        LossFunctions.MeanAbsoluteErrorGradient(HandPredictions, HandTargets).Should().BeApproximately([1.0 / 3, 0, -1.0 / 3], Tolerance.Tight);
        LossFunctions.Huber(HandPredictions, HandTargets, 1).Should().BeApproximately(2.0 / 3, Tolerance.Tight);
        LossFunctions.HuberGradient(HandPredictions, HandTargets, 1).Should().BeApproximately([1.0 / 3, 0, -1.0 / 3], Tolerance.Tight);
    }

    [Test, Order(2)]
    // z = 0, y = 1: σ = ½, loss −log ½ = log 2. z = log 3, y = 0: σ = 3/4, loss −log ¼ = log 4. Mean (log 2 + log 4)/2 = 1.5·log 2.
    // Gradient (σ − y)/n = ((½ − 1)/2, (¾ − 0)/2) = (−0.25, 0.375).
    public void Binary_cross_entropy_of_a_hand_example()
    {
        double[] logits = [0, Math.Log(3)];
        double[] labels = [1, 0];

        LossFunctions.BinaryCrossEntropy(logits, labels).Should().BeApproximately(1.5 * Math.Log(2), Tolerance.Tight);
        LossFunctions.BinaryCrossEntropyGradient(logits, labels).Should().BeApproximately([-0.25, 0.375], Tolerance.Tight);
    }

    [Test, Order(3)]
    // Row 1: logits (0, 0, 0), class 0: softmax = (⅓, ⅓, ⅓), loss log 3. Row 2: logits (0, log 2, log 5), class 2:
    // softmax = (1, 2, 5)/8, loss −log(5/8). Mean (log 3 + log 8 − log 5)/2. Gradient (softmax − one-hot)/2.
    public void Categorical_cross_entropy_of_a_hand_example()
    {
        var logits = new double[,] { { 0, 0, 0 }, { 0, Math.Log(2), Math.Log(5) } };
        int[] classes = [0, 2];

        LossFunctions.CategoricalCrossEntropy(logits, classes).Should().BeApproximately((Math.Log(3) + Math.Log(8) - Math.Log(5)) / 2, Tolerance.Tight);
        var expected = new double[,] { { (1.0 / 3 - 1) / 2, 1.0 / 6, 1.0 / 6 }, { 1.0 / 16, 2.0 / 16, (5.0 / 8 - 1) / 2 } };
        LossFunctions.CategoricalCrossEntropyGradient(logits, classes).Should().BeApproximately(expected, Tolerance.Tight);
    }

    [Test, Order(4)]
    // Scores (2, 0.5, −1), all labels +1: margins 2, 0.5, −1 cost 0, 0.5, 2, mean 2.5/3. The correctly classified
    // point with margin 0.5 < 1 still pushes: gradient (0, −⅓, −⅓). On the kink (margin exactly 1) the gradient is 0.
    public void Hinge_loss_pushes_every_point_inside_the_margin()
    {
        LossFunctions.Hinge([2, 0.5, -1], [1, 1, 1]).Should().BeApproximately(2.5 / 3, Tolerance.Tight);
        LossFunctions.HingeGradient([2, 0.5, -1], [1, 1, 1]).Should().BeApproximately([0, -1.0 / 3, -1.0 / 3], Tolerance.Tight);
        LossFunctions.HingeGradient([1, -1], [1, -1]).Should().Equal(0, 0);
        LossFunctions.Hinge([-0.5], [-1]).Should().BeApproximately(0.5, Tolerance.Tight);
    }

    [Test, Order(5)]
    // Every gradient agrees with central differences (relative error ≤ 1e-7) at seeded random points. The residuals are
    // continuous draws, so none lies within the difference step (1e-5) of a kink of MAE, Huber or hinge.
    public void Every_gradient_passes_the_gradient_check([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(3, 9);
        var targets = data.Vector(n, -3, 3);
        var predictions = data.Vector(n, -3, 3);
        var probabilities = Enumerable.Range(0, n).Select(_ => data.Random.NextDouble()).ToArray();
        var signs = Enumerable.Range(0, n).Select(_ => data.Random.NextDouble() < 0.5 ? -1.0 : 1.0).ToArray();
        var delta = data.Random.Uniform(0.5, 2);

        GradientCheck.Compare(p => LossFunctions.MeanSquaredError(p, targets), p => LossFunctions.MeanSquaredErrorGradient(p, targets), predictions).Should().Agree();
        GradientCheck.Compare(p => LossFunctions.MeanAbsoluteError(p, targets), p => LossFunctions.MeanAbsoluteErrorGradient(p, targets), predictions).Should().Agree();
        GradientCheck.Compare(p => LossFunctions.Huber(p, targets, delta), p => LossFunctions.HuberGradient(p, targets, delta), predictions).Should().Agree();
        GradientCheck.Compare(z => LossFunctions.BinaryCrossEntropy(z, probabilities), z => LossFunctions.BinaryCrossEntropyGradient(z, probabilities), predictions).Should().Agree();
        GradientCheck.Compare(s => LossFunctions.Hinge(s, signs), s => LossFunctions.HingeGradient(s, signs), predictions).Should().Agree();

        // The categorical loss as a function of the flattened n × 3 logits.
        var classes = Enumerable.Range(0, n).Select(_ => data.Random.NextInt(3)).ToArray();
        var flat = data.Vector(3 * n, -4, 4);
        GradientCheck.Compare(
            z => LossFunctions.CategoricalCrossEntropy(Unflatten(z, n), classes),
            z => Flatten(LossFunctions.CategoricalCrossEntropyGradient(Unflatten(z, n), classes)),
            flat).Should().Agree();
    }

    [Test, Order(6)]
    // At z = 1000, σ(z) rounds to exactly 1, so the textbook form needs log(1 − 1) = −∞ (and 0·∞ = NaN for y = 1).
    // Written as softplus(z) − yz with softplus(z) = max(z, 0) + log(1 + e^−|z|), each term is exact: z = 1000, y = 0
    // costs 1000; z = −1000, y = 1 costs 1000; the confident right answers cost 0. Mean (1000 + 1000 + 0 + 0)/4 = 500.
    public void Binary_cross_entropy_is_exact_for_logits_of_plus_or_minus_1000()
    {
        double[] logits = [1000, -1000, 1000, -1000];
        double[] labels = [0, 1, 1, 0];

        Naive(logits, labels).Should().Match(v => !double.IsFinite(v), "the textbook form overflows into log 0");
        LossFunctions.BinaryCrossEntropy(logits, labels).Should().Be(500);
        LossFunctions.BinaryCrossEntropyGradient(logits, labels).Should().Equal(0.25, -0.25, 0, 0);
    }

    [Test, Order(7)]
    // Where the textbook form is fine (|z| ≤ 10) the stable one agrees with it.
    public void Binary_cross_entropy_agrees_with_the_textbook_form_for_moderate_logits([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var logits = data.Vector(6, -10, 10);
        var labels = Enumerable.Range(0, 6).Select(_ => data.Random.NextDouble()).ToArray();

        LossFunctions.BinaryCrossEntropy(logits, labels).Should().BeApproximately(Naive(logits, labels), Tolerance.Default);
    }

    [Test, Order(8)]
    // Logits (1000, −1000, 0): e¹⁰⁰⁰ overflows, so softmax needs the row maximum subtracted first:
    // log Σ e^zₖ = 1000 + log(1 + e⁻²⁰⁰⁰ + e⁻¹⁰⁰⁰) = 1000. Class 0 costs 0, class 1 costs 2000, class 2 costs 1000.
    public void Categorical_cross_entropy_is_exact_for_logits_of_plus_or_minus_1000()
    {
        var logits = new double[,] { { 1000, -1000, 0 }, { 1000, -1000, 0 }, { 1000, -1000, 0 } };

        LossFunctions.CategoricalCrossEntropy(logits, [0, 1, 2]).Should().Be(1000);
        LossFunctions.CategoricalCrossEntropyGradient(logits, [0, 1, 2]).Should().BeApproximately(
            new double[,] { { 0, 0, 0 }, { 1.0 / 3, -1.0 / 3, 0 }, { 1.0 / 3, 0, -1.0 / 3 } }, Tolerance.Tight);
    }

    [Test, Order(9)]
    // Softmax ignores a constant added to a row, and with two classes it IS the sigmoid: logits (0, z) for class 1 give
    // −log(e^z/(1 + e^z)) = −log σ(z), the binary cross-entropy of z with y = 1.
    public void Categorical_cross_entropy_is_shift_invariant_and_binary_for_two_classes([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var z = data.Random.Uniform(-20, 20);
        var shift = data.Random.Uniform(-500, 500);

        LossFunctions.CategoricalCrossEntropy(new double[,] { { 0, z } }, [1]).Should().BeApproximately(LossFunctions.BinaryCrossEntropy([z], [1]), Tolerance.Default);
        LossFunctions.CategoricalCrossEntropy(new double[,] { { shift, z + shift } }, [1]).Should().BeApproximately(LossFunctions.BinaryCrossEntropy([z], [1]), Tolerance.Loose);
    }

    [Test, Order(10)]
    // (p − t)² with p = 10¹² + k and t = p + 1 is exactly 1: subtract first. Expanded, p² − 2pt + t² cancels 10²⁴-sized
    // terms whose rounding (≈ 10⁸) swamps the answer. Tiny residuals (10⁻¹²) are kept too: (10⁻¹²)² = 10⁻²⁴.
    public void Squared_error_subtracts_before_squaring([Values(0, 1, 7)] int k)
    {
        var p = 1e12 + k;

        LossFunctions.MeanSquaredError([p, p], [p + 1, p - 1]).Should().Be(1);
        LossFunctions.MeanSquaredError([1e-12], [0]).Should().BeApproximately(1e-24, Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(11)]
    // Huber is a parabola near 0 and a line far away: for δ larger than every residual it is MSE/2; as δ → 0, Huber/δ → MAE.
    public void Huber_lies_between_squared_and_absolute_error([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var p = data.Vector(7, -5, 5);
        var t = data.Vector(7, -5, 5);

        LossFunctions.Huber(p, t, 1e3).Should().BeApproximately(LossFunctions.MeanSquaredError(p, t) / 2, Tolerance.Tight);
        (LossFunctions.Huber(p, t, 1e-9) / 1e-9).Should().BeApproximately(LossFunctions.MeanAbsoluteError(p, t), Tolerance.RelativeOnly(1e-8));
    }

    [TestCase(100.0)]
    [TestCase(1e6)]
    [Order(12)]
    // The best constant prediction c for targets (1, 2, 3, 4, outlier): where Σ ∂loss/∂pᵢ = 0, found by bisection on
    // that (monotone) slope with YOUR gradients. MSE gives the mean, dragged by outlier/5; MAE gives the median 3 whatever
    // the outlier; Huber (δ = 1) solves Σ clamp(c − tᵢ, −1, 1) = 0: 1 + 1 + (c − 3) + (c − 4) − 1 = 0, so c = 3 as well.
    public void An_outlier_drags_the_squared_error_but_not_the_absolute_or_Huber(double outlier)
    {
        double[] targets = [1, 2, 3, 4, outlier];

        BestConstant(targets, LossFunctions.MeanSquaredErrorGradient).Should().BeApproximately((10 + outlier) / 5, Tolerance.Default);
        BestConstant(targets, LossFunctions.MeanAbsoluteErrorGradient).Should().BeApproximately(3, Tolerance.Default);
        BestConstant(targets, (p, t) => LossFunctions.HuberGradient(p, t, 1)).Should().BeApproximately(3, Tolerance.Default);
    }

    [Test, Order(13)]
    // Bad input is the caller's mistake: reported with the exception type and a word naming the problem.
    public void Bad_input_is_rejected_with_a_named_reason()
    {
        FluentActions.Invoking(() => LossFunctions.MeanSquaredError(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LossFunctions.MeanAbsoluteError([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LossFunctions.MeanSquaredError([1, 2], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => LossFunctions.MeanSquaredErrorGradient([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LossFunctions.MeanAbsoluteErrorGradient([1], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => LossFunctions.Huber([1], [1], 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LossFunctions.HuberGradient([1], [1], double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LossFunctions.Huber([], [], 1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LossFunctions.BinaryCrossEntropy([0], [1.5])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*label*");
        FluentActions.Invoking(() => LossFunctions.BinaryCrossEntropyGradient([0], [-0.1])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*label*");
        FluentActions.Invoking(() => LossFunctions.BinaryCrossEntropy([0, 1], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => LossFunctions.Hinge([0], [0])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*label*");
        FluentActions.Invoking(() => LossFunctions.HingeGradient([0], [2])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*label*");
        FluentActions.Invoking(() => LossFunctions.HingeGradient([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LossFunctions.CategoricalCrossEntropy(new double[2, 3], [0])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => LossFunctions.CategoricalCrossEntropy(new double[0, 3], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LossFunctions.CategoricalCrossEntropy(new double[1, 3], [3])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*class*");
        FluentActions.Invoking(() => LossFunctions.CategoricalCrossEntropyGradient(new double[1, 3], [-1])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*class*");
        FluentActions.Invoking(() => LossFunctions.CategoricalCrossEntropyGradient(null!, [0])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LossFunctions.CategoricalCrossEntropy(new double[1, 3], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LossFunctions.CategoricalCrossEntropy(new double[1, 0], [0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LossFunctions.Huber([1], [1], double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LossFunctions.HuberGradient([1], [1], -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LossFunctions.BinaryCrossEntropy([0], [double.NaN])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*label*");
    }

    /// <summary>The textbook binary cross-entropy, to show where it breaks.</summary>
    private static double Naive(double[] logits, double[] labels) =>
        logits.Select((z, i) =>
        {
            var s = 1 / (1 + Math.Exp(-z));
            return -((labels[i] * Math.Log(s)) + ((1 - labels[i]) * Math.Log(1 - s)));
        }).Average();

    /// <summary>The minimiser of a convex loss of the constant prediction c, by bisection on dL/dc = Σᵢ ∂L/∂pᵢ.</summary>
    private static double BestConstant(double[] targets, Func<double[], double[], double[]> gradient)
    {
        var (low, high) = (targets.Min(), targets.Max());
        for (var k = 0; k < 200 && high - low > 1e-12 * Math.Max(1, Math.Abs(high)); k++)
        {
            var middle = (low + high) / 2;
            var slope = gradient([.. targets.Select(_ => middle)], targets).Sum();
            (low, high) = slope < 0 ? (middle, high) : (low, middle);
        }

        return (low + high) / 2;
    }

    private static double[,] Unflatten(double[] z, int rows)
    {
        var m = new double[rows, z.Length / rows];
        for (var i = 0; i < z.Length; i++)
        {
            m[i / m.GetLength(1), i % m.GetLength(1)] = z[i];
        }

        return m;
    }

    private static double[] Flatten(double[,] m) => [.. m.Cast<double>()];
}
