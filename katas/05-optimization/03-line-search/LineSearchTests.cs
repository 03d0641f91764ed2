using MathForML.Verification;

namespace MathForML.Optimization.Tests;

/// <summary>
/// Backtracking line search and steepest descent built on it. The Armijo condition f(x + td) ≤ f(x) + c·t·∇f(x)ᵀd must
/// hold at the returned t, and t must be the FIRST such step of the sequence t₀, ρt₀, … Wrong implementations killed:
/// <list type="bullet">
/// <item>plain decrease, f(x + td) &lt; f(x), instead of sufficient decrease: accepts steps that barely help (test 2);</item>
/// <item>a sign error, f(x) + c·t·|∇f(x)ᵀd|, which accepts steps that go UP (test 1);</item>
/// <item>the loop "while f(x + td) &gt; bound, shrink": NaN &gt; bound is false, so a trial point outside f's domain is
/// accepted (test 4);</item>
/// <item>no check that d is a descent direction: the search then shrinks to nothing (test 7);</item>
/// <item>accepting a trial where f = −∞ because −∞ ≤ anything (test 9);</item>
/// <item>unchecked arguments on the edges of their ranges, or a non-finite gradient (test 10);</item>
/// <item>steepest descent that leaves x₀ or the iterates out of the trace, stops only at ‖g‖ &lt; tol, never reaches its
/// cap, or leaves f unchecked when it is never called (test 11).</item>
/// </list>
/// </summary>
public class LineSearchTests
{
    [Test, Order(1)]
    // f = x², x = 1, g = 2, d = −g = −2, so ∇fᵀd = −4. t = 1: f(−1) = 1 > 1 − 10⁻⁴·4 = 0.9996, rejected.
    // t = ½: f(0) = 0 ≤ 1 − 10⁻⁴·2, accepted.
    public void Halves_the_step_until_the_decrease_is_sufficient()
    {
        LineSearch.Backtracking(p => p[0] * p[0], [1], [2], [-2]).Should().Be(0.5);
    }

    [Test, Order(2)]
    // The same with c = 0.9 and t₀ = 0.9: the bound is 1 − 0.9·t·4 = 1 − 3.6t. t = 0.9 gives f(−0.8) = 0.64: a decrease,
    // but not below 1 − 3.24; 0.45 → 0.01 vs −0.62; 0.225 → 0.3025 vs 0.19; 0.1125 → 0.600625 vs 0.595;
    // 0.05625 → 0.78765625 ≤ 0.7975: accepted after four halvings.
    public void A_decrease_is_not_enough_it_must_be_a_sufficient_one()
    {
        LineSearch.Backtracking(p => p[0] * p[0], [1], [2], [-2], initialStep: 0.9, sufficientDecrease: 0.9).Should().BeApproximately(0.05625, Tolerance.Tight);
    }

    [Test, Order(3)]
    // On random quadratics and random descent directions the returned t satisfies Armijo, and it is the first of the
    // sequence that does: t/ρ (if t < t₀) violates it. Shrink factor ρ and c vary with the seed.
    public void The_returned_step_is_the_first_that_satisfies_Armijo([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 6);
        var q = data.Spd(n);
        var x = data.Vector(n, -3, 3);
        var g = Gradient(q, x);
        var d = g.Select(v => -v + (0.3 * data.Random.Uniform(-1, 1) * Math.Abs(v))).ToArray();
        var (rho, c, t0) = (data.Random.Uniform(0.2, 0.8), data.Random.Uniform(1e-4, 0.5), data.Random.Uniform(1, 20));
        double F(double[] p) => Value(q, p);
        double Along(double t) => F([.. x.Select((xi, i) => xi + (t * d[i]))]);
        var slope = g.Select((gi, i) => gi * d[i]).Sum();

        var step = LineSearch.Backtracking(F, x, g, d, t0, rho, c);

        Along(step).Should().BeLessThanOrEqualTo(F(x) + (c * step * slope));
        if (step < t0)
        {
            Along(step / rho).Should().BeGreaterThan(F(x) + (c * step / rho * slope));
        }
    }

    [Test, Order(4)]
    // f(x) = x − ln x (minimum at 1) from x = 5 along d = −8: the full step lands at −3, where ln is NaN. A NaN is not
    // "≤ the bound", so the step is halved: t = ½ reaches x = 1 with f = 1 ≤ 5 − ln 5 − 10⁻⁴·½·6.4.
    public void A_trial_point_outside_the_domain_is_rejected()
    {
        LineSearch.Backtracking(p => p[0] - Math.Log(p[0]), [5], [0.8], [-8]).Should().Be(0.5);
    }

    [Test, Order(5)]
    // With backtracking there is no learning rate to tune: steepest descent minimises f = ½·s·x² for s = 0.1 … 10¹²,
    // where a fixed η would need η < 2/s. Each search starts at t = 1 and halves until t ≈ 1/s works. (It never
    // GROWS t: for s = 0.1 every step is t = 1 and x shrinks by 0.9 per step.) The tolerance scales with s.
    public void Steepest_descent_needs_no_learning_rate([Values(0.1, 1.0, 1e6, 1e12)] double s)
    {
        var x = LineSearch.Minimize(p => 0.5 * s * p[0] * p[0], p => [s * p[0]], [1], tolerance: 1e-8 * Math.Max(1, s));

        x[0].Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-7));
    }

    [Test, Order(6)]
    // On random quadratics and on Rosenbrock (from (−1.2, 1)) steepest descent with Armijo steps converges, and f
    // decreases at every step (that is what the Armijo condition guarantees).
    public void Steepest_descent_with_backtracking_converges_monotonically([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 6);
        var q = data.Spd(n);
        var trace = new List<double[]>();

        LineSearch.Minimize(p => Value(q, p), p => Gradient(q, p), data.Vector(n, -3, 3), tolerance: 1e-10, trace: trace)
            .Should().BeApproximately(new double[n], Tolerance.AbsoluteOnly(1e-9));
        for (var k = 1; k < trace.Count; k++)
        {
            Value(q, trace[k]).Should().BeLessThanOrEqualTo(Value(q, trace[k - 1]));
        }

        var rosenbrock = LineSearch.Minimize(Rosenbrock, RosenbrockGradient, [-1.2, 1], tolerance: 1e-6, maxIterations: 50_000);
        rosenbrock.Should().BeApproximately([1, 1], Tolerance.AbsoluteOnly(1e-5));
    }

    [Test, Order(7)]
    // A direction with ∇fᵀd ≥ 0 goes uphill (or sideways): no small step decreases f. A gradient that contradicts f
    // (here claiming the slope of x² + x at 0 is −1, not +1) makes every trial fail: f(t) = t² + t > 0 > −10⁻⁴·t,
    // and near f = 0 no rounding can blur the comparison. The search gives up and says so.
    public void Bad_directions_and_wrong_gradients_are_reported()
    {
        FluentActions.Invoking(() => LineSearch.Backtracking(p => p[0] * p[0], [1], [2], [2])).Should().Throw<ArgumentException>().WithMessage("*descent*");
        FluentActions.Invoking(() => LineSearch.Backtracking(p => p[0] * p[0], [1], [2], [0])).Should().Throw<ArgumentException>().WithMessage("*descent*");
        FluentActions.Invoking(() => LineSearch.Backtracking(p => (p[0] * p[0]) + p[0], [0], [-1], [1])).Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        FluentActions.Invoking(() => LineSearch.Minimize(p => (p[0] * p[0]) + p[0], p => [-(2 * p[0]) - 1], [0])).Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(8)]
    // Bad arguments are the caller's mistake.
    public void Bad_arguments_are_rejected()
    {
        Func<double[], double> f = p => p[0] * p[0];
        FluentActions.Invoking(() => LineSearch.Backtracking(null!, [1], [2], [-2])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [1], null!, [-2])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [1], [2], [-2, 0])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [], [], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [1], [2], [-2], shrink: 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [1], [2], [-2], sufficientDecrease: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [1], [2], [-2], initialStep: -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LineSearch.Minimize(f, null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LineSearch.Minimize(f, p => p, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LineSearch.Minimize(f, p => p, [1], tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(9)]
    // f(x) = log(1 + x) from x = 0 (∇f = 1, d = −1): the trial t = 1 lands on x = −1, the edge of f's domain, where
    // f = log 0 = −∞. An infinite value is not a decrease, however "small" it looks: it is rejected like a NaN, and
    // t = ½ (x = −½, f = −log 2 ≤ −0.00005) is accepted.
    public void A_trial_where_f_is_minus_infinity_is_rejected()
    {
        LineSearch.Backtracking(p => Math.Log(1 + p[0]), [0], [1], [-1]).Should().Be(0.5);
        LineSearch.Backtracking(p => Math.Log(1 + p[0]), [0], [1], [-1], initialStep: 2).Should().Be(0.5);
    }

    [Test, Order(10)]
    // The rest of the documented bad input: null x or d, a gradient of the wrong length, settings on the edges of their
    // open ranges (ρ = 0, c = 1, t₀ = ∞, a negative number of halvings), x or f(x) not finite; for Minimize a null f or
    // x₀, no iterations, a gradient of the wrong length, and a gradient that is not finite ("diverged").
    public void Every_documented_bad_input_is_named()
    {
        Func<double[], double> f = p => p[0] * p[0];
        FluentActions.Invoking(() => LineSearch.Backtracking(f, null!, [2], [-2])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [1], [2], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [1], [2, 0], [-2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [1], [2], [-2], shrink: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [1], [2], [-2], sufficientDecrease: 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [1], [2], [-2], initialStep: double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [1], [2], [-2], maxHalvings: -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LineSearch.Backtracking(f, [double.NaN], [2], [-2])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LineSearch.Backtracking(_ => double.PositiveInfinity, [1], [2], [-2])).Should().Throw<ArgumentException>().WithMessage("*not finite*");
        LineSearch.Backtracking(f, [1], [2], [-1], maxHalvings: 0).Should().Be(1, "x = 0 decreases f at once: no reduction is needed");

        FluentActions.Invoking(() => LineSearch.Minimize(null!, p => p, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LineSearch.Minimize(f, p => p, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LineSearch.Minimize(f, p => p, [1], maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LineSearch.Minimize(f, _ => [1.0, 1.0], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => LineSearch.Minimize(f, _ => [double.NaN], [1])).Should().Throw<InvalidOperationException>().WithMessage("*diverged*");
    }

    [Test, Order(11)]
    // f(x) = ½‖x‖² from x₀ = (3, 4): ∇f = x, and t = 1 passes Armijo at once (f(0) = 0 ≤ 12.5 − c·25), so one step lands
    // exactly on 0 and the trace is [x₀, 0]. With tolerance ‖∇f(x₀)‖ = 5 exactly, x₀ itself is returned (‖g‖ ≤ tol, not
    // <) and the trace is [x₀]. Rosenbrock needs thousands of steps: a cap of 1 must end in "converge". And f is checked
    // even when the start is already a minimiser and f is never called.
    public void Steepest_descent_traces_every_iterate_and_stops_at_the_tolerance_or_the_cap()
    {
        var trace = new List<double[]>();
        LineSearch.Minimize(p => 0.5 * p.Sum(v => v * v), p => (double[])p.Clone(), [3, 4], tolerance: 1e-12, trace: trace)
            .Should().Equal(0.0, 0.0);
        trace.Should().HaveCount(2);
        trace[0].Should().Equal(3.0, 4.0);
        trace[1].Should().Equal(0.0, 0.0);

        var atTolerance = new List<double[]>();
        LineSearch.Minimize(p => 0.5 * p.Sum(v => v * v), p => (double[])p.Clone(), [3, 4], tolerance: 5, trace: atTolerance)
            .Should().Equal(3.0, 4.0);
        atTolerance.Should().ContainSingle();

        FluentActions.Invoking(() => LineSearch.Minimize(Rosenbrock, RosenbrockGradient, [-1.2, 1], tolerance: 1e-6, maxIterations: 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        FluentActions.Invoking(() => LineSearch.Minimize(null!, p => new double[2], [1, 2]))
            .Should().Throw<ArgumentNullException>().WithParameterName("f");
    }

    private static double Value(double[,] q, double[] x) => 0.5 * x.Select((xi, i) => xi * Gradient(q, x)[i]).Sum();

    private static double[] Gradient(double[,] q, double[] x) => (Oracle.ToMatrix(q) * Oracle.ToVector(x)).ToArray();

    private static double Rosenbrock(double[] p) => ((1 - p[0]) * (1 - p[0])) + (100 * (p[1] - (p[0] * p[0])) * (p[1] - (p[0] * p[0])));

    private static double[] RosenbrockGradient(double[] p) =>
        [(-2 * (1 - p[0])) - (400 * p[0] * (p[1] - (p[0] * p[0]))), 200 * (p[1] - (p[0] * p[0]))];
}
