using MathForML.Verification;

namespace MathForML.Calculus.Tests;

/// <summary>
/// Newton's method for roots and critical points. Besides the answers, the trace of iterates is examined: the error
/// must shrink quadratically (eₖ₊₁ ≈ C·eₖ², digits doubling), a quadratic must be minimised in one step, and the
/// classic failures — a flat tangent, a singular Hessian, a cycle — must be reported, not returned.
/// </summary>
public class NewtonTests
{
    private static readonly double Sqrt2 = Math.Sqrt(2);

    [Test, Order(1)]
    // x² − 2 = 0 from x₀ = 1: the positive root √2.
    public void Finds_the_square_root_of_two() =>
        Newton.FindRoot(x => (x * x) - 2, x => 2 * x, 1).Should().BeApproximately(Sqrt2, Tolerance.Tight);

    [Test, Order(2)]
    // xₖ₊₁ = xₖ − (xₖ² − 2)/(2xₖ) = (xₖ + 2/xₖ)/2: 1 → (1 + 2)/2 = 3/2 → (3/2 + 4/3)/2 = 17/12 → 577/408.
    // The trace starts with x₀ and ends with the returned point.
    public void Trace_records_the_start_and_every_iterate()
    {
        var trace = new List<double>();

        var root = Newton.FindRoot(x => (x * x) - 2, x => 2 * x, 1, trace: trace);

        trace.Take(4).Should().BeApproximately([1, 1.5, 17.0 / 12, 577.0 / 408], Tolerance.Tight);
        trace[^1].Should().Be(root);
    }

    [Test, Order(3)]
    // Near a simple root eₖ₊₁ ≈ C·eₖ² with C = |f″/(2f′)| = 2/(2·2√2) = 1/(2√2) ≈ 0.354: the ratio stays bounded and
    // tends to C, and each step roughly doubles the number of correct digits (−log₁₀ eₖ₊₁ ≈ 2·(−log₁₀ eₖ)).
    public void Convergence_is_quadratic()
    {
        var trace = new List<double>();
        Newton.FindRoot(x => (x * x) - 2, x => 2 * x, 1, trace: trace);
        var errors = trace.Select(x => Math.Abs(x - Sqrt2)).ToArray();

        // Pairs whose next error is still well above rounding (1e-14), so the ratio is meaningful.
        var pairs = Enumerable.Range(0, errors.Length - 1).Where(k => errors[k + 1] > 1e-14).ToArray();

        pairs.Should().HaveCountGreaterThanOrEqualTo(4);
        foreach (var k in pairs)
        {
            (errors[k + 1] / (errors[k] * errors[k])).Should().BeLessThan(1, $"step {k} must be quadratic");
        }

        var last = pairs[^1];
        (errors[last + 1] / (errors[last] * errors[last])).Should().BeApproximately(1 / (2 * Sqrt2), Tolerance.RelativeOnly(0.01));
        foreach (var k in pairs.Where(k => errors[k] < 1e-2))
        {
            (-Math.Log10(errors[k + 1])).Should().BeGreaterThan(1.8 * -Math.Log10(errors[k]), "digits double at step {0}", k);
        }
    }

    [Test, Order(4)]
    // eˣ = c has the root ln c; from any start in [−1, 3] Newton reaches it (eˣ is convex and increasing).
    public void Finds_logarithms_as_roots_of_the_exponential([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var c = data.Random.Uniform(0.5, 10);
        var x0 = data.Random.Uniform(-1, 3);

        Newton.FindRoot(x => Math.Exp(x) - c, Math.Exp, x0).Should().BeApproximately(Math.Log(c), Tolerance.Default);
    }

    [Test, Order(5)]
    // If f(x) is exactly 0 Newton stops without a step — even at a double root, where f′ = 0 too (x² at 0).
    public void An_exact_root_is_returned_without_a_step()
    {
        var trace = new List<double>();

        Newton.FindRoot(x => x * x, x => 2 * x, 0, trace: trace).Should().Be(0);
        trace.Should().Equal(0);
        Newton.FindRoot(x => x - 2, _ => 1, 2).Should().Be(2);
    }

    [Test, Order(6)]
    // f(x) = ax² + bx + d: f′ = 2ax + b, f″ = 2a. One Newton step lands on the vertex −b/(2a) exactly, from anywhere.
    public void Minimize1D_solves_a_parabola_in_one_step([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var (a, b) = (data.Random.Uniform(0.5, 3), data.Random.Uniform(-5, 5));
        var trace = new List<double>();

        Newton.Minimize1D(x => (2 * a * x) + b, _ => 2 * a, data.Random.Uniform(-10, 10), trace: trace);

        trace[1].Should().BeApproximately(-b / (2 * a), Tolerance.Tight);
    }

    [Test, Order(7)]
    // f(x) = x⁴/4 − x: f′ = x³ − 1, f″ = 3x², minimum at 1. f(x) = eˣ − cx: f′ = eˣ − c, f″ = eˣ, minimum at ln c.
    public void Minimize1D_finds_minima_of_convex_functions([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var c = data.Random.Uniform(0.5, 10);

        Newton.Minimize1D(x => (x * x * x) - 1, x => 3 * x * x, 2).Should().BeApproximately(1, Tolerance.Tight);
        Newton.Minimize1D(x => Math.Exp(x) - c, Math.Exp, data.Random.Uniform(-1, 3)).Should().BeApproximately(Math.Log(c), Tolerance.Default);
    }

    [Test, Order(8)]
    // Newton looks for f′ = 0 and nothing else: on f = −x² (f′ = −2x, f″ = −2) it goes straight to the maximum at 0.
    // Always check the kind of what it found (the critical-points kata).
    public void Minimize1D_finds_a_maximum_as_readily_as_a_minimum()
    {
        var x = Newton.Minimize1D(x => -2 * x, _ => -2, 3);

        x.Should().BeApproximately(0, Tolerance.Tight);
        CriticalPoints.Classify1D(-2).Should().Be(CriticalPointKind.Maximum);
    }

    [Test, Order(9)]
    // f(x) = ½xᵀQx + cᵀx with Q positive definite: ∇f = Qx + c, H = Q, and the first step solves Qx₁ = −c exactly —
    // the quadratic model IS the function. MathNet's solver is the reference.
    public void Minimize_solves_a_quadratic_in_one_step([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 7);
        var q = data.Spd(n);
        var c = data.Vector(n, -3, 3);
        var x0 = data.Vector(n, -5, 5);
        var x0Copy = (double[])x0.Clone();
        var trace = new List<double[]>();

        var x = Newton.Minimize(x => (Oracle.ToMatrix(q) * Oracle.ToVector(x) + Oracle.ToVector(c)).ToArray(), _ => q, x0, trace: trace);

        var expected = Oracle.Solve(q, c.Select(ci => -ci).ToArray());
        trace[0].Should().Equal(x0Copy);
        trace[1].Should().BeApproximately(expected, Tolerance.Default);
        x.Should().BeApproximately(expected, Tolerance.Default);
        x0.Should().Equal(x0Copy);
    }

    [TestCase(-1.2, 1.0)]
    [TestCase(2.0, 2.0)]
    [TestCase(-1.0, -1.0)]
    [TestCase(0.5, -0.5)]
    [TestCase(0.0, 0.0)]
    [Order(10)]
    // Rosenbrock f = (1 − x)² + 100(y − x²)²: ∇f = (−2(1 − x) − 400x(y − x²), 200(y − x²)),
    // H = [2 − 400(y − x²) + 800x², −400x; −400x, 200]. Gradient descent crawls along the curved valley for thousands
    // of steps; Newton, which rescales by the curvature, reaches (1, 1) in under ten.
    public void Minimize_converges_on_the_Rosenbrock_valley(double x0, double y0)
    {
        var trace = new List<double[]>();

        var x = Newton.Minimize(RosenbrockGradient, RosenbrockHessian, [x0, y0], trace: trace);

        x.Should().BeApproximately([1, 1], Tolerance.Default);
        trace.Count.Should().BeLessThan(12);
    }

    [Test, Order(11)]
    // f = xy has a saddle at the origin with H = [0 1; 1 0]: the first pivot is 0, so elimination without row swaps
    // divides by zero. With partial pivoting the step from (1, 2) solves [0 1; 1 0]s = −(2, 1): s = (−1, −2).
    public void Minimize_needs_pivoting_when_the_Hessian_has_a_zero_diagonal()
    {
        var x = Newton.Minimize(p => [p[1], p[0]], _ => new double[,] { { 0, 1 }, { 1, 0 } }, [1, 2]);

        x.Should().BeApproximately([0, 0], Tolerance.Tight);
    }

    [Test, Order(12)]
    // x² + 1 has no real root, and at x₀ = 0 its tangent is flat: x₀ − f/f′ = 0 − 1/0 is undefined.
    // The same for Minimize1D where f″ = 0.
    public void A_zero_derivative_is_reported()
    {
        FluentActions.Invoking(() => Newton.FindRoot(x => (x * x) + 1, x => 2 * x, 0))
            .Should().Throw<InvalidOperationException>().WithMessage("*zero derivative*");
        FluentActions.Invoking(() => Newton.Minimize1D(x => (x * x * x) - 1, x => 3 * x * x, 0))
            .Should().Throw<InvalidOperationException>().WithMessage("*zero derivative*");
    }

    [Test, Order(13)]
    // f = x² (in x only) seen as a function of (x, y): H = [2 0; 0 0] is singular and the step in y undefined.
    // A zero Hessian is singular too.
    public void A_singular_Hessian_is_reported()
    {
        FluentActions.Invoking(() => Newton.Minimize(p => [2 * p[0], 0.5], _ => new double[,] { { 2, 0 }, { 0, 0 } }, [1, 1]))
            .Should().Throw<InvalidOperationException>().WithMessage("*singular*");
        FluentActions.Invoking(() => Newton.Minimize(_ => [1.0], _ => new double[1, 1], [3]))
            .Should().Throw<InvalidOperationException>().WithMessage("*singular*");
        FluentActions.Invoking(() => Newton.Minimize(p => [p[0] + p[1], p[0] + p[1]], _ => new double[,] { { 1, 1 }, { 1, 1 } }, [1, 2]))
            .Should().Throw<InvalidOperationException>().WithMessage("*singular*");

        // Singular (row 2 = 3 × row 1), but elimination leaves a rounding-level pivot of about 5e-13, not 0: only a
        // threshold relative to the entries, n·ε·max|Hᵢⱼ| ≈ 4e-12, catches it.
        FluentActions.Invoking(() => Newton.Minimize(p => [p[0], p[1]], _ => new double[,] { { 1000.1, 3000.3 }, { 3000.3, 9000.9 } }, [1, 2]))
            .Should().Throw<InvalidOperationException>().WithMessage("*singular*");
    }

    [Test, Order(14)]
    // f = x² + y⁴ at its minimum (0, 0): ∇f = (2x, 4y³) = 0 exactly, so no step is taken — the Hessian
    // [2 0; 0 12y²] is singular there and must not even be asked for.
    public void An_exact_critical_point_is_returned_without_a_step()
    {
        var trace = new List<double[]>();

        var x = Newton.Minimize(p => [2 * p[0], 4 * p[1] * p[1] * p[1]], p => new double[,] { { 2, 0 }, { 0, 12 * p[1] * p[1] } }, [0, 0], trace: trace);

        x.Should().Equal(0, 0);
        trace.Should().HaveCount(1);
    }

    [Test, Order(15)]
    // ∇f = (x³ − 10¹⁸, y³ − 2·10¹⁸) (f separable, Hessian diag(3x², 3y²)): the minimum (10⁶, ∛2·10⁶) is large, and
    // near it the gradient is only known to about 100 (rounding of x³ ≈ 10¹⁸), so steps stall near 1e-10. The stopping
    // rule must be relative to ‖x‖ (stop when ‖s‖ ≤ 1e-12·‖x‖ ≈ 1.6e-6): an absolute 1e-12 would never be met.
    public void Minimize_stops_relative_to_the_size_of_x()
    {
        var x = Newton.Minimize(p => [(p[0] * p[0] * p[0]) - 1e18, (p[1] * p[1] * p[1]) - 2e18],
            p => new double[,] { { 3 * p[0] * p[0], 0 }, { 0, 3 * p[1] * p[1] } }, [2e6, 2e6]);

        x.Should().BeApproximately([1e6, Math.Cbrt(2) * 1e6], Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(16)]
    // f(x) = x³ − 2x + 2 from 0: x₁ = 0 − 2/(−2) = 1, x₂ = 1 − 1/1 = 0, … a 2-cycle that never converges.
    // Rosenbrock from (−1.2, 1) needs more than 2 steps. Both must hit the cap and say so.
    public void Hitting_the_iteration_cap_is_reported()
    {
        var trace = new List<double>();
        FluentActions.Invoking(() => Newton.FindRoot(x => (x * x * x) - (2 * x) + 2, x => (3 * x * x) - 2, 0, maxIterations: 20, trace: trace))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        trace.Take(4).Should().Equal(0, 1, 0, 1);
        trace.Should().HaveCount(21);
        FluentActions.Invoking(() => Newton.Minimize(RosenbrockGradient, RosenbrockHessian, [-1.2, 1], maxIterations: 2))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");

        // A quadratic needs one step to land and a second (tiny) one to know it has landed: one iteration is not enough.
        FluentActions.Invoking(() => Newton.Minimize(p => [2 * (p[0] - 3)], _ => new double[,] { { 2 } }, [0], maxIterations: 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        Newton.Minimize(p => [2 * (p[0] - 3)], _ => new double[,] { { 2 } }, [0], maxIterations: 2).Should().Equal(3);
    }

    [Test, Order(17)]
    // ln x = 0 from x₀ = 3 overshoots: x₁ = 3 − 3·ln 3 ≈ −0.30, where ln is NaN. A NaN must stop the iteration.
    public void A_non_finite_value_is_reported()
    {
        FluentActions.Invoking(() => Newton.FindRoot(Math.Log, x => 1 / x, 3))
            .Should().Throw<InvalidOperationException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Newton.FindRoot(x => x, _ => double.NaN, 3))
            .Should().Throw<InvalidOperationException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Newton.Minimize(_ => [double.NaN], _ => new double[,] { { 1 } }, [3]))
            .Should().Throw<InvalidOperationException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Newton.Minimize(_ => [1.0], _ => new double[,] { { double.PositiveInfinity } }, [3]))
            .Should().Throw<InvalidOperationException>().WithMessage("*finite*");
    }

    [Test, Order(18)]
    // The stopping rule is relative: |s| ≤ tolerance·max(1, |x|). A root near 1e6 is found to about 1e-12 relative
    // accuracy; a loose tolerance stops earlier (fewer iterates) and less accurately.
    public void The_tolerance_controls_when_to_stop()
    {
        Newton.FindRoot(x => (x * x) - 2e12, x => 2 * x, 1e7).Should().BeApproximately(Math.Sqrt(2e12), Tolerance.RelativeOnly(1e-12));
        var (tight, loose) = (new List<double>(), new List<double>());
        Newton.FindRoot(x => (x * x) - 2, x => 2 * x, 1, trace: tight);
        var rough = Newton.FindRoot(x => (x * x) - 2, x => 2 * x, 1, tolerance: 1e-3, trace: loose);
        loose.Count.Should().BeLessThan(tight.Count);
        Math.Abs(rough - Sqrt2).Should().BeGreaterThan(1e-12);
        rough.Should().BeApproximately(Sqrt2, Tolerance.AbsoluteOnly(1e-5));
    }

    [Test, Order(19)]
    // Below |x| = 1 the stopping rule |s| ≤ tolerance·max(1, |x|) is absolute, which matters where the root is 0 and
    // convergence is only linear. x² (double root): xₖ₊₁ = xₖ − xₖ²/(2xₖ) = xₖ/2 exactly, so from 1 the iterates are 2⁻ᵏ;
    // the step 2⁻ᵏ first reaches 10⁻¹² at k = 40 (2⁻⁴⁰ ≈ 9.1·10⁻¹³). x⁴ + y⁴ (a flat minimum, H = 0 at the origin): each
    // step shrinks x by 2/3. A purely relative rule, |s| ≤ tolerance·|x|, compares s with 10⁻¹²·x although s is a fixed
    // fraction of x: it is never met.
    public void Near_zero_the_stopping_rule_is_absolute()
    {
        var trace = new List<double>();
        Newton.FindRoot(x => x * x, x => 2 * x, 1, trace: trace).Should().Be(Math.ScaleB(1, -40));
        trace.Should().HaveCount(41);

        var x = Newton.Minimize(
            p => [4 * p[0] * p[0] * p[0], 4 * p[1] * p[1] * p[1]],
            p => new double[,] { { 12 * p[0] * p[0], 0 }, { 0, 12 * p[1] * p[1] } },
            [1, -2]);
        x.Should().BeApproximately([0, 0], Tolerance.AbsoluteOnly(1e-11));
    }

    [Test, Order(20)]
    // "Exactly zero" means exactly zero, at any scale: f(x) = 10⁻²⁰·(x² − 2) has the root √2, found by the very same
    // steps as for x² − 2, though f and f′ are of size 10⁻²⁰ all along. A rule that takes |f| < 10⁻¹² for a root returns
    // the start; one that takes |f′| < 10⁻¹² for a zero derivative throws. Minimize1D is the same iteration on f′.
    public void Zero_values_and_slopes_are_exact_zeros_whatever_the_scale()
    {
        Newton.FindRoot(x => 1e-20 * ((x * x) - 2), x => 2e-20 * x, 1).Should().BeApproximately(Sqrt2, Tolerance.Tight);
        Newton.Minimize1D(x => 1e-20 * ((x * x * x) - 1), x => 3e-20 * x * x, 2).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(21)]
    // Singularity is relative to the Hessian: the threshold n·ε·max|Hᵢⱼ| scales with H. Multiplying by 2⁻⁶⁶ ≈ 1.4·10⁻²⁰
    // or 2⁶⁶ ≈ 7.4·10¹⁹ (powers of two: elimination then sees exactly the same digits) changes no decision. The
    // quadratic with H = Q = [2 1; 1 3]·2⁻⁶⁶ and ∇f = Q·x + (1, −1)·2⁻⁶⁶ has pivots and a gradient near 10⁻²⁰, yet its
    // minimum x = −[2 1; 1 3]⁻¹(1, −1) = (−0.8, 0.6) is reached in one step. The singular [1000.1 3000.3; 3000.3 9000.9]
    // times 2⁶⁶ leaves a rounding-level pivot of about 3·10⁷ — far above any fixed threshold, and still singular.
    public void Singularity_is_judged_relative_to_the_size_of_the_Hessian()
    {
        var (small, large) = (Math.ScaleB(1, -66), Math.ScaleB(1, 66));
        double[,] q = { { 2 * small, small }, { small, 3 * small } };

        Newton.Minimize(p => [(q[0, 0] * p[0]) + (q[0, 1] * p[1]) + small, (q[1, 0] * p[0]) + (q[1, 1] * p[1]) - small], _ => q, [0, 0])
            .Should().BeApproximately([-0.8, 0.6], Tolerance.Tight);
        FluentActions.Invoking(() => Newton.Minimize(
                p => [p[0], p[1]], _ => new double[,] { { 1000.1 * large, 3000.3 * large }, { 3000.3 * large, 9000.9 * large } }, [1, 2]))
            .Should().Throw<InvalidOperationException>().WithMessage("*singular*");
    }

    [Test, Order(22)]
    // Bad arguments are the caller's mistake and are reported before any iteration.
    public void Bad_arguments_are_rejected()
    {
        FluentActions.Invoking(() => Newton.FindRoot(null!, x => 1, 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Newton.FindRoot(x => x, null!, 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Newton.FindRoot(x => x, _ => 1, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Newton.FindRoot(x => x, _ => 1, 1, tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Newton.FindRoot(x => x, _ => 1, 1, tolerance: double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Newton.FindRoot(x => x, _ => 1, 1, maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Newton.Minimize1D(null!, x => 1, 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Newton.Minimize(null!, _ => new double[1, 1], [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Newton.Minimize(p => p, null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Newton.Minimize(p => p, _ => new double[1, 1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Newton.Minimize(p => p, _ => new double[0, 0], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Newton.Minimize(p => p, _ => new double[2, 2], [1, double.PositiveInfinity]))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Newton.Minimize(p => p, _ => new double[,] { { 1 } }, [1], tolerance: -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Newton.Minimize(p => p, _ => new double[,] { { 1 } }, [1], maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(23)]
    // The supplied derivatives must fit the point: a gradient with one entry per coordinate, an n × n Hessian.
    public void Derivatives_of_the_wrong_shape_are_named()
    {
        FluentActions.Invoking(() => Newton.Minimize(_ => [1.0], _ => new double[2, 2], [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Newton.Minimize(_ => null!, _ => new double[2, 2], [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*null*");
        FluentActions.Invoking(() => Newton.Minimize(p => p, _ => new double[2, 3], [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => Newton.Minimize(p => p, _ => new double[3, 2], [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => Newton.Minimize(p => p, _ => null!, [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*null*");
    }

    private static double[] RosenbrockGradient(double[] p)
    {
        var (x, y) = (p[0], p[1]);
        return [(-2 * (1 - x)) - (400 * x * (y - (x * x))), 200 * (y - (x * x))];
    }

    private static double[,] RosenbrockHessian(double[] p)
    {
        var (x, y) = (p[0], p[1]);
        return new double[,] { { 2 - (400 * (y - (x * x))) + (800 * x * x), -400 * x }, { -400 * x, 200 } };
    }
}
