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

    [Test, Order(7)]
    // maxIterations is a budget: given exactly the number of steps each method takes on x² − 2 (counted from its own
    // trace: every bisection midpoint; the secant and Newton iterates after their starts) it succeeds with the same
    // root, and given one step fewer it reports "converge" — it neither stops early nor takes an extra step.
    public void Each_method_takes_at_most_max_iterations_steps()
    {
        var (bisection, secant, newton) = (new List<double>(), new List<double>(), new List<double>());
        RootFinding.Bisection(Parabola, 0, 2, trace: bisection);
        RootFinding.Secant(Parabola, 0, 2, trace: secant);
        RootFinding.Newton(Parabola, x => 2 * x, 2, trace: newton);
        var (steps, secantSteps, newtonSteps) = (bisection.Count, secant.Count - 2, newton.Count - 1);

        RootFinding.Bisection(Parabola, 0, 2, maxIterations: steps).Should().Be(bisection[^1]);
        RootFinding.Secant(Parabola, 0, 2, maxIterations: secantSteps).Should().Be(secant[^1]);
        RootFinding.Newton(Parabola, x => 2 * x, 2, maxIterations: newtonSteps).Should().Be(newton[^1]);
        FluentActions.Invoking(() => RootFinding.Bisection(Parabola, 0, 2, maxIterations: steps - 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*", "bisection needs {0} midpoints", steps);
        FluentActions.Invoking(() => RootFinding.Secant(Parabola, 0, 2, maxIterations: secantSteps - 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*", "the secant method needs {0} steps", secantSteps);
        FluentActions.Invoking(() => RootFinding.Newton(Parabola, x => 2 * x, 2, maxIterations: newtonSteps - 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*", "Newton needs {0} steps", newtonSteps);
    }

    [Test, Order(8)]
    // The stopping test is "at most tolerance·max(1, |x|)", met here exactly at the first step (all numbers exact in
    // binary). Bisection of x − 5.5 on [2, 6]: midpoint 4, half-width 2 = 0.5·max(1, 4). Secant on x² − 24 from 0 and 6:
    // step 12·(6 − 0)/(12 + 24) = 2 lands on 4. Newton on x² − 12 from 6: step 24/12 = 2 lands on 4. A strict "<", an
    // absolute test (0.5·1), tolerance/|x| or, for bisection, the full width b − a would all take further steps.
    public void A_step_of_exactly_tolerance_times_max_of_one_and_x_stops()
    {
        RootFinding.Bisection(x => x - 5.5, 2, 6, tolerance: 0.5).Should().Be(4);
        RootFinding.Secant(x => (x * x) - 24, 0, 6, tolerance: 0.5).Should().Be(4);
        RootFinding.Newton(x => (x * x) - 12, x => 2 * x, 6, tolerance: 0.5).Should().Be(4);
    }

    [Test, Order(9)]
    // f exactly 0 ends the iteration at once, before any slope is formed: Newton started at the root 0 of x² returns
    // it although f′(0) = 0; bisection returns the end b where f(b) = 0. The secant step from 0 and 2 on x − 1 lands
    // exactly on 1 and Newton's step from 3 too: they return 1 without appending it to the trace a second time.
    public void An_exact_zero_of_f_is_returned_at_once()
    {
        RootFinding.Newton(x => x * x, x => 2 * x, 0).Should().Be(0);
        RootFinding.Bisection(x => x - 3, 1, 3).Should().Be(3);
        var (secant, newton) = (new List<double>(), new List<double>());
        RootFinding.Secant(x => x - 1, 0, 2, trace: secant).Should().Be(1);
        RootFinding.Newton(x => x - 1, _ => 1, 3, trace: newton).Should().Be(1);
        secant.Should().Equal(0, 2, 1);
        newton.Should().Equal(3, 1);
    }

    [Test, Order(10)]
    // Which pairs enter the fit. Three iterates are two pairs, enough for a line (errors 10⁻¹, 10⁻², 10⁻⁴: slope 2).
    // Errors at or below the floor 1e-13·max(1, |r|) are rounding: with r = 0 an iterate exactly at 1e-13, and a
    // wobble up to 1e-12 after it, leave the order 2 of 10⁻¹, 10⁻², 10⁻⁴, 10⁻⁸ alone; with r = 1024 the floor is
    // 1.024e-10, so the error 2⁻³⁵ ≈ 2.9e-11 after 2⁻³, 2⁻⁶, 2⁻¹², 2⁻²⁴ is rounding too (the floor is relative).
    // Errors that do not vary (all ½) fit no line.
    public void Observed_order_uses_only_pairs_above_the_rounding_floor()
    {
        RootFinding.ObservedOrder([0.1, 0.01, 1e-4], 0).Should().BeApproximately(2, Tolerance.Tight);
        RootFinding.ObservedOrder([0.1, 0.01, 1e-4, 1e-8, 1e-13, 1e-12], 0).Should().BeApproximately(2, Tolerance.RelativeOnly(1e-6));
        RootFinding.ObservedOrder([.. ((int[])[-3, -6, -12, -24, -35]).Select(k => 1024 + Math.ScaleB(1, k))], 1024).Should().BeApproximately(2, Tolerance.Tight);
        FluentActions.Invoking(() => RootFinding.ObservedOrder([1.5, 0.5, 1.5, 0.5], 1)).Should().Throw<ArgumentException>().WithMessage("*vary*");
    }

    [Test, Order(11)]
    // The fit centres the logs: Σ(u − ū)(v − v̄)/Σ(u − ū)². For linear convergence at the slow rate ρ = 1 − 10⁻⁹ (errors
    // 10⁻³·ρᵏ, k = 0 … 50) the logs u = ln eₖ agree to 8 digits, and one-pass forms such as Σu² − n·ū² (or
    // Σ(u + ū)(u − ū)) cancel every digit of the spread; the centred sums keep the order 1 to 1e-6.
    public void Observed_order_of_a_slow_linear_iteration_is_one()
    {
        var rate = 1 - 1e-9;
        RootFinding.ObservedOrder([.. Enumerable.Range(0, 51).Select(k => 1e-3 * Math.Pow(rate, k))], 0)
            .Should().BeApproximately(1, Tolerance.RelativeOnly(1e-6));
    }

    [Test, Order(12)]
    // The argument checks every method makes: settings (bisection too; the message says "positive"), delegates, a
    // bracket with a < b strictly and finite ends, finite secant starts.
    public void Every_method_checks_its_settings_delegates_and_starts()
    {
        FluentActions.Invoking(() => RootFinding.Bisection(Parabola, 0, 2, tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => RootFinding.Secant(Parabola, 0, 2, tolerance: double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => RootFinding.Bisection(Parabola, 0, 2, maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => RootFinding.Bisection(Parabola, 1, 1)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => RootFinding.Bisection(Parabola, double.NaN, 2)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => RootFinding.Secant(Parabola, double.NaN, 2)).Should().Throw<ArgumentException>().WithMessage("*distinct*");
        FluentActions.Invoking(() => RootFinding.Secant(null!, 0, 2)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RootFinding.Newton(null!, x => 2 * x, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RootFinding.Newton(Parabola, null!, 1)).Should().Throw<ArgumentNullException>();
    }
}
