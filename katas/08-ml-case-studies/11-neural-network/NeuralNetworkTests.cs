using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// A two-layer perceptron from scratch: activations and their derivatives against central differences, a softmax that
/// survives logits near 1000, a cross-entropy that survives probabilities that underflow, backpropagation checked by
/// the harness's gradient check for every activation, and gradient descent that learns XOR from a seeded start.
/// </summary>
/// <remarks>
/// Wrong implementations these tests kill: softmax without subtracting max z (e¹⁰⁰⁰ = ∞, NaN probabilities); the loss
/// as log(softmax) (log 0 = −∞ for a confident wrong answer); the sigmoid as eᶻ/(1 + eᶻ) for large z (∞/∞ = NaN);
/// σ′ = σ instead of σ(1 − σ); backpropagation that forgets the factor f′(z₁) (gradient check fails); the loss summed
/// instead of averaged over the batch (the worked example doubles); the output error y − p instead of p − y (training
/// climbs the loss); a sigmoid, initialisation or training run that does not check its arguments (an unknown
/// activation, no inputs, one class, η = NaN, labels that do not fit when there are 0 epochs to run) or a label error
/// that does not state the valid range.
/// </remarks>
public class NeuralNetworkTests
{
    private static readonly double[,] XorInputs = { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } };
    private static readonly int[] XorLabels = [0, 1, 1, 0];

    [Test, Order(1)]
    // ReLU(−2) = 0, ReLU(3) = 3, ReLU′ = 0 left of 0 (and AT 0, by convention) and 1 right of it.
    // tanh 0 = 0, tanh′ 0 = 1 − 0² = 1. σ(0) = ½, σ′(0) = ½·½ = ¼; σ(ln 3) = 1/(1 + ⅓) = ¾, σ′(ln 3) = ¾·¼ = 3/16.
    public void Activations_and_derivatives_by_hand()
    {
        NeuralNetwork.Activate(Activation.ReLU, -2).Should().Be(0);
        NeuralNetwork.Activate(Activation.ReLU, 3).Should().Be(3);
        NeuralNetwork.Derivative(Activation.ReLU, -2).Should().Be(0);
        NeuralNetwork.Derivative(Activation.ReLU, 0).Should().Be(0);
        NeuralNetwork.Derivative(Activation.ReLU, 3).Should().Be(1);
        NeuralNetwork.Activate(Activation.Tanh, 0).Should().Be(0);
        NeuralNetwork.Derivative(Activation.Tanh, 0).Should().Be(1);
        NeuralNetwork.Activate(Activation.Sigmoid, 0).Should().Be(0.5);
        NeuralNetwork.Derivative(Activation.Sigmoid, 0).Should().Be(0.25);
        NeuralNetwork.Activate(Activation.Sigmoid, Math.Log(3)).Should().BeApproximately(0.75, Tolerance.Tight);
        NeuralNetwork.Derivative(Activation.Sigmoid, Math.Log(3)).Should().BeApproximately(3.0 / 16, Tolerance.Tight);
    }

    [Test, Order(2)]
    // f′ against the central difference (f(z + h) − f(z − h))/2h at seeded points away from ReLU's kink at 0.
    public void Derivatives_agree_with_central_differences([Range(1, 3)] int seed, [Values] Activation activation)
    {
        var random = new TestData(seed).Random;
        for (var trial = 0; trial < 10; trial++)
        {
            var z = random.Uniform(0.1, 4) * (random.NextDouble() < 0.5 ? -1 : 1);
            var numerical = GradientCheck.NumericalDerivative(x => NeuralNetwork.Activate(activation, x), z);
            GradientCheck.RelativeError(NeuralNetwork.Derivative(activation, z), numerical).Should().BeLessThan(GradientCheck.GoodAgreement, $"f′({z})");
        }
    }

    [Test, Order(3)]
    // At z = ±800, e^{800} overflows to ∞: σ must be 1 and 0 (computed as 1/(1 + e⁻ᶻ) for z ≥ 0 and eᶻ/(1 + eᶻ) below),
    // tanh must be ±1, and every derivative 0 — never NaN.
    public void Activations_saturate_without_NaN_at_extreme_inputs([Values(-800.0, 800.0)] double z, [Values] Activation activation)
    {
        double.IsFinite(NeuralNetwork.Activate(activation, z)).Should().BeTrue();
        NeuralNetwork.Derivative(activation, z).Should().Be(activation == Activation.ReLU && z > 0 ? 1 : 0);
        NeuralNetwork.Activate(Activation.Sigmoid, z).Should().Be(z > 0 ? 1 : 0);
    }

    [Test, Order(4)]
    // softmax(0, ln 2, ln 5) = (1, 2, 5)/8. Adding a constant to every logit changes nothing: (1000, 1000 + ln 2,
    // 1000 + ln 5) gives the same probabilities — without the shift by max z, e¹⁰⁰⁰ = ∞ and ∞/∞ = NaN.
    public void Softmax_normalises_exponentials_and_ignores_a_common_shift()
    {
        double[] expected = [1.0 / 8, 2.0 / 8, 5.0 / 8];

        NeuralNetwork.Softmax([0, Math.Log(2), Math.Log(5)]).Should().BeApproximately(expected, Tolerance.Tight);
        NeuralNetwork.Softmax([1000, 1000 + Math.Log(2), 1000 + Math.Log(5)]).Should().BeApproximately(expected, new Tolerance(1e-12, 1e-9));
        NeuralNetwork.Softmax([-1000, 0]).Should().BeApproximately([0, 1], Tolerance.Tight);
    }

    [Test, Order(5)]
    // ∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ), against the harness's central-difference Jacobian on seeded logits; each row sums to 0
    // because Σᵢ sᵢ = 1 whatever z is.
    public void Softmax_Jacobian_agrees_with_central_differences([Range(1, 5)] int seed)
    {
        var z = new TestData(seed).Vector(5, -3, 3);

        var jacobian = NeuralNetwork.SoftmaxJacobian(z);

        jacobian.Should().BeApproximately(GradientCheck.NumericalJacobian(NeuralNetwork.Softmax, z), Tolerance.Loose);
        for (var j = 0; j < 5; j++)
        {
            Enumerable.Range(0, 5).Sum(i => jacobian[i, j]).Should().BeApproximately(0, Tolerance.Tight);
        }
    }

    [Test, Order(6)]
    // One input, one tanh unit, two classes: W₁ = [1], b₁ = [0], W₂ = [1; −1], b₂ = [0, 0]. At x = 0: z₁ = 0, a = 0,
    // logits (0, 0), p = (½, ½) and for label 0 the loss is −ln ½ = ln 2 = 0.693 — per sample, so a batch of two
    // copies has the same MEAN loss. Backward: δ₂ = p − onehot(0) = (−½, ½); ∂L/∂b₂ = δ₂; ∂L/∂W₂ = δ₂·a = 0;
    // ∂L/∂a = W₂ᵀδ₂ = 1·(−½) + (−1)·½ = −1; δ₁ = −1·tanh′(0) = −1; ∂L/∂b₁ = −1; ∂L/∂W₁ = δ₁·x = 0.
    public void A_tiny_network_by_hand()
    {
        var network = new Mlp(new double[,] { { 1 } }, [0], new double[,] { { 1 }, { -1 } }, [0, 0], Activation.Tanh);
        double[,] twice = { { 0 }, { 0 } };

        NeuralNetwork.Predict(network, twice).Should().BeApproximately(new double[,] { { 0.5, 0.5 }, { 0.5, 0.5 } }, Tolerance.Tight);
        NeuralNetwork.Loss(network, twice, [0, 0]).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        var gradients = NeuralNetwork.Gradients(network, twice, [0, 0]);
        gradients.ToVector().Should().BeApproximately([0, -1, 0, 0, -0.5, 0.5], Tolerance.Tight);
        gradients.Hidden.Should().Be(Activation.Tanh);
    }

    [Test, Order(7)]
    // Backpropagation against central differences of the loss in all h·d + h + k·h + k parameters, for every
    // activation, on seeded networks (3 inputs, 5 hidden units, 4 classes) and batches of 6.
    public void Backpropagation_agrees_with_the_gradient_check([Range(1, 3)] int seed, [Values] Activation activation)
    {
        var data = new TestData(seed);
        var network = NeuralNetwork.Initialize(3, 5, 4, activation, new Random(seed));
        network = network.WithVector([.. network.ToVector().Select(w => w + (0.1 * data.Random.Gaussian()))]); // non-zero biases
        var inputs = data.Matrix(6, 3, -2, 2);
        int[] labels = [.. Enumerable.Range(0, 6).Select(_ => data.Random.NextInt(4))];

        GradientCheck.Compare(
                theta => NeuralNetwork.Loss(network.WithVector(theta), inputs, labels),
                theta => NeuralNetwork.Gradients(network.WithVector(theta), inputs, labels).ToVector(),
                network.ToVector())
            .Should().Agree();
    }

    [Test, Order(8)]
    // Logits ×1000: a confident WRONG answer has p ≈ e⁻¹⁰⁰⁰, which underflows to 0, and −log 0 = ∞. With
    // log p_y = z_y − log Σ e^{zⱼ} the loss is the finite margin: W₂ = [1000; −1000] at a = tanh(1) gives logits
    // ±1000·tanh 1, and for label 1 the loss is 2000·tanh 1 + log(1 + e^{−2000 tanh 1}) = 2000·tanh 1.
    public void Cross_entropy_stays_finite_for_confident_wrong_answers()
    {
        var network = new Mlp(new double[,] { { 1 } }, [0], new double[,] { { 1000 }, { -1000 } }, [0, 0], Activation.Tanh);

        NeuralNetwork.Loss(network, new double[,] { { 1 } }, [1]).Should().BeApproximately(2000 * Math.Tanh(1), Tolerance.Tight);
        NeuralNetwork.Loss(network, new double[,] { { 1 } }, [0]).Should().BeApproximately(0, Tolerance.Tight);
    }

    [Test, Order(9)]
    // Initialisation: weights in [−r, r] with r = √(6/(fan_in + fan_out)) (W₁: √(6/(2 + 8)), W₂: √(6/(8 + 2))), zero
    // biases, reproducible from the seed and different for another seed. 2·8 + 8·2 = 32 uniform draws have mean |w| ≈
    // r/2: it must exceed r/4, or the weights were not spread over the interval.
    public void Initialization_is_seeded_and_bounded([Range(1, 3)] int seed)
    {
        var network = NeuralNetwork.Initialize(2, 8, 2, Activation.ReLU, new Random(seed));
        var r = Math.Sqrt(6.0 / 10);

        network.W1.Cast<double>().Concat(network.W2.Cast<double>()).Should().OnlyContain(w => Math.Abs(w) <= r);
        network.W1.Cast<double>().Average(Math.Abs).Should().BeGreaterThan(r / 4);
        network.B1.Should().OnlyContain(b => b == 0);
        network.B2.Should().OnlyContain(b => b == 0);
        (network.W1.GetLength(0), network.W1.GetLength(1), network.W2.GetLength(0), network.W2.GetLength(1)).Should().Be((8, 2, 2, 8));
        network.Hidden.Should().Be(Activation.ReLU);
        NeuralNetwork.Initialize(2, 8, 2, Activation.ReLU, new Random(seed)).ToVector().Should().Equal(network.ToVector());
        NeuralNetwork.Initialize(2, 8, 2, Activation.ReLU, new Random(seed + 100)).ToVector().Should().NotEqual(network.ToVector());
    }

    [Test, Order(10)]
    // XOR is not linearly separable, so a network needs its hidden layer. A 2-4-2 tanh network from a seeded start
    // (System.Random(seed)), trained by full-batch gradient descent with η = 0.5 for 2000 steps: the loss starts near
    // ln 2 = 0.69, ends below 0.05, and all four points are classified right. The trace has epochs + 1 losses.
    public void Gradient_descent_learns_XOR_from_a_seeded_start([Range(1, 5)] int seed)
    {
        var trace = new List<double>();
        var start = NeuralNetwork.Initialize(2, 4, 2, Activation.Tanh, new Random(seed));
        var startVector = start.ToVector();

        var trained = NeuralNetwork.Train(start, XorInputs, XorLabels, 0.5, 2000, trace);

        trace.Should().HaveCount(2001);
        trace[0].Should().BeApproximately(NeuralNetwork.Loss(start, XorInputs, XorLabels), Tolerance.Tight);
        trace[^1].Should().BeApproximately(NeuralNetwork.Loss(trained, XorInputs, XorLabels), Tolerance.Tight);
        trace[^1].Should().BeLessThan(0.05);
        var p = NeuralNetwork.Predict(trained, XorInputs);
        Enumerable.Range(0, 4).Select(n => p[n, 1] > p[n, 0] ? 1 : 0).Should().Equal(XorLabels);
        start.ToVector().Should().Equal(startVector, "Train must not modify the starting network");
    }

    [Test, Order(11)]
    // Shapes that do not fit, labels that do not exist, and training settings out of range.
    public void Bad_input_is_rejected()
    {
        var network = NeuralNetwork.Initialize(2, 3, 2, Activation.Sigmoid, new Random(1));
        FluentActions.Invoking(() => NeuralNetwork.Softmax([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => NeuralNetwork.SoftmaxJacobian(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => NeuralNetwork.Predict(network, new double[0, 2])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => NeuralNetwork.Predict(network, new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => NeuralNetwork.Loss(network, XorInputs, [0, 1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => NeuralNetwork.Gradients(network, XorInputs, [0, 1, 2, 0])).Should().Throw<ArgumentException>().WithMessage("*label*");
        FluentActions.Invoking(() => NeuralNetwork.Gradients(null!, XorInputs, XorLabels)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => NeuralNetwork.Train(network, XorInputs, XorLabels, 0, 10)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NeuralNetwork.Train(network, XorInputs, XorLabels, 0.1, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NeuralNetwork.Initialize(2, 0, 2, Activation.Tanh, new Random(1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NeuralNetwork.Initialize(2, 3, 2, Activation.Tanh, null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(12)]
    // Each documented check on its own: an activation outside the enum, a layer of no inputs or a single class, a
    // label outside 0 … k − 1 (the message states the range), null inputs or labels, a step size η that is not a
    // positive finite number, and a training run of 0 epochs still checks the batch it was given.
    public void Each_bad_argument_is_named()
    {
        var network = NeuralNetwork.Initialize(2, 3, 2, Activation.Sigmoid, new Random(1));
        var unknown = (Activation)99;

        FluentActions.Invoking(() => NeuralNetwork.Activate(unknown, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("activation").WithMessage("*unknown*");
        FluentActions.Invoking(() => NeuralNetwork.Derivative(unknown, 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("activation").WithMessage("*unknown*");
        FluentActions.Invoking(() => NeuralNetwork.Initialize(0, 3, 2, Activation.Tanh, new Random(1))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("inputs");
        FluentActions.Invoking(() => NeuralNetwork.Initialize(2, 3, 1, Activation.Tanh, new Random(1))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("classes");
        FluentActions.Invoking(() => NeuralNetwork.Gradients(network, XorInputs, [0, 1, 2, 0])).Should().Throw<ArgumentException>()
            .WithParameterName("labels").WithMessage("*label*0 … 1*");
        FluentActions.Invoking(() => NeuralNetwork.Loss(network, XorInputs, [0, -1, 1, 0])).Should().Throw<ArgumentException>()
            .WithParameterName("labels").WithMessage("*label*0 … 1*");
        FluentActions.Invoking(() => NeuralNetwork.Predict(network, null!)).Should().Throw<ArgumentNullException>().WithParameterName("inputs");
        FluentActions.Invoking(() => NeuralNetwork.Loss(network, XorInputs, null!)).Should().Throw<ArgumentNullException>().WithParameterName("labels");
        foreach (var eta in new[] { -0.1, double.NaN, double.PositiveInfinity })
        {
            FluentActions.Invoking(() => NeuralNetwork.Train(network, XorInputs, XorLabels, eta, 10)).Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("learningRate").WithMessage("*learning rate*", "for η = {0}", eta);
        }

        FluentActions.Invoking(() => NeuralNetwork.Train(network, XorInputs, [0, 1], 0.1, 0)).Should().Throw<ArgumentException>()
            .WithParameterName("labels").WithMessage("*length*");
        FluentActions.Invoking(() => NeuralNetwork.Train(network, new double[4, 3], XorLabels, 0.1, 0)).Should().Throw<ArgumentException>()
            .WithParameterName("inputs").WithMessage("*columns*");
    }
}
