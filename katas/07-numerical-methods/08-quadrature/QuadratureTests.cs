using MathForML.Verification;

namespace MathForML.NumericalMethods.Tests;

/// <summary>
/// Quadrature rules judged by their observed error orders, Gauss–Legendre's exactness degree and adaptive Simpson's
/// economy. Wrong implementations these tests catch: (1) trapezoid with full weights at the ends (error O(h), not
/// O(h²)); (2) Simpson with the weights 2 and 4 swapped (not even exact for x²); (3) Gauss–Legendre with nodes from
/// a loose Newton stop or weights without the square on Pₙ′ (not exact to degree 2n − 1); (4) adaptive Simpson that
/// keeps the full tolerance in both halves (misses the tolerance) or re-evaluates shared points (more evaluations).
/// </summary>
public class QuadratureTests
{
    private static double Square(double x) => x * x;

    [Test, Order(1)]
    // ∫₀¹ x² dx = 1/3. Trapezoid, n = 2 (h = 1/2): ½·(0/2 + 1/4 + 1/2) = 3/8. Simpson, n = 2: (1/6)·(0 + 4·¼ + 1) = 1/3,
    // exact. Gauss–Legendre with 2 nodes ±1/√3 (weights 1) is exact up to degree 3: ∫₀¹ x³ dx = 1/4.
    public void Rules_on_x_squared_by_hand()
    {
        Quadrature.Trapezoid(Square, 0, 1, 2).Should().BeApproximately(0.375, Tolerance.Tight);
        Quadrature.Simpson(Square, 0, 1, 2).Should().BeApproximately(1.0 / 3, Tolerance.Tight);
        Quadrature.GaussLegendre(x => x * x * x, 0, 1, 2).Should().BeApproximately(0.25, Tolerance.Tight);
        Quadrature.GaussLegendre(Square, 0, 1, 1).Should().BeApproximately(0.25, Tolerance.Tight, "one node at ½, weight 1: exact only to degree 1");
    }

    [Test, Order(2)]
    // Trapezoid error ≈ −(b − a)h²f″/12 (order 2): doubling n divides it by 4. Simpson error ≈ −(b − a)h⁴f⁽⁴⁾/180
    // (order 4): doubling n divides it by 16. Seeded eᵏˣ on seeded [a, b]; n = 16 → 32, where the errors (≥ 1e-9) are far
    // above rounding. Ratios within 3 %.
    public void Trapezoid_is_second_order_and_Simpson_fourth_order([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        var (k, a) = (random.Uniform(0.5, 2), random.Uniform(-1, 0));
        var b = a + random.Uniform(0.5, 1.5);
        double F(double x) => Math.Exp(k * x);
        var exact = (Math.Exp(k * b) - Math.Exp(k * a)) / k;

        ((Quadrature.Trapezoid(F, a, b, 16) - exact) / (Quadrature.Trapezoid(F, a, b, 32) - exact)).Should().BeApproximately(4, Tolerance.RelativeOnly(0.03));
        ((Quadrature.Simpson(F, a, b, 16) - exact) / (Quadrature.Simpson(F, a, b, 32) - exact)).Should().BeApproximately(16, Tolerance.RelativeOnly(0.03));
    }

    [Test, Order(3)]
    // n nodes integrate every polynomial of degree ≤ 2n − 1 exactly: seeded coefficients, n = 1 … 12, on [−1, 2], against
    // the exact antiderivative (1e-12 relative to the sum of |terms|). Degree 2n is not exact: ∫₋₁¹ x²ⁿ = 2/(2n + 1) is
    // missed by more than 1e-6 relative for n ≤ 6.
    public void Gauss_Legendre_is_exact_for_degree_two_n_minus_one([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        for (var n = 1; n <= 12; n++)
        {
            var c = Enumerable.Range(0, 2 * n).Select(_ => random.Uniform(-1, 1)).ToArray(); // degree 2n − 1
            double P(double x) => c.Reverse().Aggregate(0.0, (sum, ci) => (sum * x) + ci);
            var exact = c.Select((ci, j) => ci * (Math.Pow(2, j + 1) - Math.Pow(-1, j + 1)) / (j + 1)).Sum();
            var scale = c.Select((ci, j) => Math.Abs(ci) * Math.Pow(2, j + 1) / (j + 1)).Sum();

            Quadrature.GaussLegendre(P, -1, 2, n).Should().BeApproximately(exact, Tolerance.AbsoluteOnly(1e-12 * scale), $"n = {n}");
            if (n <= 6)
            {
                var missed = Math.Abs(Quadrature.GaussLegendre(x => Math.Pow(x, 2 * n), -1, 1, n) - (2.0 / ((2 * n) + 1)));
                missed.Should().BeGreaterThan(1e-6 * (2.0 / ((2 * n) + 1)), $"degree 2n = {2 * n} is beyond {n} nodes");
            }
        }

        // Smooth integrands converge spectrally: 20 nodes give ∫₀^π sin = 2 to 1e-14.
        Quadrature.GaussLegendre(Math.Sin, 0, Math.PI, 20).Should().BeApproximately(2, Tolerance.AbsoluteOnly(1e-14));
    }

    [Test, Order(4)]
    // √x on [0, 1] (exact 2/3) has an infinite slope at 0, and √|x − c| a cusp at a seeded c (exact
    // (2/3)(c^{3/2} + (1 − c)^{3/2})): near such points Simpson's error is O(h^{3/2}), not O(h⁴), and a uniform grid pays for
    // it everywhere. Adaptive Simpson meets the tolerance 1e-8, and uniform Simpson with AS MANY evaluations misses it:
    // adaptivity spends the points where the error is. (It judges the integrand by its samples: a peak so narrow that
    // none of the first five points feels it is missed altogether, and a smooth sharp peak is cheaper on a uniform grid.)
    public void Adaptive_Simpson_meets_the_tolerance_with_fewer_evaluations_than_uniform_Simpson([Range(1, 5)] int seed)
    {
        var c = new SeededRandom(seed).Uniform(0.2, 0.8);
        (Func<double, double> F, double Exact)[] cases =
        [
            (Math.Sqrt, 2.0 / 3),
            (x => Math.Sqrt(Math.Abs(x - c)), 2.0 / 3 * (Math.Pow(c, 1.5) + Math.Pow(1 - c, 1.5))),
        ];
        foreach (var (f, exact) in cases)
        {
            var evaluations = 0;
            var adaptive = Quadrature.AdaptiveSimpson(x => { evaluations++; return f(x); }, 0, 1, 1e-8);

            Math.Abs(adaptive - exact).Should().BeLessThanOrEqualTo(1e-8);
            var n = evaluations - 1 - ((evaluations - 1) % 2); // the even n with n + 1 ≤ evaluations
            Math.Abs(Quadrature.Simpson(f, 0, 1, n) - exact).Should().BeGreaterThan(1e-8, $"uniform Simpson with {n + 1} points");
            ((evaluations - 5) % 2).Should().Be(0, "5 values for the first interval, then 2 per subdivision");
        }
    }

    [Test, Order(5)]
    // A tolerance the integrand cannot meet within the depth allowed is reported: 1/√x is infinite at 0, and 6 levels of
    // subdivision cannot bring the first interval's error to 1e-12.
    public void An_unreachable_tolerance_is_reported_not_returned()
    {
        FluentActions.Invoking(() => Quadrature.AdaptiveSimpson(x => 1 / Math.Sqrt(x + 1e-300), 0, 1, 1e-12, maxDepth: 6))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(6)]
    // Bad arguments: an interval that is empty, reversed or infinite; an odd Simpson count; node counts out of range.
    public void Bad_intervals_and_counts_are_rejected()
    {
        FluentActions.Invoking(() => Quadrature.Trapezoid(Square, 1, 1, 4)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => Quadrature.Simpson(Square, 1, 0, 4)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => Quadrature.GaussLegendre(Square, 0, double.PositiveInfinity, 4)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => Quadrature.Simpson(Square, 0, 1, 3)).Should().Throw<ArgumentException>().WithMessage("*even*");
        FluentActions.Invoking(() => Quadrature.Trapezoid(Square, 0, 1, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Quadrature.GaussLegendre(Square, 0, 1, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Quadrature.GaussLegendre(Square, 0, 1, 101)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Quadrature.AdaptiveSimpson(Square, 0, 1, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Quadrature.AdaptiveSimpson(null!, 0, 1)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(7)]
    // Adaptive Simpson by hand on x⁴ over [0, 6], where every panel is exact in binary: Simpson on the whole interval is
    // (6/6)·(0 + 4·81 + 1296) = 1620, on the halves 50.625 + 1508.625 = 1559.25, a difference of −60.75. At tolerance
    // 4.05 (15·4.05 = 60.75: accepted, the test is "at most") the answer is 1559.25 − 60.75/15 = 1555.2 = 6⁵/5 exactly —
    // the correction makes Simpson Boole's rule, exact to degree 5 (adding it instead gives 1563.3). Each halving divides
    // the difference by 32 (1.90 per half, then 0.059): tolerance 0.1 fails at maxDepth 2 and passes at maxDepth 3.
    // Away from 0 too: ∫₁³ x² = 26/3 (Simpson is exact for quadratics, at the midpoint 2 of [1, 3]).
    public void Adaptive_Simpson_by_hand_on_x_to_the_fourth()
    {
        static double Quartic(double x) => x * x * x * x;
        Quadrature.AdaptiveSimpson(Quartic, 0, 6, tolerance: 4.05, maxDepth: 1).Should().BeApproximately(1555.2, Tolerance.Tight);
        FluentActions.Invoking(() => Quadrature.AdaptiveSimpson(Quartic, 0, 6, tolerance: 0.1, maxDepth: 2))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        Quadrature.AdaptiveSimpson(Quartic, 0, 6, tolerance: 0.1, maxDepth: 3).Should().BeApproximately(1555.2, Tolerance.Tight);
        Quadrature.AdaptiveSimpson(Square, 1, 3).Should().BeApproximately(26.0 / 3, Tolerance.Tight);
    }

    [Test, Order(8)]
    // Adaptive Simpson's own settings: the tolerance must be positive (and the message says so), the depth at least 1.
    public void Adaptive_Simpson_rejects_a_non_positive_tolerance_and_depth()
    {
        FluentActions.Invoking(() => Quadrature.AdaptiveSimpson(Square, 0, 1, -1e-3)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Quadrature.AdaptiveSimpson(Square, 0, 1, maxDepth: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(9)]
    // The depth limit binds in each half separately: (x − 3)⁴ for x > 3 (0 before) has all its difficulty in the right
    // half of [0, 6], its mirror image (3 − x)⁴ for x < 3 in the left. The half where f = 0 is accepted at once; the
    // other is x⁴ on [0, 3] again, whose difference 1.90 fails the tolerance 0.1/2 while its quarters (0.059) pass:
    // maxDepth 2 is one level short, and maxDepth 3 gives ∫ = 3⁵/5 = 48.6 (exact: Boole's rule on each polynomial piece).
    public void The_depth_limit_applies_in_each_half()
    {
        foreach (var (side, f) in ((string, Func<double, double>)[])[("right", x => Math.Pow(Math.Max(x - 3, 0), 4)), ("left", x => Math.Pow(Math.Max(3 - x, 0), 4))])
        {
            FluentActions.Invoking(() => Quadrature.AdaptiveSimpson(f, 0, 6, tolerance: 0.1, maxDepth: 2))
                .Should().Throw<InvalidOperationException>().WithMessage("*converge*", "the {0} half needs depth 3", side);
            Quadrature.AdaptiveSimpson(f, 0, 6, tolerance: 0.1, maxDepth: 3).Should().BeApproximately(48.6, Tolerance.Tight, "difficult on the {0}", side);
        }
    }
}
