using MathForML.Verification;

namespace MathForML.Calculus.Tests;

/// <summary>Partial derivatives, gradients and directional derivatives; the geometry of ∇f; the gradient check.</summary>
public class GradientsTests
{
    // f(x, y) = x²y + 3y: ∂f/∂x = 2xy, ∂f/∂y = x² + 3.
    private static double Worked(double[] v) => (v[0] * v[0] * v[1]) + (3 * v[1]);

    // f(x, y) = x² + 4y²: its level sets are ellipses, ∇f = (2x, 8y).
    private static double Ellipse(double[] v) => (v[0] * v[0]) + (4 * v[1] * v[1]);

    [Test, Order(1)]
    // At (2, 1): ∂f/∂x = 2·2·1 = 4 and ∂f/∂y = 2² + 3 = 7. Central differences are exact for f quadratic in each
    // coordinate, up to rounding ε·|f|/h ≈ 10⁻¹⁰.
    public void Partial_derivatives_by_hand()
    {
        Gradients.Partial(Worked, [2, 1], 0).Should().BeApproximately(4, Tolerance.Loose);
        Gradients.Partial(Worked, [2, 1], 1).Should().BeApproximately(7, Tolerance.Loose);
        Gradients.Gradient(Worked, [2, 1]).Should().BeApproximately([4, 7], Tolerance.Loose);
    }

    [Test, Order(2)]
    // h is an absolute step, used as given: for f(x, y) = x³ + y³ at (4, −3) with h = 0.5, the central difference of x³
    // is ((x + h)³ − (x − h)³)/(2h) = 3x² + h², so ∂f/∂x ≈ 48 + 0.25 = 48.25 and ∂f/∂y ≈ 27 + 0.25 = 27.25 (exact in
    // binary). A step scaled by the coordinate, as the harness's NumericalGradient does (0.5·4 = 2 and 0.5·3 = 1.5),
    // would give 52 and 29.25.
    public void The_step_is_absolute_and_used_as_given()
    {
        static double Cubes(double[] v) => (v[0] * v[0] * v[0]) + (v[1] * v[1] * v[1]);

        Gradients.Partial(Cubes, [4, -3], 0, h: 0.5).Should().BeApproximately(48.25, Tolerance.Tight);
        Gradients.Gradient(Cubes, [4, -3], h: 0.5).Should().BeApproximately([48.25, 27.25], Tolerance.Tight);
    }

    [Test, Order(3)]
    // f(x) = ½xᵀAx + bᵀx has ∇f = ½(A + Aᵀ)x + b — for A not symmetric, both A and Aᵀ contribute.
    public void The_gradient_of_a_quadratic_is_the_symmetric_part_times_x_plus_b([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 6);
        var (a, b, x) = (Oracle.ToMatrix(data.Matrix(n, n)), Oracle.ToVector(data.Vector(n)), data.Vector(n));
        double F(double[] v) => (0.5 * Oracle.ToVector(v).DotProduct(a * Oracle.ToVector(v))) + b.DotProduct(Oracle.ToVector(v));
        var expected = (0.5 * (a + a.Transpose()) * Oracle.ToVector(x)) + b;

        Gradients.Gradient(F, x).Should().BeApproximately(expected, Tolerance.Loose);
    }

    [Test, Order(4)]
    // f(x) = e^{a·x}·sin(b·x) has ∇f = e^{a·x}·(sin(b·x)·a + cos(b·x)·b) (product and chain rules).
    // Central differences with h = 10⁻⁵ are off by about h²·|f‴|/6 ≈ 10⁻¹⁰ here: Loose.
    public void The_gradient_of_exp_times_sin_matches_its_closed_form([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, b, x) = (data.Vector(3), data.Vector(3), data.Vector(3));
        static double Dot(double[] u, double[] v) => u.Zip(v, (p, q) => p * q).Sum();
        double F(double[] v) => Math.Exp(Dot(a, v)) * Math.Sin(Dot(b, v));
        var (e, s, c) = (Math.Exp(Dot(a, x)), Math.Sin(Dot(b, x)), Math.Cos(Dot(b, x)));

        Gradients.Gradient(F, x).Should().BeApproximately(a.Zip(b, (ai, bi) => e * ((s * ai) + (c * bi))), Tolerance.Loose);
        Gradients.Partial(F, x, 2).Should().BeApproximately(e * ((s * a[2]) + (c * b[2])), Tolerance.Loose);
    }

    [Test, Order(5)]
    // The caller's point stays exactly as it was, even when f scribbles on the array it is given: f gets copies.
    // (Perturbing x in place and undoing it with x[i] − h can miss the original by one rounding.)
    public void The_point_is_never_modified([Range(1, 3)] int seed)
    {
        var x = new TestData(seed).Vector(6, -10, 10);
        var original = x.ToArray();
        double Scribbler(double[] v)
        {
            var value = v.Sum(t => Math.Sin(t));
            v[0] = 1e9;
            return value;
        }

        var gradient = Gradients.Gradient(Scribbler, x);
        Gradients.Partial(Scribbler, x, 3);

        x.Should().Equal(original);
        gradient.Should().BeApproximately(original.Select(Math.Cos), Tolerance.Loose);
    }

    [Test, Order(6)]
    // D_u f = ∇f·u with u = d/‖d‖: only the direction counts, so d and 7d give the same slope, and −d the opposite one.
    public void The_directional_derivative_is_the_gradient_dotted_with_the_unit_direction([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (x, d) = (data.Vector(2, -2, 2), data.Vector(2));
        var gradient = new[] { 2 * x[0], 8 * x[1] };
        var norm = Math.Sqrt((d[0] * d[0]) + (d[1] * d[1]));
        var expected = ((gradient[0] * d[0]) + (gradient[1] * d[1])) / norm;

        Gradients.DirectionalDerivative(Ellipse, x, d).Should().BeApproximately(expected, Tolerance.Loose);
        Gradients.DirectionalDerivative(Ellipse, x, d.Select(t => 7 * t).ToArray()).Should().BeApproximately(expected, Tolerance.Loose);
        Gradients.DirectionalDerivative(Ellipse, x, d.Select(t => -t).ToArray()).Should().BeApproximately(-expected, Tolerance.Loose);
    }

    [Test, Order(7)]
    // For f(x, y) = 2x + 5y, along d = (3, 4)·s the slope is (2·3 + 5·4)/5 = 5.2 for any scale s. With s = 10²⁰⁰ the
    // squares overflow to ∞ and with s = 10⁻²⁰⁰ they underflow to 0: the norm must be computed after scaling.
    public void Huge_and_tiny_directions_are_normalised_without_overflow_or_underflow()
    {
        static double Linear(double[] v) => (2 * v[0]) + (5 * v[1]);

        Gradients.DirectionalDerivative(Linear, [1, 1], [3, 4]).Should().BeApproximately(5.2, Tolerance.Loose);
        Gradients.DirectionalDerivative(Linear, [1, 1], [3e200, 4e200]).Should().BeApproximately(5.2, Tolerance.Loose);
        Gradients.DirectionalDerivative(Linear, [1, 1], [3e-200, 4e-200]).Should().BeApproximately(5.2, Tolerance.Loose);
    }

    [Test, Order(8)]
    // The level curve x² + 4y² = c is the ellipse (√c·cos θ, (√c/2)·sin θ); its tangent there is
    // t = (−√c·sin θ, (√c/2)·cos θ), and ∇f·t = −2c·sin θ·cos θ + 2c·sin θ·cos θ = 0: the gradient is
    // perpendicular to the level set, and f does not change along it.
    public void The_gradient_is_perpendicular_to_the_level_set([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (c, theta) = (data.Random.Uniform(0.5, 4), data.Random.Uniform(0, 2 * Math.PI));
        var point = new[] { Math.Sqrt(c) * Math.Cos(theta), Math.Sqrt(c) / 2 * Math.Sin(theta) };
        var tangent = new[] { -Math.Sqrt(c) * Math.Sin(theta), Math.Sqrt(c) / 2 * Math.Cos(theta) };

        var gradient = Gradients.Gradient(Ellipse, point);

        gradient.Should().BeApproximately([2 * point[0], 8 * point[1]], Tolerance.Loose);
        ((gradient[0] * tangent[0]) + (gradient[1] * tangent[1])).Should().BeApproximately(0, Tolerance.Loose);
        Gradients.DirectionalDerivative(Ellipse, point, tangent).Should().BeApproximately(0, Tolerance.Loose);
    }

    [Test, Order(9)]
    // Cauchy–Schwarz: D_u f = ∇f·u ≤ ‖∇f‖·‖u‖ = ‖∇f‖, with equality for u = ∇f/‖∇f‖. No direction climbs faster.
    public void The_gradient_points_in_the_direction_of_steepest_ascent([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Vector(3);
        static double F(double[] v) => Math.Exp(v[0] - v[1]) + (v[1] * v[2] * v[2]) + Math.Sin(v[0] * v[2]);

        var gradient = Gradients.Gradient(F, x);
        var steepest = Math.Sqrt(gradient.Sum(g => g * g));

        Gradients.DirectionalDerivative(F, x, gradient).Should().BeApproximately(steepest, Tolerance.Loose);
        for (var k = 0; k < 50; k++)
        {
            var direction = data.GaussianVector(3);
            Gradients.DirectionalDerivative(F, x, direction)
                .Should().BeLessThanOrEqualTo(steepest + 1e-6, "direction {0}, d = ({1})", k, string.Join(", ", direction));
        }
    }

    [Test, Order(10)]
    // a = (1, 2, 3), n = (1, 2, 3.3): errors 0, 0 and 0.3/3.3 = 1/11. A flipped sign, a = (1, −2) vs n = (1, 2),
    // gives 4/2 = 2, the largest possible value.
    public void The_max_relative_error_by_hand()
    {
        Gradients.MaxRelativeError([1, 2, 3], [1, 2, 3.3]).Should().BeApproximately(1.0 / 11, Tolerance.Tight);
        Gradients.MaxRelativeError([1, -2], [1, 2]).Should().BeApproximately(2, Tolerance.Tight);
        Gradients.MaxRelativeError([3.3, 3], [3, 3]).Should().BeApproximately(1.0 / 11, Tolerance.Tight);
        Gradients.MaxRelativeError([], []).Should().Be(0);
    }

    [Test, Order(11)]
    // A right gradient passes the check (error far below 10⁻⁷); one wrong coordinate — here 1 % too large — is
    // caught. The measure agrees coordinate by coordinate with the harness's GradientCheck.RelativeError.
    public void The_gradient_check_spots_a_wrong_component([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 6);
        var (a, x) = (Oracle.ToMatrix(data.Spd(n)), data.Vector(n));
        double F(double[] v) => Math.Exp(0.5 * Oracle.ToVector(v).DotProduct(a * Oracle.ToVector(v)));
        var analytic = (F(x) * (a * Oracle.ToVector(x))).ToArray();
        var numerical = Gradients.Gradient(F, x);

        Gradients.MaxRelativeError(analytic, numerical).Should().BeLessThan(GradientCheck.GoodAgreement);

        var wrong = analytic.ToArray();
        var k = data.Random.NextInt(n);
        wrong[k] = (1.01 * wrong[k]) + 1e-3;
        var expected = wrong.Zip(numerical, GradientCheck.RelativeError).Max();
        Gradients.MaxRelativeError(wrong, numerical).Should().BeApproximately(expected, Tolerance.Tight);
        Gradients.MaxRelativeError(wrong, numerical).Should().BeGreaterThan(1e-3);
    }

    [Test, Order(12)]
    // Differences up to 10⁻⁸ count as agreement: (0, 10⁻¹⁰) vs (10⁻⁹, 0) gives 0, not 1, and so does 0 vs exactly
    // 10⁻⁸ (the floor is inclusive). Above the floor the relative error is back: 0 vs 10⁻⁶ gives 1.
    public void Differences_below_the_floor_count_as_agreement()
    {
        Gradients.MaxRelativeError([0, 1e-10], [1e-9, 0]).Should().Be(0);
        Gradients.MaxRelativeError([0], [1e-8]).Should().Be(0);
        Gradients.MaxRelativeError([5, 5 + 1e-8], [5, 5]).Should().Be(0);
        Gradients.MaxRelativeError([0, 1], [1e-6, 1]).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(13)]
    // NaN compares false with everything, so max(0, NaN) logic can silently drop it; a NaN or ∞ gradient must fail.
    public void A_gradient_with_NaN_or_infinity_never_passes()
    {
        Gradients.MaxRelativeError([1, double.NaN], [1, 1]).Should().Be(double.PositiveInfinity);
        Gradients.MaxRelativeError([double.NaN, 1], [1, 1]).Should().Be(double.PositiveInfinity);
        Gradients.MaxRelativeError([1, 2], [1, double.PositiveInfinity]).Should().Be(double.PositiveInfinity);
        Gradients.MaxRelativeError([double.PositiveInfinity], [double.PositiveInfinity]).Should().Be(double.PositiveInfinity);
    }

    [Test, Order(14)]
    public void Coordinates_outside_the_point_and_bad_steps_are_rejected()
    {
        FluentActions.Invoking(() => Gradients.Partial(Worked, [2, 1], 2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Gradients.Partial(Worked, [2, 1], -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Gradients.Partial(Worked, [2, 1], 0, h: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Gradients.Gradient(Worked, [2, 1], h: -1e-5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Gradients.Gradient(Worked, [2, 1], h: double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Gradients.Gradient(Worked, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Test, Order(15)]
    public void Directions_of_the_wrong_length_or_zero_length_are_rejected()
    {
        FluentActions.Invoking(() => Gradients.DirectionalDerivative(Worked, [2, 1], [0, 0])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => Gradients.DirectionalDerivative(Worked, [2, 1], [1, 0, 0])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Gradients.DirectionalDerivative(Worked, [2, 1], [1, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Gradients.MaxRelativeError([1, 2], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
    }

    [Test, Order(16)]
    public void Missing_arguments_are_rejected()
    {
        FluentActions.Invoking(() => Gradients.Partial(null!, [1], 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Gradients.Partial(Worked, null!, 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Gradients.Gradient(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Gradients.Gradient(Worked, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Gradients.DirectionalDerivative(null!, [1, 2], [1, 0])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Gradients.DirectionalDerivative(Worked, null!, [1, 0])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Gradients.DirectionalDerivative(Worked, [1, 2], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Gradients.MaxRelativeError(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Gradients.MaxRelativeError([1], null!)).Should().Throw<ArgumentNullException>();
    }
}
