using MathForML.Verification;

namespace MathForML.Optimization.Tests;

/// <summary>
/// Gradient descent on quadratics (where everything is known in closed form) and on Rosenbrock's valley. The tests
/// measure the RATE: on f(x) = ½ Σ λᵢxᵢ² each coordinate is multiplied by (1 − ηλᵢ) per step, so the step count to a
/// tolerance grows like κ·log(1/ε) with the condition number κ = L/μ, and any η &gt; 2/L diverges. Wrong
/// implementations these tests kill:
/// <list type="bullet">
/// <item>a sign error, x + η∇f (test 1);</item>
/// <item>stopping on a small STEP ‖xₖ₊₁ − xₖ‖ instead of a small gradient: a tiny η then "converges" at once (test 3);</item>
/// <item>an off-by-one iteration cap, or a cap that skips the final gradient check (test 3);</item>
/// <item>a missing divergence check, which returns NaN instead of saying "diverged" (test 6);</item>
/// <item>stopping on ‖∇f‖ &lt; tolerance instead of ≤, which steps away from a start whose gradient norm IS the
/// tolerance (test 9);</item>
/// <item>divergence checks that look at one entry or require every entry to be bad (Any instead of All), or that let a
/// non-finite gradient at the last allowed iterate pass as "did not converge" (test 10);</item>
/// <item>a starting point with one non-finite entry accepted, and errors without their parameter name or words (test 10).</item>
/// </list>
/// </summary>
public class GradientDescentTests
{
    [Test, Order(1)]
    // f(x) = 2x² has ∇f = 4x. With η = 0.1: x₁ = 1 − 0.1·4 = 0.6, x₂ = 0.6 − 0.1·2.4 = 0.36, x₃ = 0.216: each step
    // multiplies x by 1 − ηL = 1 − 0.4 = 0.6.
    public void Steps_against_the_gradient()
    {
        var trace = new List<double[]>();

        var x = GradientDescent.Minimize(p => [4 * p[0]], [1], 0.1, trace: trace);

        trace.Take(4).Select(p => p[0]).ToArray().Should().BeApproximately([1, 0.6, 0.36, 0.216], Tolerance.Tight);
        x[0].Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-8));
        trace[^1].Should().Equal(x);
    }

    [Test, Order(2)]
    // f(x) = ½xᵀQx + cᵀx with Q symmetric positive definite: ∇f = Qx + c, and the minimum solves Qx = −c (MathNet).
    // With η = 1/L (L = the largest eigenvalue of Q) it converges; stopping at ‖∇f‖ ≤ 1e-10 leaves an error of at most
    // ‖Q⁻¹‖·1e-10 = 1e-10/λmin.
    public void Minimises_a_random_quadratic([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 6);
        var q = data.Spd(n);
        var c = data.Vector(n, -2, 2);
        var x0 = data.Vector(n, -3, 3);
        var x0Copy = (double[])x0.Clone();
        var eigenvalues = Oracle.SymmetricEigenvalues(q);

        var x = GradientDescent.Minimize(p => QuadraticGradient(q, c, p), x0, 1 / eigenvalues.Max(), tolerance: 1e-10);

        x.Should().BeApproximately(Oracle.Solve(q, [.. c.Select(v => -v)]), Tolerance.AbsoluteOnly(2e-10 / eigenvalues.Min()));
        x0.Should().Equal(x0Copy);
    }

    [Test, Order(3)]
    // The stopping rule looks at the gradient. f = ½x² from 1 with η = 1 lands on 0 in one step: one step is enough, and
    // the gradient is checked after it. With η = 1e-10 the steps are tiny but the gradient stays near 1: no convergence
    // within 1000 steps, whatever a "small step" rule would say. A start at the minimum takes no step at all.
    public void Stops_on_a_small_gradient_after_at_most_maxIterations_steps()
    {
        var trace = new List<double[]>();
        GradientDescent.Minimize(p => [p[0]], [1], 1, maxIterations: 1, trace: trace).Should().Equal(0);
        trace.Should().HaveCount(2);

        FluentActions.Invoking(() => GradientDescent.Minimize(p => [p[0]], [1], 0.5, tolerance: 0.3, maxIterations: 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        GradientDescent.Minimize(p => [p[0]], [1], 0.5, tolerance: 0.3, maxIterations: 2).Should().Equal(0.25);

        var tiny = new List<double[]>();
        FluentActions.Invoking(() => GradientDescent.Minimize(p => [p[0]], [1], 1e-10, maxIterations: 1000, trace: tiny))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        tiny.Should().HaveCount(1001);

        var none = new List<double[]>();
        GradientDescent.Minimize(p => [p[0] - 3], [3], 0.1, trace: none).Should().Equal(3);
        none.Should().HaveCount(1);
    }

    [Test, Order(4)]
    // On f = ½(λ₁x₁² + λ₂x₂²) coordinate i is multiplied by (1 − ηλᵢ) every step. With λ = (1, 10) and η = 0.1 the
    // steep coordinate is solved in one step (1 − 0.1·10 = 0) and the flat one shrinks by 0.9 per step: xₖ = (0.9ᵏ, 0).
    public void Each_eigendirection_contracts_by_one_minus_eta_lambda()
    {
        var trace = new List<double[]>();

        GradientDescent.Minimize(p => [p[0], 10 * p[1]], [1, 1], 0.1, trace: trace);

        for (var k = 1; k <= 20; k++)
        {
            trace[k][0].Should().BeApproximately(Math.Pow(0.9, k), Tolerance.RelativeOnly(1e-12));
            trace[k][1].Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-15));
        }
    }

    [Test, Order(5)]
    // Rates: on λ = (1, κ) with η = 1/L = 1/κ the slow coordinate shrinks by (1 − 1/κ) per step, so reaching
    // ‖∇f‖ ≤ ε from (1, 1) takes about κ·ln(1/ε) steps (ln(1e8) ≈ 18.4). Measured on κ = 10, 100, 1000: each tenfold κ
    // costs about ten times the steps (asserted as a ratio in [7, 13], not as exact counts), and the count is within a
    // factor 2 of κ·ln(1/ε).
    public void Steps_to_tolerance_grow_linearly_with_the_condition_number()
    {
        var counts = new Dictionary<double, int>();
        foreach (var kappa in new[] { 10.0, 100, 1000 })
        {
            var trace = new List<double[]>();
            GradientDescent.Minimize(p => [p[0], kappa * p[1]], [1, 1], 1 / kappa, tolerance: 1e-8, trace: trace);
            counts[kappa] = trace.Count - 1;
            (counts[kappa] / (kappa * Math.Log(1e8))).Should().BeInRange(0.5, 2, "κ = {0} took {1} steps", kappa, counts[kappa]);
        }

        ((double)counts[100] / counts[10]).Should().BeInRange(7, 13);
        ((double)counts[1000] / counts[100]).Should().BeInRange(7, 13);
    }

    [Test, Order(6)]
    // The step-size limit 2/L: on f = ½Lx² one step multiplies x by (1 − ηL). With L = 4: η = 1.9/L gives −0.9 (the
    // iterates flip sign and shrink: convergence), η = 2.1/L gives −1.1 (they flip sign and GROW). Diverging, x grows
    // until it overflows, which must be reported as "diverged". Scale matters: at L = 1e12 even η = 2.5e-12 diverges.
    public void Diverges_above_two_over_L_and_converges_below()
    {
        const double L = 4;
        var below = new List<double[]>();
        GradientDescent.Minimize(p => [L * p[0]], [1], 1.9 / L, trace: below)[0].Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-8));
        (below[5][0] / below[4][0]).Should().BeApproximately(-0.9, Tolerance.Tight);

        var above = new List<double[]>();
        FluentActions.Invoking(() => GradientDescent.Minimize(p => [L * p[0]], [1], 2.1 / L, maxIterations: 50, trace: above))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        (above[50][0] / above[49][0]).Should().BeApproximately(-1.1, Tolerance.Tight);
        FluentActions.Invoking(() => GradientDescent.Minimize(p => [L * p[0]], [1], 2.1 / L))
            .Should().Throw<InvalidOperationException>().WithMessage("*diverge*");

        GradientDescent.Minimize(p => [1e12 * p[0]], [1], 1e-12).Should().Equal(0);
        FluentActions.Invoking(() => GradientDescent.Minimize(p => [1e12 * p[0]], [1], 2.5e-12))
            .Should().Throw<InvalidOperationException>().WithMessage("*diverge*");

        // An iterate that overflows is caught even when the gradient stays finite (a linear f = 1e308·x).
        FluentActions.Invoking(() => GradientDescent.Minimize(_ => [1e308], [0], 10))
            .Should().Throw<InvalidOperationException>().WithMessage("*diverge*");
    }

    [Test, Order(7)]
    // Rosenbrock f = (1 − x)² + 100(y − x²)² has its minimum at (1, 1) at the bottom of a curved, flat-floored valley.
    // Gradient descent with η = 0.001 (below 2/L ≈ 0.002 near the minimum, where L ≈ 1002) gets there, slowly: thousands
    // of steps for a gradient of 1e-6.
    public void Crawls_along_the_Rosenbrock_valley_to_its_minimum()
    {
        var trace = new List<double[]>();

        var x = GradientDescent.Minimize(RosenbrockGradient, [-1.2, 1], 0.001, tolerance: 1e-6, trace: trace);

        x.Should().BeApproximately([1, 1], Tolerance.AbsoluteOnly(1e-5));
        trace.Count.Should().BeGreaterThan(5000);
    }

    [Test, Order(8)]
    // Bad arguments are reported before any step.
    public void Bad_arguments_are_rejected()
    {
        FluentActions.Invoking(() => GradientDescent.Minimize(null!, [1], 0.1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GradientDescent.Minimize(p => p, null!, 0.1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GradientDescent.Minimize(p => p, [], 0.1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => GradientDescent.Minimize(p => p, [double.NaN], 0.1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => GradientDescent.Minimize(p => p, [1], 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => GradientDescent.Minimize(p => p, [1], double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => GradientDescent.Minimize(p => p, [1], 0.1, tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => GradientDescent.Minimize(p => p, [1], 0.1, maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => GradientDescent.Minimize(_ => [1.0, 2.0], [1], 0.1)).Should().Throw<ArgumentException>().WithMessage("*length*");
    }

    [Test, Order(9)]
    // The stopping rule is ‖∇f(xₖ)‖ ≤ tolerance, equality included: for f = ½‖x‖² (∇f = x) from (3, 4) the gradient
    // norm is √(9 + 16) = 5 exactly, so with tolerance 5 the start itself is returned and no step is taken.
    public void A_start_whose_gradient_norm_equals_the_tolerance_takes_no_step()
    {
        var trace = new List<double[]>();

        GradientDescent.Minimize(p => p, [3, 4], 0.1, tolerance: 5, trace: trace).Should().Equal(3, 4);
        trace.Should().HaveCount(1);
    }

    [Test, Order(10)]
    // Divergence in ONE coordinate is divergence: a linear f = 10³⁰⁸·x₁ overflows x₁ to −∞ in one step (η = 10) while
    // x₂ stays 0 and the gradient (10³⁰⁸, 0) stays finite. A gradient that overflows in one coordinate at the last
    // allowed iterate is "diverged" too, not "did not converge": ∇f = (10³⁰⁰x₁, x₂) from (1, 0) with η = 10⁻²⁹⁰ steps
    // to x₁ = 1 − 10¹⁰, where 10³⁰⁰x₁ = −∞. Bad input names its parameter: a null gradient ("null"), a start with one
    // non-finite entry, η or the tolerance not positive and finite ("finite").
    public void Divergence_in_one_coordinate_and_bad_settings_are_named()
    {
        FluentActions.Invoking(() => GradientDescent.Minimize(_ => [1e308, 0], [0, 0], 10, maxIterations: 10))
            .Should().Throw<InvalidOperationException>().WithMessage("*diverged*");
        FluentActions.Invoking(() => GradientDescent.Minimize(p => [1e300 * p[0], p[1]], [1, 0], 1e-290, maxIterations: 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*diverged*");

        FluentActions.Invoking(() => GradientDescent.Minimize(_ => null!, [1], 0.1)).Should().Throw<ArgumentException>()
            .WithParameterName("gradient").WithMessage("*null*");
        FluentActions.Invoking(() => GradientDescent.Minimize(p => p, [1, double.NaN], 0.1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("x0").WithMessage("*finite*");
        FluentActions.Invoking(() => GradientDescent.Minimize(p => p, [double.PositiveInfinity, 1], 0.1)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("x0").WithMessage("*finite*");
        foreach (var bad in new[] { 0, -1, double.NaN, double.PositiveInfinity })
        {
            FluentActions.Invoking(() => GradientDescent.Minimize(p => p, [1], bad)).Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("learningRate").WithMessage("*finite*", "η = {0}", bad);
            FluentActions.Invoking(() => GradientDescent.Minimize(p => p, [1], 0.1, tolerance: bad)).Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("tolerance").WithMessage("*finite*", "tolerance {0}", bad);
        }

        FluentActions.Invoking(() => GradientDescent.Minimize(p => p, [1], 0.1, maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("maxIterations");
    }

    private static double[] QuadraticGradient(double[,] q, double[] c, double[] x) =>
        (Oracle.ToMatrix(q) * Oracle.ToVector(x) + Oracle.ToVector(c)).ToArray();

    private static double[] RosenbrockGradient(double[] p) =>
        [(-2 * (1 - p[0])) - (400 * p[0] * (p[1] - (p[0] * p[0]))), 200 * (p[1] - (p[0] * p[0]))];
}
