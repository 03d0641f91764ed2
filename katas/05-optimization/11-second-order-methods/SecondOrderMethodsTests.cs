using MathForML.Verification;

namespace MathForML.Optimization.Tests;

/// <summary>
/// Newton's method and BFGS. The tests measure RATES on recorded iterates (Newton: eₖ₊₁ ≤ C·eₖ², BFGS: eₖ₊₁/eₖ → 0),
/// check the secant condition Hₖ₊₁yₖ = sₖ and positive definiteness of every inverse-Hessian approximation, and run
/// BFGS down Rosenbrock's valley. Wrong implementations killed:
/// <list type="bullet">
/// <item>a Newton step with the wrong sign, x + H⁻¹g, which climbs (tests 1 and 2);</item>
/// <item>a Newton step that is not the full step, or a Hessian frozen at x₀: only linear convergence (test 3);</item>
/// <item>the BFGS update with s and y swapped, (I − ρysᵀ)H(I − ρsyᵀ) + ρyyᵀ, which approximates the Hessian itself
/// and gives H₁ = 4 instead of ¼ in the hand example (tests 5 and 6);</item>
/// <item>no curvature check: updating with sᵀy ≤ 0 makes H indefinite on a non-convex function (tests 6 and 7);</item>
/// <item>no line search (always t = 1): the first step on Rosenbrock flies off to x ≈ (216, 89) and f rises (test 8);</item>
/// <item>unchecked arguments: a null delegate or start, a null or non-square Hessian (test 10);</item>
/// <item>a Cholesky factorisation that accepts a zero pivot and divides by it (test 11);</item>
/// <item>no check of the iterate or of the gradient: an overflowing step or an infinite ∇f is not "diverged" (tests 12, 13);</item>
/// <item>a strict stopping test ‖∇f‖ &lt; tol (test 14), and an update on sᵀy = 0, which divides by zero (test 15).</item>
/// </list>
/// </summary>
public class SecondOrderMethodsTests
{
    [Test, Order(1)]
    // f(x) = (x − 3)², ∇f = 2(x − 3), H = 2. From x₀ = 10: H p = −g gives 2p = −14, p = −7, x₁ = 3 — the minimum, in one
    // step; ∇f(3) = 0 stops the loop. A climbing step x + H⁻¹g would land on 17.
    public void Newton_jumps_to_the_minimum_of_a_parabola()
    {
        var result = SecondOrderMethods.Newton(p => [2 * (p[0] - 3)], _ => new double[,] { { 2 } }, [10]);

        result.Iterates.Select(p => p[0]).ToArray().Should().BeApproximately([10, 3], Tolerance.Tight);
        result.Minimizer[0].Should().BeApproximately(3, Tolerance.Tight);
        result.Iterations.Should().Be(1);
        result.InverseHessians.Should().BeEmpty();
    }

    [Test, Order(2)]
    // On f = ½xᵀQx + cᵀx the quadratic model IS f, so one Newton step from anywhere lands on −Q⁻¹c (MathNet). The start is
    // far away (entries up to ±100); after the step ‖∇f‖ is rounding noise, ≈ 1e-13, below the tolerance 1e-9.
    public void Newton_minimises_a_quadratic_in_one_step_from_anywhere([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 7);
        var q = data.Spd(n);
        var c = data.Vector(n, -3, 3);
        var x0 = data.Vector(n, -100, 100);

        var result = SecondOrderMethods.Newton(p => QuadraticGradient(q, c, p), _ => q, x0, tolerance: 1e-9);

        result.Iterations.Should().Be(1);
        result.Minimizer.Should().BeApproximately(Oracle.Solve(q, [.. c.Select(v => -v)]), Tolerance.Default);
    }

    [Test, Order(3)]
    // Quadratic convergence on a smooth, strictly convex, non-quadratic problem: L2-regularised logistic regression on
    // seeded data, from w = 0. With e_k = ‖wₖ − w*‖ (w* = the last iterate, converged to ‖∇f‖ ≤ 1e-12), theory gives
    // eₖ₊₁ ≤ (M/2μ)·eₖ² (M the Lipschitz constant of the Hessian, μ ≥ λ = 0.1). The measured ratios eₖ₊₁/eₖ² stay
    // below 1 here; we allow 5. A linearly converging method (damped or frozen-Hessian Newton) has eₖ₊₁/eₖ² ≈ r/eₖ,
    // which passes 5 as soon as eₖ < r/5. Ratios are taken only while eₖ > 1e-6, above the rounding floor.
    public void Newton_converges_quadratically_on_a_strictly_convex_problem([Range(1, 3)] int seed)
    {
        var (f, g, h) = Logistic(new TestData(seed), 0.1);
        _ = f;

        var result = SecondOrderMethods.Newton(g, h, new double[3], tolerance: 1e-12);

        var errors = Errors(result.Iterates, result.Minimizer);
        result.Iterations.Should().BeInRange(3, 10);
        for (var k = 0; k + 1 < errors.Length && errors[k] > 1e-6; k++)
        {
            (errors[k + 1] / (errors[k] * errors[k])).Should().BeLessThan(5, "e{0} = {1:e2}, e{2} = {3:e2}", k, errors[k], k + 1, errors[k + 1]);
        }
    }

    [Test, Order(4)]
    // f = x₁² − x₂² has a saddle at 0 and H = diag(2, −2): no Cholesky factor exists, the quadratic model has no minimum,
    // and minimisation by Newton must refuse rather than step to the saddle.
    public void Newton_refuses_a_Hessian_that_is_not_positive_definite()
    {
        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => [2 * p[0], -2 * p[1]], _ => new double[,] { { 2, 0 }, { 0, -2 } }, [1, 1]))
            .Should().Throw<InvalidOperationException>().WithMessage("*positive definite*");
    }

    [Test, Order(5)]
    // BFGS by hand on f = 2x² (∇f = 4x, f″ = 4) from x₀ = 1, H₀ = 1: p = −H₀g = −4. Backtracking (t₀ = 1, ρ = ½,
    // c = 1e-4): x = −3 (f = 18) and x = −1 (f = 2 > 2 − 0.0008) are rejected, t = ¼ gives x₁ = 0. Then s = −1, y = −4,
    // ρ = 1/(sy) = ¼, H₁ = (1 − ρsy)²H₀ + ρs² = 0 + ¼ = 1/f″ exactly; ∇f(0) = 0 stops. (Swapping s and y gives 4 = f″.)
    public void Bfgs_by_hand_learns_the_inverse_curvature_in_one_dimension()
    {
        var result = SecondOrderMethods.Bfgs(p => 2 * p[0] * p[0], p => [4 * p[0]], [1]);

        result.Iterates.Select(p => p[0]).Should().Equal(1, 0);
        result.InverseHessians.Select(m => m[0, 0]).Should().Equal(1, 0.25);
        result.SkippedUpdates.Should().Be(0);
    }

    [Test, Order(6)]
    // After every update, the new matrix maps the gradient change to the step: Hₖ₊₁yₖ = sₖ (the secant condition), with
    // sₖ = xₖ₊₁ − xₖ and yₖ = ∇f(xₖ₊₁) − ∇f(xₖ) recomputed here from the recorded iterates. Where sₖᵀyₖ ≤ 0 the update
    // must be skipped, Hₖ₊₁ = Hₖ. Checked on random quadratics and on a non-convex quartic that forces skips.
    public void The_secant_condition_holds_after_each_update_and_skips_keep_H([Range(1, 4)] int seed)
    {
        var data = new TestData(seed);
        var problems = new List<(Func<double[], double> F, Func<double[], double[]> G, double[] X0)>();
        var q = data.Spd(4);
        var c = data.Vector(4);
        problems.Add((p => QuadraticValue(q, c, p), p => QuadraticGradient(q, c, p), data.Vector(4, -5, 5)));
        problems.Add((Quartic, QuarticGradient, data.Vector(2, -0.2, 0.2)));

        foreach (var (f, g, x0) in problems)
        {
            var result = SecondOrderMethods.Bfgs(f, g, x0);

            result.InverseHessians.Should().HaveCount(result.Iterates.Count);
            result.InverseHessians[0].Should().BeApproximately(Identity(x0.Length), Tolerance.Tight);
            var skips = 0;
            for (var k = 0; k < result.Iterations; k++)
            {
                var s = Subtract(result.Iterates[k + 1], result.Iterates[k]);
                var y = Subtract(g(result.Iterates[k + 1]), g(result.Iterates[k]));
                if (Dot(s, y) > 0)
                {
                    Multiply(result.InverseHessians[k + 1], y).Should().BeApproximately(s, Tolerance.Loose, "H{0} y{1} = s{1}", k + 1, k);
                }
                else
                {
                    skips++;
                    result.InverseHessians[k + 1].Should().BeApproximately(result.InverseHessians[k], Tolerance.Tight, "sᵀy ≤ 0 at step {0}", k);
                }
            }

            result.SkippedUpdates.Should().Be(skips);
        }
    }

    [Test, Order(7)]
    // The curvature check is what keeps every Hₖ symmetric positive definite (smallest eigenvalue > 0, MathNet), so that
    // −Hₖg is always a descent direction. On the quartic Σ(xᵢ⁴/4 − xᵢ²/2) + x₁x₂/10 started near its saddle at 0, the
    // first step runs through a region of negative curvature (sᵀy < 0): at least one update must be skipped. BFGS still
    // reaches a local minimum (‖∇f‖ ≤ 1e-8 with a positive definite Hessian there).
    public void The_inverse_Hessian_stays_symmetric_positive_definite([Range(1, 5)] int seed)
    {
        var x0 = new TestData(seed).Vector(2, -0.2, 0.2);

        var result = SecondOrderMethods.Bfgs(Quartic, QuarticGradient, x0);

        result.SkippedUpdates.Should().BeGreaterThanOrEqualTo(1);
        foreach (var h in result.InverseHessians)
        {
            h[0, 1].Should().BeApproximately(h[1, 0], Tolerance.Tight);
            Oracle.SymmetricEigenvalues(h).Min().Should().BeGreaterThan(0);
        }

        var x = result.Minimizer;
        Oracle.SymmetricEigenvalues(new[,] { { (3 * x[0] * x[0]) - 1, 0.1 }, { 0.1, (3 * x[1] * x[1]) - 1 } }).Min().Should().BeGreaterThan(0);
    }

    [Test, Order(8)]
    // Rosenbrock's f = (1 − x₁)² + 100(x₂ − x₁²)² from the classic start (−1.2, 1): BFGS with backtracking reaches (1, 1)
    // (‖∇f‖ ≤ 1e-8, so the error is ≈ ‖H⁻¹‖·1e-8 < 1e-6) in a few dozen steps, f never rising (Armijo), every Hₖ positive
    // definite. Without a line search the first step −g = (215.6, 88) lands near (214, 89) with f ≈ 2·10¹¹.
    public void Bfgs_reaches_the_minimum_of_Rosenbrocks_valley()
    {
        var result = SecondOrderMethods.Bfgs(Rosenbrock, RosenbrockGradient, [-1.2, 1]);

        result.Minimizer.Should().BeApproximately([1, 1], Tolerance.AbsoluteOnly(1e-6));
        result.Iterations.Should().BeLessThan(100);
        var values = result.Iterates.Select(Rosenbrock).ToArray();
        for (var k = 1; k < values.Length; k++)
        {
            values[k].Should().BeLessThanOrEqualTo(values[k - 1], "Armijo decrease at step {0}", k);
        }

        result.InverseHessians.Should().OnlyContain(h => Oracle.SymmetricEigenvalues(h).Min() > 0);
    }

    [Test, Order(9)]
    // Superlinear convergence: eₖ₊₁/eₖ → 0, with eₖ = ‖xₖ − (1, 1)‖ on Rosenbrock (tolerance 1e-11). Over the last steps
    // with eₖ > 1e-9 (above rounding) the ratio must fall below 0.05 and keep falling: gradient descent's ratio would sit
    // near 1 − 1/κ, and steepest descent with line search, at the same point, near 0.99.
    public void Bfgs_converges_superlinearly()
    {
        var result = SecondOrderMethods.Bfgs(Rosenbrock, RosenbrockGradient, [-1.2, 1], tolerance: 1e-11);

        var errors = Errors(result.Iterates, [1, 1]);
        var tail = Enumerable.Range(0, errors.Length - 1).Where(k => errors[k] > 1e-9 && errors[k] < 1e-2)
            .Select(k => errors[k + 1] / errors[k]).ToArray();
        tail.Length.Should().BeGreaterThanOrEqualTo(3);
        tail[^1].Should().BeLessThan(0.05);
        tail[^1].Should().BeLessThan(tail[^3]);
    }

    [Test, Order(10)]
    // Bad input: wrong lengths and shapes, nulls, settings; an iteration cap that is too small → "converge".
    public void Bad_input_is_rejected()
    {
        var two = new double[,] { { 2, 0 }, { 0, 2 } };
        FluentActions.Invoking(() => SecondOrderMethods.Newton(_ => [1.0, 1.0, 1.0], _ => two, [1, 1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => p, _ => new double[,] { { 1 } }, [1, 1])).Should().Throw<ArgumentException>().Where(e => e.Message.Contains("Hessian", StringComparison.Ordinal));
        FluentActions.Invoking(() => SecondOrderMethods.Bfgs(p => p[0], _ => [1.0, 1.0], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => p, _ => two, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => SecondOrderMethods.Bfgs(null!, p => p, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => p, null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SecondOrderMethods.Bfgs(p => p[0], p => p, [1], tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => p, _ => two, [1, 1], maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SecondOrderMethods.Bfgs(Rosenbrock, RosenbrockGradient, [-1.2, 1], maxIterations: 5))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        FluentActions.Invoking(() => SecondOrderMethods.Newton(RosenbrockGradient, RosenbrockHessian, [-1.2, 1], maxIterations: 2))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        FluentActions.Invoking(() => SecondOrderMethods.Newton(null!, _ => two, [1, 1])).Should().Throw<ArgumentNullException>().WithParameterName("gradient");
        FluentActions.Invoking(() => SecondOrderMethods.Bfgs(p => p[0], null!, [1])).Should().Throw<ArgumentNullException>().WithParameterName("gradient");
        FluentActions.Invoking(() => SecondOrderMethods.Bfgs(null!, _ => [0.0], [1])).Should().Throw<ArgumentNullException>().WithParameterName("f");
        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => p, _ => two, null!)).Should().Throw<ArgumentNullException>().WithParameterName("x0");
        FluentActions.Invoking(() => SecondOrderMethods.Bfgs(p => p[0], p => p, null!)).Should().Throw<ArgumentNullException>().WithParameterName("x0");
        FluentActions.Invoking(() => SecondOrderMethods.Bfgs(p => p[0], p => p, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => p, _ => two, [1, double.NaN])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => p, _ => null!, [1, 1])).Should().Throw<ArgumentException>().Where(e => e.Message.Contains("Hessian", StringComparison.Ordinal));
        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => p, _ => new double[2, 3], [1, 1])).Should().Throw<ArgumentException>().Where(e => e.Message.Contains("Hessian", StringComparison.Ordinal));
        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => p, _ => new double[3, 2], [1, 1])).Should().Throw<ArgumentException>().Where(e => e.Message.Contains("Hessian", StringComparison.Ordinal));
    }

    [Test, Order(11)]
    // A positive SEMI-definite Hessian is not enough: f = ½(x₁ + x₂)² has H = [[1, 1], [1, 1]], singular. Cholesky gives
    // l₁₁ = 1, l₂₁ = 1 and then the pivot 1 − l₂₁² = 0 exactly: H p = −g has no unique solution (here none at all, g = (1, 1)
    // from (1, 0)), and Newton must refuse rather than divide by zero. Likewise the linear f = x with H = 0.
    public void Newton_refuses_a_singular_Hessian_whose_pivot_is_exactly_zero()
    {
        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => [p[0] + p[1], p[0] + p[1]], _ => new double[,] { { 1, 1 }, { 1, 1 } }, [1, 0]))
            .Should().Throw<InvalidOperationException>().WithMessage("*positive definite*");
        FluentActions.Invoking(() => SecondOrderMethods.Newton(_ => [1.0], _ => new double[,] { { 0 } }, [5]))
            .Should().Throw<InvalidOperationException>().WithMessage("*positive definite*");
    }

    [Test, Order(12)]
    // Newton on f = log cosh x (∇f = tanh x, f″ = sech² x = 4e^(−2|x|)/(1 + e^(−2|x|))²) diverges from any |x₀| > 1.09: the
    // step −tanh x / sech² x = −sinh(2x)/2 overshoots further each time. From x₀ = 360, f″ ≈ 8·10⁻³¹³ and the very first step
    // −1/f″ overflows, x₁ = −∞: an iterate that is not finite is "diverged" (even though tanh(−∞) = −1 is finite).
    public void Newton_reports_an_iterate_that_overflows_as_diverged()
    {
        static double Sech2(double x) => 4 * Math.Exp(-2 * Math.Abs(x)) / ((1 + Math.Exp(-2 * Math.Abs(x))) * (1 + Math.Exp(-2 * Math.Abs(x))));

        FluentActions.Invoking(() => SecondOrderMethods.Newton(p => [Math.Tanh(p[0])], p => new[,] { { Sech2(p[0]) } }, [360]))
            .Should().Throw<InvalidOperationException>().WithMessage("*diverged*");
    }

    [Test, Order(13)]
    // f = exp(x²) from x₀ = 30: ∇f = 2x·exp(x²) = 60·e⁹⁰⁰ overflows to ∞ at the start. A gradient that is not finite is
    // "diverged" for both methods — not a step of −∞, and not a "converged" verdict on a NaN norm.
    public void A_gradient_that_is_not_finite_is_reported_as_diverged()
    {
        static double[] Gradient(double[] p) => [2 * p[0] * Math.Exp(p[0] * p[0])];

        FluentActions.Invoking(() => SecondOrderMethods.Newton(Gradient, p => new[,] { { (2 + (4 * p[0] * p[0])) * Math.Exp(p[0] * p[0]) } }, [30]))
            .Should().Throw<InvalidOperationException>().WithMessage("*diverged*");
        FluentActions.Invoking(() => SecondOrderMethods.Bfgs(p => Math.Exp(p[0] * p[0]), Gradient, [30]))
            .Should().Throw<InvalidOperationException>().WithMessage("*diverged*");
    }

    [Test, Order(14)]
    // The stopping test is ‖∇f(xₖ)‖ ≤ tolerance, equality included: on f = ½(x − 3)² from x₀ = 4, |∇f| = 1, so with
    // tolerance 1 both methods return x₀ itself after 0 steps.
    public void A_start_whose_gradient_norm_equals_the_tolerance_is_already_the_answer()
    {
        var newton = SecondOrderMethods.Newton(p => [p[0] - 3], _ => new double[,] { { 1 } }, [4], tolerance: 1);
        var bfgs = SecondOrderMethods.Bfgs(p => 0.5 * (p[0] - 3) * (p[0] - 3), p => [p[0] - 3], [4], tolerance: 1);

        newton.Iterations.Should().Be(0);
        newton.Minimizer.Should().Equal(4);
        bfgs.Iterations.Should().Be(0);
        bfgs.Minimizer.Should().Equal(4);
    }

    [Test, Order(15)]
    // sᵀy = 0 exactly must be skipped too, or ρ = 1/(sᵀy) = ∞ turns H into NaN. On f = log cosh x (∇f = tanh x) from
    // x₀ = 30, tanh 30 and tanh 29 both round to 1 (1 − tanh x ≈ 2e^(−2x) < 10⁻²⁵): the first step s = −1 sees y = 0.
    // BFGS skips, keeps H₁ = H₀ = I, and still walks down to the minimum 0 with every Hₖ finite and positive.
    public void A_zero_curvature_pair_is_skipped_and_does_not_poison_H()
    {
        var result = SecondOrderMethods.Bfgs(p => Math.Log(Math.Cosh(p[0])), p => [Math.Tanh(p[0])], [30]);

        result.Iterates[1].Should().Equal(29);
        result.InverseHessians[1][0, 0].Should().Be(1);
        result.SkippedUpdates.Should().BeGreaterThanOrEqualTo(1);
        result.InverseHessians.Should().OnlyContain(h => double.IsFinite(h[0, 0]) && h[0, 0] > 0);
        result.Minimizer[0].Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-7));
    }

    private static double Rosenbrock(double[] p) => ((1 - p[0]) * (1 - p[0])) + (100 * (p[1] - (p[0] * p[0])) * (p[1] - (p[0] * p[0])));

    private static double[] RosenbrockGradient(double[] p) =>
        [(-2 * (1 - p[0])) - (400 * p[0] * (p[1] - (p[0] * p[0]))), 200 * (p[1] - (p[0] * p[0]))];

    private static double[,] RosenbrockHessian(double[] p) =>
        new[,] { { 2 - (400 * p[1]) + (1200 * p[0] * p[0]), -400 * p[0] }, { -400 * p[0], 200 } };

    /// <summary>Σ(xᵢ⁴/4 − xᵢ²/2) + x₁x₂/10: concave near 0, with minima near (±1, ∓1) and (±1, ±1).</summary>
    private static double Quartic(double[] p) =>
        (Math.Pow(p[0], 4) / 4) - (p[0] * p[0] / 2) + (Math.Pow(p[1], 4) / 4) - (p[1] * p[1] / 2) + (0.1 * p[0] * p[1]);

    private static double[] QuarticGradient(double[] p) =>
        [(p[0] * p[0] * p[0]) - p[0] + (0.1 * p[1]), (p[1] * p[1] * p[1]) - p[1] + (0.1 * p[0])];

    private static double QuadraticValue(double[,] q, double[] c, double[] p) => (0.5 * Dot(p, Multiply(q, p))) + Dot(c, p);

    private static double[] QuadraticGradient(double[,] q, double[] c, double[] p) =>
        [.. Multiply(q, p).Select((v, i) => v + c[i])];

    /// <summary>
    /// f(w) = (1/n) Σ log(1 + exp(−yᵢxᵢᵀw)) + (λ/2)‖w‖² on 60 seeded points with 3 features, labels yᵢ = ±1, with its
    /// gradient and Hessian (1/n) Σ σ(zᵢ)(1 − σ(zᵢ)) xᵢxᵢᵀ + λI.
    /// </summary>
    private static (Func<double[], double> F, Func<double[], double[]> G, Func<double[], double[,]> H) Logistic(TestData data, double lambda)
    {
        var set = data.Classification(30, 2, 3);
        var (x, n, d) = (set.Features, set.Labels.Length, 3);
        var y = set.Labels.Select(l => l == 1 ? 1.0 : -1.0).ToArray();
        double Margin(double[] w, int i) => y[i] * Enumerable.Range(0, d).Sum(j => x[i, j] * w[j]);
        double F(double[] w) =>
            (Enumerable.Range(0, n).Sum(i => Math.Log(1 + Math.Exp(-Margin(w, i)))) / n) + (lambda / 2 * Dot(w, w));
        double[] G(double[] w)
        {
            var g = w.Select(v => lambda * v).ToArray();
            for (var i = 0; i < n; i++)
            {
                var weight = -y[i] / (1 + Math.Exp(Margin(w, i))) / n;
                for (var j = 0; j < d; j++)
                {
                    g[j] += weight * x[i, j];
                }
            }

            return g;
        }

        double[,] H(double[] w)
        {
            var h = new double[d, d];
            for (var i = 0; i < n; i++)
            {
                var sigma = 1 / (1 + Math.Exp(-Margin(w, i)));
                for (var a = 0; a < d; a++)
                {
                    for (var b = 0; b < d; b++)
                    {
                        h[a, b] += sigma * (1 - sigma) * x[i, a] * x[i, b] / n;
                    }
                }
            }

            for (var a = 0; a < d; a++)
            {
                h[a, a] += lambda;
            }

            return h;
        }

        GradientCheck.Compare(F, G, [0.3, -0.2, 0.5]).Should().Agree();
        return (F, G, H);
    }

    private static double[] Errors(IReadOnlyList<double[]> iterates, double[] target) =>
        [.. iterates.Select(p => Math.Sqrt(p.Select((v, i) => (v - target[i]) * (v - target[i])).Sum()))];

    private static double[,] Identity(int n)
    {
        var m = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            m[i, i] = 1;
        }

        return m;
    }

    private static double[] Multiply(double[,] a, double[] v) =>
        [.. Enumerable.Range(0, a.GetLength(0)).Select(i => Enumerable.Range(0, v.Length).Sum(j => a[i, j] * v[j]))];

    private static double[] Subtract(double[] a, double[] b) => [.. a.Select((v, i) => v - b[i])];

    private static double Dot(double[] a, double[] b) => a.Select((v, i) => v * b[i]).Sum();
}
