using MathForML.Verification;

namespace MathForML.Optimization.Tests;

/// <summary>
/// AdaGrad, RMSProp, Adam and AdamW, one step at a time, against hand computations; then the properties that make
/// them useful (scale invariance, per-coordinate step sizes). Wrong implementations killed:
/// <list type="bullet">
/// <item>Adam without bias correction: its first step is η·(1 − β₁)/√(1 − β₂) ≈ 3.16η instead of η (test 1);</item>
/// <item>bias correction with the wrong exponent (t − 1, or a counter that is not advanced) (test 2);</item>
/// <item>AdamW's decay put into the gradient (L2 regularisation inside Adam), which the adaptive scaling then
/// normalises away (test 5);</item>
/// <item>RMSProp with the sum of squares (AdaGrad's) or without the (1 − ρ) weight (test 4);</item>
/// <item>√(G + ε) instead of √G + ε — harmless at ε = 1e-8 for large gradients, visible at tiny ones (test 6).</item>
/// </list>
/// </summary>
public class AdaptiveMethodsTests
{
    [Test, Order(1)]
    // Step 1: m = (1 − β₁)g, v = (1 − β₂)g², m̂ = g, v̂ = g², so the step is −η·g/|g| = −η·sign(g), whatever the scale
    // of g (10⁻⁶ … 10⁶ here). With ε = 0 it is exact; with the default ε = 1e-8 it is within ε/|g| relative.
    public void The_first_Adam_step_is_minus_eta_times_the_sign_of_the_gradient([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Vector(6, -1, 1);
        var g = data.Vector(6, -1, 1).Select((v, i) => v * Math.Pow(10, (2 * i) - 5)).ToArray();
        var eta = data.Random.Uniform(1e-3, 1);

        var step = new Adam(eta, epsilon: 0).Step(x, g);

        step.Should().BeApproximately([.. x.Select((xi, i) => xi - (eta * Math.Sign(g[i])))], Tolerance.Tight);
    }

    [Test, Order(2)]
    // η = 0.1, β₁ = 0.9, β₂ = 0.999, ε = 0, gradients +1 then −1. Step 1: m = 0.1, v = 0.001, m̂ = v̂ = 1: Δ = −0.1.
    // Step 2: m = 0.09 − 0.1 = −0.01, v = 0.000999 + 0.001 = 0.001999, m̂ = −0.01/(1 − 0.81) = −1/19,
    // v̂ = 0.001999/(1 − 0.998001) = 1: Δ = +0.1/19. From 0: −0.1, then −0.1 + 0.1/19.
    public void Two_Adam_steps_by_hand()
    {
        var adam = new Adam(0.1, 0.9, 0.999, 0);

        var x1 = adam.Step([0], [1]);
        var x2 = adam.Step(x1, [-1]);

        x1[0].Should().BeApproximately(-0.1, Tolerance.Tight);
        x2[0].Should().BeApproximately(-0.1 + (0.1 / 19), Tolerance.Tight);
    }

    [Test, Order(3)]
    // AdaGrad, η = 1, ε = 0, gradients 3 then 4: G = 9, Δ = −3/3 = −1; G = 25, Δ = −4/5. From 0: −1, −1.8.
    // The effective step η/√G shrinks forever: a constant gradient c gives steps η/√k (k = 1, 2, …).
    public void AdaGrad_divides_by_the_root_of_the_sum_of_squares()
    {
        var adagrad = new AdaGrad(1, 0);
        var x1 = adagrad.Step([0], [3]);
        adagrad.Step(x1, [4])[0].Should().BeApproximately(-1.8, Tolerance.Tight);

        var constant = new AdaGrad(0.5, 0);
        var x = new[] { 0.0 };
        for (var k = 1; k <= 100; k++)
        {
            var next = constant.Step(x, [7]);
            (x[0] - next[0]).Should().BeApproximately(0.5 / Math.Sqrt(k), Tolerance.Tight);
            x = next;
        }
    }

    [Test, Order(4)]
    // RMSProp, ρ = 0.5, η = 1, ε = 0, gradient 2 twice: s = 0.5·4 = 2, Δ = −2/√2 = −√2; s = 0.5·2 + 0.5·4 = 3, Δ = −2/√3.
    public void RmsProp_divides_by_the_root_of_a_decaying_mean_square()
    {
        var rms = new RmsProp(1, 0.5, 0);
        var x1 = rms.Step([0], [2]);
        var x2 = rms.Step(x1, [2]);

        x1[0].Should().BeApproximately(-Math.Sqrt(2), Tolerance.Tight);
        x2[0].Should().BeApproximately(-Math.Sqrt(2) - (2 / Math.Sqrt(3)), Tolerance.Tight);
    }

    [Test, Order(5)]
    // A weight x = 10 on a flat loss (g = 0), η = 0.1, λ = 0.01. AdamW shrinks it by ηλx = 0.01 to 9.99 and Adam's own
    // step is 0/(0 + ε) = 0. L2 in the gradient instead feeds g = λx = 0.1 into Adam, whose first step is −η·sign(g): 9.9 —
    // a decay of η whatever λ is (λ = 10⁻⁶ gives the same 9.9). With λ = 0 AdamW is Adam.
    public void AdamW_decouples_the_decay_from_the_adaptive_scaling()
    {
        new Adam(0.1, weightDecay: 0.01).Step([10], [0])[0].Should().BeApproximately(9.99, Tolerance.Tight);
        new Adam(0.1).Step([10], [0.01 * 10])[0].Should().BeApproximately(9.9, Tolerance.RelativeOnly(1e-8));
        new Adam(0.1).Step([10], [1e-6 * 10])[0].Should().BeApproximately(9.9, Tolerance.RelativeOnly(1e-4));

        var (plain, decoupledZero) = (new Adam(0.05), new Adam(0.05, weightDecay: 0));
        var data = new TestData(3);
        var x = data.Vector(4);
        for (var k = 0; k < 5; k++)
        {
            var g = data.Vector(4);
            plain.Step(x, g).Should().Equal(decoupledZero.Step(x, g));
        }
    }

    [Test, Order(6)]
    // ε sits OUTSIDE the root: AdaGrad with ε = 1e-8 and a gradient of 1e-8 has √G + ε = 2e-8, a step of η/2. With
    // √(G + ε) it would be √(1e-8) = 1e-4, a step of 1e-4·η. A coordinate that has never seen a gradient (G = 0, ε = 0)
    // stays where it is.
    public void Epsilon_is_added_to_the_root_and_zero_over_zero_does_not_move()
    {
        new AdaGrad(1, 1e-8).Step([0], [1e-8])[0].Should().BeApproximately(-0.5, Tolerance.RelativeOnly(1e-9));
        new RmsProp(1, 0, 1e-8).Step([0], [1e-8])[0].Should().BeApproximately(-0.5, Tolerance.RelativeOnly(1e-9));
        new AdaGrad(1, 0).Step([3, 4], [0, 1]).Should().Equal(3, 3);
        new Adam(1, epsilon: 0).Step([3, 4], [0, 1]).Should().Equal(3, 3);
    }

    [Test, Order(7)]
    // Per-coordinate scaling: f = ½(10⁻⁴x₁² + 10⁴x₂²) has κ = 10⁸, hopeless for gradient descent (η < 2·10⁻⁴ moves x₁
    // by 2·10⁻⁸ of itself per step). Adam's steps are about η in EVERY coordinate, so with η = 0.01 it brings both
    // coordinates from (1, 1) to within 0.05 of 0 in 3000 steps. RMSProp likewise.
    public void Adaptive_steps_ignore_how_differently_the_coordinates_are_scaled()
    {
        double[] G(double[] p) => [1e-4 * p[0], 1e4 * p[1]];
        var (adam, rms) = (new Adam(0.01), new RmsProp(0.01));
        var (a, r) = (new[] { 1.0, 1.0 }, new[] { 1.0, 1.0 });
        for (var k = 0; k < 3000; k++)
        {
            a = adam.Step(a, G(a));
            r = rms.Step(r, G(r));
        }

        a.Should().BeApproximately([0, 0], Tolerance.AbsoluteOnly(0.05));
        r.Should().BeApproximately([0, 0], Tolerance.AbsoluteOnly(0.05));
    }

    [Test, Order(8)]
    // Bad settings fail at construction; bad steps at the step. An optimiser remembers its parameter count.
    public void Bad_settings_and_bad_steps_are_rejected()
    {
        FluentActions.Invoking(() => new Adam(0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Adam(0.1, beta1: 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Adam(0.1, weightDecay: -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new RmsProp(0.1, decay: -0.5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new AdaGrad(0.1, epsilon: double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Adam().Step(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new RmsProp().Step([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new AdaGrad().Step([1, 2], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => new Adam().Step([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => new RmsProp().Step([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        var adam = new Adam();
        adam.Step([1, 2], [1, 1]);
        FluentActions.Invoking(() => adam.Step([1, 2, 3], [1, 1, 1])).Should().Throw<ArgumentException>().WithMessage("*length*");
    }
}
