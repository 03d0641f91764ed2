using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// Least squares with an intercept, three ways, and the numbers that describe a fit. Wrong implementations these
/// tests catch: forgetting the column of ones (the worked example's intercept is lost); solving the normal equations
/// inside FitQr (Longley: fewer than 10 correct digits); the unbiased RSS/(n − p − 1) instead of the MLE RSS/n
/// (1/6 instead of 1/18); an uncentred TSS = Σy² in R² (R² ≠ corr(y, ŷ)²); a gradient without the 1/n factor
/// (η = 0.5 then diverges); a gradient with the wrong sign (the loss grows); gradient descent that takes one step too
/// many (one step by hand); refusing the exactly determined n = p + 1 (two points); the RSS as Σy² − Σŷ², which equals
/// it only for a least-squares fit (predictions worse than the mean), and the one-pass TSS = Σy² − nȳ² (targets far
/// from 0); letting a zero column through (QR's zero pivot compared with &lt; instead of ≤, or a normal-equations solve
/// that does not catch the failed Cholesky); unchecked arguments: nulls, gradient descent's shapes and NaN or ∞ in x or
/// y, and messages that do not name the p + 1 coefficients or η's sign.
/// </summary>
public class LinearRegressionTests
{
    // The three points (0, 0), (1, 1), (2, 1): x̄ = 1, ȳ = 2/3, slope w = Σ(x − x̄)(y − ȳ)/Σ(x − x̄)² = (2/3 + 1/3)/2 = 1/2,
    // intercept b = ȳ − w·x̄ = 2/3 − 1/2 = 1/6.
    private static readonly double[,] ThreeX = { { 0 }, { 1 }, { 2 } };
    private static readonly double[] ThreeY = [0, 1, 1];

    [Test, Order(1)]
    // Normal equations [3 3; 3 5]·[b, w] = [2, 3] (DᵀD and Dᵀy with D = [1 x]): b = 1/6, w = 1/2.
    public void Normal_equations_fit_the_line_through_three_points_by_hand() =>
        LinearRegression.FitNormalEquations(ThreeX, ThreeY).Should().BeApproximately([1.0 / 6, 0.5], Tolerance.Tight);

    [Test, Order(2)]
    // The same line by QR of D = [1 x]: R·β = Qᵀy never forms DᵀD.
    public void Qr_fits_the_same_line_through_three_points() =>
        LinearRegression.FitQr(ThreeX, ThreeY).Should().BeApproximately([1.0 / 6, 0.5], Tolerance.Tight);

    [Test, Order(3)]
    // Both routes minimise ‖Dβ − y‖²: they agree with MathNet's least-squares solve on [1 X] (the oracle).
    public void Both_routes_agree_with_MathNet_least_squares([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var p = data.Random.NextInt(1, 5);
        var set = data.Regression(40, data.Vector(p, -3, 3), data.Random.Uniform(-2, 2), noiseStdDev: 0.3);
        var expected = Oracle.LeastSquares(TestData.WithInterceptColumn(set.Features), set.Targets);

        LinearRegression.FitNormalEquations(set.Features, set.Targets).Should().BeApproximately(expected, Tolerance.Default);
        LinearRegression.FitQr(set.Features, set.Targets).Should().BeApproximately(expected, Tolerance.Default);
    }

    [Test, Order(4)]
    // Predictions b + Σⱼ wⱼxᵢⱼ: with β = [1/6, 1/2] at x = 0, 1, 2 they are 1/6, 2/3, 7/6.
    public void Predict_evaluates_the_fitted_line() =>
        LinearRegression.Predict(ThreeX, [1.0 / 6, 0.5]).Should().BeApproximately([1.0 / 6, 2.0 / 3, 7.0 / 6], Tolerance.Tight);

    [Test, Order(5)]
    // Residuals of the three points: −1/6, 1/3, −1/6. RSS = 6/36 = 1/6, TSS = Σ(y − ȳ)² = 4/9 + 1/9 + 1/9 = 2/3,
    // R² = 1 − (1/6)/(2/3) = 3/4, and the MLE of the noise variance is RSS/n = 1/18 (RSS/(n − 2) = 1/6 is the
    // unbiased estimate, not the likelihood's maximum).
    public void R_squared_and_the_noise_variance_of_three_points_by_hand()
    {
        var predictions = LinearRegression.Predict(ThreeX, [1.0 / 6, 0.5]);

        LinearRegression.RSquared(ThreeY, predictions).Should().BeApproximately(0.75, Tolerance.Tight);
        LinearRegression.NoiseVariance(ThreeY, predictions).Should().BeApproximately(1.0 / 18, Tolerance.Tight);
    }

    [Test, Order(6)]
    // For a least-squares fit with an intercept, R² = corr(y, ŷ)² and R² = 1 − n·σ̂²/TSS; predicting ȳ everywhere
    // gives R² = 0 and predicting y exactly gives 1. An uncentred TSS = Σy² breaks the first identity.
    public void R_squared_is_the_squared_correlation_of_targets_and_predictions([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Regression(30, data.Vector(2, -2, 2), intercept: data.Random.Uniform(3, 6), noiseStdDev: 1);
        var y = set.Targets;
        var predictions = LinearRegression.Predict(set.Features, LinearRegression.FitQr(set.Features, y));
        var mean = y.Average();
        var tss = y.Sum(v => (v - mean) * (v - mean));

        var r2 = LinearRegression.RSquared(y, predictions);

        r2.Should().BeApproximately(Math.Pow(Correlation(y, predictions), 2), Tolerance.Default);
        r2.Should().BeApproximately(1 - (y.Length * LinearRegression.NoiseVariance(y, predictions) / tss), Tolerance.Default);
        LinearRegression.RSquared(y, [.. y.Select(_ => mean)]).Should().BeApproximately(0, Tolerance.Tight);
        LinearRegression.RSquared(y, y).Should().Be(1);
    }

    [Test, Order(7)]
    // y = 2 + x₁ − 3x₂ + ε with ε ~ N(0, 0.5²): σ̂² = RSS/n estimates σ² = 0.25. Its standard deviation is about
    // σ²·√(2/n) = 0.0025 for n = 20 000, so 5σ = 0.0125: a false failure has probability < 1e-6, and the seed is fixed.
    public void The_noise_variance_estimate_recovers_the_true_noise_variance()
    {
        var set = new TestData(7).Regression(20_000, [1, -3], intercept: 2, noiseStdDev: 0.5);
        var predictions = LinearRegression.Predict(set.Features, LinearRegression.FitQr(set.Features, set.Targets));

        LinearRegression.NoiseVariance(set.Targets, predictions).Should().BeApproximately(0.25, Tolerance.AbsoluteOnly(0.0125));
    }

    [Test, Order(8)]
    // Gradient descent on L = (1/2n)‖Dβ − y‖² from β = 0 with η = 0.5: the features are uniform on [−1, 1], so the
    // Hessian (1/n)DᵀD has eigenvalues near 1 and 1/3 and every step shrinks the error by at least 1 − η/3 ≈ 0.83;
    // 400 steps reach the QR solution to 1e-9. The trace holds L(β₀) = (1/2n)Σy² and one value per step, never rising.
    public void Gradient_descent_reaches_the_least_squares_solution_with_a_falling_loss([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Regression(50, data.Vector(3, -2, 2), intercept: data.Random.Uniform(-1, 1), noiseStdDev: 0.2);
        var trace = new List<double>();

        var beta = LinearRegression.FitGradientDescent(set.Features, set.Targets, 0.5, 400, trace);

        beta.Should().BeApproximately(LinearRegression.FitQr(set.Features, set.Targets), Tolerance.Default);
        trace.Should().HaveCount(401);
        trace[0].Should().BeApproximately(set.Targets.Sum(v => v * v) / (2 * 50), Tolerance.Tight);
        for (var k = 1; k < trace.Count; k++)
        {
            // Relative slack 1e-12: at the minimum, rounding alone moves the loss by a few units in the last place.
            trace[k].Should().BeLessThanOrEqualTo(trace[k - 1] * (1 + 1e-12), "step {0} must not raise the loss", k);
        }
    }

    [Test, Order(9)]
    // Anscombe's quartet: four sets of 11 points with the same least-squares line ŷ ≈ 3.00 + 0.500x and R² ≈ 0.67 to
    // two decimals — and yet set I is a noisy line, II a parabola, III a line with one outlier, IV a vertical stack with
    // one far point. The residuals tell them apart: III's outlier is off by more than 3, I's worst residual by less than 2.
    public void Anscombes_four_sets_share_one_line_but_not_their_residuals()
    {
        var worst = new Dictionary<string, double>();
        foreach (var set in DataSets.AnscombeQuartet())
        {
            var x = Column(set.X);
            var beta = LinearRegression.FitQr(x, set.Y);
            var predictions = LinearRegression.Predict(x, beta);

            beta[0].Should().BeApproximately(3.00, Tolerance.AbsoluteOnly(0.005), "set {0}'s intercept", set.Name);
            beta[1].Should().BeApproximately(0.500, Tolerance.AbsoluteOnly(0.0005), "set {0}'s slope", set.Name);
            LinearRegression.RSquared(set.Y, predictions).Should().BeApproximately(0.666, Tolerance.AbsoluteOnly(0.001), "set {0}'s R²", set.Name);
            worst[set.Name] = set.Y.Zip(predictions, (t, p) => Math.Abs(t - p)).Max();
        }

        worst.Should().HaveCount(4);
        worst["I"].Should().BeLessThan(2);
        worst["III"].Should().BeGreaterThan(3);
    }

    [Test, Order(10)]
    // NIST's Longley data (6 predictors of magnitude up to 10⁵, nearly collinear: κ(D) ≈ 10⁹): the certified coefficients
    // are known to 15 digits. QR keeps at least 10 of them; the normal equations square the condition number (κ(DᵀD) = κ(D)²)
    // and keep at least 7, but at least 2 fewer than QR on the worst coefficient (measured: about 11.2 against 8.4).
    public void On_Longley_QR_keeps_more_certified_digits_than_the_normal_equations()
    {
        var longley = CertifiedData.Regression("Longley");

        var qr = Digits(LinearRegression.FitQr(longley.Predictors, longley.Response), longley.Coefficients);
        var normal = Digits(LinearRegression.FitNormalEquations(longley.Predictors, longley.Response), longley.Coefficients);

        qr.Should().BeGreaterThanOrEqualTo(10);
        normal.Should().BeGreaterThanOrEqualTo(7);
        (qr - normal).Should().BeGreaterThanOrEqualTo(2);
        var predictions = LinearRegression.Predict(longley.Predictors, LinearRegression.FitQr(longley.Predictors, longley.Response));
        CertifiedData.LogRelativeError(LinearRegression.RSquared(longley.Response, predictions), longley.RSquared).Should().BeGreaterThanOrEqualTo(10);
    }

    [Test, Order(11)]
    // Units must not matter: y in units 10¹² times larger scales β by 10¹²; x in units 10¹² times smaller scales w by 10¹²
    // and leaves b alone. A tolerance or threshold that is absolute instead of relative breaks here.
    public void Rescaling_inputs_and_targets_rescales_the_coefficients([Values(1e12, 1e-12)] double scale)
    {
        var set = new TestData(3).Regression(25, [1.5, -0.5], intercept: 2, noiseStdDev: 0.1);
        var beta = LinearRegression.FitQr(set.Features, set.Targets);
        var scaledX = (double[,])set.Features.Clone();
        for (var i = 0; i < 25; i++)
        {
            scaledX[i, 0] /= scale;
            scaledX[i, 1] /= scale;
        }

        LinearRegression.FitQr(set.Features, [.. set.Targets.Select(v => v * scale)]).Should().BeApproximately([.. beta.Select(b => b * scale)], Tolerance.Default);
        LinearRegression.FitQr(scaledX, set.Targets).Should().BeApproximately([beta[0], beta[1] * scale, beta[2] * scale], Tolerance.Default);
    }

    [Test, Order(12)]
    // A column that is twice another makes the least-squares solution non-unique: QR sees a zero on R's diagonal.
    public void Dependent_columns_are_reported_as_rank_deficient()
    {
        var x = new double[,] { { 1, 2 }, { 2, 4 }, { 3, 6 }, { 4, 8 } };

        FluentActions.Invoking(() => LinearRegression.FitQr(x, [1, 2, 2, 5])).Should().Throw<ArgumentException>().WithMessage("*rank*");
    }

    [Test, Order(13)]
    // Shapes, emptiness, too few samples for the coefficients, non-finite data, and R² of constant targets.
    public void Bad_inputs_are_rejected_with_a_message_naming_the_problem()
    {
        FluentActions.Invoking(() => LinearRegression.FitQr(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LinearRegression.FitQr(new double[0, 1], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LinearRegression.FitNormalEquations(ThreeX, [1, 2])).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => LinearRegression.FitQr(new double[,] { { 1, 2 }, { 3, 4 } }, [1, 2])).Should().Throw<ArgumentException>().WithMessage("*fewer*");
        FluentActions.Invoking(() => LinearRegression.FitQr(ThreeX, [0, double.NaN, 1])).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => LinearRegression.FitGradientDescent(ThreeX, ThreeY, 0, 10)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LinearRegression.FitGradientDescent(ThreeX, ThreeY, 0.1, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LinearRegression.Predict(ThreeX, [1])).Should().Throw<ArgumentException>().WithMessage("*coefficients*");
        FluentActions.Invoking(() => LinearRegression.RSquared([2, 2, 2], [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*constant*");
        FluentActions.Invoking(() => LinearRegression.NoiseVariance([1, 2], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => LinearRegression.NoiseVariance([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Test, Order(14)]
    // One step from β = 0 with η = 0.5 on the three points: ∇L(0) = (1/n)·Dᵀ(0 − y) = −(1/3)·[Σy, Σxy] = [−2/3, −1], so
    // β₁ = −η·∇L(0) = [1/3, 1/2]. The trace: L(0) = Σy²/(2n) = 1/3; at β₁ the residuals are 1/3, −1/6, 1/3, so
    // L(β₁) = (1/9 + 1/36 + 1/9)/6 = 1/24.
    public void One_gradient_step_from_zero_by_hand()
    {
        var trace = new List<double>();

        LinearRegression.FitGradientDescent(ThreeX, ThreeY, 0.5, 1, trace).Should().BeApproximately([1.0 / 3, 0.5], Tolerance.Tight);
        trace.Should().BeApproximately([1.0 / 3, 1.0 / 24], Tolerance.Tight);
    }

    [Test, Order(15)]
    // n = p + 1 samples are enough: two points determine the line through them, (0, 1) and (1, 3) give b = 1, w = 2,
    // with zero residuals. Gradient descent gets there too: (1/n)DᵀD has eigenvalues ≈ 1.31 and 0.19, so η = 0.5
    // shrinks the error by ≈ 0.90 per step, and 400 steps leave about 10⁻¹⁸ of it.
    public void Two_points_are_enough_for_a_line_and_it_passes_through_both()
    {
        var x = new double[,] { { 0 }, { 1 } };

        LinearRegression.FitNormalEquations(x, [1, 3]).Should().BeApproximately([1, 2], Tolerance.Tight);
        LinearRegression.FitQr(x, [1, 3]).Should().BeApproximately([1, 2], Tolerance.Tight);
        LinearRegression.FitGradientDescent(x, [1, 3], 0.5, 400).Should().BeApproximately([1, 2], Tolerance.Default);
    }

    [Test, Order(16)]
    // Predictions worse than the mean: y = (0, 1, 1), ŷ = (1, 0, 0) has RSS = 1 + 1 + 1 = 3 against TSS = 2/3, so
    // R² = 1 − 3/(2/3) = −7/2 and σ̂² = 3/3 = 1. (Σy² − Σŷ² = 1 would equal the RSS only for a least-squares fit.)
    public void R_squared_is_negative_for_predictions_worse_than_the_mean()
    {
        LinearRegression.RSquared(ThreeY, [1, 0, 0]).Should().BeApproximately(-3.5, Tolerance.Tight);
        LinearRegression.NoiseVariance(ThreeY, [1, 0, 0]).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(17)]
    // R² does not depend on the origin of y: the three points' targets and predictions moved by 10⁶ keep R² = 3/4.
    // TSS = Σ(yᵢ − ȳ)² subtracts first; the one-pass Σy² − nȳ² cancels 3·10¹² down to 2/3 and keeps no digits.
    public void R_squared_does_not_depend_on_the_origin_of_the_targets()
    {
        double[] y = [.. ThreeY.Select(v => v + 1e6)];
        double[] predictions = [1e6 + (1.0 / 6), 1e6 + (2.0 / 3), 1e6 + (7.0 / 6)];

        LinearRegression.RSquared(y, predictions).Should().BeApproximately(0.75, Tolerance.Default);
    }

    [Test, Order(18)]
    // A feature that is 0 in every sample: its column of D is 0, so DᵀD has a zero row (Cholesky meets a zero pivot) and
    // R a zero diagonal entry, |R₂₂| = 0 ≤ 10⁻¹²·0. Both routes must say "rank" and name x, not return NaN or ∞.
    public void A_feature_that_is_always_zero_is_rank_deficient_for_both_routes()
    {
        var x = new double[,] { { 1, 0 }, { 2, 0 }, { 4, 0 } };

        FluentActions.Invoking(() => LinearRegression.FitNormalEquations(x, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*rank*").WithParameterName("x");
        FluentActions.Invoking(() => LinearRegression.FitQr(x, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*rank*").WithParameterName("x");
    }

    [Test, Order(19)]
    // The rest of the documented bad input: each null argument by name; gradient descent's own shape and finiteness
    // checks (no solve runs after them to fail instead), NaN in y or ∞ in x; η's sign named in its message; and the
    // counts: 2 samples cannot fit p + 1 = 3 coefficients, and a 2-feature x needs 3 coefficients, not 1.
    public void Every_documented_bad_input_is_named()
    {
        FluentActions.Invoking(() => LinearRegression.FitQr(ThreeX, null!)).Should().Throw<ArgumentNullException>().WithParameterName("y");
        FluentActions.Invoking(() => LinearRegression.FitGradientDescent(null!, ThreeY, 0.1, 10)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => LinearRegression.FitGradientDescent(ThreeX, [1, 2], 0.1, 10)).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => LinearRegression.FitGradientDescent(ThreeX, [0, double.NaN, 1], 0.1, 10)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => LinearRegression.FitGradientDescent(new double[,] { { 0 }, { double.PositiveInfinity }, { 2 } }, ThreeY, 0.1, 10))
            .Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => LinearRegression.FitGradientDescent(ThreeX, ThreeY, -0.1, 10))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("learningRate").WithMessage("*positive*");
        FluentActions.Invoking(() => LinearRegression.FitQr(new double[,] { { 1, 2 }, { 3, 4 } }, [1, 2])).Should().Throw<ArgumentException>().WithMessage("*fewer*3*");
        FluentActions.Invoking(() => LinearRegression.Predict(null!, [1, 2])).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => LinearRegression.Predict(ThreeX, null!)).Should().Throw<ArgumentNullException>().WithParameterName("coefficients");
        FluentActions.Invoking(() => LinearRegression.Predict(new double[,] { { 1, 2 } }, [1]))
            .Should().Throw<ArgumentException>().WithParameterName("coefficients").WithMessage("*3*");
        FluentActions.Invoking(() => LinearRegression.RSquared(null!, [1])).Should().Throw<ArgumentNullException>().WithParameterName("y");
        FluentActions.Invoking(() => LinearRegression.RSquared([1, 2], null!)).Should().Throw<ArgumentNullException>().WithParameterName("predictions");
        FluentActions.Invoking(() => LinearRegression.NoiseVariance(null!, [1])).Should().Throw<ArgumentNullException>().WithParameterName("y");
        FluentActions.Invoking(() => LinearRegression.NoiseVariance([1], null!)).Should().Throw<ArgumentNullException>().WithParameterName("predictions");
    }

    private static double[,] Column(double[] x)
    {
        var column = new double[x.Length, 1];
        for (var i = 0; i < x.Length; i++)
        {
            column[i, 0] = x[i];
        }

        return column;
    }

    private static double Digits(double[] actual, double[] certified) =>
        actual.Select((b, i) => CertifiedData.LogRelativeError(b, certified[i])).Min();

    private static double Correlation(double[] a, double[] b)
    {
        var (ma, mb) = (a.Average(), b.Average());
        var cov = a.Zip(b, (u, v) => (u - ma) * (v - mb)).Sum();
        return cov / Math.Sqrt(a.Sum(u => (u - ma) * (u - ma)) * b.Sum(v => (v - mb) * (v - mb)));
    }
}
