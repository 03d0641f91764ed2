namespace MathForML.Verification.Tests;

public class GradientCheckTests
{
    // f(x) = x0² + 3 x0 x1 + sin(x2) + exp(x1 x2)
    private static double Smooth(double[] x) => (x[0] * x[0]) + (3 * x[0] * x[1]) + Math.Sin(x[2]) + Math.Exp(x[1] * x[2]);

    private static double[] SmoothGradient(double[] x) =>
    [
        (2 * x[0]) + (3 * x[1]),
        (3 * x[0]) + (x[2] * Math.Exp(x[1] * x[2])),
        Math.Cos(x[2]) + (x[1] * Math.Exp(x[1] * x[2])),
    ];

    [Test]
    public void NumericalDerivative_of_sine_is_cosine()
    {
        foreach (var x in new[] { -3.0, -0.5, 0, 0.7, 12 })
        {
            GradientCheck.RelativeError(Math.Cos(x), GradientCheck.NumericalDerivative(Math.Sin, x)).Should().BeLessThan(GradientCheck.GoodAgreement);
        }
    }

    // The step scales with |x|, so a large argument does not drown the difference in rounding.
    [Test]
    public void NumericalDerivative_stays_accurate_at_large_arguments()
    {
        GradientCheck.NumericalDerivative(x => x * x, 1e6).Should().BeApproximately(2e6, Tolerance.RelativeOnly(1e-9));
    }

    [Test]
    public void NumericalGradient_matches_the_exact_gradient()
    {
        double[] x = [0.3, -1.2, 0.8];

        GradientCheck.NumericalGradient(Smooth, x).Should().BeApproximately(SmoothGradient(x), Tolerance.Loose);
    }

    [Test]
    public void NumericalGradient_does_not_mutate_the_point()
    {
        double[] x = [0.3, -1.2, 0.8];

        GradientCheck.NumericalGradient(Smooth, x);
        GradientCheck.Compare(Smooth, SmoothGradient, x);

        x.Should().Equal(0.3, -1.2, 0.8);
    }

    // A function that writes into its argument must not corrupt the caller's point or later evaluations.
    [Test]
    public void A_function_that_mutates_its_argument_does_no_harm()
    {
        double[] x = [1, 2];
        double Vandal(double[] p)
        {
            var value = (p[0] * p[0]) + (p[1] * p[1]);
            p[0] = 100;
            p[1] = -100;
            return value;
        }

        GradientCheck.NumericalGradient(Vandal, x).Should().BeApproximately([2.0, 4.0], Tolerance.Loose);
        x.Should().Equal(1, 2);
    }

    [Test]
    public void NumericalJacobian_of_a_linear_map_is_its_matrix()
    {
        double[,] a = { { 1, 2, 3 }, { -4, 5, 0.5 } };
        double[] Apply(double[] v) =>
        [
            (a[0, 0] * v[0]) + (a[0, 1] * v[1]) + (a[0, 2] * v[2]),
            (a[1, 0] * v[0]) + (a[1, 1] * v[1]) + (a[1, 2] * v[2]),
        ];

        GradientCheck.NumericalJacobian(Apply, [0.4, -2, 7]).Should().HaveShape(2, 3).And.BeApproximately(a, Tolerance.Default);
    }

    [Test]
    public void NumericalJacobian_rows_are_gradients_of_each_output()
    {
        double[] x = [0.5, 1.5];
        double[] F(double[] v) => [v[0] * v[1], Math.Sin(v[0]) + (v[1] * v[1])];
        double[,] expected = { { x[1], x[0] }, { Math.Cos(x[0]), 2 * x[1] } };

        GradientCheck.NumericalJacobian(F, x).Should().BeApproximately(expected, Tolerance.Loose);
    }

    [Test]
    public void NumericalJacobian_rejects_a_function_whose_output_length_changes()
    {
        var calls = 0;
        double[] Fickle(double[] v) => new double[++calls == 1 ? 2 : 3];

        FluentActions.Invoking(() => GradientCheck.NumericalJacobian(Fickle, [1.0]))
            .Should().Throw<ArgumentException>().WithParameterName("f");
    }

    [Test]
    public void Exact_gradients_of_smooth_functions_agree()
    {
        GradientCheck.Compare(Smooth, SmoothGradient, [0.3, -1.2, 0.8]).Should().Agree();

        // Softplus summed over coordinates: gradient is the logistic sigmoid.
        var softplus = GradientCheck.Compare(
            x => x.Sum(v => Math.Log(1 + Math.Exp(v))),
            x => x.Select(v => 1 / (1 + Math.Exp(-v))).ToArray(),
            [-2, -0.1, 0, 0.4, 3]);
        softplus.Agrees().Should().BeTrue();
        softplus.MaxRelativeError.Should().BeLessThan(GradientCheck.GoodAgreement);

        // Quadratic form ½ xᵀAx with symmetric A: gradient Ax.
        var a = new TestData(3).Spd(4);
        var x0 = new TestData(4).Vector(4);
        GradientCheck.Compare(
                x => 0.5 * Enumerable.Range(0, 4).Sum(i => Enumerable.Range(0, 4).Sum(j => x[i] * a[i, j] * x[j])),
                x => Enumerable.Range(0, 4).Select(i => Enumerable.Range(0, 4).Sum(j => a[i, j] * x[j])).ToArray(),
                x0)
            .Should().Agree();
    }

    [Test]
    public void A_gradient_missing_a_factor_two_in_one_coordinate_is_caught_and_named()
    {
        double[] WrongGradient(double[] x)
        {
            var g = SmoothGradient(x);
            g[2] = Math.Cos(x[2]) + (x[1] * Math.Exp(x[1] * x[2]) / 2);
            return g;
        }

        var result = GradientCheck.Compare(Smooth, WrongGradient, [0.3, -1.2, 0.8]);

        result.Agrees().Should().BeFalse();
        result.WorstIndex.Should().Be(2);
        var act = () => result.Should().Agree();
        act.Should().Throw<AssertionException>()
            .WithMessage("*within relative error 1e-07*coordinate [2] has analytic*versus numerical*relative error*1 of 3 coordinates is above the threshold*");
    }

    [Test]
    public void Coordinates_with_zero_derivative_do_not_cause_false_failures()
    {
        // At the origin both true derivatives are 0, but the central differences give 2h² = 2e-10 for 2x³
        // and about 100h²/6 plus rounding of order 100ε/h (a few 1e-9) for 100(eˣ − x).
        var result = GradientCheck.Compare(
            x => (2 * x[0] * x[0] * x[0]) + (100 * (Math.Exp(x[1]) - x[1])),
            x => [6 * x[0] * x[0], 100 * (Math.Exp(x[1]) - 1)],
            [0, 0]);

        result.Should().Agree();
    }

    [Test]
    public void RelativeError_follows_the_documented_rule()
    {
        GradientCheck.RelativeError(2, 1).Should().Be(0.5);
        GradientCheck.RelativeError(-1, 1).Should().Be(2);
        GradientCheck.RelativeError(1e-12, -3e-12).Should().Be(0, "differences below the absolute floor count as agreement");
        GradientCheck.RelativeError(0, 2 * GradientCheck.AbsoluteFloor).Should().Be(1);
        GradientCheck.RelativeError(double.NaN, 1).Should().Be(double.PositiveInfinity);
        GradientCheck.RelativeError(1, double.PositiveInfinity).Should().Be(double.PositiveInfinity);
    }

    [Test]
    public void Agree_accepts_a_looser_threshold()
    {
        var result = new GradientCheckResult([1.0, 2.0], [1.0, 2.00002], 1e-5, 1);

        result.Should().Agree(1e-4);
        var act = () => result.Should().Agree();
        act.Should().Throw<AssertionException>().WithMessage("*coordinate [1] has analytic 2 versus numerical 2.00002*");
    }

    // Compare never produces these, but a hand-built result must still fail with a message rather than crash.
    [Test]
    public void An_inconsistent_hand_built_result_fails_cleanly()
    {
        var act = () => new GradientCheckResult([], [], double.NaN, -1).Should().Agree();

        act.Should().Throw<AssertionException>().WithMessage("*maximum relative error is NaN*");
    }

    [Test]
    public void A_null_result_fails_cleanly()
    {
        GradientCheckResult? missing = null;

        var act = () => missing.Should().Agree();

        act.Should().Throw<AssertionException>().WithMessage("*<null>*");
    }

    [Test]
    public void A_gradient_of_the_wrong_length_is_rejected_naming_it()
    {
        var act = () => GradientCheck.Compare(Smooth, x => [1.0, 2.0], [0.3, -1.2, 0.8]);

        act.Should().Throw<ArgumentException>().WithParameterName("gradient").WithMessage("*length mismatch*2 entries*3 coordinates*");
    }

    [Test]
    public void Invalid_arguments_are_rejected()
    {
        FluentActions.Invoking(() => GradientCheck.NumericalDerivative(Math.Sin, 1, step: 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("step");
        FluentActions.Invoking(() => GradientCheck.NumericalDerivative(Math.Sin, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("x");
        FluentActions.Invoking(() => GradientCheck.NumericalGradient(Smooth, null!)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => new GradientCheckResult([], [], 0, -1).Agrees(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("threshold");
    }
}
