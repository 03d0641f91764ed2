using MathForML.Verification;

namespace MathForML.Optimization.Tests;

/// <summary>
/// Penalised least squares on the MEAN loss L(w) = ‖y − Xw‖²/(2n), no intercept: ridge F = L + λ‖w‖²/2 (gradient
/// Xᵀ(Xw − y)/n + λw, closed form (XᵀX/n + λI)w = Xᵀy/n), the lasso L + λ‖w‖₁ and the elastic net
/// L + λ₁‖w‖₁ + λ₂‖w‖²/2 by ISTA, and early stopping. The lasso's optimality (KKT) conditions in this scaling: with
/// c = Xᵀ(y − Xw)/n, |cⱼ| ≤ λ where wⱼ = 0 and cⱼ = λ·sign(wⱼ) elsewhere. Wrong implementations these tests kill:
/// <list type="bullet">
/// <item>the closed form with λ not scaled by n, (XᵀX + λI)w = Xᵀy, which does not zero the gradient (test 2);</item>
/// <item>soft-thresholding as hard-thresholding (keeping |v| − 0 instead of |v| − t), or shrinking away from 0 (test 4);</item>
/// <item>ISTA with step 1 instead of 1/L (diverges on a design scaled by 10, crawls on one scaled by 10⁻³) (test 5);</item>
/// <item>ISTA thresholding by λ instead of ηλ (wrong answer whenever L ≠ 1) (tests 5 and 6);</item>
/// <item>early stopping that returns the last iterate instead of the best one, or stops one step late or early (test 9);</item>
/// <item>a step 1/L taken when L = 0 (X = 0), which turns w into NaN (test 12);</item>
/// <item>unchecked arguments: λ = ∞ or NaN, no columns, a singular system, null validation data, a diverging early
/// stopping that runs on (test 13);</item>
/// <item>ISTA that stops one step short of its cap, early stopping that moves to a later iterate on an equal validation
/// loss, and functions that leave their own arguments to a later check (test 14).</item>
/// </list>
/// </summary>
public class RegularizationTests
{
    /// <summary>A 4 × 3 design with orthogonal columns of ±1: XᵀX = 4I, so XᵀX/n = I (n = 4).</summary>
    private static readonly double[,] Orthogonal = { { 1, 1, 1 }, { 1, -1, 1 }, { 1, 1, -1 }, { 1, -1, -1 } };

    /// <summary>y = X·(3, −1.5, 0.5), so z = Xᵀy/n = (3, −1.5, 0.5).</summary>
    private static readonly double[] OrthogonalTargets = [2, 5, 1, 4];

    /// <summary>The true weights of the seeded sparse regression: three of ten are non-zero.</summary>
    private static readonly double[] Sparse = [2, 0, 0, -1.5, 0, 0, 0, 1, 0, 0];

    [Test, Order(1)]
    // X = [[1, 2], [3, 4]], y = (1, 1), w = (1, 0), λ = 0.5: r = y − Xw = (0, −2), L = (0² + 2²)/(2·2) = 1, the penalty
    // λ‖w‖²/2 = 0.25, so F = 1.25; ∇F = −Xᵀr/n + λw = −(−6, −8)/2 + (0.5, 0) = (3.5, 4).
    public void Ridge_objective_and_gradient_by_hand()
    {
        double[,] x = { { 1, 2 }, { 3, 4 } };

        Regularization.RidgeObjective(x, [1, 1], [1, 0], 0.5).Should().BeApproximately(1.25, Tolerance.Tight);
        Regularization.RidgeGradient(x, [1, 1], [1, 0], 0.5).Should().BeApproximately([3.5, 4], Tolerance.Tight);
    }

    [Test, Order(2)]
    // The gradient agrees with central differences of the objective, and the closed form is where it vanishes. By hand:
    // X = (1, 1)ᵀ, y = (1, 3): XᵀX/n = 1, Xᵀy/n = 2, so w = 2/(1 + λ) = 1 at λ = 1 (the unscaled (XᵀX + λI)w = Xᵀy
    // would give 4/3).
    public void Ridge_closed_form_is_where_the_checked_gradient_vanishes([Range(1, 5)] int seed)
    {
        double[,] column = { { 1 }, { 1 } };
        Regularization.RidgeClosedForm(column, [1, 3], 1)[0].Should().BeApproximately(1, Tolerance.Tight);

        var data = new TestData(seed);
        var (x, y) = SeededRegression(data, 30, noise: 0.3);
        var lambda = data.Random.Uniform(0.01, 1);
        var w0 = data.Vector(Sparse.Length, -2, 2);

        GradientCheck.Compare(w => Regularization.RidgeObjective(x, y, w, lambda), w => Regularization.RidgeGradient(x, y, w, lambda), w0)
            .Should().Agree();

        var w = Regularization.RidgeClosedForm(x, y, lambda);
        Regularization.RidgeGradient(x, y, w, lambda).Should().BeApproximately(new double[w.Length], Tolerance.AbsoluteOnly(1e-12));
    }

    [Test, Order(3)]
    // As λ grows the ridge solution shrinks: ‖w(λ)‖ falls strictly over λ = 10⁻⁴ … 10² (in XᵀX/n's eigenbasis each
    // coordinate is multiplied by dᵢ/(dᵢ + λ)). At λ → 0 it is the least-squares fit (the difference is O(λ)); at large
    // λ it is about Xᵀy/(nλ), nearly 0.
    public void Ridge_path_shrinks_monotonically_in_lambda([Range(1, 3)] int seed)
    {
        var (x, y) = SeededRegression(new TestData(seed), 40, noise: 0.3);
        var lambdas = Enumerable.Range(0, 25).Select(i => Math.Pow(10, -4 + (i / 4.0))).ToArray();

        var norms = lambdas.Select(l => Oracle.Norm(Regularization.RidgeClosedForm(x, y, l))).ToArray();

        for (var i = 1; i < norms.Length; i++)
        {
            norms[i].Should().BeLessThan(norms[i - 1], "λ = {0}", lambdas[i]);
        }

        Regularization.RidgeClosedForm(x, y, 1e-9).Should().BeApproximately(Oracle.LeastSquares(x, y), Tolerance.AbsoluteOnly(1e-6));
        norms[^1].Should().BeLessThan(0.05 * norms[0]);
    }

    [Test, Order(4)]
    // S_t(v) = sign(v)·max(|v| − t, 0): moves v towards 0 by t and stops at 0. S₁(3) = 2, S₁(−3) = −2, and anything in
    // [−1, 1] becomes exactly 0; t = 0 changes nothing.
    public void Soft_threshold_moves_towards_zero_and_stops_there()
    {
        Regularization.SoftThreshold(3, 1).Should().Be(2);
        Regularization.SoftThreshold(-3, 1).Should().Be(-2);
        Regularization.SoftThreshold(0.5, 1).Should().Be(0);
        Regularization.SoftThreshold(-0.999, 1).Should().Be(0);
        Regularization.SoftThreshold(1, 1).Should().Be(0);
        Regularization.SoftThreshold(-1.5, 0).Should().Be(-1.5);
        Regularization.SoftThreshold(1e-12, 1e-12).Should().Be(0);
        Regularization.SoftThreshold(1e12, 1).Should().Be(1e12 - 1);
    }

    [Test, Order(5)]
    // With orthogonal columns, XᵀX/n = s²I for the design sX, and the lasso decouples: wⱼ = S_λ(s·zⱼ)/s² with
    // z = Xᵀy/n = (3, −1.5, 0.5). At s = 1, λ = 1: w = (2, −0.5, 0) exactly; the ridge answer z/(1 + λ) = (1.5, −0.75,
    // 0.25) has no zero. At s = 10 (L = 100) and s = 10⁻³ (L = 10⁻⁶) ISTA needs its step 1/L and threshold λ/L to get
    // (0.29, −0.14, 0.04) and (2900, −1400, 400).
    public void Lasso_on_an_orthogonal_design_soft_thresholds_the_correlations()
    {
        Regularization.Lasso(Orthogonal, OrthogonalTargets, 1).Should().BeApproximately([2, -0.5, 0], Tolerance.Tight);
        Regularization.Lasso(Orthogonal, OrthogonalTargets, 1)[2].Should().Be(0);
        Regularization.RidgeClosedForm(Orthogonal, OrthogonalTargets, 1).Should().BeApproximately([1.5, -0.75, 0.25], Tolerance.Tight);
        Regularization.Lasso(Orthogonal, OrthogonalTargets, 3.5).Should().Equal(0, 0, 0);
        Regularization.Lasso(Orthogonal, OrthogonalTargets, 0).Should().BeApproximately([3, -1.5, 0.5], Tolerance.Tight);

        Regularization.Lasso(Scaled(Orthogonal, 10), OrthogonalTargets, 1).Should().BeApproximately([0.29, -0.14, 0.04], Tolerance.Tight);
        Regularization.Lasso(Scaled(Orthogonal, 1e-3), OrthogonalTargets, 1e-4).Should().BeApproximately([2900, -1400, 400], Tolerance.Default);
    }

    [Test, Order(6)]
    // On the orthogonal design coordinate j is non-zero exactly when λ < |zⱼ|: as λ falls from 4 the variables enter in
    // the order of |Xᵀy|/n = 3, 1.5, 0.5 — first x₁ (below λ = 3), then x₂ (below 1.5), then x₃ (below 0.5).
    public void Lasso_path_enters_variables_in_the_order_of_their_correlation()
    {
        double[] z = [3, -1.5, 0.5];
        var entered = new List<int>();
        for (var lambda = 4.0; lambda > 0.05; lambda -= 0.1)
        {
            var w = Regularization.Lasso(Orthogonal, OrthogonalTargets, lambda);
            for (var j = 0; j < 3; j++)
            {
                (w[j] != 0).Should().Be(Math.Abs(z[j]) > lambda, "coordinate {0} at λ = {1}", j, lambda);
                if (w[j] != 0 && !entered.Contains(j))
                {
                    entered.Add(j);
                }
            }
        }

        entered.Should().Equal(0, 1, 2);
    }

    [Test, Order(7)]
    // A seeded sparse regression (n = 60, ten features, three of them active, noise σ = 0.1): the lasso at λ = 0.05
    // returns EXACT zeros and keeps the three active features, ridge at the same λ returns no zero at all, and the
    // lasso answer satisfies its optimality conditions: with c = Xᵀ(y − Xw)/n, |cⱼ| ≤ λ on the zeros and cⱼ = λ·sign(wⱼ)
    // on the others. ISTA stops when a step moves w by ≤ 1e-10; the conditions' residual is then below 2L·1e-10 with
    // L = λmax(XᵀX/n) ≲ 1 here, so 1e-8 is a safe margin.
    public void Lasso_gives_exact_zeros_and_satisfies_its_optimality_conditions([Range(1, 5)] int seed)
    {
        const double Lambda = 0.05;
        var (x, y) = SeededRegression(new TestData(seed), 60, noise: 0.1);

        var lasso = Regularization.Lasso(x, y, Lambda);
        var ridge = Regularization.RidgeClosedForm(x, y, Lambda);

        lasso.Count(v => v == 0).Should().BeGreaterThanOrEqualTo(3);
        new[] { lasso[0], lasso[3], lasso[7] }.Should().NotContain(0);
        ridge.Should().NotContain(0);
        CheckSubgradientConditions(x, y, lasso, Lambda, 0, 1e-8);
    }

    [Test, Order(8)]
    // The elastic net sits between the two: on the orthogonal design wⱼ = S_λ₁(zⱼ)/(1 + λ₂), at λ₁ = λ₂ = 1
    // (1, −0.25, 0): the lasso's zero and ridge's shrinkage by 1/(1 + λ₂). λ₂ = 0 is the lasso and λ₁ = 0 is ridge. On
    // the seeded regression it keeps exact zeros, and its conditions are those of the lasso with c − λ₂w in place of c.
    public void Elastic_net_has_the_zeros_of_the_lasso_and_the_shrinkage_of_ridge([Range(1, 5)] int seed)
    {
        Regularization.ElasticNet(Orthogonal, OrthogonalTargets, 1, 1).Should().BeApproximately([1, -0.25, 0], Tolerance.Tight);

        var (x, y) = SeededRegression(new TestData(seed), 60, noise: 0.1);
        Regularization.ElasticNet(x, y, 0.05, 0).Should().BeApproximately(Regularization.Lasso(x, y, 0.05), Tolerance.AbsoluteOnly(1e-9));
        Regularization.ElasticNet(x, y, 0, 0.3).Should().BeApproximately(Regularization.RidgeClosedForm(x, y, 0.3), Tolerance.AbsoluteOnly(1e-9));

        var w = Regularization.ElasticNet(x, y, 0.05, 0.3);
        w.Count(v => v == 0).Should().BeGreaterThanOrEqualTo(3);
        CheckSubgradientConditions(x, y, w, 0.05, 0.3, 1e-8);
    }

    [Test, Order(9)]
    // One weight, training data (x, y) = (1, 2), validation (1, 1), η = 0.5: gradient descent on L = (2 − w)²/2 gives
    // w = 0, 1, 1.5, 1.75, …; the validation losses (1 − w)²/2 are 0.5, 0, 0.125, 0.28125. With patience 2 it stops after
    // two steps without improvement and returns w₁ = 1, not the last iterate. When validation = training data the loss
    // falls at every step, so the cap (40) is reached and the last iterate is the best.
    public void Early_stopping_returns_the_best_iterate_once_validation_loss_stops_improving()
    {
        double[,] one = { { 1 } };

        var result = Regularization.EarlyStopping(one, [2], one, [1], 0.5, patience: 2);
        result.Weights.Should().Equal(1);
        result.BestIteration.Should().Be(1);
        result.ValidationLosses.Should().BeApproximately([0.5, 0, 0.125, 0.28125], Tolerance.Tight);

        Regularization.EarlyStopping(one, [2], one, [1], 0.5, patience: 1).ValidationLosses.Should().HaveCount(3);

        var capped = Regularization.EarlyStopping(one, [2], one, [2], 0.5, patience: 3, maxIterations: 40);
        capped.BestIteration.Should().Be(40);
        capped.ValidationLosses.Should().HaveCount(41);
        capped.Weights[0].Should().BeApproximately(2 - Math.Pow(2, -39), Tolerance.Tight);
    }

    [Test, Order(10)]
    // Overfitting on purpose: 20 training rows, 15 features, noise σ = 1. The best iterate's validation loss is the
    // smallest recorded, every later loss is no smaller, the run ends `patience` steps after it, and the early-stopped
    // weights predict the validation set better than the fully fitted least-squares weights.
    public void Early_stopping_beats_the_overfitted_least_squares_fit([Range(1, 5)] int seed)
    {
        const int Patience = 10;
        var data = new TestData(seed);
        var weights = data.Vector(15, -1, 1);
        var train = data.Regression(20, weights, noiseStdDev: 1);
        var validation = data.Regression(200, weights, noiseStdDev: 1);

        var result = Regularization.EarlyStopping(train.Features, train.Targets, validation.Features, validation.Targets, 0.3, Patience);

        var best = result.ValidationLosses[result.BestIteration];
        result.ValidationLosses.Should().OnlyContain(loss => loss >= best);
        result.ValidationLosses.Should().HaveCount(result.BestIteration + Patience + 1);
        Regularization.RidgeObjective(validation.Features, validation.Targets, result.Weights, 0).Should().BeApproximately(best, Tolerance.Tight);
        var leastSquares = Oracle.LeastSquares(train.Features, train.Targets);
        best.Should().BeLessThan(Regularization.RidgeObjective(validation.Features, validation.Targets, leastSquares, 0));
    }

    [Test, Order(11)]
    // Bad input: a negative λ (a penalty that rewards large weights), shapes that do not match, empty data, null, a
    // patience below 1, and an iteration cap too small for ISTA to converge.
    public void Bad_input_is_rejected()
    {
        double[,] x = { { 1, 2 }, { 3, 4 }, { 5, 7 } };
        double[] y = [1, 2, 3];

        FluentActions.Invoking(() => Regularization.RidgeClosedForm(x, y, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Regularization.RidgeObjective(x, y, [0, 0], -0.5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Regularization.Lasso(x, y, -0.1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Regularization.ElasticNet(x, y, 0.1, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Regularization.SoftThreshold(1, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Regularization.RidgeClosedForm(x, [1, 2], 1)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Regularization.RidgeGradient(x, y, [1, 2, 3], 1)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Regularization.Lasso(new double[0, 0], [], 1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Regularization.Lasso(null!, y, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Regularization.RidgeGradient(x, y, null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Regularization.EarlyStopping(x, y, x, y, 0.1, patience: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Regularization.EarlyStopping(x, y, x, y, 0, patience: 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Regularization.EarlyStopping(x, y, Orthogonal, [1, 2, 3, 4], 0.1, patience: 3))
            .Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Regularization.Lasso(x, y, 0.01, maxIterations: 2))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(12)]
    // With X = 0 the loss ‖y‖²/(2n) does not depend on w, so the penalty alone decides: the lasso and the elastic net
    // return w = 0 exactly (the Lipschitz constant of the loss is 0 — a step 1/L = ∞ must not be taken).
    public void With_a_zero_design_the_penalty_alone_gives_zero_weights()
    {
        var zero = new double[3, 2];

        Regularization.Lasso(zero, [1, 2, 3], 0.1).Should().Equal(0, 0);
        Regularization.ElasticNet(zero, [1, 2, 3], 0.1, 0.5).Should().Equal(0, 0);
    }

    [Test, Order(13)]
    // The rest of the documented bad input: λ or a threshold that is not finite, a design with no columns, a singular
    // system at λ = 0 (two equal columns), null targets and validation data, bad settings, and early stopping with a
    // step far beyond 2/L: gradient descent then grows by a factor ≈ 350 per step and overflows — "diverged", even
    // though the patience would otherwise let it run on.
    public void Every_documented_bad_input_is_named()
    {
        double[,] x = { { 1, 2 }, { 3, 4 }, { 5, 7 } };
        double[] y = [1, 2, 3];

        foreach (var bad in new[] { double.PositiveInfinity, double.NaN })
        {
            FluentActions.Invoking(() => Regularization.RidgeClosedForm(x, y, bad)).Should().Throw<ArgumentOutOfRangeException>("λ = {0}", bad);
            FluentActions.Invoking(() => Regularization.RidgeGradient(x, y, [0, 0], bad)).Should().Throw<ArgumentOutOfRangeException>("λ = {0}", bad);
            FluentActions.Invoking(() => Regularization.Lasso(x, y, bad)).Should().Throw<ArgumentOutOfRangeException>("λ = {0}", bad);
            FluentActions.Invoking(() => Regularization.SoftThreshold(1, bad)).Should().Throw<ArgumentOutOfRangeException>("t = {0}", bad);
        }

        FluentActions.Invoking(() => Regularization.RidgeObjective(new double[3, 0], y, [], 1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Regularization.RidgeClosedForm(new double[,] { { 1, 1 }, { 1, 1 }, { 1, 1 } }, y, 0))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => Regularization.RidgeObjective(x, null!, [0, 0], 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Regularization.Lasso(x, y, 0.1, tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Regularization.ElasticNet(x, y, 0.1, 0.1, maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();

        FluentActions.Invoking(() => Regularization.EarlyStopping(x, y, null!, y, 0.1, patience: 3)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Regularization.EarlyStopping(x, y, x, null!, 0.1, patience: 3)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Regularization.EarlyStopping(x, y, x, [1, 2], 0.1, patience: 3)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Regularization.EarlyStopping(x, y, x, y, double.PositiveInfinity, patience: 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Regularization.EarlyStopping(x, y, x, y, 0.1, patience: 3, maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Regularization.EarlyStopping(x, y, x, y, 10, patience: 1000, maxIterations: 1000))
            .Should().Throw<InvalidOperationException>().WithMessage("*diverged*");
    }

    [Test, Order(14)]
    // ISTA on x = [[1]], y = [2], λ₁ = ½: L = 1, so step 1 gives S_½(0 + 2) = 1.5 and step 2 gives S_½(1.5 + 0.5) = 1.5
    // again, a change of 0: a cap of 2 steps is exactly enough (k ≤ maxIterations, not <). Early stopping with
    // validation features all 0: every iterate has the same validation loss, and only a STRICTLY smaller one counts,
    // so w₀ = 0 stays the best and the run stops after `patience` steps. Each function checks its own arguments.
    public void The_caps_are_inclusive_ties_keep_the_earliest_iterate_and_each_function_checks_its_arguments()
    {
        Regularization.ElasticNet(new double[,] { { 1 } }, [2], 0.5, 0, maxIterations: 2).Should().Equal(1.5);
        // A first change of exactly the tolerance (1.5) already stops: one step is then enough.
        Regularization.ElasticNet(new double[,] { { 1 } }, [2], 0.5, 0, tolerance: 1.5, maxIterations: 1).Should().Equal(1.5);

        double[,] x = { { 1, 2 }, { 3, 4 }, { 5, 7 } };
        double[] y = [1, 2, 3];
        var flat = Regularization.EarlyStopping(x, y, new double[3, 2], y, 0.01, patience: 4);
        flat.BestIteration.Should().Be(0);
        flat.Weights.Should().Equal(0.0, 0.0);
        flat.ValidationLosses.Should().HaveCount(5);

        FluentActions.Invoking(() => Regularization.RidgeObjective(x, y, [0, 0, 0], 1)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Regularization.RidgeGradient(null!, y, [0, 0], 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Regularization.ElasticNet(x, y, -1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("l1");
        FluentActions.Invoking(() => Regularization.EarlyStopping(null!, y, x, y, 0.1, patience: 3)).Should().Throw<ArgumentNullException>();
    }

    /// <summary>A seeded regression on the sparse true weights, features uniform on [−1, 1).</summary>
    private static (double[,] X, double[] Y) SeededRegression(TestData data, int samples, double noise)
    {
        var set = data.Regression(samples, Sparse, noiseStdDev: noise);
        return (set.Features, set.Targets);
    }

    /// <summary>
    /// The optimality conditions of L + λ₁‖w‖₁ + λ₂‖w‖²/2: with c = Xᵀ(y − Xw)/n − λ₂w, |cⱼ| ≤ λ₁ where wⱼ = 0 and
    /// cⱼ = λ₁·sign(wⱼ) elsewhere. c is −∇F of the smooth part, taken from the ridge gradient.
    /// </summary>
    private static void CheckSubgradientConditions(double[,] x, double[] y, double[] w, double l1, double l2, double tolerance)
    {
        var c = Regularization.RidgeGradient(x, y, w, l2).Select(g => -g).ToArray();
        for (var j = 0; j < w.Length; j++)
        {
            if (w[j] == 0)
            {
                Math.Abs(c[j]).Should().BeLessThanOrEqualTo(l1 + tolerance, "coordinate {0} is zero", j);
            }
            else
            {
                c[j].Should().BeApproximately(l1 * Math.Sign(w[j]), Tolerance.AbsoluteOnly(tolerance), "coordinate {0} is {1}", j, w[j]);
            }
        }
    }

    private static double[,] Scaled(double[,] x, double s)
    {
        var scaled = (double[,])x.Clone();
        for (var i = 0; i < x.GetLength(0); i++)
        {
            for (var j = 0; j < x.GetLength(1); j++)
            {
                scaled[i, j] *= s;
            }
        }

        return scaled;
    }

}
