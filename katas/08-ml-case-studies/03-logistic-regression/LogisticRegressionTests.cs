using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// Logistic regression from the sigmoid to held-out accuracy on iris. Wrong implementations these tests catch: the
/// naive loss −log σ(z), infinite once σ(z) rounds to 0 or 1 (z = −800 or z = 40); the gradient with the sign flipped,
/// (y − p) instead of (p − y), or without the 1/n of the mean loss (the gradient check); a "Newton" step that ignores the
/// Hessian (it needs far more than 10 steps); a prediction threshold at p > ½ instead of ≥ ½ (the tie at z = 0); a stopping
/// test ‖s‖ &lt; tol instead of ≤, relative to min(1, ‖β‖) or divided by max(1, ‖β‖) instead of multiplied, or with the
/// largest |sᵢ| instead of the Euclidean length (the first Newton step by hand); a Newton loop that runs past
/// maxIterations or forgets the starting loss in its trace; settings on the boundary (η = 0, no steps, tolerance 0)
/// accepted; a non-finite check that looks only at the first value; null arguments dereferenced instead of named.
/// </summary>
public class LogisticRegressionTests
{
    [Test, Order(1)]
    // σ(0) = ½; σ(ln 3) = 1/(1 + 1/3) = ¾; σ(−ln 3) = ¼ = 1 − σ(ln 3). At z = ±800 e^(∓z) overflows, yet σ stays in [0, 1].
    public void The_sigmoid_by_hand_and_at_huge_scores()
    {
        LogisticRegression.Sigmoid(0).Should().Be(0.5);
        LogisticRegression.Sigmoid(Math.Log(3)).Should().BeApproximately(0.75, Tolerance.Tight);
        LogisticRegression.Sigmoid(-Math.Log(3)).Should().BeApproximately(0.25, Tolerance.Tight);
        LogisticRegression.Sigmoid(800).Should().Be(1);
        LogisticRegression.Sigmoid(-800).Should().Be(0);
        LogisticRegression.Sigmoid(-700).Should().BeApproximately(Math.Exp(-700), Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(2)]
    // σ(−z) = 1 − σ(z) and σ′ = σ(1 − σ) (checked by central differences) on seeded scores.
    public void The_sigmoid_is_symmetric_and_its_slope_is_sigma_times_one_minus_sigma([Range(1, 5)] int seed)
    {
        var z = new TestData(seed).Random.Uniform(-6, 6);
        var s = LogisticRegression.Sigmoid(z);

        LogisticRegression.Sigmoid(-z).Should().BeApproximately(1 - s, Tolerance.Tight);
        GradientCheck.NumericalDerivative(LogisticRegression.Sigmoid, z).Should().BeApproximately(s * (1 - s), Tolerance.Loose);
    }

    [Test, Order(3)]
    // β = 0 predicts p = ½ for everyone, so each sample costs −log ½ = ln 2. One sample (x = 0, y = 1) with b = ln 3:
    // p = ¾ and the loss is −ln ¾ = ln(4/3); with y = 0 it is −ln ¼ = ln 4.
    public void The_log_loss_by_hand()
    {
        var x = new double[,] { { 1.5 }, { -2 }, { 0.3 } };
        LogisticRegression.LogLoss(x, [1, 0, 1], [0, 0]).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        LogisticRegression.LogLoss(new double[,] { { 0 } }, [1], [Math.Log(3), 5]).Should().BeApproximately(Math.Log(4.0 / 3), Tolerance.Tight);
        LogisticRegression.LogLoss(new double[,] { { 0 } }, [0], [Math.Log(3), 5]).Should().BeApproximately(Math.Log(4), Tolerance.Tight);
    }

    [Test, Order(4)]
    // A confident mistake: y = 1 at z = −800 costs −log σ(−800) = 800 + log(1 + e⁻⁸⁰⁰) = 800, and y = 0 at z = 40 costs
    // −log(1 − σ(40)) = 40 + log(1 + e⁻⁴⁰) ≈ 40. The naive formula takes log(0) = −∞ in both (σ(40) rounds to exactly 1).
    public void The_log_loss_stays_finite_for_confident_mistakes()
    {
        LogisticRegression.LogLoss(new double[,] { { 1 } }, [1], [0, -800]).Should().BeApproximately(800, Tolerance.Tight);
        LogisticRegression.LogLoss(new double[,] { { 1 } }, [0], [0, 40]).Should().BeApproximately(40, Tolerance.Tight);
        LogisticRegression.LogLoss(new double[,] { { 1 } }, [1], [0, 40]).Should().BeApproximately(Math.Exp(-40), Tolerance.RelativeOnly(1e-9));
    }

    [Test, Order(5)]
    // At β = 0 every p = ½, so ∇L = (1/n)·Σ(½ − yᵢ)[1, xᵢ]: for x = (1.5, −2, 0.3), y = (1, 0, 1) that is
    // ((−½ + ½ − ½)/3, (−0.75 − 1 − 0.15)/3) = (−1/6, −0.6333…).
    public void The_gradient_at_zero_by_hand() =>
        LogisticRegression.Gradient(new double[,] { { 1.5 }, { -2 }, { 0.3 } }, [1, 0, 1], [0, 0])
            .Should().BeApproximately([-1.0 / 6, -1.9 / 3], Tolerance.Tight);

    [Test, Order(6)]
    // The analytic gradient (1/n)·Dᵀ(p − y) agrees with central differences of LogLoss at seeded β.
    public void The_gradient_agrees_with_central_differences([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Classification(15, 2, 3, separation: 1.5);
        var beta = data.Vector(4, -1, 1);

        GradientCheck.Compare(b => LogisticRegression.LogLoss(set.Features, set.Labels, b), b => LogisticRegression.Gradient(set.Features, set.Labels, b), beta)
            .Should().Agree();
    }

    [Test, Order(7)]
    // The loss is convex and its curvature is at most L = ¼·λmax((1/n)DᵀD) (p(1 − p) ≤ ¼), so the step η = 1/L makes every
    // step go downhill: the trace (L at β = 0, then after each step) never rises, and starts at ln 2.
    public void Gradient_descent_with_step_one_over_the_curvature_bound_lowers_the_loss_at_every_step([Range(1, 3)] int seed)
    {
        var set = new TestData(seed).Classification(30, 2, 2, separation: 2);
        var trace = new List<double>();

        LogisticRegression.FitGradientDescent(set.Features, set.Labels, 1 / CurvatureBound(set.Features), 200, trace);

        trace.Should().HaveCount(201);
        trace[0].Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        for (var k = 1; k < trace.Count; k++)
        {
            trace[k].Should().BeLessThanOrEqualTo(trace[k - 1] * (1 + 1e-12), "step {0} must not raise the loss", k);
        }
    }

    [Test, Order(8)]
    // Newton's method converges quadratically near the minimum: at most 10 steps to a point where ∇L vanishes (< 1e-9).
    // Gradient descent (η = 1/L, 3000 steps) converges only linearly, but its loss gets within 1e-6 of Newton's, never below.
    public void Newton_reaches_the_minimum_in_a_few_steps_and_gradient_descent_approaches_it([Range(1, 3)] int seed)
    {
        var set = new TestData(seed).Classification(40, 2, 2, separation: 1);
        var trace = new List<double>();

        var newton = LogisticRegression.FitNewton(set.Features, set.Labels, lossTrace: trace);
        var descent = LogisticRegression.FitGradientDescent(set.Features, set.Labels, 1 / CurvatureBound(set.Features), 3000);

        trace.Count.Should().BeLessThanOrEqualTo(11);
        LogisticRegression.Gradient(set.Features, set.Labels, newton).Select(Math.Abs).Max().Should().BeLessThan(1e-9);
        var gap = LogisticRegression.LogLoss(set.Features, set.Labels, descent) - LogisticRegression.LogLoss(set.Features, set.Labels, newton);
        gap.Should().BeInRange(-1e-12, 1e-6);
    }

    [Test, Order(9)]
    // Predicted labels: 1 exactly when z = b + x·w ≥ 0 (p ≥ ½), so the tie at z = 0 goes to class 1.
    public void Predict_thresholds_the_score_at_zero()
    {
        var x = new double[,] { { -1 }, { 0 }, { 2 } };

        LogisticRegression.Predict(x, [0, 1]).Should().Equal(0, 1, 1);
        LogisticRegression.PredictProbability(x, [0, 1]).Should().BeApproximately([1 / (1 + Math.E), 0.5, 1 / (1 + Math.Exp(-2))], Tolerance.Tight);
    }

    [Test, Order(10)]
    // Fisher's iris, versicolor (0) against virginica (1), by petal length and width: the two species overlap a little, so
    // the minimum is finite (with all four measurements a training subset can be separable). A fixed shuffle (seed 15) trains on 70 flowers and tests on the other 30. The majority class of
    // the test set is at most 60 % of it; Newton's β̂ must classify at least 90 %, 30 points above the baseline.
    public void On_iris_versicolor_against_virginica_held_out_accuracy_beats_the_majority_class()
    {
        var (trainX, trainY, testX, testY) = IrisSplit();

        var beta = LogisticRegression.FitNewton(trainX, trainY);
        var predictions = LogisticRegression.Predict(testX, beta);

        var accuracy = predictions.Zip(testY, (p, t) => p == t ? 1.0 : 0).Average();
        var baseline = Math.Max(testY.Average(), 1 - testY.Average());
        baseline.Should().BeLessThanOrEqualTo(0.6);
        accuracy.Should().BeGreaterThanOrEqualTo(0.9);
        accuracy.Should().BeGreaterThanOrEqualTo(baseline + 0.3);
    }

    [Test, Order(11)]
    // Two classes a line separates perfectly have no finite minimiser: L keeps falling as ‖w‖ → ∞, and Newton's steps never
    // shrink (or its Hessian, weighted by p(1 − p) → 0, turns singular). That must be reported, not returned.
    public void Separable_classes_make_Newton_report_no_convergence()
    {
        var x = new double[,] { { -2 }, { -1 }, { 1 }, { 2 } };

        FluentActions.Invoking(() => LogisticRegression.FitNewton(x, [0, 0, 1, 1])).Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(12)]
    // Labels other than 0/1, shapes that do not fit, empty data, NaN inputs, bad settings.
    public void Bad_inputs_are_rejected_with_a_message_naming_the_problem()
    {
        var x = new double[,] { { 1 }, { 2 } };
        FluentActions.Invoking(() => LogisticRegression.LogLoss(x, [0, 2], [0, 0])).Should().Throw<ArgumentException>().WithMessage("*label*");
        FluentActions.Invoking(() => LogisticRegression.LogLoss(x, [0, 1], [0])).Should().Throw<ArgumentException>().WithMessage("*coefficients*");
        FluentActions.Invoking(() => LogisticRegression.Gradient(x, [0], [0, 0])).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => LogisticRegression.Gradient(new double[0, 1], [], [0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LogisticRegression.LogLoss(new double[,] { { double.NaN } }, [1], [0, 0])).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => LogisticRegression.Predict(null!, [0, 0])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LogisticRegression.FitGradientDescent(x, [0, 1], -1, 10)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LogisticRegression.FitNewton(x, [0, 1], maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(13)]
    // A null argument is named, in every entry point (not a NullReferenceException from inside).
    public void Null_arguments_are_rejected_naming_the_parameter()
    {
        var x = new double[,] { { 1 }, { 2 } };
        FluentActions.Invoking(() => LogisticRegression.LogLoss(null!, [0, 1], [0, 0])).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => LogisticRegression.Gradient(x, null!, [0, 0])).Should().Throw<ArgumentNullException>().WithParameterName("y");
        FluentActions.Invoking(() => LogisticRegression.PredictProbability(x, null!)).Should().Throw<ArgumentNullException>().WithParameterName("coefficients");
        FluentActions.Invoking(() => LogisticRegression.FitGradientDescent(null!, [0, 1], 0.1, 1)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => LogisticRegression.FitNewton(null!, [0, 1])).Should().Throw<ArgumentNullException>().WithParameterName("x");
    }

    [Test, Order(14)]
    // Settings just outside their range: η = 0 (not positive), zero steps, tolerance 0. A NaN after finite values, a β
    // whose length is not p + 1 = 3 (the message says how many were expected), and bad data given to the trainers.
    public void Settings_on_the_boundary_and_bad_data_are_rejected()
    {
        var x = new double[,] { { 1 }, { 2 } };
        FluentActions.Invoking(() => LogisticRegression.FitGradientDescent(x, [0, 1], 0, 10)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*").WithParameterName("learningRate");
        FluentActions.Invoking(() => LogisticRegression.FitGradientDescent(x, [0, 1], 0.1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("iterations");
        FluentActions.Invoking(() => LogisticRegression.FitNewton(x, [0, 1], tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*").WithParameterName("tolerance");
        FluentActions.Invoking(() => LogisticRegression.LogLoss(new double[,] { { 1 }, { double.NaN } }, [0, 1], [0, 0])).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => LogisticRegression.Predict(new double[,] { { 1, 2 } }, [0])).Should().Throw<ArgumentException>().WithMessage("*3*coefficients*");
        FluentActions.Invoking(() => LogisticRegression.FitGradientDescent(x, [0, 2], 0.1, 1)).Should().Throw<ArgumentException>().WithMessage("*label*");
        FluentActions.Invoking(() => LogisticRegression.FitNewton(new double[0, 1], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LogisticRegression.FitNewton(x, [0, 1, 1])).Should().Throw<ArgumentException>().WithMessage("*rows*");
    }

    [Test, Order(15)]
    // From β = 0 every p = ½, so H = ¼·(1/n)DᵀD and ∇L = (1/n)Dᵀ(½ − y): the first Newton step s = 4·(DᵀD)⁻¹Dᵀ(y − ½) is
    // four times the least-squares line through the group means of y − ½. As β₁ = s, its relative size is
    // ‖s‖/max(1, ‖s‖). (a) Means 0 at x = 0 and ½ at x = 1: s = (0, 2), relative size 2/2 = 1, so a tolerance of 1 is met
    // exactly. (b) Means −¼ at x = −4 and ½ at x = 4: s = (⅛, 3/32)·4 = (½, ⅜) with ‖s‖ = 5/8 (Euclidean; the largest
    // entry is only ½): a tolerance of 5/8 is met exactly, 0.6 is not, and one step allowed means "did not converge".
    public void The_first_Newton_step_by_hand_and_a_tolerance_met_exactly()
    {
        var a = new double[,] { { 0 }, { 0 }, { 1 }, { 1 } };
        LogisticRegression.FitNewton(a, [0, 1, 1, 1], maxIterations: 1, tolerance: 1).Should().BeApproximately([0, 2], Tolerance.Tight);

        var b = new double[,] { { -4 }, { -4 }, { -4 }, { -4 }, { 4 }, { 4 }, { 4 }, { 4 } };
        int[] yb = [0, 0, 0, 1, 1, 1, 1, 1];
        LogisticRegression.FitNewton(b, yb, maxIterations: 1, tolerance: 0.625).Should().BeApproximately([0.5, 0.375], Tolerance.Tight);
        FluentActions.Invoking(() => LogisticRegression.FitNewton(b, yb, maxIterations: 1, tolerance: 0.6)).Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(16)]
    // The trace holds L(0) = ln 2 and then L after each of the N steps Newton needed, ending at L(β̂). maxIterations is a
    // hard cap: with N allowed the same β̂ comes back, with N − 1 it must report no convergence.
    public void Newton_records_every_step_and_never_takes_more_than_max_iterations([Range(1, 3)] int seed)
    {
        var set = new TestData(seed).Classification(40, 2, 2, separation: 1);
        var trace = new List<double>();

        var beta = LogisticRegression.FitNewton(set.Features, set.Labels, lossTrace: trace);
        var steps = trace.Count - 1;

        steps.Should().BeGreaterThanOrEqualTo(2);
        trace[0].Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        trace[^1].Should().BeApproximately(LogisticRegression.LogLoss(set.Features, set.Labels, beta), Tolerance.Tight);
        LogisticRegression.FitNewton(set.Features, set.Labels, maxIterations: steps).Should().BeApproximately(beta, Tolerance.Tight);
        FluentActions.Invoking(() => LogisticRegression.FitNewton(set.Features, set.Labels, maxIterations: steps - 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    // Versicolor (label 0 here) against virginica (1) on the two petal measurements: 70 flowers train, 30 test.
    private static (double[,] TrainX, int[] TrainY, double[,] TestX, int[] TestY) IrisSplit()
    {
        var iris = DataSets.Iris();
        var flowers = iris.Rows([.. Enumerable.Range(0, iris.Count).Where(i => iris.Labels[i] > 0)]);
        var (train, test) = flowers.Split(70, seed: 15);
        return (Petals(train), [.. train.Labels.Select(l => l - 1)], Petals(test), [.. test.Labels.Select(l => l - 1)]);

        // Columns 2 and 3: petal length and petal width.
        static double[,] Petals(LabelledData part) => Oracle.ToMatrix(part.Features).SubMatrix(0, part.Count, 2, 2).ToArray();
    }

    /// <summary>¼·λmax((1/n)DᵀD), D = [1 X]: a bound on the curvature of the mean log-loss.</summary>
    private static double CurvatureBound(double[,] x)
    {
        var (n, p) = (x.GetLength(0), x.GetLength(1));
        var gram = new double[p + 1, p + 1];
        for (var i = 0; i < n; i++)
        {
            for (var a = 0; a <= p; a++)
            {
                for (var b = 0; b <= p; b++)
                {
                    gram[a, b] += (a == 0 ? 1 : x[i, a - 1]) * (b == 0 ? 1 : x[i, b - 1]) / n;
                }
            }
        }

        return Oracle.SymmetricEigenvalues(gram).Max() / 4;
    }
}
