using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// Ridge regression's closed form and its path. Wrong implementations these tests catch: penalising the intercept too
/// (adding λI to the whole of DᵀD with D = [1 X]: the worked example's b moves off ȳ = 1); the penalty scaled by n or
/// by ½ (w = 4/(2 + λ) changes); forgetting to centre X (w then depends on where x's origin is); squaring the intercept
/// into ‖w‖; an overflowing norm √(Σw²) at 10²⁰⁰; a norm scaled by the smallest |wⱼ| (a zero weight makes it 0) or
/// without the case ‖0‖ = 0 (0/0); a singularity threshold that is absolute instead of relative to the diagonal (x in
/// units 10⁶ times larger); unchecked arguments: null targets, penalties or coefficients, ∞ in x, and a range message
/// that does not say "negative".
/// </summary>
public class RidgeRegressionTests
{
    // x = (−1, 0, 1), y = (−1, 1, 3): x̄ = 0, ȳ = 1, Σx·(y − ȳ) = 2 + 0 + 2 = 4, Σx² = 2. So w = 4/(2 + λ), b = ȳ − x̄·w = 1.
    private static readonly double[,] ThreeX = { { -1 }, { 0 }, { 1 } };
    private static readonly double[] ThreeY = [-1, 1, 3];

    [Test, Order(1)]
    // λ = 2: w = 4/4 = 1 and b = 1; λ = 0: the least-squares line w = 2, b = 1; λ = 6: w = 1/2. b never moves.
    public void Ridge_shrinks_the_slope_of_three_points_by_hand()
    {
        RidgeRegression.Fit(ThreeX, ThreeY, 2).Should().BeApproximately([1, 1], Tolerance.Tight);
        RidgeRegression.Fit(ThreeX, ThreeY, 0).Should().BeApproximately([1, 2], Tolerance.Tight);
        RidgeRegression.Fit(ThreeX, ThreeY, 6).Should().BeApproximately([1, 0.5], Tolerance.Tight);
    }

    [Test, Order(2)]
    // λ = 0 is ordinary least squares on [1 X] (MathNet's QR solve is the oracle).
    public void Zero_penalty_is_ordinary_least_squares([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Regression(30, data.Vector(3, -2, 2), data.Random.Uniform(-3, 3), noiseStdDev: 0.5);

        RidgeRegression.Fit(set.Features, set.Targets, 0).Should().BeApproximately(Oracle.LeastSquares(TestData.WithInterceptColumn(set.Features), set.Targets), Tolerance.Default);
    }

    [Test, Order(3)]
    // Ridge on centred data is least squares on the stacked system [Xc; √λ·I]·w ≈ [yc; 0]: the extra p rows add λ‖w‖²
    // to the residual sum of squares. MathNet's least-squares solve of that system is the oracle for w.
    public void Ridge_is_least_squares_on_the_data_stacked_over_root_lambda_times_identity([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var p = data.Random.NextInt(1, 5);
        var set = data.Regression(25, data.Vector(p, -2, 2), data.Random.Uniform(-3, 3), noiseStdDev: 0.5);
        var lambda = Math.Pow(10, data.Random.Uniform(-2, 2));
        var (n, means, yMean) = (25, Means(set.Features), set.Targets.Average());
        var stacked = new double[n + p, p];
        var right = new double[n + p];
        for (var i = 0; i < n; i++)
        {
            right[i] = set.Targets[i] - yMean;
            for (var j = 0; j < p; j++)
            {
                stacked[i, j] = set.Features[i, j] - means[j];
            }
        }

        for (var j = 0; j < p; j++)
        {
            stacked[n + j, j] = Math.Sqrt(lambda);
        }

        var w = Oracle.LeastSquares(stacked, right);
        var beta = RidgeRegression.Fit(set.Features, set.Targets, lambda);

        beta.Skip(1).ToArray().Should().BeApproximately(w, Tolerance.Default);
        beta[0].Should().BeApproximately(yMean - means.Zip(w, (m, v) => m * v).Sum(), Tolerance.Default);
    }

    [Test, Order(4)]
    // ‖w‖ = √(w₁² + … + wₚ²), the intercept left out: ‖[7, 3, 4]‖ = 5. Scaling first keeps ‖[0, 1e200, 1e200]‖ = √2·1e200
    // finite, where squaring 1e200 would overflow to ∞.
    public void The_weight_norm_leaves_out_the_intercept_and_does_not_overflow()
    {
        RidgeRegression.WeightNorm([7, 3, 4]).Should().BeApproximately(5, Tolerance.Tight);
        RidgeRegression.WeightNorm([7]).Should().Be(0);
        RidgeRegression.WeightNorm([0, 1e200, 1e200]).Should().BeApproximately(Math.Sqrt(2) * 1e200, Tolerance.Tight);
    }

    [Test, Order(5)]
    // The path's guarantee: ‖w(λ)‖ never grows as λ grows (in the eigenbasis of XcᵀXc each coordinate of w is the
    // least-squares one times dᵢ/(dᵢ + λ), which shrinks with λ). 40 penalties from 10⁻⁴ to 10⁴ on seeded data.
    public void The_weight_norm_shrinks_monotonically_along_the_path([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Regression(20, data.Vector(4, -3, 3), 1, noiseStdDev: 1);
        var lambdas = Enumerable.Range(0, 40).Select(k => Math.Pow(10, -4 + (8.0 * k / 39))).ToArray();

        var norms = RidgeRegression.Path(set.Features, set.Targets, lambdas).Select(RidgeRegression.WeightNorm).ToArray();

        norms.Should().HaveCount(40);
        for (var k = 1; k < norms.Length; k++)
        {
            // Relative slack 1e-12 for rounding.
            norms[k].Should().BeLessThanOrEqualTo(norms[k - 1] * (1 + 1e-12), "λ = {0} must not grow ‖w‖", lambdas[k]);
        }

        norms[^1].Should().BeLessThan(norms[0] / 10);
    }

    [Test, Order(6)]
    // The intercept is not penalised: an enormous λ = 10¹² squeezes w to (nearly) 0 and leaves b = ȳ; adding a constant c
    // to every target moves b by c and leaves w alone; moving x's origin far away (x + 10⁶) leaves w alone too.
    public void The_intercept_is_not_penalised_and_the_origin_of_x_does_not_matter([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Regression(30, data.Vector(2, -2, 2), 5, noiseStdDev: 0.3);
        var lambda = data.Random.Uniform(0.1, 10);
        var beta = RidgeRegression.Fit(set.Features, set.Targets, lambda);
        var shifted = (double[,])set.Features.Clone();
        for (var i = 0; i < 30; i++)
        {
            shifted[i, 0] += 1e6;
        }

        var huge = RidgeRegression.Fit(set.Features, set.Targets, 1e12);
        huge[0].Should().BeApproximately(set.Targets.Average(), Tolerance.Loose);
        RidgeRegression.WeightNorm(huge).Should().BeLessThan(1e-9);
        var moved = RidgeRegression.Fit(set.Features, [.. set.Targets.Select(v => v + 100)], lambda);
        moved[0].Should().BeApproximately(beta[0] + 100, Tolerance.Default);
        moved.Skip(1).ToArray().Should().BeApproximately(beta.Skip(1).ToArray(), Tolerance.Default);
        RidgeRegression.Fit(shifted, set.Targets, lambda).Skip(1).ToArray().Should().BeApproximately(beta.Skip(1).ToArray(), Tolerance.Loose);
    }

    [Test, Order(7)]
    // Two identical columns: with λ = 0 the system XcᵀXc·w = Xcᵀyc has a zero eigenvalue and no unique solution; any
    // λ > 0 makes it positive definite, and by symmetry the two weights come out equal (w = 4/(4 + λ) each here).
    public void A_penalty_makes_duplicated_columns_solvable()
    {
        var x = new double[,] { { -1, -1 }, { 0, 0 }, { 1, 1 } };

        FluentActions.Invoking(() => RidgeRegression.Fit(x, ThreeY, 0)).Should().Throw<ArgumentException>().WithMessage("*singular*");
        RidgeRegression.Fit(x, ThreeY, 4).Should().BeApproximately([1, 0.5, 0.5], Tolerance.Tight);
    }

    [Test, Order(8)]
    // Negative or NaN penalties, an empty path, shapes that do not fit, NaN data.
    public void Bad_inputs_are_rejected_with_a_message_naming_the_problem()
    {
        FluentActions.Invoking(() => RidgeRegression.Fit(ThreeX, ThreeY, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => RidgeRegression.Fit(ThreeX, ThreeY, double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => RidgeRegression.Fit(null!, ThreeY, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RidgeRegression.Fit(new double[0, 1], [], 1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => RidgeRegression.Fit(ThreeX, [1, 2], 1)).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => RidgeRegression.Fit(ThreeX, [1, double.PositiveInfinity, 2], 1)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => RidgeRegression.Path(ThreeX, ThreeY, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => RidgeRegression.WeightNorm([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Test, Order(9)]
    // A zero weight counts as 0: ‖[1, 0, 3, 4]‖ = 5, and weights that are all 0 have norm 0 (not 0·√(0/0)). Scaling by
    // the smallest |wⱼ| instead of the largest divides by 0 here.
    public void Zero_weights_count_as_zero_in_the_weight_norm()
    {
        RidgeRegression.WeightNorm([1, 0, 3, 4]).Should().BeApproximately(5, Tolerance.Tight);
        RidgeRegression.WeightNorm([7, 0, 0]).Should().Be(0);
    }

    [Test, Order(10)]
    // Units of x must not matter: x in units 10⁶ times larger (x·10⁻⁶) with λ·10⁻¹² (the penalty's units follow w²)
    // gives w·10⁶ and the same b. The three points: λ = 2 gives w = 10⁶, λ = 0 gives w = 2·10⁶, b = 1 both times. The
    // singularity test compares each pivot with its own diagonal entry (here about 10⁻¹²), never with a fixed number.
    public void Rescaling_the_inputs_rescales_the_weights()
    {
        var tiny = new double[,] { { -1e-6 }, { 0 }, { 1e-6 } };

        RidgeRegression.Fit(tiny, ThreeY, 2e-12).Should().BeApproximately([1, 1e6], Tolerance.Default);
        RidgeRegression.Fit(tiny, ThreeY, 0).Should().BeApproximately([1, 2e6], Tolerance.Default);
    }

    [Test, Order(11)]
    // The rest of the documented bad input: each null argument by name, ∞ in x (not only in y), and a negative λ whose
    // message says so.
    public void Every_documented_bad_input_is_named()
    {
        FluentActions.Invoking(() => RidgeRegression.Fit(ThreeX, null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("y");
        FluentActions.Invoking(() => RidgeRegression.Path(ThreeX, ThreeY, null!)).Should().Throw<ArgumentNullException>().WithParameterName("lambdas");
        FluentActions.Invoking(() => RidgeRegression.WeightNorm(null!)).Should().Throw<ArgumentNullException>().WithParameterName("coefficients");
        FluentActions.Invoking(() => RidgeRegression.Fit(new double[,] { { -1 }, { double.PositiveInfinity }, { 1 } }, ThreeY, 1))
            .Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => RidgeRegression.Fit(ThreeX, ThreeY, -1))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lambda").WithMessage("*negative*");
    }

    private static double[] Means(double[,] x) =>
        [.. Enumerable.Range(0, x.GetLength(1)).Select(j => Enumerable.Range(0, x.GetLength(0)).Average(i => x[i, j]))];
}
