using MathForML.Verification;

namespace MathForML.Optimization.Tests;

/// <summary>
/// Constrained minimisation: min f(x) subject to hᵢ(x) = 0 and gⱼ(x) ≤ 0. Projected gradient descent keeps every
/// iterate in a convex set C (the projections are those of the convexity kata); the quadratic penalty method minimises
/// f + (μ/2)(Σhᵢ² + Σmax(gⱼ, 0)²) for growing μ, its answer approaching the constrained one like 1/μ; and at an answer
/// the KKT conditions hold (stationarity ∇f + Σλᵢ∇hᵢ + Σνⱼ∇gⱼ = 0, feasibility, ν ≥ 0, νⱼgⱼ = 0). Wrong implementations
/// these tests kill:
/// <list type="bullet">
/// <item>projecting the gradient instead of the iterate, x − ηP(∇f) (test 1);</item>
/// <item>not projecting the starting point: from an infeasible x₀ where ∇f = 0 it returns x₀ itself (test 2);</item>
/// <item>a penalty method that uses one fixed μ (or the last μ only) and reports its answer as the constrained
/// optimum: the answers must follow x(μ) = c − μ/(1 + μ)·(1, 1) exactly (test 5);</item>
/// <item>penalising the inequality on both sides (max(g, 0) forgotten), which pulls an inactive constraint's point
/// away from the unconstrained minimum (test 6);</item>
/// <item>projected gradient or the penalty method stopping only strictly below the tolerance (test 7);</item>
/// <item>a KKT check that forgets the sign of ν or complementary slackness, or takes the smallest |hᵢ| (test 8);</item>
/// <item>unchecked arguments beyond the obvious ones: null members of the problem, repeated or infinite μ, a projection
/// that returns null, bad settings, a constraint gradient of the wrong length (test 10).</item>
/// </list>
/// </summary>
public class ConstrainedOptimizationTests
{
    private static readonly double[] BoxCentre = [2, -3, 0.5];
    private static readonly double[] ZeroLower = [0, 0, 0];
    private static readonly double[] OneUpper = [1, 1, 1];

    [Test, Order(1)]
    // f(x) = ‖x − c‖² on the box [0, 1]³, c = (2, −3, 0.5): ∇f = 2(x − c), and with η = 0.25 one step from
    // x₀ = (0.5, 0.5, 0.5) goes to (x₀ + c)/2 = (1.25, −1.25, 0.5), projected to (1, 0, 0.5) = clip(c), the answer. The
    // next step, (1.5, −1.5, 0.5), projects back onto it: the iteration has stopped moving.
    public void Projected_gradient_descent_on_a_box_lands_on_the_clipped_centre()
    {
        var trace = new List<double[]>();

        var x = ConstrainedOptimization.ProjectedGradientDescent(BoxGradient, Box, [0.5, 0.5, 0.5], 0.25, trace: trace);

        x.Should().BeApproximately([1, 0, 0.5], Tolerance.Tight);
        trace.Should().HaveCount(2);
        trace[0].Should().Equal(0.5, 0.5, 0.5);
        trace[1].Should().BeApproximately([1, 0, 0.5], Tolerance.Tight);
    }

    [Test, Order(2)]
    // The start is projected first. From x₀ = c itself, outside the box, the gradient is 0 — an unprojected start would
    // be returned as the "answer", though infeasible. Projected, x₀ becomes clip(c), already optimal: no step is taken.
    // With the identity as projection the method is plain gradient descent (f = 2x², η = 0.1: 1, 0.6, 0.36, 0.216).
    public void The_start_is_projected_and_the_identity_projection_gives_gradient_descent()
    {
        var trace = new List<double[]>();
        ConstrainedOptimization.ProjectedGradientDescent(BoxGradient, Box, BoxCentre, 0.25, trace: trace)
            .Should().BeApproximately([1, 0, 0.5], Tolerance.Tight);
        trace.Should().HaveCount(1);

        var plain = new List<double[]>();
        ConstrainedOptimization.ProjectedGradientDescent(p => [4 * p[0]], p => p, [1], 0.1, trace: plain);
        plain.Take(4).Select(p => p[0]).ToArray().Should().BeApproximately([1, 0.6, 0.36, 0.216], Tolerance.Tight);
    }

    [Test, Order(3)]
    // A linear objective aᵀx over the probability simplex is minimised at a vertex: the coordinate with the smallest aᵢ
    // takes all the mass. a = (3, 1, 2): the answer is (0, 1, 0), reached exactly, because once there
    // P(e₂ − ηa) = e₂ (the shift τ = −ηa₂ restores it and the other entries are clipped to 0).
    public void A_linear_objective_over_the_simplex_is_minimised_at_a_vertex()
    {
        double[] a = [3, 1, 2];

        var x = ConstrainedOptimization.ProjectedGradientDescent(_ => (double[])a.Clone(), Convexity.ProjectOntoSimplex, [1.0 / 3, 1.0 / 3, 1.0 / 3], 0.1);

        x.Should().BeApproximately([0, 1, 0], Tolerance.Tight);
    }

    [Test, Order(4)]
    // A seeded quadratic ½xᵀQx + bᵀx (Q SPD) on the box [−1, 1]ⁿ with η = 1/L. The answer satisfies the KKT conditions
    // with the box written as 2n inequalities xᵢ − 1 ≤ 0 and −1 − xᵢ ≤ 0, whose multipliers are read off the gradient:
    // ν⁺ᵢ = max(−∂ᵢf, 0) on the upper face, ν⁻ᵢ = max(∂ᵢf, 0) on the lower. Stopping when a step moves ≤ η·1e-12 leaves
    // a gradient-mapping error of 1e-12, so every residual is well below 1e-8; b is large, so several faces are active.
    public void Projected_gradient_answer_satisfies_the_KKT_conditions([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 6);
        var q = data.Spd(n);
        var b = data.Vector(n, -6, 6);
        double[] Gradient(double[] x) => (Oracle.ToMatrix(q) * Oracle.ToVector(x) + Oracle.ToVector(b)).ToArray();
        var lower = Enumerable.Repeat(-1.0, n).ToArray();
        var upper = Enumerable.Repeat(1.0, n).ToArray();

        var x = ConstrainedOptimization.ProjectedGradientDescent(
            Gradient, p => Convexity.ProjectOntoBox(p, lower, upper), data.Vector(n, -3, 3), 1 / Oracle.SymmetricEigenvalues(q).Max(), tolerance: 1e-12);

        var g = Gradient(x);
        var inequalities = new List<Constraint>();
        var multipliers = new List<double>();
        for (var i = 0; i < n; i++)
        {
            var index = i;
            inequalities.Add(new Constraint(p => p[index] - 1, p => Unit(p.Length, index, 1)));
            multipliers.Add(x[i] >= 1 - 1e-9 ? Math.Max(-g[i], 0) : 0);
            inequalities.Add(new Constraint(p => -1 - p[index], p => Unit(p.Length, index, -1)));
            multipliers.Add(x[i] <= -1 + 1e-9 ? Math.Max(g[i], 0) : 0);
        }

        var problem = new ConstrainedProblem(p => 0, Gradient, [], inequalities);
        var residuals = ConstrainedOptimization.CheckKkt(problem, x, [], [.. multipliers]);
        residuals.Max.Should().BeLessThan(1e-8, "seed {0}: {1}", seed, residuals);
        multipliers.Should().Contain(m => m > 0);
    }

    [Test, Order(5)]
    // min (x₁ − 2)² + (x₂ − 1)² subject to x₁ + x₂ = 1: the answer is (1, 0) with λ = 2 (∇f = (−2, −2) = −λ·(1, 1)).
    // The penalty (μ/2)(x₁ + x₂ − 1)² moves the minimiser to x(μ) = (2, 1) − μ/(1 + μ)·(1, 1) (by hand: set the
    // gradient to 0), so the error is √2/(1 + μ): μ·error → √2, an O(1/μ) convergence measured at μ = 1, 10, 100, 1000;
    // the multiplier estimate μ·h(x(μ)) = 2μ/(1 + μ) → 2. Inner tolerance 1e-10 on the gradient: the x(μ) are exact to 1e-9.
    public void Penalty_answers_converge_to_the_constrained_optimum_like_one_over_mu()
    {
        double[] mus = [1, 10, 100, 1000];

        var steps = ConstrainedOptimization.PenaltyMethod(LineProblem, [0, 0], mus, tolerance: 1e-10);

        steps.Should().HaveCount(4);
        for (var k = 0; k < mus.Length; k++)
        {
            var mu = mus[k];
            var s = mu / (1 + mu);
            steps[k].Mu.Should().Be(mu);
            steps[k].X.Should().BeApproximately([2 - s, 1 - s], Tolerance.AbsoluteOnly(1e-9));
            steps[k].EqualityMultipliers[0].Should().BeApproximately(2 * s, Tolerance.AbsoluteOnly(1e-6));
        }

        var errors = steps.Select(st => Math.Sqrt(Math.Pow(st.X[0] - 1, 2) + Math.Pow(st.X[1], 2))).ToArray();
        (mus[^1] * errors[^1]).Should().BeApproximately(Math.Sqrt(2), Tolerance.RelativeOnly(2e-3));
        (errors[2] / errors[3]).Should().BeInRange(9, 11);
    }

    [Test, Order(6)]
    // min (x₁ − 2)² + (x₂ − 2)² subject to x₁² + x₂² ≤ 1: the answer is (1, 1)/√2 with ν = 2√2 − 1 ≈ 1.83. The penalty
    // answers x(μ) = t(1, 1)/√2 approach it from OUTSIDE the disc: the radial stationarity condition gives
    // t² − 1 ≈ (2√2 − 1)/μ, so the error t − 1 ≈ 0.91/μ, with error ratios near 10 per tenfold μ (from μ = 10 on) and
    // multipliers μ·max(g, 0) → ν within O(1/μ). At the exact answer the KKT residuals vanish; at x(1000) they are
    // below 10/μ (the largest, ν·g ≈ 1.83²/μ ≈ 3.4e-3). An inactive
    // constraint (x₁ ≤ 5) leaves the unconstrained minimum (2, 2) exactly, with multiplier 0.
    public void Penalty_method_handles_an_active_and_an_inactive_inequality()
    {
        var optimum = new[] { 1 / Math.Sqrt(2), 1 / Math.Sqrt(2) };
        var nu = (2 * Math.Sqrt(2)) - 1;
        var disc = new ConstrainedProblem(p => Square(p[0] - 2) + Square(p[1] - 2), p => [2 * (p[0] - 2), 2 * (p[1] - 2)], [], [DiscConstraint]);

        var steps = ConstrainedOptimization.PenaltyMethod(disc, [0, 0], [1, 10, 100, 1000], tolerance: 1e-10);

        var errors = steps.Select(s => Math.Sqrt(Square(s.X[0] - optimum[0]) + Square(s.X[1] - optimum[1]))).ToArray();
        for (var k = 2; k < errors.Length; k++)
        {
            (errors[k - 1] / errors[k]).Should().BeInRange(8, 12, "μ = {0}", steps[k].Mu);
        }

        steps.Should().OnlyContain(s => s.X[0] * s.X[0] + s.X[1] * s.X[1] > 1);
        steps[^1].InequalityMultipliers[0].Should().BeApproximately(nu, Tolerance.AbsoluteOnly(1e-2));
        ConstrainedOptimization.CheckKkt(disc, optimum, [], [nu]).Max.Should().BeLessThan(1e-12);
        ConstrainedOptimization.CheckKkt(disc, steps[^1].X, [], steps[^1].InequalityMultipliers).Max.Should().BeLessThan(10.0 / 1000);

        var inactive = new ConstrainedProblem(
            p => Square(p[0] - 2) + Square(p[1] - 2), p => [2 * (p[0] - 2), 2 * (p[1] - 2)], [], [new Constraint(p => p[0] - 5, _ => [1, 0])]);
        var free = ConstrainedOptimization.PenaltyMethod(inactive, [0, 0], [1, 100], tolerance: 1e-10);
        free[^1].X.Should().BeApproximately([2, 2], Tolerance.AbsoluteOnly(1e-10));
        free[^1].InequalityMultipliers.Should().Equal(0);
    }

    [Test, Order(7)]
    // f = ½‖x‖² with no constraint from (3, 4), where ‖∇f‖ = 5. Projected gradient (identity projection, η = 1): the
    // first step goes to 0, a move of exactly 5; with tolerance 5 that is small enough (‖xₖ₊₁ − xₖ‖ ≤ η·tol, not <), so
    // x₀ itself is returned. The penalty method's inner minimisation likewise stops at once when ‖∇P(x₀)‖ = 5 = tol.
    public void Both_methods_stop_when_the_tolerance_is_met_exactly()
    {
        ConstrainedOptimization.ProjectedGradientDescent(p => (double[])p.Clone(), p => p, [3, 4], 1, tolerance: 5).Should().Equal(3.0, 4.0);

        var free = new ConstrainedProblem(p => 0.5 * ((p[0] * p[0]) + (p[1] * p[1])), p => (double[])p.Clone(), [], []);
        ConstrainedOptimization.PenaltyMethod(free, [3, 4], [1], tolerance: 5).Single().X.Should().Equal(3.0, 4.0);
    }

    [Test, Order(8)]
    // The four residuals by hand. min x₁² + x₂² s.t. x₁ + x₂ = 1: at (½, ½) with λ = −1, ∇f + λ∇h = (1, 1) − (1, 1) = 0,
    // all zero; at (1, 0) the stationarity residual is ‖(2, 0) − (1, 1)‖ = √2. min (x − 2)² s.t. x − 1 ≤ 0: at x = 1 with
    // ν = 2 all zero; ν = −2 breaks dual feasibility (2) and stationarity (|−2 − 2| = 4); x = 0 with ν = 4 is stationary
    // and feasible but not complementary (|ν·g| = 4); x = 1.5 with ν = 1 is stationary but infeasible (0.5).
    public void KKT_residuals_by_hand()
    {
        var sphere = new ConstrainedProblem(p => (p[0] * p[0]) + (p[1] * p[1]), p => [2 * p[0], 2 * p[1]], [new Constraint(p => p[0] + p[1] - 1, _ => [1, 1])], []);
        ConstrainedOptimization.CheckKkt(sphere, [0.5, 0.5], [-1], []).Should().Be(new KktResiduals(0, 0, 0, 0));
        ConstrainedOptimization.CheckKkt(sphere, [1, 0], [-1], []).Stationarity.Should().BeApproximately(Math.Sqrt(2), Tolerance.Tight);
        // At (1, 1) the equality is violated by h = 1: the primal residual is the largest |hᵢ|, 1, not 0.
        ConstrainedOptimization.CheckKkt(sphere, [1, 1], [-1], []).PrimalFeasibility.Should().Be(1);

        var halfLine = new ConstrainedProblem(p => Square(p[0] - 2), p => [2 * (p[0] - 2)], [], [new Constraint(p => p[0] - 1, _ => [1])]);
        ConstrainedOptimization.CheckKkt(halfLine, [1], [], [2]).Max.Should().Be(0);
        ConstrainedOptimization.CheckKkt(halfLine, [1], [], [-2]).Should().Be(new KktResiduals(4, 0, 2, 0));
        ConstrainedOptimization.CheckKkt(halfLine, [0], [], [4]).Should().Be(new KktResiduals(0, 0, 0, 4));
        ConstrainedOptimization.CheckKkt(halfLine, [1.5], [], [1]).Should().Be(new KktResiduals(0, 0.5, 0, 0.5));
    }

    [Test, Order(9)]
    // Bad input: a step ≤ 0, a projection of the wrong length, an empty start, penalty weights that are not positive
    // and increasing, multipliers that do not match the constraints, null, and iteration caps too small to converge.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, p => p, [1], 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, p => p, [1], -0.1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, _ => [1.0, 2.0], [1], 0.1)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, p => p, [], 0.1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(null!, p => p, [1], 0.1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, null!, [1], 0.1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, p => p, [1], 1e-6, maxIterations: 10))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");

        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, [0, 0], [10, 1])).Should().Throw<ArgumentException>().WithMessage("*increasing*");
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, [0, 0], [0, 1])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, [0, 0], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(null!, [0, 0], [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, [0, 0], [1000], maxIterations: 5))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");

        FluentActions.Invoking(() => ConstrainedOptimization.CheckKkt(LineProblem, [1, 0], [], [])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => ConstrainedOptimization.CheckKkt(LineProblem, [1, 0], [2], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
    }

    [Test, Order(10)]
    // The rest of the documented bad input: nulls (the problem's members too), a start that is not finite, settings out
    // of range, penalty weights that repeat (not STRICTLY increasing) or are not finite, a projection that returns
    // nothing, and a gradient of the wrong length inside the KKT check.
    public void Every_documented_bad_input_is_named()
    {
        ConstrainedProblem[] broken =
        [
            LineProblem with { Objective = null! }, LineProblem with { Gradient = null! },
            LineProblem with { Equalities = null! }, LineProblem with { Inequalities = null! },
        ];
        foreach (var problem in broken)
        {
            FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(problem, [0, 0], [1])).Should().Throw<ArgumentNullException>().WithParameterName("problem");
            FluentActions.Invoking(() => ConstrainedOptimization.CheckKkt(problem, [1, 0], [0], [])).Should().Throw<ArgumentNullException>().WithParameterName("problem");
        }

        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, p => p, null!, 0.1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, p => p, [double.NaN], 0.1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, p => p, [1], double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, p => p, [1], 0.1, tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, p => p, [1], 0.1, maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(p => p, _ => null!, [1], 0.1)).Should().Throw<ArgumentException>().WithParameterName("project");
        FluentActions.Invoking(() => ConstrainedOptimization.ProjectedGradientDescent(_ => [1.0, 1.0], p => p, [1], 0.1)).Should().Throw<ArgumentException>().WithMessage("*length*");

        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, [0, 0], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, [], [1])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, [0, double.PositiveInfinity], [1])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, [0, 0], [1, 1])).Should().Throw<ArgumentException>().WithMessage("*increasing*");
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, [0, 0], [1, double.PositiveInfinity])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, [0, 0], [1], tolerance: -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem, [0, 0], [1], maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.PenaltyMethod(LineProblem with { Gradient = _ => [1.0] }, [0, 0], [1]))
            .Should().Throw<ArgumentException>().WithMessage("*length*");

        FluentActions.Invoking(() => ConstrainedOptimization.CheckKkt(null!, [1, 0], [0], [])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConstrainedOptimization.CheckKkt(LineProblem, null!, [0], [])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConstrainedOptimization.CheckKkt(LineProblem, [1, 0], null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("equalityMultipliers");
        FluentActions.Invoking(() => ConstrainedOptimization.CheckKkt(LineProblem, [1, 0], [0], null!)).Should().Throw<ArgumentNullException>().WithParameterName("inequalityMultipliers");
        FluentActions.Invoking(() => ConstrainedOptimization.CheckKkt(LineProblem, [], [0], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => ConstrainedOptimization.CheckKkt(LineProblem, [1, double.NaN], [0], [])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConstrainedOptimization.CheckKkt(LineProblem, [1, 0], [0], [0])).Should().Throw<ArgumentException>().WithMessage("*length*");
        var badConstraint = LineProblem with { Equalities = [new Constraint(p => p[0] + p[1] - 1, _ => [1.0])] };
        FluentActions.Invoking(() => ConstrainedOptimization.CheckKkt(badConstraint, [1, 0], [0], [])).Should().Throw<ArgumentException>().WithMessage("*length*");
    }

    /// <summary>min (x₁ − 2)² + (x₂ − 1)² subject to x₁ + x₂ − 1 = 0.</summary>
    private static ConstrainedProblem LineProblem { get; } = new(
        p => Square(p[0] - 2) + Square(p[1] - 1),
        p => [2 * (p[0] - 2), 2 * (p[1] - 1)],
        [new Constraint(p => p[0] + p[1] - 1, _ => [1, 1])],
        []);

    /// <summary>x₁² + x₂² − 1 ≤ 0.</summary>
    private static Constraint DiscConstraint { get; } = new(p => (p[0] * p[0]) + (p[1] * p[1]) - 1, p => [2 * p[0], 2 * p[1]]);

    private static double[] BoxGradient(double[] x) => [.. x.Select((v, i) => 2 * (v - BoxCentre[i]))];

    private static double[] Box(double[] x) => Convexity.ProjectOntoBox(x, ZeroLower, OneUpper);

    private static double[] Unit(int n, int index, double value)
    {
        var e = new double[n];
        e[index] = value;
        return e;
    }

    private static double Square(double v) => v * v;
}
