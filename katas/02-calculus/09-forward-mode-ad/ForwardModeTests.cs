using MathForML.Verification;

namespace MathForML.Calculus.Tests;

/// <summary>
/// Dual numbers carry (f, f′) through every operation, so evaluating a function on Dual.Variable(x) returns f′(x)
/// exact up to rounding. The rules are checked one by one on seeded duals, then on compositions against hand-derived
/// derivatives (Tight tolerance: no truncation error) and on multivariate functions against GradientCheck.
/// </summary>
public class ForwardModeTests
{
    [Test, Order(1)]
    // dx/dx = 1 and dc/dx = 0: the variable and a constant at the same value differ only in the δ part (the dual unit, δ² = 0).
    public void Variable_has_derivative_one_and_constant_zero()
    {
        Dual.Variable(3).Should().Be(new Dual(3, 1));
        Dual.Constant(3).Should().Be(new Dual(3, 0));
    }

    [Test, Order(2)]
    // At x = 3: x + x = (6, 1 + 1) = (6, 2); x·x = (9, 1·3 + 3·1) = (9, 6); x − x = (0, 0).
    public void Sum_and_product_rules_worked_example()
    {
        var x = Dual.Variable(3);

        (x + x).Should().Be(new Dual(6, 2));
        (x * x).Should().Be(new Dual(9, 6));
        (x - x).Should().Be(new Dual(0, 0));
        (-x).Should().Be(new Dual(-3, -1));
    }

    [Test, Order(3)]
    // x/(1 + x) at x = 1: value 1/2, derivative ((1)(1 + x) − x(1))/(1 + x)² = 1/(1 + x)² = 1/4.
    public void Quotient_rule_worked_example()
    {
        var x = Dual.Variable(1);

        var q = x / (1 + x);

        q.Value.Should().BeApproximately(0.5, Tolerance.Tight);
        q.Derivative.Should().BeApproximately(0.25, Tolerance.Tight);
    }

    [Test, Order(4)]
    // (f, f′) ∘ (g, g′) for random duals: sum, difference, product (f′g + fg′), quotient ((f′g − fg′)/g²), negation.
    public void Dual_arithmetic_applies_the_derivative_rules([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (f, df) = (data.Random.Uniform(-3, 3), data.Random.Uniform(-3, 3));
        var (g, dg) = (NonZero(data), data.Random.Uniform(-3, 3));
        var (u, v) = (new Dual(f, df), new Dual(g, dg));

        ShouldBe(u + v, f + g, df + dg);
        ShouldBe(u - v, f - g, df - dg);
        ShouldBe(u * v, f * g, (df * g) + (f * dg));
        ShouldBe(u / v, f / g, ((df * g) - (f * dg)) / (g * g));
        ShouldBe(-u, -f, -df);
    }

    [Test, Order(5)]
    // A plain number c is the constant (c, 0): c shifts the value only, scales both parts, and c − f, c/f
    // have derivatives −f′ and −c·f′/f².
    public void Plain_numbers_act_as_constants([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (f, df) = (NonZero(data), data.Random.Uniform(-3, 3));
        var c = NonZero(data);
        var u = new Dual(f, df);

        ShouldBe(u + c, f + c, df);
        ShouldBe(c + u, c + f, df);
        ShouldBe(u - c, f - c, df);
        ShouldBe(c - u, c - f, -df);
        ShouldBe(u * c, f * c, df * c);
        ShouldBe(c * u, c * f, c * df);
        ShouldBe(u / c, f / c, df / c);
        ShouldBe(c / u, c / f, -c * df / (f * f));
    }

    [Test, Order(6)]
    // The quotient rules without g²: for u = (6s, 2s), v = (3s, 2s), u/v = (2, (2s − 2·2s)/(3s)) = (2, −2/3), and for
    // c = 6s, w = (3s, 3s), c/w = (2, −2·3s/(3s)) = (2, −2), whatever the scale s. At s = 10²⁰⁰ the textbook forms
    // (f′g − fg′)/g² and −c·f′/f² compute ∞/∞, at s = 10⁻²⁰⁰ they compute 0/0: NaN either way.
    public void Quotients_of_huge_and_tiny_duals_do_not_square_the_denominator([Values(1e200, 1e-200)] double s)
    {
        ShouldBe(new Dual(6 * s, 2 * s) / new Dual(3 * s, 2 * s), 2, -2.0 / 3);
        ShouldBe((6 * s) / new Dual(3 * s, 3 * s), 2, -2);
    }

    [Test, Order(7)]
    // The chain rule h(u) = (h(f), h′(f)·f′) with an inner derivative f′ ≠ 1, so forgetting the factor f′ fails:
    // sin′ = cos, cos′ = −sin, exp′ = exp, ln′(f) = 1/f, (√f)′ = 1/(2√f).
    public void Elementary_functions_apply_the_chain_rule([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (f, df) = (data.Random.Uniform(0.5, 3), data.Random.Uniform(-3, 3));
        var u = new Dual(f, df);

        ShouldBe(Dual.Sin(u), Math.Sin(f), Math.Cos(f) * df);
        ShouldBe(Dual.Cos(u), Math.Cos(f), -Math.Sin(f) * df);
        ShouldBe(Dual.Exp(u), Math.Exp(f), Math.Exp(f) * df);
        ShouldBe(Dual.Log(u), Math.Log(f), df / f);
        ShouldBe(Dual.Sqrt(u), Math.Sqrt(f), df / (2 * Math.Sqrt(f)));
    }

    [Test, Order(8)]
    // The power rule: x³ at 2 is (8, 3·2² = 12); √x as x^0.5 at 4 is (2, 0.5·4^−0.5 = 0.25);
    // x⁰ is the constant 1 everywhere, even at 0 where p·x^{p−1} would be 0·∞.
    public void Powers_follow_the_power_rule()
    {
        ShouldBe(Dual.Pow(Dual.Variable(2), 3), 8, 12);
        ShouldBe(Dual.Pow(Dual.Variable(4), 0.5), 2, 0.25);
        ShouldBe(Dual.Pow(new Dual(1.5, -2), -1), 1 / 1.5, 2 / (1.5 * 1.5));
        Dual.Pow(Dual.Variable(0), 0).Should().Be(new Dual(1, 0));
    }

    [Test, Order(9)]
    // ForwardMode.Derivative of x³ − 2x at x = 2: 3·2² − 2 = 10.
    public void Derivative_of_a_polynomial_worked_example() =>
        ForwardMode.Derivative(x => (x * x * x) - (2 * x), 2).Should().BeApproximately(10, Tolerance.Tight);

    [Test, Order(10)]
    // g(x) = sin(x²)·eˣ/(1 + x²); by hand,
    // g′(x) = eˣ(2x·cos(x²) + sin(x²))/(1 + x²) − 2x·sin(x²)·eˣ/(1 + x²)².
    // AD has no truncation error, so it matches the hand derivative to rounding (Tight).
    public void Derivative_of_a_composition_matches_the_hand_derivative_to_rounding([Range(1, 5)] int seed)
    {
        var x = new TestData(seed).Random.Uniform(-2, 2);

        ForwardMode.Derivative(Composition, x).Should().BeApproximately(CompositionDerivative(x), Tolerance.Tight);
    }

    [Test, Order(11)]
    // At x = 1.3 central differences (step 1e-5) are off by about 5e-10: truncation h²·|g‴|/6 plus rounding ε·|g|/h.
    // Dual numbers have no step, so their error is rounding only, about 1e-16.
    public void Forward_mode_is_exact_where_central_differences_are_not()
    {
        const double x = 1.3;
        var exact = CompositionDerivative(x);

        var automatic = ForwardMode.Derivative(Composition, x);
        var finiteDifference = GradientCheck.NumericalDerivative(t => Math.Sin(t * t) * Math.Exp(t) / (1 + (t * t)), x);

        automatic.Should().BeApproximately(exact, Tolerance.Tight);
        Tolerance.Tight.IsClose(finiteDifference, exact).Should().BeFalse("central differences carry truncation error");
        Math.Abs(automatic - exact).Should().BeLessThan(Math.Abs(finiteDifference - exact) / 100);
    }

    [Test, Order(12)]
    // f(x, y) = x²y at (3, 2): ∂f/∂x = 2xy = 12, ∂f/∂y = x² = 9.
    public void Gradient_worked_example() =>
        ForwardMode.Gradient(v => v[0] * v[0] * v[1], [3, 2]).Should().BeApproximately([12, 9], Tolerance.Tight);

    [Test, Order(13)]
    // One pass per coordinate, seeding eᵢ, gives ∂f/∂xᵢ; checked against central differences of the same f on doubles.
    public void Gradient_agrees_with_finite_differences([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Vector(data.Random.NextInt(2, 7), -1.5, 1.5);

        GradientCheck.Compare(Multivariate, v => ForwardMode.Gradient(MultivariateDual, v), x).Should().Agree();
    }

    [Test, Order(14)]
    // Forward mode costs one evaluation per input (reverse mode, next kata, costs one per output); x is left untouched.
    public void Gradient_evaluates_the_function_once_per_coordinate()
    {
        double[] x = [0.5, -1, 2, 0.25];
        var calls = 0;

        var gradient = ForwardMode.Gradient(
            v =>
            {
                calls++;
                return MultivariateDual(v);
            },
            x);

        calls.Should().Be(4);
        gradient.Should().HaveCount(4);
        x.Should().Equal(0.5, -1, 2, 0.25);
    }

    [Test, Order(15)]
    // IEEE arithmetic, no exceptions: ln 0 = −∞ with slope 1/0 = +∞; ln(−1) is NaN; 1/0 is +∞ with a non-finite
    // derivative; √x has an infinite slope at 0.
    public void Singular_points_give_infinities_or_NaN_as_documented()
    {
        Dual.Log(Dual.Variable(0)).Should().Be(new Dual(double.NegativeInfinity, double.PositiveInfinity));
        double.IsNaN(Dual.Log(Dual.Variable(-1)).Value).Should().BeTrue();
        var quotient = Dual.Variable(1) / Dual.Constant(0);
        quotient.Value.Should().Be(double.PositiveInfinity);
        double.IsFinite(quotient.Derivative).Should().BeFalse();
        Dual.Sqrt(Dual.Variable(0)).Should().Be(new Dual(0, double.PositiveInfinity));
    }

    [Test, Order(16)]
    // A derivative at NaN or ∞ means nothing; a missing function or point is a programming error.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => ForwardMode.Derivative(null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ForwardMode.Derivative(x => x, double.NaN))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => ForwardMode.Gradient(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ForwardMode.Gradient(v => v[0], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ForwardMode.Gradient(v => v[0], [1, double.PositiveInfinity]))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
    }

    private static Dual Composition(Dual x) => Dual.Sin(x * x) * Dual.Exp(x) / (1 + (x * x));

    private static double CompositionDerivative(double x)
    {
        var (s, c, e, d) = (Math.Sin(x * x), Math.Cos(x * x), Math.Exp(x), 1 + (x * x));
        return (e * ((2 * x * c) + s) / d) - (2 * x * s * e / (d * d));
    }

    // f(x) = Σᵢ sin(xᵢ·xᵢ₊₁) + e^{x₀}/(1 + x₁²) + √(2 + xₙ₋₁²)·ln(3 + x₀) − x₁³ (indices cyclic).
    private static double Multivariate(double[] x)
    {
        var n = x.Length;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += Math.Sin(x[i] * x[(i + 1) % n]);
        }

        return sum + (Math.Exp(x[0]) / (1 + (x[1] * x[1]))) + (Math.Sqrt(2 + (x[n - 1] * x[n - 1])) * Math.Log(3 + x[0]))
            - Math.Pow(x[1], 3);
    }

    private static Dual MultivariateDual(Dual[] x)
    {
        var n = x.Length;
        var sum = Dual.Constant(0);
        for (var i = 0; i < n; i++)
        {
            sum += Dual.Sin(x[i] * x[(i + 1) % n]);
        }

        return sum + (Dual.Exp(x[0]) / (1 + (x[1] * x[1]))) + (Dual.Sqrt(2 + (x[n - 1] * x[n - 1])) * Dual.Log(3 + x[0]))
            - Dual.Pow(x[1], 3);
    }

    // A value in ±[0.5, 3]: safely away from 0 for divisions.
    private static double NonZero(TestData data) =>
        data.Random.Uniform(0.5, 3) * (data.Random.NextDouble() < 0.5 ? -1 : 1);

    private static void ShouldBe(Dual actual, double value, double derivative)
    {
        actual.Value.Should().BeApproximately(value, Tolerance.Tight);
        actual.Derivative.Should().BeApproximately(derivative, Tolerance.Tight);
    }
}
