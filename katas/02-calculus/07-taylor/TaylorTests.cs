using MathForML.Verification;
using MathNet.Numerics;

namespace MathForML.Calculus.Tests;

/// <summary>Taylor polynomials and the Lagrange remainder: how good the approximation is, and how we know.</summary>
public class TaylorTests
{
    [Test, Order(1)]
    // T₃ of eˣ at 1: 1 + 1 + 1/2 + 1/6 = 8/3 ≈ 2.6667 (e ≈ 2.7183). T₃ of sin at 0.5: 0.5 − 0.125/6 = 0.47916̅.
    // T₂ and T₃ of ln(1 + x) at 0.5: 0.5 − 0.25/2 = 0.375, then + 0.125/3 = 0.41666̅.
    public void Taylor_polynomials_by_hand()
    {
        Taylor.Exp(1, 3).Should().BeApproximately(8.0 / 3, Tolerance.Tight);
        Taylor.Sin(0.5, 3).Should().BeApproximately(0.5 - (0.125 / 6), Tolerance.Tight);
        Taylor.Log1p(0.5, 2).Should().BeApproximately(0.375, Tolerance.Tight);
        Taylor.Log1p(0.5, 3).Should().BeApproximately(0.375 + (0.125 / 3), Tolerance.Tight);
    }

    [Test, Order(2)]
    // Order 0 keeps only the constant term f(a): e⁰ = 1, sin 0 = 0, ln 1 = 0. The sine has no even powers, so
    // orders 1 and 2 both give x, and orders 3 and 4 both give x − x³/6.
    public void Order_zero_is_the_value_at_the_center_and_sine_skips_even_powers([Range(1, 3)] int seed)
    {
        var x = new TestData(seed).Random.Uniform(-0.9, 0.9);

        Taylor.Exp(x, 0).Should().Be(1);
        Taylor.Sin(x, 0).Should().Be(0);
        Taylor.Log1p(x, 0).Should().Be(0);
        Taylor.Exp(x, 1).Should().BeApproximately(1 + x, Tolerance.Tight);
        Taylor.Sin(x, 1).Should().BeApproximately(x, Tolerance.Tight);
        Taylor.Sin(x, 2).Should().BeApproximately(x, Tolerance.Tight);
        Taylor.Sin(x, 4).Should().BeApproximately(x - (x * x * x / 6), Tolerance.Tight);
        Taylor.Log1p(x, 1).Should().BeApproximately(x, Tolerance.Tight);
    }

    [Test, Order(3)]
    // With enough terms the polynomials reproduce the functions to rounding: 30 terms for eˣ and sin x on [−3, 3]
    // (the next term is below 3³¹/31! ≈ 10⁻¹⁹), and 200 terms for ln(1 + x) on [−0.5, 0.5] (0.5²⁰⁰ ≈ 10⁻⁶⁰).
    public void High_orders_reproduce_the_functions([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (x, small) = (data.Random.Uniform(-3, 3), data.Random.Uniform(-0.5, 0.5));

        Taylor.Exp(x, 30).Should().BeApproximately(Math.Exp(x), Tolerance.Default);
        Taylor.Sin(x, 31).Should().BeApproximately(Math.Sin(x), Tolerance.Default);
        Taylor.Log1p(small, 200).Should().BeApproximately(Math.Log(1 + small), Tolerance.Default);
    }

    [Test, Order(4)]
    // Every extra term helps: the error |f(x) − Tₙ(x)| shrinks strictly with n (until it reaches rounding level),
    // for eˣ on (−1, 1), sin on (−3, 3) at odd orders, and ln(1 + x) on (−0.9, 0.9).
    public void The_error_shrinks_as_the_order_grows([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (e, s, l) = (data.Random.Uniform(-1, 1), data.Random.Uniform(-3, 3), data.Random.Uniform(-0.9, 0.9));
        ErrorsShrink(n => Math.Abs(Taylor.Exp(e, n) - Math.Exp(e)), orders: Enumerable.Range(0, 20));
        ErrorsShrink(n => Math.Abs(Taylor.Sin(s, n) - Math.Sin(s)), orders: Enumerable.Range(0, 15).Select(k => (2 * k) + 1));
        ErrorsShrink(n => Math.Abs(Taylor.Log1p(l, n) - Math.Log(1 + l)), orders: Enumerable.Range(0, 60));
    }

    [Test, Order(5)]
    // T₂ of eˣ at x = 2: M = e², bound e²·2³/3! = 7.389·8/6 ≈ 9.85; the true error e² − (1 + 2 + 2) = 2.389.
    // And with M = 1 for sin: |x|ⁿ⁺¹/(n + 1)!, e.g. 1·2³/3! = 4/3. At x = a, or with M = 0 (a polynomial of degree
    // ≤ n has f⁽ⁿ⁺¹⁾ ≡ 0), the Taylor polynomial is exact and the bound is 0.
    public void The_Lagrange_bound_by_hand()
    {
        Taylor.LagrangeRemainderBound(1, 2, 0, 2).Should().BeApproximately(4.0 / 3, Tolerance.Tight);
        Taylor.LagrangeRemainderBound(Math.Exp(2), 2, 0, 2).Should().BeApproximately(Math.Exp(2) * 8 / 6, Tolerance.Tight);
        Taylor.LagrangeRemainderBound(3, 0.5, 1.5, 0).Should().BeApproximately(3, Tolerance.Tight);
        Taylor.LagrangeRemainderBound(2, -1, 1, 1).Should().BeApproximately(4, Tolerance.Tight);
        Taylor.LagrangeRemainderBound(5, 1, 1, 3).Should().Be(0);
        Taylor.LagrangeRemainderBound(0, 2, 0, 3).Should().Be(0);
    }

    [Test, Order(6)]
    // The actual error never exceeds the Lagrange bound (up to rounding, 10⁻¹⁴ relative): for eˣ with
    // M = max e^ξ = e^max(x, 0) between 0 and x, and for sin with M = 1. For x > 0 every eˣ derivative is at least 1,
    // so the error of eˣ is also at least the bound with M = 1 — the bound is tight within a factor eˣ.
    public void The_actual_error_never_exceeds_the_Lagrange_bound([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (x, positive) = (data.Random.Uniform(-3, 3), data.Random.Uniform(0.1, 3));
        for (var n = 0; n <= 12; n++)
        {
            var slack = 1e-14 * Math.Exp(Math.Abs(x) + positive);
            Math.Abs(Math.Exp(x) - Taylor.Exp(x, n)).Should().BeLessThanOrEqualTo(
                Taylor.LagrangeRemainderBound(Math.Exp(Math.Max(x, 0)), x, 0, n) + slack, "eˣ at x = {0}, order n = {1}", x, n);
            Math.Abs(Math.Sin(x) - Taylor.Sin(x, n)).Should().BeLessThanOrEqualTo(
                Taylor.LagrangeRemainderBound(1, x, 0, n) + 1e-14, "sin x at x = {0}, order n = {1}", x, n);

            var error = Math.Exp(positive) - Taylor.Exp(positive, n);
            error.Should().BeLessThanOrEqualTo(
                Taylor.LagrangeRemainderBound(Math.Exp(positive), positive, 0, n) + slack, "eˣ at x = {0}, order n = {1}", positive, n);
            error.Should().BeGreaterThanOrEqualTo(
                Taylor.LagrangeRemainderBound(1, positive, 0, n) - slack, "eˣ at x = {0} > 0, order n = {1}", positive, n);
        }
    }

    [Test, Order(7)]
    // cₖ = f⁽ᵏ⁾(a)/k!: [1, 1, 1, 1] ↦ [1, 1, 1/2, 1/6] (eˣ at 0) and [2, 6, 12] ↦ [2, 6, 6].
    // Around a = 1, [1, 2, 3] is 1 + 2(x − 1) + 3(x − 1)², which at x = 3 is 1 + 4 + 12 = 17.
    public void Coefficients_and_evaluation_around_a_center_by_hand()
    {
        Taylor.Coefficients([1, 1, 1, 1]).Should().BeApproximately([1, 1, 0.5, 1.0 / 6], Tolerance.Tight);
        Taylor.Coefficients([2, 6, 12]).Should().BeApproximately([2, 6, 6], Tolerance.Tight);
        Taylor.EvaluateAround([1, 2, 3], 3, 1).Should().BeApproximately(17, Tolerance.Tight);
        Taylor.EvaluateAround([1, 2, 3], 1, 1).Should().Be(1);
    }

    [Test, Order(8)]
    // 201! ≈ 10³⁷⁷ is far beyond the double range (≈ 1.8·10³⁰⁸), yet the Lagrange bound 3²⁰¹/201! ≈ 10⁻²⁸² is an
    // ordinary number: computed as a running product, nothing overflows (oracle: log-space with MathNet). The terms
    // 1/k! of e¹ do leave the range the other way, harmlessly: they are subnormal from k = 171 and 0 from k = 178,
    // far below the last bit of e.
    public void High_orders_do_not_overflow()
    {
        Taylor.Exp(1, 200).Should().BeApproximately(Math.E, Tolerance.Tight);
        Taylor.Sin(2, 301).Should().BeApproximately(Math.Sin(2), Tolerance.Tight);
        var expected = Math.Exp((201 * Math.Log(3)) - SpecialFunctions.FactorialLn(201));
        Taylor.LagrangeRemainderBound(1, 3, 0, 200).Should().BeApproximately(expected, Tolerance.RelativeOnly(1e-10));
    }

    [Test, Order(9)]
    // e²⁰⁰ ≈ 7.2·10⁸⁶ needs about 600 terms (the term for k = 601 is 10⁻²⁸, relative 10⁻¹¹⁵). Each term is an ordinary
    // number — the largest, 200²⁰⁰/200!, is about 2·10⁸⁵ — but 200ᵏ overflows from k = 134 and k! from k = 171, so
    // xᵏ/k! computed apart gives ∞/∞ = NaN. The sine polynomial at 100 cannot be accurate (its terms, up to
    // 100¹⁰⁰/100! ≈ 10⁴², cancel to sin 100 ≈ −0.51, leaving rounding of order 10²⁶), but it must stay finite and
    // within rounding of its largest terms, although 100³⁰¹ ≈ 10⁶⁰² and 301! ≈ 10⁶¹⁷.
    public void Large_arguments_need_many_terms_and_every_term_stays_finite()
    {
        Taylor.Exp(200, 600).Should().BeApproximately(Math.Exp(200), Tolerance.Tight);
        Math.Abs(Taylor.Sin(100, 301) - Math.Sin(100))
            .Should().BeLessThan(1e-12 * Math.Exp(100), "301 terms of size at most e¹⁰⁰, each off by a few units in the last place");
    }

    [Test, Order(10)]
    // e³⁰ˣ has derivatives 30ᵏ at 0, so its coefficients are cₖ = 30ᵏ/k! = exp(k·ln 30 − ln k!), all ordinary numbers
    // up to c₂₀₀ ≈ 3.4·10⁻⁸⁰. Past k = 170, k! overflows (30ᵏ/k! would be 0) and 1/k! underflows (subnormal from 171,
    // 0 from 178), so neither may be formed; the log-gamma oracle is compared in relative terms, entry by entry.
    public void Coefficients_stay_accurate_past_170_factorial()
    {
        var derivatives = Enumerable.Range(0, 201).Select(k => Math.Pow(30, k)).ToArray();
        var expected = Enumerable.Range(0, 201).Select(k => Math.Exp((k * Math.Log(30)) - SpecialFunctions.FactorialLn(k)));

        var coefficients = Taylor.Coefficients(derivatives);

        coefficients.Should().BeApproximately(expected, Tolerance.RelativeOnly(1e-10));
        coefficients[200].Should().BeApproximately(3.3679241641677582e-80, Tolerance.RelativeOnly(1e-10), "c₂₀₀ = 30²⁰⁰/200!");
    }

    [Test, Order(11)]
    // cos about a random center a: its derivatives cycle cos a, −sin a, −cos a, sin a, … The degree-8 polynomial
    // equals cos a at a (order 0 term), and at x = a + δ its error is within the Lagrange bound with M = 1.
    public void A_Taylor_polynomial_about_any_center_stays_within_its_bound([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, delta) = (data.Random.Uniform(-3, 3), data.Random.Uniform(-1.5, 1.5));
        var cycle = new[] { Math.Cos(a), -Math.Sin(a), -Math.Cos(a), Math.Sin(a) };
        var derivatives = Enumerable.Range(0, 9).Select(k => cycle[k % 4]).ToArray();
        var original = derivatives.ToArray();

        var coefficients = Taylor.Coefficients(derivatives);

        derivatives.Should().Equal(original);
        Taylor.EvaluateAround(coefficients, a, a).Should().Be(Math.Cos(a));
        Math.Abs(Taylor.EvaluateAround(coefficients, a + delta, a) - Math.Cos(a + delta))
            .Should().BeLessThanOrEqualTo(Taylor.LagrangeRemainderBound(1, a + delta, a, 8) + 1e-14);
    }

    [Test, Order(12)]
    public void Negative_orders_are_rejected()
    {
        FluentActions.Invoking(() => Taylor.Exp(1, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Taylor.Sin(1, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Taylor.Log1p(0.5, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Taylor.LagrangeRemainderBound(1, 1, 0, -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(13)]
    // The series of ln(1 + x) diverges for |x| > 1 (and ln 0 = −∞ at x = −1): outside |x| < 1 it is refused.
    public void Log1p_outside_the_unit_interval_is_rejected([Values(1.0, -1.0, 1.5, -3.0, double.NaN)] double x) =>
        FluentActions.Invoking(() => Taylor.Log1p(x, 5)).Should().Throw<ArgumentOutOfRangeException>();

    [Test, Order(14)]
    public void Negative_bounds_non_finite_points_and_empty_coefficients_are_rejected()
    {
        FluentActions.Invoking(() => Taylor.LagrangeRemainderBound(-1, 1, 0, 2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Taylor.LagrangeRemainderBound(double.NaN, 1, 0, 2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Taylor.LagrangeRemainderBound(1, double.PositiveInfinity, 0, 2)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Taylor.LagrangeRemainderBound(1, 0, double.NaN, 2)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Taylor.Exp(double.NaN, 2)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Taylor.Sin(double.NegativeInfinity, 2)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Taylor.Coefficients([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Taylor.EvaluateAround([], 1, 0)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Taylor.Coefficients(null!)).Should().Throw<ArgumentNullException>();
    }

    /// <summary>Asserts that error(n) strictly decreases along the orders, stopping once it reaches rounding level.</summary>
    private static void ErrorsShrink(Func<int, double> error, IEnumerable<int> orders)
    {
        var previous = double.PositiveInfinity;
        foreach (var n in orders)
        {
            var current = error(n);
            if (current < 1e-13)
            {
                return;
            }
            current.Should().BeLessThan(previous, "the error at order {0} must be smaller than at the previous order", n);
            previous = current;
        }
    }
}
