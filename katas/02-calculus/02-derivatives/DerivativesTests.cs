using MathForML.Verification;

namespace MathForML.Calculus.Tests;

/// <summary>Difference quotients and their truncation order; the power rule on coefficient arrays.</summary>
public class DerivativesTests
{
    [Test, Order(1)]
    // f(x) = x² at x = 3, h = 0.5: forward (3.5² − 3²)/0.5 = (12.25 − 9)/0.5 = 6.5 = 2x + h;
    // central (3.5² − 2.5²)/1 = 12.25 − 6.25 = 6 = 2x exactly. All values are exact in binary.
    public void Difference_quotients_of_x_squared_by_hand()
    {
        Func<double, double> square = x => x * x;

        Derivatives.ForwardDifference(square, 3, 0.5).Should().Be(6.5);
        Derivatives.CentralDifference(square, 3, 0.5).Should().Be(6);
    }

    [Test, Order(2)]
    // For a quadratic q(x) = ax² + bx + c, (q(x + h) − q(x − h))/(2h) = 2ax + b for every h: the error term
    // h²·q‴/6 vanishes. The forward difference is off by a·h.
    public void The_central_difference_is_exact_for_quadratics([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, b, c) = (data.Random.Uniform(-3, 3), data.Random.Uniform(-3, 3), data.Random.Uniform(-3, 3));
        var (x, h) = (data.Random.Uniform(-2, 2), data.Random.Uniform(0.1, 1));
        double Q(double t) => (a * t * t) + (b * t) + c;

        Derivatives.CentralDifference(Q, x, h).Should().BeApproximately((2 * a * x) + b, Tolerance.Default);
        Derivatives.ForwardDifference(Q, x, h).Should().BeApproximately((2 * a * x) + b + (a * h), Tolerance.Default);
    }

    [Test, Order(3)]
    // For exp at x = 1 (every derivative is e): forward error ≈ e·h/2, so halving h halves it (first order);
    // central error ≈ e·h²/6, so halving h quarters it (second order). At h = 10⁻² rounding (≈ 10⁻¹⁴) is negligible.
    public void Halving_h_halves_the_forward_error_and_quarters_the_central_error()
    {
        const double h = 1e-2;
        double ForwardError(double step) => Math.Abs(Derivatives.ForwardDifference(Math.Exp, 1, step) - Math.E);
        double CentralError(double step) => Math.Abs(Derivatives.CentralDifference(Math.Exp, 1, step) - Math.E);

        ForwardError(h).Should().BeApproximately(Math.E * h / 2, Tolerance.RelativeOnly(0.02));
        (ForwardError(h) / ForwardError(h / 2)).Should().BeApproximately(2, Tolerance.AbsoluteOnly(0.02));
        CentralError(h).Should().BeApproximately(Math.E * h * h / 6, Tolerance.RelativeOnly(0.02));
        (CentralError(h) / CentralError(h / 2)).Should().BeApproximately(4, Tolerance.AbsoluteOnly(0.02));
    }

    [Test, Order(4)]
    // The power rule (xⁿ)′ = n·xⁿ⁻¹ holds for any real n (x > 0). Central error h²·|f‴|/6 ≈ 10⁻¹⁰ here: Loose.
    public void The_central_difference_confirms_the_power_rule([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (n, x) = (data.Random.Uniform(-3, 5), data.Random.Uniform(0.5, 2));

        Derivatives.CentralDifference(t => Math.Pow(t, n), x, 1e-5)
            .Should().BeApproximately(n * Math.Pow(x, n - 1), Tolerance.Loose);
    }

    [Test, Order(5)]
    // Product rule (uv)′ = u′v + uv′ and quotient rule (u/v)′ = (u′v − uv′)/v², for u = sin(ax), v = 2 + cos(bx).
    public void The_central_difference_confirms_the_product_and_quotient_rules([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, b, x) = (data.Random.Uniform(-2, 2), data.Random.Uniform(-2, 2), data.Random.Uniform(-2, 2));
        double U(double t) => Math.Sin(a * t);
        double V(double t) => 2 + Math.Cos(b * t);
        var (u, du, v, dv) = (U(x), a * Math.Cos(a * x), V(x), -b * Math.Sin(b * x));

        Derivatives.CentralDifference(t => U(t) * V(t), x, 1e-5).Should().BeApproximately((du * v) + (u * dv), Tolerance.Loose);
        Derivatives.CentralDifference(t => U(t) / V(t), x, 1e-5).Should().BeApproximately(((du * v) - (u * dv)) / (v * v), Tolerance.Loose);
    }

    [Test, Order(6)]
    // p(x) = 1 + 2x + 3x² at x = 2: 1 + 4 + 12 = 17; Horner: (3·2 + 2)·2 + 1 = 17. At x = −1: 1 − 2 + 3 = 2.
    public void Horner_evaluates_a_polynomial_given_in_ascending_powers()
    {
        Derivatives.EvaluatePolynomial([1, 2, 3], 2).Should().Be(17);
        Derivatives.EvaluatePolynomial([1, 2, 3], -1).Should().Be(2);
        Derivatives.EvaluatePolynomial([5], 100).Should().Be(5);
    }

    [Test, Order(7)]
    // Horner's nested form equals the textbook sum Σₖ cₖxᵏ.
    public void Horner_agrees_with_the_sum_of_powers([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var coefficients = data.Vector(data.Random.NextInt(1, 9), -3, 3);
        var x = data.Random.Uniform(-2, 2);

        Derivatives.EvaluatePolynomial(coefficients, x)
            .Should().BeApproximately(coefficients.Select((c, k) => c * Math.Pow(x, k)).Sum(), Tolerance.Default);
    }

    [Test, Order(8)]
    // p(x) = 3 + 2x + 5x² − x³ ⇒ p′(x) = 2 + 10x − 3x²: [3, 2, 5, −1] ↦ [2, 10, −3].
    public void The_power_rule_on_coefficients_by_hand()
    {
        Derivatives.PolynomialDerivative([3, 2, 5, -1]).Should().Equal(2, 10, -3);
        Derivatives.PolynomialDerivative([1, 0, 0]).Should().Equal(0, 0);
    }

    [Test, Order(9)]
    // A constant has slope 0, and each derivative lowers the degree by one:
    // x³ ↦ 3x² ↦ 6x ↦ 6 ↦ 0, i.e. [0, 0, 0, 1] ↦ [0, 0, 3] ↦ [0, 6] ↦ [6] ↦ [0].
    public void Differentiating_lowers_the_degree_down_to_the_zero_polynomial()
    {
        Derivatives.PolynomialDerivative([7]).Should().Equal(0);
        var cubic = new double[] { 0, 0, 0, 1 };
        var second = Derivatives.PolynomialDerivative(Derivatives.PolynomialDerivative(cubic));
        second.Should().Equal(0, 6);
        Derivatives.PolynomialDerivative(Derivatives.PolynomialDerivative(second)).Should().Equal(0);
        cubic.Should().Equal([0, 0, 0, 1], "the input must not be modified");
    }

    [Test, Order(10)]
    // The exact derivative p′(x) agrees with the harness's central difference of p at random points.
    public void The_exact_derivative_agrees_with_the_numerical_one([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var coefficients = data.Vector(data.Random.NextInt(2, 8), -3, 3);
        double P(double t) => coefficients.Select((c, k) => c * Math.Pow(t, k)).Sum();
        var derivative = Derivatives.PolynomialDerivative(coefficients);

        derivative.Should().HaveCount(coefficients.Length - 1);
        foreach (var x in data.Vector(5, -2, 2))
        {
            var exact = Derivatives.EvaluatePolynomial(derivative, x);
            GradientCheck.RelativeError(exact, GradientCheck.NumericalDerivative(P, x))
                .Should().BeLessThanOrEqualTo(GradientCheck.GoodAgreement, "p′ at x = {0} for p with coefficients [{1}]", x, string.Join(", ", coefficients));
        }
    }

    [Test, Order(11)]
    // A difference quotient needs a step: h = 0 divides by zero, a negative h flips the secant, ∞ or NaN make no sense.
    public void Steps_that_are_not_positive_and_finite_are_rejected([Values(0.0, -1e-3, double.NaN, double.PositiveInfinity)] double h)
    {
        FluentActions.Invoking(() => Derivatives.ForwardDifference(Math.Sin, 0, h)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Derivatives.CentralDifference(Math.Sin, 0, h)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(12)]
    public void Empty_or_missing_inputs_are_rejected()
    {
        FluentActions.Invoking(() => Derivatives.PolynomialDerivative([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Derivatives.EvaluatePolynomial([], 1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Derivatives.PolynomialDerivative(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Derivatives.EvaluatePolynomial(null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Derivatives.ForwardDifference(null!, 0, 0.1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Derivatives.CentralDifference(null!, 0, 0.1)).Should().Throw<ArgumentNullException>();
    }
}
