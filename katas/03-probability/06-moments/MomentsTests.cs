using MathForML.Verification;
using MathNet.Numerics.Statistics;

namespace MathForML.Probability.Tests;

/// <summary>
/// Expectation and variance from PMFs and from samples: values by hand, linearity of expectation,
/// Var(aX + b) = a² Var X at every scale, the n − 1 of the sample variance, values far from zero, and seeded draws
/// whose sample moments must land within a tolerance justified by the sample size.
/// </summary>
/// <remarks>
/// Plausible wrong implementations these tests catch:
/// the sample variance divided by n instead of n − 1 (population instead of sample; order 5);
/// the one-pass "textbook" variance E[X²] − (E X)², which cancels catastrophically for values near 10⁹ (order 6);
/// an expectation that divides by the number of values (an unweighted mean) instead of weighting by pᵢ (order 1);
/// the two-pass variance without its correction, or with the correction added (off by 0.16 % and 0.3 % at 10¹⁵; order 7);
/// a PMF check that rejects a value of probability 0 (order 1).
/// </remarks>
public class MomentsTests
{
    private static readonly double[] Die = [1, 2, 3, 4, 5, 6];
    private static readonly double[] Fair = [1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6];

    [Test, Order(1)]
    // A fair die: E X = 21/6 = 3.5, E X² = 91/6, Var X = 91/6 − 3.5² = 35/12 ≈ 2.917. A loaded coin X ∈ {0, 1} with
    // P(1) = 0.9: E X = 0.9 (an unweighted mean would say 0.5), Var X = 0.9·0.1 = 0.09. A value of probability 0 is
    // allowed and counts for nothing: (1, 100, 3) with (½, 0, ½) has E X = 2 and Var X = 1.
    public void A_die_and_a_loaded_coin_by_hand()
    {
        Moments.Expectation([1, 100, 3], [0.5, 0, 0.5]).Should().BeApproximately(2, Tolerance.Tight);
        Moments.Variance([1, 100, 3], [0.5, 0, 0.5]).Should().BeApproximately(1, Tolerance.Tight);
        Moments.Expectation(Die, Fair).Should().BeApproximately(3.5, Tolerance.Tight);
        Moments.ExpectationOf(Die, Fair, x => x * x).Should().BeApproximately(91.0 / 6, Tolerance.Tight);
        Moments.Variance(Die, Fair).Should().BeApproximately(35.0 / 12, Tolerance.Tight);
        Moments.Expectation([0, 1], [0.1, 0.9]).Should().BeApproximately(0.9, Tolerance.Tight);
        Moments.Variance([0, 1], [0.1, 0.9]).Should().BeApproximately(0.09, Tolerance.Tight);
    }

    [Test, Order(2)]
    // Linearity: E[aX + b] = a E[X] + b and E[g(X) + h(X)] = E[g(X)] + E[h(X)], on seeded PMFs. Var X = E[X²] − (E X)²
    // holds exactly in arithmetic (and numerically here, where the values are of order 1).
    public void Expectation_is_linear([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (values, p) = (data.Vector(8, -5, 5), data.ProbabilityVector(8));
        var (a, b) = (data.Random.Uniform(-3, 3), data.Random.Uniform(-10, 10));
        var mean = Moments.Expectation(values, p);

        Moments.Expectation([.. values.Select(x => (a * x) + b)], p).Should().BeApproximately((a * mean) + b, Tolerance.Tight);
        Moments.ExpectationOf(values, p, x => Math.Sin(x) + (x * x)).Should()
            .BeApproximately(Moments.ExpectationOf(values, p, Math.Sin) + Moments.ExpectationOf(values, p, x => x * x), Tolerance.Tight);
        Moments.Variance(values, p).Should().BeApproximately(Moments.ExpectationOf(values, p, x => x * x) - (mean * mean), Tolerance.Default);
    }

    [Test, Order(3)]
    // Var(aX + b) = a² Var X: shifting does not spread, scaling by a spreads by a². At a = 10⁻¹² and a = 10¹² too.
    public void Variance_of_aX_plus_b_is_a_squared_times_variance([Range(1, 5)] int seed, [Values(1e-12, 0.5, 1e12)] double a)
    {
        var data = new TestData(seed);
        var (values, p) = (data.Vector(7, -5, 5), data.ProbabilityVector(7));
        var b = data.Random.Uniform(-10, 10) * a;
        var samples = data.GaussianVector(50, 1, 2);

        Moments.Variance([.. values.Select(x => (a * x) + b)], p).Should().BeApproximately(a * a * Moments.Variance(values, p), Tolerance.RelativeOnly(1e-12));
        Moments.SampleVariance([.. samples.Select(x => (a * x) + b)]).Should().BeApproximately(a * a * Moments.SampleVariance(samples), Tolerance.RelativeOnly(1e-12));
        Moments.SampleMean([.. samples.Select(x => (a * x) + b)]).Should().BeApproximately((a * Moments.SampleMean(samples)) + b, new Tolerance(1e-12 * a, 1e-12));
    }

    [Test, Order(4)]
    // Linearity needs no independence: with Y = X² (completely dependent on X), mean(x + y) = mean(x) + mean(y) still.
    public void Sample_means_add_even_for_dependent_variables([Range(1, 5)] int seed)
    {
        var x = new TestData(seed).GaussianVector(200, 2, 3);
        var y = x.Select(v => v * v).ToArray();

        Moments.SampleMean([.. x.Select((v, i) => v + y[i])]).Should().BeApproximately(Moments.SampleMean(x) + Moments.SampleMean(y), Tolerance.Tight);
    }

    [Test, Order(5)]
    // [1, 2, 3, 4]: x̄ = 2.5, Σ(xᵢ − x̄)² = 2.25 + 0.25 + 0.25 + 2.25 = 5, s² = 5/(4 − 1) = 5/3 (dividing by n gives 1.25).
    // MathNet's Statistics.Variance (the sample variance, n − 1) is the oracle on seeded data.
    public void The_sample_variance_divides_by_n_minus_one([Range(1, 5)] int seed)
    {
        var samples = new TestData(seed).GaussianVector(30, -1, 4);

        Moments.SampleMean([1, 2, 3, 4]).Should().BeApproximately(2.5, Tolerance.Tight);
        Moments.SampleVariance([1, 2, 3, 4]).Should().BeApproximately(5.0 / 3, Tolerance.Tight);
        Moments.SampleVariance([2, 4]).Should().BeApproximately(2, Tolerance.Tight);
        Moments.SampleVariance(samples).Should().BeApproximately(samples.Variance(), Tolerance.Tight);
    }

    [Test, Order(6)]
    // A die shifted by 10⁹: the variance is still 35/12. E[X²] ≈ 10¹⁸ is stored with a spacing of 128, so
    // E[X²] − (E X)² is pure rounding noise; deviations from the mean are small numbers and keep their digits.
    // (The mean itself carries an error of about 10⁹·ε ≈ 2·10⁻⁷, which bounds what can be asked: 1e-6 relative.)
    public void Values_far_from_zero_keep_their_variance()
    {
        var shifted = Die.Select(x => x + 1e9).ToArray();

        Moments.Variance(shifted, Fair).Should().BeApproximately(35.0 / 12, Tolerance.RelativeOnly(1e-6));
        Moments.SampleVariance(shifted).Should().BeApproximately(3.5, Tolerance.RelativeOnly(1e-6));
        Moments.SampleVariance([1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4]).Should().BeApproximately(5.0 / 3, Tolerance.RelativeOnly(1e-6));
        Moments.SampleVariance([7, 7, 7]).Should().Be(0);
    }

    [Test, Order(7)]
    // At an offset of 10¹⁵ doubles are spaced 0.125 apart and the mean itself is rounded (10¹⁵ + 2.8 is stored as
    // 10¹⁵ + 2.75, 10¹⁵ + 7/3 as 10¹⁵ + 2.375): plain squared deviations from the rounded mean are off by δ² (0.16 %).
    // The corrected two-pass formula subtracts (Σ pᵢdᵢ)² (for samples (Σ dᵢ)²/n), which is exactly that δ², and is exact
    // again: values 10¹⁵ + 1, 2, 4 with probabilities 0.2, 0.3, 0.5 have variance 0.2·1.8² + 0.3·0.8² + 0.5·1.2² = 1.56;
    // the samples 10¹⁵ + 1, 2, 4 have s² = ((4/3)² + (1/3)² + (5/3)²)/2 = 7/3, MathNet's variance of 1, 2, 4.
    public void The_corrected_two_pass_formula_removes_the_rounding_of_the_mean()
    {
        const double offset = 1e15;

        Moments.Variance([offset + 1, offset + 2, offset + 4], [0.2, 0.3, 0.5]).Should().BeApproximately(1.56, Tolerance.Default);
        Moments.SampleVariance([offset + 1, offset + 2, offset + 4]).Should().BeApproximately(new double[] { 1, 2, 4 }.Variance(), Tolerance.Default);
    }

    [Test, Order(8)]
    // 20 000 seeded draws from N(3, 2²). The sample mean has standard error σ/√n = 2/√20 000 ≈ 0.014; the sample variance
    // has standard error σ²√(2/(n − 1)) ≈ 0.04. Allowing 5 standard errors, a false failure has probability < 1e-6 —
    // and the seed is fixed, so the test is deterministic.
    public void Sample_moments_of_draws_match_the_distribution([Range(1, 3)] int seed)
    {
        const int n = 20_000;
        var samples = new TestData(seed).GaussianVector(n, 3, 2);

        Moments.SampleMean(samples).Should().BeApproximately(3, Tolerance.AbsoluteOnly(5 * 2 / Math.Sqrt(n)));
        Moments.SampleVariance(samples).Should().BeApproximately(4, Tolerance.AbsoluteOnly(5 * 4 * Math.Sqrt(2.0 / (n - 1))));
    }

    [Test, Order(9)]
    // Not a PMF, no samples, one sample (no spread to estimate), non-finite data, a null function.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => Moments.Expectation(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Moments.Variance([1], null!)).Should().Throw<ArgumentNullException>().WithParameterName("probabilities");
        FluentActions.Invoking(() => Moments.Expectation([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Moments.Expectation([1, 2], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Moments.Variance([1, 2], [0.5, 0.6])).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => Moments.Variance([1, 2], [1.5, -0.5])).Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => Moments.Expectation([1, double.NaN], [0.5, 0.5])).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Moments.ExpectationOf([1], [1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Moments.SampleMean(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Moments.SampleMean([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Moments.SampleVariance([3])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => Moments.SampleVariance([1, double.PositiveInfinity])).Should().Throw<ArgumentException>().WithMessage("*finite*");
    }
}
