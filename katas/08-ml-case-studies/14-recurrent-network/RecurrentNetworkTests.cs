using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// A tanh RNN cell unrolled over a short sequence: the forward pass by hand, backpropagation through time against the
/// harness's gradient check (parameters and inputs), and the vanishing gradient through time — bounded by the
/// largest singular value of Wₕ to the power of the distance, and measured.
/// </summary>
/// <remarks>
/// Wrong implementations these tests kill: BPTT that stops after one step (Wₕ's gradient only from the last step);
/// ∂L/∂Wₕ accumulated with hₜ instead of hₜ₋₁; the tanh derivative 1 − hₜ² forgotten at earlier steps; δ passed back
/// through Wₕ instead of Wₕᵀ (caught by the non-symmetric seeded Wₕ); the loss without its ½ (every gradient doubles
/// against the check); the loss in Backward as the largest squared error instead of the sum (equal for one unit only);
/// null arrays inside the parameters or the sequence left to crash on first use; a target error that does not say it
/// needs one entry per hidden unit.
/// </remarks>
public class RecurrentNetworkTests
{
    private static readonly double[][] TwoSteps = [[1], [0]];

    private static RnnParameters Tiny() => new(new double[,] { { 1 } }, new double[,] { { 0.5 } }, [0]);

    private static RnnParameters Seeded(TestData data, int inputs, int hidden, double recurrentGain)
    {
        var wh = data.Orthogonal(hidden);
        var random = data.Matrix(hidden, hidden, -0.2, 0.2);
        for (var i = 0; i < hidden; i++)
        {
            for (var j = 0; j < hidden; j++)
            {
                wh[i, j] = recurrentGain * (wh[i, j] + random[i, j]);
            }
        }

        return new RnnParameters(data.Matrix(hidden, inputs), wh, data.Vector(hidden, -0.1, 0.1));
    }

    [Test, Order(1)]
    // d = h = 1, Wₓ = 1, Wₕ = 0.5, b = 0, x = (1, 0): h₁ = tanh(1) = 0.761594, h₂ = tanh(0.5·h₁) = tanh(0.380797) =
    // 0.363399. With y = 0 the loss is ½·h₂² = 0.066030.
    public void The_forward_pass_by_hand()
    {
        var h1 = Math.Tanh(1);
        var h2 = Math.Tanh(0.5 * h1);

        var states = RecurrentNetwork.Forward(Tiny(), TwoSteps);

        states.Should().HaveCount(2);
        states[0].Should().BeApproximately([h1], Tolerance.Tight);
        states[1].Should().BeApproximately([h2], Tolerance.Tight);
        h2.Should().BeApproximately(0.363399, Tolerance.AbsoluteOnly(1e-6));
        RecurrentNetwork.Loss(Tiny(), TwoSteps, [0]).Should().BeApproximately(0.5 * h2 * h2, Tolerance.Tight);
    }

    [Test, Order(2)]
    // Backward from the same example: δ₂ = (h₂ − 0)(1 − h₂²); ∂Wₕ gets δ₂·h₁ at step 2 and δ₁·h₀ = 0 at step 1;
    // δ₁ = Wₕ·δ₂·(1 − h₁²); ∂Wₓ = δ₂·x₂ + δ₁·x₁ = δ₁; ∂b = δ₁ + δ₂. Numbers: δ₂ = 0.315409, δ₁ = 0.066232,
    // ∂Wₕ = 0.240214, ∂b = 0.381641. The inputs: ∂L/∂x₁ = Wₓ·δ₁ = δ₁, ∂L/∂x₂ = δ₂.
    public void Backpropagation_through_time_by_hand()
    {
        var (h1, h2) = (Math.Tanh(1), Math.Tanh(0.5 * Math.Tanh(1)));
        var delta2 = h2 * (1 - (h2 * h2));
        var delta1 = 0.5 * delta2 * (1 - (h1 * h1));

        var gradients = RecurrentNetwork.Backward(Tiny(), TwoSteps, [0]);

        gradients.Loss.Should().BeApproximately(0.5 * h2 * h2, Tolerance.Tight);
        gradients.Parameters.Wx[0, 0].Should().BeApproximately(delta1, Tolerance.Tight);
        gradients.Parameters.Wh[0, 0].Should().BeApproximately(delta2 * h1, Tolerance.Tight);
        gradients.Parameters.B[0].Should().BeApproximately(delta1 + delta2, Tolerance.Tight);
        gradients.Parameters.Wh[0, 0].Should().BeApproximately(0.240214, Tolerance.AbsoluteOnly(1e-6));
        gradients.Inputs[0].Should().BeApproximately([delta1], Tolerance.Tight);
        gradients.Inputs[1].Should().BeApproximately([delta2], Tolerance.Tight);
    }

    [Test, Order(3)]
    // The BPTT gradient of every parameter against central differences of the loss, on seeded cells (3 inputs,
    // 4 hidden units, non-symmetric Wₕ) and sequences of 6 steps.
    public void The_parameter_gradient_agrees_with_the_gradient_check([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var cell = Seeded(data, 3, 4, 0.9);
        var inputs = Enumerable.Range(0, 6).Select(_ => data.Vector(3)).ToArray();
        var target = data.Vector(4, -0.5, 0.5);

        GradientCheck.Compare(
                theta => RecurrentNetwork.Loss(cell.WithVector(theta), inputs, target),
                theta => RecurrentNetwork.Backward(cell.WithVector(theta), inputs, target).Parameters.ToVector(),
                cell.ToVector())
            .Should().Agree();
    }

    [Test, Order(4)]
    // ∂L/∂xₜ for every step against central differences in the flattened sequence.
    public void The_input_gradient_agrees_with_the_gradient_check([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var cell = Seeded(data, 2, 3, 0.9);
        var inputs = Enumerable.Range(0, 5).Select(_ => data.Vector(2)).ToArray();
        var target = data.Vector(3, -0.5, 0.5);
        double[][] Unflatten(double[] v) => [.. Enumerable.Range(0, 5).Select(t => v[(2 * t)..(2 * t + 2)])];

        GradientCheck.Compare(
                v => RecurrentNetwork.Loss(cell, Unflatten(v), target),
                v => [.. RecurrentNetwork.Backward(cell, Unflatten(v), target).Inputs.SelectMany(g => g)],
                [.. inputs.SelectMany(x => x)])
            .Should().Agree();
    }

    [Test, Order(5)]
    // Why gradients vanish: ∂L/∂xₜ = Wₓᵀδₜ with δₜ = diag(1 − hₜ²)·Wₕᵀ·δₜ₊₁, and every tanh derivative is at most 1. So
    // ‖∂L/∂xₜ‖ ≤ ‖Wₓ‖₂·‖Wₕ‖₂^(T − t)·‖h_T − y‖, where ‖·‖₂ of a matrix is its largest singular value (MathNet's SVD).
    // Checked at every step of seeded 20-step sequences, for a contracting and an expanding Wₕ.
    public void Input_gradients_are_bounded_by_powers_of_the_recurrent_norm([Range(1, 3)] int seed, [Values(0.6, 1.5)] double gain)
    {
        var data = new TestData(seed);
        var cell = Seeded(data, 3, 5, gain);
        var inputs = Enumerable.Range(0, 20).Select(_ => data.Vector(3)).ToArray();
        var target = data.Vector(5, -0.5, 0.5);
        var (normWx, normWh) = (Oracle.SingularValues(cell.Wx).Max(), Oracle.SingularValues(cell.Wh).Max());
        var last = RecurrentNetwork.Forward(cell, inputs)[^1];
        var error = Math.Sqrt(last.Select((v, i) => (v - target[i]) * (v - target[i])).Sum());

        var gradients = RecurrentNetwork.Backward(cell, inputs, target).Inputs;

        for (var t = 0; t < 20; t++)
        {
            Oracle.Norm(gradients[t]).Should().BeLessThanOrEqualTo((normWx * Math.Pow(normWh, 19 - t) * error) + 1e-15, $"step {t + 1}");
        }
    }

    [Test, Order(6)]
    // The vanishing gradient measured: with ‖Wₕ‖₂ ≈ 0.6 the first of 30 inputs reaches the loss through 29 factors of
    // at most 0.6·(1 − h²): ‖∂L/∂x₁‖/‖∂L/∂x₃₀‖ < 1e-5 (0.6²⁹ ≈ 4e-7). The loss is still sensitive to the last inputs,
    // and the gradient shrinks steadily: each input's gradient is smaller than the one ten steps later.
    public void Early_inputs_lose_their_influence_on_the_gradient([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var cell = Seeded(data, 3, 5, 0.6);
        var inputs = Enumerable.Range(0, 30).Select(_ => data.Vector(3)).ToArray();

        var norms = RecurrentNetwork.Backward(cell, inputs, data.Vector(5, -0.5, 0.5)).Inputs.Select(Oracle.Norm).ToArray();

        (norms[0] / norms[^1]).Should().BeLessThan(1e-5);
        for (var t = 0; t + 10 < 30; t++)
        {
            norms[t].Should().BeLessThan(norms[t + 10]);
        }
    }

    [Test, Order(7)]
    // A sequence of one step is a plain tanh layer: h₁ = tanh(Wₓx₁ + b) (h₀ = 0, so Wₕ does not act and gets no gradient).
    public void One_step_is_a_plain_layer_and_Wh_gets_no_gradient([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var cell = Seeded(data, 2, 3, 1);
        var x = data.Vector(2);

        var h = RecurrentNetwork.Forward(cell, [x])[0];
        var gradients = RecurrentNetwork.Backward(cell, [x], data.Vector(3));

        for (var i = 0; i < 3; i++)
        {
            h[i].Should().BeApproximately(Math.Tanh((cell.Wx[i, 0] * x[0]) + (cell.Wx[i, 1] * x[1]) + cell.B[i]), Tolerance.Tight);
        }

        gradients.Parameters.Wh.Cast<double>().Should().OnlyContain(g => g == 0);
    }

    [Test, Order(8)]
    // Shapes must fit: Wₕ square with b of the same size, inputs of d entries, a target per hidden unit, at least one step.
    public void Bad_input_is_rejected()
    {
        var cell = Tiny();
        FluentActions.Invoking(() => RecurrentNetwork.Forward(cell, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => RecurrentNetwork.Forward(cell, [[1, 2]])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => RecurrentNetwork.Loss(cell, TwoSteps, [0, 0])).Should().Throw<ArgumentException>().WithMessage("*target*");
        FluentActions.Invoking(() => RecurrentNetwork.Backward(cell, TwoSteps, [])).Should().Throw<ArgumentException>().WithMessage("*target*");
        FluentActions.Invoking(() => RecurrentNetwork.Forward(new RnnParameters(new double[,] { { 1 } }, new double[,] { { 1, 2 } }, [0]), TwoSteps))
            .Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => RecurrentNetwork.Forward(new RnnParameters(new double[,] { { 1 } }, new double[,] { { 1 } }, [0, 1]), TwoSteps))
            .Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => RecurrentNetwork.Forward(null!, TwoSteps)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RecurrentNetwork.Backward(cell, null!, [0])).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(9)]
    // The loss Backward reports is Loss's ½ Σᵢ (h_T,i − yᵢ)², summed over EVERY hidden unit (with one unit, as in the
    // worked example, a sum, a maximum or a single term all agree; with four they do not).
    public void Backward_reports_the_loss_over_every_hidden_unit([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var cell = Seeded(data, 2, 4, 0.9);
        var inputs = Enumerable.Range(0, 4).Select(_ => data.Vector(2)).ToArray();
        var target = data.Vector(4, -0.5, 0.5);
        var last = RecurrentNetwork.Forward(cell, inputs)[^1];

        var loss = RecurrentNetwork.Loss(cell, inputs, target);

        loss.Should().BeApproximately(0.5 * Enumerable.Range(0, 4).Sum(i => (last[i] - target[i]) * (last[i] - target[i])), Tolerance.Tight);
        RecurrentNetwork.Backward(cell, inputs, target).Loss.Should().BeApproximately(loss, Tolerance.Tight);
    }

    [Test, Order(10)]
    // Each documented check on its own: a null array inside the parameters or inside the sequence is an
    // ArgumentNullException (not a crash on first use), null parameters or target are named, and a target of the wrong
    // size says it needs one entry per hidden unit.
    public void Each_bad_argument_is_named()
    {
        var cell = Tiny();
        double[,] one = { { 1 } };
        FluentActions.Invoking(() => RecurrentNetwork.Forward(new RnnParameters(null!, one, [0]), TwoSteps)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RecurrentNetwork.Forward(new RnnParameters(one, null!, [0]), TwoSteps)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RecurrentNetwork.Forward(new RnnParameters(one, one, null!), TwoSteps)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RecurrentNetwork.Forward(cell, [[1], null!])).Should().Throw<ArgumentNullException>().WithParameterName("inputs");
        FluentActions.Invoking(() => RecurrentNetwork.Loss(null!, TwoSteps, [0])).Should().Throw<ArgumentNullException>().WithParameterName("parameters");
        FluentActions.Invoking(() => RecurrentNetwork.Backward(null!, TwoSteps, [0])).Should().Throw<ArgumentNullException>().WithParameterName("parameters");
        FluentActions.Invoking(() => RecurrentNetwork.Loss(cell, TwoSteps, null!)).Should().Throw<ArgumentNullException>().WithParameterName("target");
        FluentActions.Invoking(() => RecurrentNetwork.Loss(cell, TwoSteps, [0, 0])).Should().Throw<ArgumentException>()
            .WithParameterName("target").WithMessage("*target*hidden unit*");
    }

}
