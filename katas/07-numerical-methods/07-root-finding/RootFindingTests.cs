using MathForML.Verification;

namespace MathForML.NumericalMethods.Tests;

/// <summary>
/// Bisection, secant and Newton iterations, judged by their answers and by the order of convergence estimated from
/// their own traces. Wrong implementations these tests catch: (1) bisection keeping the wrong half (it walks away from
/// the root to an end of the bracket); (2) the secant slope with the sign flipped, (f(xₖ₋₁) − f(xₖ))/(xₖ − xₖ₋₁); (3)
/// ObservedOrder as the mean ratio eₖ₊₁/eₖ — the rate, not the order: about 0.5 for bisection and 0 for Newton;
/// (4) an order fitted over all pairs including errors at rounding level, which drags Newton's order far below 2.
/// </summary>
public class RootFindingTests
{
    private static readonly double Sqrt2 = Math.Sqrt(2);

    private static double Parabola(double x) => (x * x) - 2;

    [Test, Order(1)]
    // x² − 2 on [0, 2]: midpoints 1 (f < 0: keep [1, 2]), 1.5 (f > 0: [1, 1.5]), 1.25, 1.375, 1.4375. Secant from 0 and 2:
    // f(0) = −2, f(2) = 2, so x₂ = 2 − 2·(2 − 0)/(2 − (−2)) = 1; then x₃ = 1 − (−1)(1 − 2)/(−1 − 2) = 4/3. Newton from 2:
    // 2 − 2/4 = 1.5, then 1.5 − 0.25/3 = 17/12.
    public void First_iterates_of_each_method_by_hand()
    {
        var (bisection, secant, newton) = (new List<double>(), new List<double>(), new List<double>());

        RootFinding.Bisection(Parabola, 0, 2, trace: bisection).Should().BeApproximately(Sqrt2, Tolerance.Tight);
        RootFinding.Secant(Parabola, 0, 2, trace: secant).Should().BeApproximately(Sqrt2, Tolerance.Tight);
        RootFinding.Newton(Parabola, x => 2 * x, 2, trace: newton).Should().BeApproximately(Sqrt2, Tolerance.Tight);

        bisection.Take(5).Should().Equal(1, 1.5, 1.25, 1.375, 1.4375);
        secant.Take(4).Should().BeApproximately([0, 2, 1, 4.0 / 3], Tolerance.Tight);
        newton.Take(3).Should().BeApproximately([2, 1.5, 17.0 / 12], Tolerance.Tight);
    }

    [Test, Order(2)]
    // Errors 10⁻¹, 10⁻², 10⁻⁴, 10⁻⁸: ln eₖ₊₁ = 2·ln eₖ + ln 10 for the last two pairs, and the first pair lies on the same
    // line (ln 10⁻² = 2·ln 10⁻¹ + ln 10), so the fitted slope is exactly 2. Halving errors 2⁻¹, 2⁻², … give slope 1.
    // Errors at rounding level (below 1e-13) are not pairs: appending the root itself changes nothing.
    public void Observed_order_is_the_slope_of_log_error_against_the_previous_log_error()
    {
        RootFinding.ObservedOrder([5.1, 5.01, 5.0001, 5.00000001], 5).Should().BeApproximately(2, Tolerance.RelativeOnly(1e-6));
        RootFinding.ObservedOrder([5.1, 5.01, 5.0001, 5.00000001, 5], 5).Should().BeApproximately(2, Tolerance.RelativeOnly(1e-6));
        RootFinding.ObservedOrder([.. Enumerable.Range(1, 20).Select(k => 1 + Math.ScaleB(1, -k))], 1).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(3)]
    // On x² − c with c seeded in [2, 50] (bracket [0, c], secant from 0 and c, Newton from c): bisection's midpoints
    // halve the bracket, order 1 (measured 0.97 … 0.98: the midpoint errors scatter around the halving line); the secant
    // method has order (1 + √5)/2 ≈ 1.618 (measured 1.617 … 1.626); Newton 2 (measured 1.90 … 1.98: a few
    // pre-asymptotic steps pull the fit down).
    public void Observed_orders_are_one_golden_ratio_and_two([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        var c = random.Uniform(2, 50);
        var root = Math.Sqrt(c);
        double F(double x) => (x * x) - c;
        var (bisection, secant, newton) = (new List<double>(), new List<double>(), new List<double>());

        RootFinding.Bisection(F, 0, c, trace: bisection).Should().BeApproximately(root, Tolerance.Tight);
        RootFinding.Secant(F, 0, c, trace: secant).Should().BeApproximately(root, Tolerance.Tight);
        RootFinding.Newton(F, x => 2 * x, c, trace: newton).Should().BeApproximately(root, Tolerance.Tight);

        RootFinding.ObservedOrder(bisection, root).Should().BeInRange(0.9, 1.1);
        RootFinding.ObservedOrder(secant, root).Should().BeInRange(1.5, 1.75);
        RootFinding.ObservedOrder(newton, root).Should().BeInRange(1.8, 2.2);
    }

    [Test, Order(4)]
    // Bisection needs only a sign change, not smoothness: |x − r|^{1/3}·sign(x − r) has infinite slope at the root, where
    // Newton's steps overshoot and diverge (each step multiplies the error by −2), yet bisection on a seeded bracket finds r.
    public void Bisection_works_where_Newton_diverges([Range(1, 5)] int seed)
    {
        var r = new SeededRandom(seed).Uniform(-3, 3);
        double F(double x) => Math.Cbrt(x - r);
        double FPrime(double x) => 1 / (3 * Math.Pow(Math.Cbrt(x - r), 2));

        RootFinding.Bisection(F, r - 1.3, r + 2.1).Should().BeApproximately(r, Tolerance.AbsoluteOnly(1e-11));
        FluentActions.Invoking(() => RootFinding.Newton(F, FPrime, r + 0.1, maxIterations: 50))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(5)]
    // Failures during the iteration: x² from ±1 has f(−1) = f(1), a flat secant; x³ − 2x + 2 from 0 makes Newton cycle
    // 0, 1, 0, 1, …; x² − 2 from 0 has f′(0) = 0; bisection with 3 iterations cannot reach 1e-12.
    public void Iterations_that_cannot_proceed_are_reported()
    {
        FluentActions.Invoking(() => RootFinding.Secant(x => x * x, -1, 1)).Should().Throw<InvalidOperationException>().WithMessage("*flat*");
        FluentActions.Invoking(() => RootFinding.Newton(x => (x * x * x) - (2 * x) + 2, x => (3 * x * x) - 2, 0))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        FluentActions.Invoking(() => RootFinding.Newton(Parabola, x => 2 * x, 0)).Should().Throw<InvalidOperationException>().WithMessage("*zero derivative*");
        FluentActions.Invoking(() => RootFinding.Bisection(Parabola, 0, 2, maxIterations: 3)).Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(6)]
    // Bad arguments: a bracket without a sign change (x² − 2 is negative on all of [−1, 1]), a reversed interval, equal
    // secant starts, too few iterates for an order, and the usual settings.
    public void Bad_arguments_are_rejected()
    {
        FluentActions.Invoking(() => RootFinding.Bisection(Parabola, -1, 1)).Should().Throw<ArgumentException>().WithMessage("*sign*");
        FluentActions.Invoking(() => RootFinding.Bisection(Parabola, 2, 0)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => RootFinding.Secant(Parabola, 1, 1)).Should().Throw<ArgumentException>().WithMessage("*distinct*");
        FluentActions.Invoking(() => RootFinding.Newton(Parabola, x => 2 * x, double.NaN)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => RootFinding.ObservedOrder([1.5, 1.42], Sqrt2)).Should().Throw<ArgumentException>().WithMessage("*three*");
        FluentActions.Invoking(() => RootFinding.ObservedOrder(null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RootFinding.Bisection(null!, 0, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RootFinding.Newton(Parabola, x => 2 * x, 1, tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => RootFinding.Secant(Parabola, 0, 2, maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        RootFinding.Bisection(Parabola, Sqrt2 - 1, 5).Should().BeApproximately(Sqrt2, Tolerance.Tight);
        RootFinding.Bisection(x => x - 1, 1, 3).Should().Be(1, "an end where f is exactly 0 is a root");
    }
}
