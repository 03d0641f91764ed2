using MathForML.Verification;

namespace MathForML.Optimization.Tests;

/// <summary>
/// Heavy-ball and Nesterov momentum. Hand examples fix the exact update; the RATE test measures steps to tolerance
/// on quadratics with κ = 10, 100, 1000 and asserts that they grow like √κ (momentum, tuned) rather than κ (plain
/// gradient descent). Wrong implementations killed:
/// <list type="bullet">
/// <item>Nesterov with the gradient at xₖ instead of the look-ahead point xₖ + βv (that is heavy ball; test 2);</item>
/// <item>the velocity update v ← β(v − ηg), which damps the new gradient too (tests 1 and 2);</item>
/// <item>stepping with the OLD velocity, x ← x + v before v is updated (test 1);</item>
/// <item>momentum that does not accelerate: any of the above, or β ignored, fails the √κ rate (test 5);</item>
/// <item>stopping on ‖∇f‖ &lt; tolerance instead of ≤ (test 8);</item>
/// <item>no check of the iterate itself, so an x that overflows while the gradient stays finite runs on to "did not
/// converge" (test 8);</item>
/// <item>a β outside [0, 1) rejected without its name or the words "[0, 1)" (test 8).</item>
/// </list>
/// </summary>
public class MomentumTests
{
    [Test, Order(1)]
    // f = ½x² (∇f = x), η = ½, β = ½, from 1 with v = 0: g = 1, v = −½, x₁ = ½; g = ½, v = −¼ − ¼ = −½, x₂ = 0; ∇f(0) = 0: stop.
    public void Heavy_ball_by_hand()
    {
        var trace = new List<double[]>();

        Momentum.HeavyBall(p => [p[0]], [1], 0.5, 0.5, trace: trace).Should().Equal(0);
        trace.Select(p => p[0]).Should().Equal(1, 0.5, 0);
    }

    [Test, Order(2)]
    // The same with Nesterov: y₀ = x₀ = 1, g = 1, v = −½, x₁ = ½; y₁ = ½ + ½·(−½) = ¼, g = ¼, v = −¼ − ⅛ = −⅜,
    // x₂ = ⅛; y₂ = ⅛ − 3/16 = −1/16, g = −1/16, v = −3/16 + 1/32 = −5/32, x₃ = −1/32.
    public void Nesterov_by_hand()
    {
        var trace = new List<double[]>();

        Momentum.Nesterov(p => [p[0]], [1], 0.5, 0.5, trace: trace)[0].Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-8));
        trace.Take(4).Select(p => p[0]).Should().Equal(1, 0.5, 0.125, -0.03125);
    }

    [Test, Order(3)]
    // With β = 0 both are plain gradient descent: the same iterates as your GradientDescent.Minimize.
    public void Without_momentum_both_are_gradient_descent([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var q = data.Spd(3);
        var x0 = data.Vector(3, -2, 2);
        double[] G(double[] p) => (Oracle.ToMatrix(q) * Oracle.ToVector(p)).ToArray();
        var (gd, heavy, nesterov) = (new List<double[]>(), new List<double[]>(), new List<double[]>());

        GradientDescent.Minimize(G, x0, 0.1, trace: gd);
        Momentum.HeavyBall(G, x0, 0.1, 0, trace: heavy);
        Momentum.Nesterov(G, x0, 0.1, 0, trace: nesterov);

        heavy.Should().HaveCount(gd.Count);
        nesterov.Should().HaveCount(gd.Count);
        heavy[^1].Should().BeApproximately(gd[^1], Tolerance.Tight);
        nesterov[^1].Should().BeApproximately(gd[^1], Tolerance.Tight);
    }

    [Test, Order(4)]
    // A rotated quadratic ½xᵀQx + cᵀx with κ(Q) = 100 (Q = U·diag(1 … 100)·Uᵀ, U random orthogonal): both methods, tuned
    // as in the lesson, reach the minimiser −Q⁻¹c (MathNet) in under a third of gradient descent's steps at η = 1/L.
    public void Both_beat_gradient_descent_on_an_ill_conditioned_quadratic([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var q = RotatedDiagonal(data, [1, 3, 10, 30, 100]);
        var c = data.Vector(5, -1, 1);
        double[] G(double[] p) => (Oracle.ToMatrix(q) * Oracle.ToVector(p) + Oracle.ToVector(c)).ToArray();
        var expected = Oracle.Solve(q, [.. c.Select(v => -v)]);
        var (gd, heavy, nesterov) = (new List<double[]>(), new List<double[]>(), new List<double[]>());
        var (hbRate, hbMomentum, nRate, nMomentum) = Tuned(1, 100);

        GradientDescent.Minimize(G, new double[5], 0.01, tolerance: 1e-9, trace: gd);
        Momentum.HeavyBall(G, new double[5], hbRate, hbMomentum, tolerance: 1e-9, trace: heavy).Should().BeApproximately(expected, Tolerance.AbsoluteOnly(1e-8));
        Momentum.Nesterov(G, new double[5], nRate, nMomentum, tolerance: 1e-9, trace: nesterov).Should().BeApproximately(expected, Tolerance.AbsoluteOnly(1e-8));

        heavy.Count.Should().BeLessThan(gd.Count / 3);
        nesterov.Count.Should().BeLessThan(gd.Count / 3);
    }

    [Test, Order(5)]
    // Rates on f = ½(x₁² + κx₂²) from (1, 1) to ‖∇f‖ ≤ 1e-8: gradient descent (η = 1/L) needs about κ·ln(1/ε) steps,
    // tuned momentum about √κ·ln(1/ε). From κ = 10 to κ = 1000, √κ grows tenfold: the momentum counts must grow by a
    // factor in [4, 25] (slack for the constant and the k·ρᵏ transients), while gradient descent's grows by about 100
    // (asserted > 50). At κ = 1000 momentum must also win by at least a factor 5.
    public void Momentum_needs_steps_growing_like_the_square_root_of_kappa()
    {
        int Steps(Func<List<double[]>, double[]> run)
        {
            var trace = new List<double[]>();
            run(trace);
            return trace.Count - 1;
        }

        var counts = new Dictionary<(string, double), int>();
        foreach (var kappa in new[] { 10.0, 1000 })
        {
            double[] G(double[] p) => [p[0], kappa * p[1]];
            var (hbRate, hbMomentum, nRate, nMomentum) = Tuned(1, kappa);
            counts[("gd", kappa)] = Steps(t => GradientDescent.Minimize(G, [1, 1], 1 / kappa, trace: t));
            counts[("heavy", kappa)] = Steps(t => Momentum.HeavyBall(G, [1, 1], hbRate, hbMomentum, trace: t));
            counts[("nesterov", kappa)] = Steps(t => Momentum.Nesterov(G, [1, 1], nRate, nMomentum, trace: t));
        }

        ((double)counts[("gd", 1000)] / counts[("gd", 10)]).Should().BeGreaterThan(50);
        foreach (var method in new[] { "heavy", "nesterov" })
        {
            var growth = (double)counts[(method, 1000)] / counts[(method, 10)];
            growth.Should().BeInRange(4, 25, "{0} took {1} and {2} steps", method, counts[(method, 10)], counts[(method, 1000)]);
            counts[(method, 1000)].Should().BeLessThan(counts[("gd", 1000)] / 5);
        }
    }

    [Test, Order(6)]
    // Momentum widens the stable range: on f = ½Lx² heavy ball converges iff 0 < ηL < 2(1 + β). With L = 1, β = ½ the
    // limit is η = 3 (plain gradient descent's is 2): η = 2.9 converges, η = 3.1 diverges.
    public void Heavy_ball_is_stable_up_to_two_times_one_plus_beta_over_L()
    {
        Momentum.HeavyBall(p => [p[0]], [1], 2.9, 0.5)[0].Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-8));
        FluentActions.Invoking(() => Momentum.HeavyBall(p => [p[0]], [1], 3.1, 0.5)).Should().Throw<InvalidOperationException>().WithMessage("*diverge*");
        FluentActions.Invoking(() => Momentum.HeavyBall(p => [p[0]], [1], 3.1, 0.5, maxIterations: 10)).Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(7)]
    // Bad arguments.
    public void Bad_arguments_are_rejected()
    {
        FluentActions.Invoking(() => Momentum.HeavyBall(null!, [1], 0.1, 0.9)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Momentum.Nesterov(p => p, null!, 0.1, 0.9)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Momentum.HeavyBall(p => p, [], 0.1, 0.9)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Momentum.Nesterov(_ => [1.0, 1.0], [1], 0.1, 0.9)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Momentum.HeavyBall(p => p, [1], 0.1, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Momentum.Nesterov(p => p, [1], 0.1, -0.1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Momentum.Nesterov(p => p, [1], 0, 0.5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Momentum.HeavyBall(p => p, [1], 0.1, 0.5, tolerance: -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Momentum.Nesterov(p => p, [1], 0.1, 0.5, maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(8)]
    // Edges: the stopping rule is ‖∇f‖ ≤ tolerance, so from (3, 4) on f = ½‖x‖² (gradient norm exactly 5) with
    // tolerance 5 no step is taken. A linear f = 10³⁰⁸·x with η = 10 sends x to −∞ in one step while the gradient stays
    // finite: the iterate itself must be checked ("diverged"). And β is named when it leaves [0, 1).
    public void Edges_of_the_stopping_rule_divergence_and_beta()
    {
        foreach (var method in new[] { "heavy ball", "Nesterov" })
        {
            Func<Func<double[], double[]>, double[], double, double, double, int, IList<double[]>?, double[]> run =
                method == "heavy ball" ? Momentum.HeavyBall : Momentum.Nesterov;
            var trace = new List<double[]>();

            run(p => p, [3, 4], 0.1, 0.5, 5, 100, trace).Should().Equal([3, 4], method);
            trace.Should().HaveCount(1, method);
            FluentActions.Invoking(() => run(_ => [1e308], [0], 10, 0.5, 1e-8, 10, null))
                .Should().Throw<InvalidOperationException>().WithMessage("*diverged*", method);
            foreach (var beta in new[] { 1, -0.1, double.NaN })
            {
                FluentActions.Invoking(() => run(p => p, [1], 0.1, beta, 1e-8, 10, null)).Should().Throw<ArgumentOutOfRangeException>()
                    .WithParameterName("momentum").WithMessage("*[0, 1)*", "{0}, β = {1}", method, beta);
            }
        }
    }

    /// <summary>
    /// The classical tunings for curvatures in [μ, L]: heavy ball η = 4/(√L + √μ)², β = ((√κ − 1)/(√κ + 1))²;
    /// Nesterov η = 1/L, β = (√κ − 1)/(√κ + 1).
    /// </summary>
    private static (double HeavyRate, double HeavyMomentum, double NesterovRate, double NesterovMomentum) Tuned(double mu, double l)
    {
        var root = Math.Sqrt(l / mu);
        var beta = (root - 1) / (root + 1);
        return (4 / Math.Pow(Math.Sqrt(l) + Math.Sqrt(mu), 2), beta * beta, 1 / l, beta);
    }

    /// <summary>U·diag(λ)·Uᵀ with U random orthogonal, exactly symmetric.</summary>
    private static double[,] RotatedDiagonal(TestData data, double[] eigenvalues)
    {
        var u = Oracle.ToMatrix(data.Orthogonal(eigenvalues.Length));
        var m = u * MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfDiagonalArray(eigenvalues) * u.Transpose();
        return (m + m.Transpose()).Divide(2).ToArray();
    }
}
