using MathForML.Verification;

namespace MathForML.Statistics.Tests;

/// <summary>
/// Bias of estimators by simulation, and the bias–variance decomposition of polynomial fits, checked on hand examples,
/// on the exact identity bias² + variance + noise = expected test error, and against the closed forms of least squares
/// (the average fit is the fit to f itself; the variance at x₀ is σ²·Σᵢ hᵢ(x₀)² with h the fit's weights on the labels).
/// Wrong implementations these tests catch: the variance of the predictions divided by R − 1 (the identity needs R);
/// bias² computed as the mean of squared errors instead of the square of the mean error; the noise σ² left out of the
/// expected test error; the estimator's bias returned without subtracting the true value, or averaged over R − 1; the
/// noise subtracted from f or drawn for the points in another order; the variance from Σŷ² − R·ȳ², which an offset
/// of f wipes out; an "empty" error that names the wrong array.
/// </summary>
public class BiasVarianceTests
{
    private static readonly double[] TrainX = [.. Enumerable.Range(0, 15).Select(i => i / 14.0)];
    private static readonly double[] TestX = [.. Enumerable.Range(1, 19).Select(i => i / 20.0)];

    private static double Wave(double x) => Math.Sin(2 * Math.PI * x);

    /// <summary>A draw function returning the given values in turn, again and again.</summary>
    private static Func<double> Cycle(params double[] values)
    {
        var i = 0;
        return () => values[i++ % values.Length];
    }

    [Test, Order(1)]
    // Draws cycle 0, 2, 0, 2, … and n = 2, so every sample is {0, 2}: the 1/n variance is ((−1)² + 1²)/2 = 1, the
    // 1/(n − 1) variance is 2. Against θ = 1 their biases are 0 and 1; an estimator that always says 3 has bias 2.
    public void The_bias_is_the_average_estimate_minus_the_true_value()
    {
        BiasVariance.EstimatorBias(DescriptiveStatistics.PopulationVariance, Cycle(0, 2), 1, 2, 10).Should().Be(0);
        BiasVariance.EstimatorBias(DescriptiveStatistics.Variance, Cycle(0, 2), 1, 2, 10).Should().Be(1);
        BiasVariance.EstimatorBias(_ => 3, Cycle(5), 1, 4, 3).Should().Be(2);
        // Samples {1, 2}, {3, 4}, {5, 6}: their means 1.5, 3.5, 5.5 average to 3.5, so the mean's bias against 3 is ½.
        BiasVariance.EstimatorBias(DescriptiveStatistics.Mean, Cycle(1, 2, 3, 4, 5, 6), 3, 2, 3).Should().Be(0.5);
    }

    [Test, Order(2)]
    // For n normal draws with variance σ², E[1/n variance] = (n − 1)σ²/n: bias −σ²/n; the 1/(n − 1) variance is unbiased.
    // σ² = 4, n = 5, R = 20 000 (100 000 draws): Var(s²) = 2σ⁴/(n − 1) = 8, so the simulated bias has standard error
    // √(8/R) = 0.020 (less for the 1/n estimator); 5 standard errors = 0.1, against a bias of −0.8 to detect. A false
    // failure has probability < 1e-6, and the seeds are fixed.
    public void The_one_over_n_variance_is_biased_by_minus_sigma_squared_over_n_and_the_sample_variance_is_not([Range(1, 3)] int seed)
    {
        var random = new SeededRandom(seed);
        var populationBias = BiasVariance.EstimatorBias(DescriptiveStatistics.PopulationVariance, () => random.Gaussian(10, 2), 4, 5, 20_000);
        var sampleBias = BiasVariance.EstimatorBias(DescriptiveStatistics.Variance, () => random.Gaussian(10, 2), 4, 5, 20_000);
        populationBias.Should().BeApproximately(-4.0 / 5, Tolerance.AbsoluteOnly(0.1));
        sampleBias.Should().BeApproximately(0, Tolerance.AbsoluteOnly(0.1));
    }

    [Test, Order(3)]
    // Noise-free (σ² = 0), f(x) = x at x = 0 and 2: the degree-0 fit is the constant 1, so at test points 0 and 2 the
    // bias² is ((1 − 0)² + (1 − 2)²)/2 = 1 and nothing varies; the degree-1 fit is exact and every part is 0.
    public void Without_noise_only_the_bias_is_left_and_a_rich_enough_fit_has_none()
    {
        ShouldBe(BiasVariance.Decompose(x => x, [0, 2], Cycle(0), 0, 0, [0, 2], 3), 1, 0, 0, 1);
        ShouldBe(BiasVariance.Decompose(x => x, [0, 2], Cycle(0), 0, 1, [0, 2], 3), 0, 0, 0, 0);
    }

    [Test, Order(4)]
    // f(x) = x at x = 0, 2, degree 0, noise +1, +1 then −1, −1 (declared σ² = 1), R = 2: the fits are the constants 2 and
    // 0, their average is 1. At x₀ = 0 and 2: bias² = 1 and 1; variance = ((2 − 1)² + (0 − 1)²)/2 = 1 (dividing by R);
    // squared gaps (0 − 2)², (0 − 0)², (2 − 2)², (2 − 0)² average to 2, plus σ² = 1: expected test error 3 = 1 + 1 + 1.
    public void Bias_squared_plus_variance_plus_noise_on_a_hand_example()
    {
        ShouldBe(BiasVariance.Decompose(x => x, [0, 2], Cycle(1, 1, -1, -1), 1, 0, [0, 2], 2), 1, 1, 1, 3);
    }

    [Test, Order(5)]
    // The identity holds for the R fits at hand, not only on average: (1/R)·Σ(f − ŷᵣ)² = (f − ȳ)² + (1/R)·Σ(ŷᵣ − ȳ)² at
    // every test point, and the noise is exactly the σ² declared. Only rounding separates the two sides.
    public void Bias_squared_plus_variance_plus_noise_is_the_expected_test_error([Range(1, 4)] int seed, [Values(0, 2, 5, 9)] int degree)
    {
        var random = new SeededRandom(seed);
        var parts = BiasVariance.Decompose(Wave, TrainX, () => random.Gaussian(0, 0.3), 0.09, degree, TestX, 200);
        parts.Noise.Should().Be(0.09);
        (parts.BiasSquared + parts.Variance + parts.Noise).Should().BeApproximately(parts.ExpectedTestError, Tolerance.Default);
        parts.BiasSquared.Should().BeGreaterThan(0);
        parts.Variance.Should().BeGreaterThan(0);
    }

    [Test, Order(6)]
    // Least squares is linear in the labels: ŷ(x₀) = Σᵢ hᵢ(x₀)·yᵢ, where hᵢ(x₀) is the prediction at x₀ of the fit to the
    // i-th unit vector. So E[ŷ(x₀)] is the fit to f itself and Var ŷ(x₀) = σ²·Σᵢ hᵢ(x₀)². With R = 2000 Gaussian training
    // sets the simulated variance has relative standard error √(2/R) ≈ 3.2 % (5σ ≈ 16 %); the simulated bias² exceeds
    // the true one by v/R on average and scatters by 2|b|·√(v/R) (5σ: 10·√(b²·v/R), averaged by Cauchy–Schwarz).
    public void The_simulated_parts_match_the_closed_forms_of_least_squares([Values(1, 3, 6)] int degree)
    {
        var random = new SeededRandom(10 + degree);
        const double sigma = 0.3;
        const int repetitions = 2000;
        var parts = BiasVariance.Decompose(Wave, TrainX, () => random.Gaussian(0, sigma), sigma * sigma, degree, TestX, repetitions);

        var design = TestData.Vandermonde(TrainX, degree);
        var fitToF = Oracle.LeastSquares(design, [.. TrainX.Select(Wave)]);
        var weights = Enumerable.Range(0, TrainX.Length)
            .Select(i => Oracle.LeastSquares(design, [.. TrainX.Select((_, j) => i == j ? 1.0 : 0.0)]))
            .ToArray();
        var bias2 = TestX.Average(x => Math.Pow(Evaluate(fitToF, x) - Wave(x), 2));
        var variance = sigma * sigma * TestX.Average(x => weights.Sum(w => Math.Pow(Evaluate(w, x), 2)));

        parts.Variance.Should().BeApproximately(variance, Tolerance.RelativeOnly(0.16));
        var allowed = (6 * variance / repetitions) + (10 * Math.Sqrt(bias2 * variance / repetitions));
        parts.BiasSquared.Should().BeApproximately(bias2 + (variance / repetitions), Tolerance.AbsoluteOnly(allowed));
    }

    [Test, Order(7)]
    // The trade-off: as the degree rises the fits bend closer to sin 2πx (bias² falls) but follow the noise more
    // (variance rises), so the expected test error is U-shaped. The gaps checked here are tenfold or more, far beyond
    // the simulation's error with R = 400.
    public void Bias_squared_falls_and_variance_rises_with_the_degree()
    {
        var random = new SeededRandom(20);
        int[] degrees = [0, 1, 3, 7, 12];
        var parts = degrees
            .Select(d => BiasVariance.Decompose(Wave, TrainX, () => random.Gaussian(0, 0.3), 0.09, d, TestX, 400))
            .ToArray();
        parts.Select(p => p.BiasSquared).Take(3).Should().BeInDescendingOrder();
        parts.Select(p => p.Variance).Should().BeInAscendingOrder();
        parts[2].ExpectedTestError.Should().BeLessThan(parts[0].ExpectedTestError).And.BeLessThan(parts[4].ExpectedTestError);
    }

    [Test, Order(8)]
    // Nothing to fit or to test on, a degree the points cannot determine (d + 1 coefficients from n < d + 1 points), a
    // negative degree or variance, fewer than two samples or training sets (a spread needs two).
    public void Bad_input_is_rejected()
    {
        var noise = Cycle(0);
        FluentActions.Invoking(() => BiasVariance.EstimatorBias(DescriptiveStatistics.Mean, noise, 0, 0, 10)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => BiasVariance.EstimatorBias(DescriptiveStatistics.Mean, noise, 0, 3, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => BiasVariance.EstimatorBias(null!, noise, 0, 3, 10)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BiasVariance.EstimatorBias(DescriptiveStatistics.Mean, null!, 0, 3, 10)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BiasVariance.Decompose(Wave, TrainX, noise, 0, 15, TestX, 10)).Should().Throw<ArgumentException>().WithMessage("*points*");
        FluentActions.Invoking(() => BiasVariance.Decompose(Wave, TrainX, noise, 0, -1, TestX, 10)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => BiasVariance.Decompose(Wave, TrainX, noise, 0, 2, TestX, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => BiasVariance.Decompose(Wave, TrainX, noise, -1, 2, TestX, 10)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*");
        FluentActions.Invoking(() => BiasVariance.Decompose(Wave, TrainX, noise, 0, 2, [], 10)).Should().Throw<ArgumentException>().WithMessage("*empty*").WithParameterName("testX");
        FluentActions.Invoking(() => BiasVariance.Decompose(Wave, [], noise, 0, 0, TestX, 10)).Should().Throw<ArgumentException>().WithMessage("*empty*").WithParameterName("trainX");
        FluentActions.Invoking(() => BiasVariance.Decompose(Wave, null!, noise, 0, 2, TestX, 10)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BiasVariance.Decompose(null!, TrainX, noise, 0, 2, TestX, 10)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BiasVariance.Decompose(Wave, TrainX, null!, 0, 2, TestX, 10)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BiasVariance.Decompose(Wave, TrainX, noise, 0, 2, null!, 10)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(9)]
    // The noise draws go to the training points in order and are added to f: f(x) = x² at x = 0, 1, degree 1, noise +1, −1
    // (declared σ² = 1), R = 2. Both training sets are y = (0 + 1, 1 − 1) = (1, 0), whose line is ŷ = 1 − x; at x₀ = 2,
    // ŷ = −1 against f = 4, so bias² = 25, variance 0 and expected test error 25 + 0 + 1 = 26. Subtracting the noise, or
    // handing the draws to the points in reverse, gives y = (−1, 2), ŷ(2) = 5 and bias² = 1.
    public void The_noise_draws_are_added_to_f_at_the_training_points_in_order()
    {
        ShouldBe(BiasVariance.Decompose(x => x * x, [0, 1], Cycle(1, -1), 1, 1, [2], 2), 25, 0, 1, 26);
    }

    [Test, Order(10)]
    // Adding a constant c to f adds c to every fit (a constant is in every polynomial model) and to the truth, so no part
    // changes. With c = 1e8 the predictions sit near 1e8 but vary by about 0.15: the spread must come from the deviations
    // ŷᵣ − ȳ (Σŷᵣ² − R·ȳ² or Σ(ŷᵣ + ȳ)(ŷᵣ − ȳ) leave rounding noise of order ulp(1e8)·1e8 ≈ 1 against a variance of
    // about 0.02). The offset itself costs about log₁₀(1e8/0.15) ≈ 9 of the 16 digits, so the parts agree to about
    // 1e-7 relative; 1e-4 leaves room for the least-squares solve.
    public void A_constant_added_to_f_changes_no_part([Range(1, 3)] int seed)
    {
        var (plainNoise, shiftedNoise) = (new SeededRandom(seed), new SeededRandom(seed));
        var plain = BiasVariance.Decompose(Wave, TrainX, () => plainNoise.Gaussian(0, 0.3), 0.09, 1, TestX, 50);
        var shifted = BiasVariance.Decompose(x => Wave(x) + 1e8, TrainX, () => shiftedNoise.Gaussian(0, 0.3), 0.09, 1, TestX, 50);
        shifted.Variance.Should().BeApproximately(plain.Variance, Tolerance.RelativeOnly(1e-4));
        shifted.BiasSquared.Should().BeApproximately(plain.BiasSquared, Tolerance.RelativeOnly(1e-4));
        shifted.ExpectedTestError.Should().BeApproximately(plain.ExpectedTestError, Tolerance.RelativeOnly(1e-4));
    }

    /// <summary>The four parts, each within rounding (1e-12 absolute) of the hand-computed value.</summary>
    private static void ShouldBe(BiasVarianceDecomposition parts, double biasSquared, double variance, double noise, double expectedTestError)
    {
        parts.BiasSquared.Should().BeApproximately(biasSquared, Tolerance.AbsoluteOnly(1e-12));
        parts.Variance.Should().BeApproximately(variance, Tolerance.AbsoluteOnly(1e-12));
        parts.Noise.Should().BeApproximately(noise, Tolerance.AbsoluteOnly(1e-12));
        parts.ExpectedTestError.Should().BeApproximately(expectedTestError, Tolerance.AbsoluteOnly(1e-12));
    }

    private static double Evaluate(double[] coefficients, double x) => coefficients.Reverse().Aggregate(0.0, (sum, c) => (sum * x) + c);
}
