using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Calculus.Tests;

/// <summary>
/// Backpropagation through ŷ = W₂·tanh(W₁x + b₁) + b₂ with MSE loss. The forward pass and the loss are checked
/// against MathNet; every gradient is checked against central differences of the loss computed independently in
/// this file (seeded networks with 3 inputs, 4 hidden units, 2 outputs and a batch of 5); and the gradients must
/// actually help: a small step against them lowers the loss by the amount the first-order Taylor expansion predicts.
/// </summary>
public class BackpropTests
{
    private const int Inputs = 3;
    private const int HiddenUnits = 4;
    private const int Outputs = 2;
    private const int BatchSize = 5;

    [Test, Order(1)]
    // W₁ = [1 −1; ½ ½], b₁ = 0, W₂ = [2 4], b₂ = −1.
    // x = (1, 1): z = (1 − 1, ½ + ½) = (0, 1), a = (0, tanh 1), ŷ = 2·0 + 4·tanh 1 − 1.
    // x = (0, 0): z = 0, a = 0, ŷ = b₂ = −1.
    public void Forward_worked_example()
    {
        var p = new NetworkParameters(new double[,] { { 1, -1 }, { 0.5, 0.5 } }, [0, 0], new double[,] { { 2, 4 } }, [-1]);

        var predictions = Backprop.Forward(p, new double[,] { { 1, 1 }, { 0, 0 } });

        predictions.Should().HaveShape(2, 1);
        predictions.Should().BeApproximately(new double[,] { { (4 * Math.Tanh(1)) - 1 }, { -1 } }, Tolerance.Tight);
    }

    [Test, Order(2)]
    // Ŷ = tanh(X·W₁ᵀ + 1b₁ᵀ)·W₂ᵀ + 1b₂ᵀ, computed with MathNet on the whole batch at once.
    public void Forward_agrees_with_matrix_arithmetic([Range(1, 5)] int seed)
    {
        var (p, x, _) = RandomProblem(seed);

        var predictions = Backprop.Forward(p, x);

        predictions.Should().HaveShape(BatchSize, Outputs);
        predictions.Should().BeApproximately(OraclePredictions(p, x), Tolerance.Default);
    }

    [Test, Order(3)]
    // With W₂ = 0 every prediction is b₂ = (1, 2). Targets (0, 0) and (1, 4) leave errors (1, 2) and (0, −2):
    // L = (1² + 2² + 0² + (−2)²)/(N·o) = 9/(2·2) = 2.25 — the mean over all N·o entries.
    public void Loss_worked_example()
    {
        var p = new NetworkParameters(new double[,] { { 1 } }, [0], new double[2, 1], [1, 2]);

        Backprop.Loss(p, new double[,] { { 0.3 }, { -0.7 } }, new double[,] { { 0, 0 }, { 1, 4 } })
            .Should().BeApproximately(2.25, Tolerance.Tight);
    }

    [Test, Order(4)]
    // L = mean of (Ŷ − Y)² over every entry; Backward reports the same loss it differentiates.
    public void Loss_agrees_with_matrix_arithmetic_and_with_Backward([Range(1, 3)] int seed)
    {
        var (p, x, y) = RandomProblem(seed);
        var expected = OracleLoss(p, x, y);

        Backprop.Loss(p, x, y).Should().BeApproximately(expected, Tolerance.Default);
        Backprop.Backward(p, x, y).Loss.Should().BeApproximately(expected, Tolerance.Default);
    }

    [Test, Order(5)]
    // Each gradient has the shape of its parameter: ∂L/∂W₁ is h × d, ∂L/∂b₁ has h entries, ∂L/∂W₂ is o × h, ∂L/∂b₂ has o.
    public void Gradients_have_the_shapes_of_their_parameters()
    {
        var (p, x, y) = RandomProblem(7);

        var g = Backprop.Backward(p, x, y);

        g.W1.Should().HaveShape(HiddenUnits, Inputs);
        g.B1.Should().HaveCount(HiddenUnits);
        g.W2.Should().HaveShape(Outputs, HiddenUnits);
        g.B2.Should().HaveCount(Outputs);
    }

    [Test, Order(6)]
    // ∂L/∂b₂ = Σₙ δŷₙ with δŷ = 2(ŷ − y)/(N·o): the output layer's bias, the first link of the chain.
    public void Output_bias_gradient_agrees_with_finite_differences([Range(1, 5)] int seed)
    {
        var (p, x, y) = RandomProblem(seed);

        GradientCheck.Compare(b => OracleLoss(p with { B2 = b }, x, y), _ => Backprop.Backward(p, x, y).B2, p.B2)
            .Should().Agree();
    }

    [Test, Order(7)]
    // ∂L/∂W₂ = Σₙ δŷₙ aₙᵀ: the output error times the hidden activation feeding each weight.
    public void Output_weight_gradient_agrees_with_finite_differences([Range(1, 5)] int seed)
    {
        var (p, x, y) = RandomProblem(seed);

        GradientCheck.Compare(
                w => OracleLoss(p with { W2 = Unflatten(w, Outputs, HiddenUnits) }, x, y),
                _ => Flatten(Backprop.Backward(p, x, y).W2),
                Flatten(p.W2))
            .Should().Agree();
    }

    [Test, Order(8)]
    // ∂L/∂b₁ = Σₙ δzₙ with δz = (W₂ᵀδŷ) ⊙ (1 − a²): the error sent back through W₂ and through tanh′ = 1 − tanh².
    public void Hidden_bias_gradient_agrees_with_finite_differences([Range(1, 5)] int seed)
    {
        var (p, x, y) = RandomProblem(seed);

        GradientCheck.Compare(b => OracleLoss(p with { B1 = b }, x, y), _ => Backprop.Backward(p, x, y).B1, p.B1)
            .Should().Agree();
    }

    [Test, Order(9)]
    // ∂L/∂W₁ = Σₙ δzₙ xₙᵀ: the hidden error times the input feeding each first-layer weight.
    public void Hidden_weight_gradient_agrees_with_finite_differences([Range(1, 5)] int seed)
    {
        var (p, x, y) = RandomProblem(seed);

        GradientCheck.Compare(
                w => OracleLoss(p with { W1 = Unflatten(w, HiddenUnits, Inputs) }, x, y),
                _ => Flatten(Backprop.Backward(p, x, y).W1),
                Flatten(p.W1))
            .Should().Agree();
    }

    [Test, Order(10)]
    // First-order Taylor: L(θ − ηg) ≈ L(θ) − η‖g‖². For η = 1e-4 the actual decrease matches η‖g‖² within 1 %
    // (the remainder is O(η²)); a wrong gradient, even one pointing downhill, predicts the wrong amount.
    public void A_small_step_against_the_gradient_lowers_the_loss_as_predicted([Range(1, 5)] int seed)
    {
        var (p, x, y) = RandomProblem(seed);
        const double eta = 1e-4;
        var g = Backprop.Backward(p, x, y);
        var squaredNorm = Flatten(g.W1).Concat(g.B1).Concat(Flatten(g.W2)).Concat(g.B2).Sum(v => v * v);

        var decrease = g.Loss - OracleLoss(Step(p, g, eta), x, y);

        (decrease / (eta * squaredNorm)).Should().BeApproximately(1, Tolerance.AbsoluteOnly(0.01));
    }

    [Test, Order(11)]
    // Gradient descent, θ ← θ − 0.2·∇L, 200 times: every step lowers the loss and the fit ends far better.
    public void Gradient_descent_trains_the_network([Range(1, 3)] int seed)
    {
        var (p, x, y) = RandomProblem(seed);
        var initial = Backprop.Loss(p, x, y);

        var previous = initial;
        for (var step = 0; step < 200; step++)
        {
            var g = Backprop.Backward(p, x, y);
            g.Loss.Should().BeLessThanOrEqualTo(previous, "the loss must not grow at step {0}", step);
            previous = g.Loss;
            p = Step(p, g, 0.2);
        }

        Backprop.Loss(p, x, y).Should().BeLessThan(initial / 2);
    }

    [Test, Order(12)]
    // Backpropagation reads the parameters and the data; it must not change them.
    public void Backward_leaves_its_inputs_untouched()
    {
        var (p, x, y) = RandomProblem(11);
        var (w1, b1, w2, b2) = ((double[,])p.W1.Clone(), (double[])p.B1.Clone(), (double[,])p.W2.Clone(), (double[])p.B2.Clone());
        var (xCopy, yCopy) = ((double[,])x.Clone(), (double[,])y.Clone());

        Backprop.Backward(p, x, y);

        p.W1.Should().BeApproximately(w1, Tolerance.AbsoluteOnly(0));
        p.B1.Should().Equal(b1);
        p.W2.Should().BeApproximately(w2, Tolerance.AbsoluteOnly(0));
        p.B2.Should().Equal(b2);
        x.Should().BeApproximately(xCopy, Tolerance.AbsoluteOnly(0));
        y.Should().BeApproximately(yCopy, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(13)]
    // Every product in the network needs matching sizes; each mismatch is named.
    public void Shape_mismatches_are_named()
    {
        var (p, x, y) = RandomProblem(1);

        ShouldReject(p, new double[BatchSize, Inputs + 1], y, "*columns*");
        ShouldReject(p with { B1 = new double[HiddenUnits + 1] }, x, y, "*B1*");
        ShouldReject(p with { W2 = new double[Outputs, HiddenUnits - 1] }, x, y, "*hidden*");
        ShouldReject(p with { B2 = new double[Outputs - 1] }, x, y, "*B2*");
        ShouldReject(p, x, new double[BatchSize, Outputs + 1], "*targets*");
        ShouldReject(p, x, new double[BatchSize - 1, Outputs], "*targets*");
        ShouldReject(p, new double[0, Inputs], new double[0, Outputs], "*empty*");
        ShouldReject(p with { W1 = new double[0, Inputs], B1 = [], W2 = new double[Outputs, 0] }, x, y, "*empty*");
        ShouldReject(p with { W2 = new double[0, HiddenUnits], B2 = [] }, x, new double[BatchSize, 0], "*empty*");
        FluentActions.Invoking(() => Backprop.Forward(p, new double[BatchSize, Inputs - 1]))
            .Should().Throw<ArgumentException>().WithMessage("*columns*");
    }

    [Test, Order(14)]
    public void Null_input_is_rejected()
    {
        var (p, x, y) = RandomProblem(1);

        FluentActions.Invoking(() => Backprop.Backward(null!, x, y)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Backprop.Backward(p, null!, y)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Backprop.Backward(p, x, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Backprop.Loss(p, x, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Backprop.Forward(p, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Backprop.Forward(p with { W1 = null! }, x)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Backprop.Forward(p with { B1 = null! }, x)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Backprop.Forward(p with { W2 = null! }, x)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Backprop.Forward(p with { B2 = null! }, x)).Should().Throw<ArgumentNullException>();
    }

    private static void ShouldReject(NetworkParameters p, double[,] x, double[,] y, string message) =>
        FluentActions.Invoking(() => Backprop.Backward(p, x, y)).Should().Throw<ArgumentException>().WithMessage(message);

    private static (NetworkParameters P, double[,] X, double[,] Y) RandomProblem(int seed)
    {
        var data = new TestData(seed);
        var p = new NetworkParameters(
            data.Matrix(HiddenUnits, Inputs), data.Vector(HiddenUnits), data.Matrix(Outputs, HiddenUnits), data.Vector(Outputs));
        return (p, data.Matrix(BatchSize, Inputs, -2, 2), data.Matrix(BatchSize, Outputs));
    }

    // The whole batch through MathNet: Ŷ = tanh(X·W₁ᵀ + 1b₁ᵀ)·W₂ᵀ + 1b₂ᵀ, independent of the kata.
    private static double[,] OraclePredictions(NetworkParameters p, double[,] x)
    {
        var ones = Vector<double>.Build.Dense(x.GetLength(0), 1);
        var z = (Oracle.ToMatrix(x) * Oracle.ToMatrix(p.W1).Transpose()) + ones.OuterProduct(Oracle.ToVector(p.B1));
        var a = z.Map(Math.Tanh);
        return ((a * Oracle.ToMatrix(p.W2).Transpose()) + ones.OuterProduct(Oracle.ToVector(p.B2))).ToArray();
    }

    private static double OracleLoss(NetworkParameters p, double[,] x, double[,] y)
    {
        var error = Oracle.ToMatrix(OraclePredictions(p, x)) - Oracle.ToMatrix(y);
        return error.PointwisePower(2).Enumerate().Sum() / (y.GetLength(0) * y.GetLength(1));
    }

    // θ − η·∇L for every parameter.
    private static NetworkParameters Step(NetworkParameters p, NetworkGradients g, double eta) =>
        new(
            (Oracle.ToMatrix(p.W1) - (eta * Oracle.ToMatrix(g.W1))).ToArray(),
            (Oracle.ToVector(p.B1) - (eta * Oracle.ToVector(g.B1))).ToArray(),
            (Oracle.ToMatrix(p.W2) - (eta * Oracle.ToMatrix(g.W2))).ToArray(),
            (Oracle.ToVector(p.B2) - (eta * Oracle.ToVector(g.B2))).ToArray());

    // Row by row.
    private static double[] Flatten(double[,] m) => m.Cast<double>().ToArray();

    private static double[,] Unflatten(double[] v, int rows, int columns)
    {
        var m = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                m[i, j] = v[(i * columns) + j];
            }
        }

        return m;
    }
}
