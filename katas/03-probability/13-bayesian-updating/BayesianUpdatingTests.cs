using MathForML.Verification;
using MathNet.Numerics.Distributions;

namespace MathForML.Probability.Tests;

/// <summary>
/// Conjugate updates. Wrong implementations these tests catch: adding the number of trials n to both α and β,
/// returning the mean as the MAP estimate, adding variances instead of precisions, and averaging the prior mean and
/// the sample mean with equal weights (the extreme-variance test pulls them apart by twelve orders of magnitude).
/// </summary>
public class BayesianUpdatingTests
{
    [Test, Order(1)]
    // Prior Beta(2, 2), 7 heads and 3 tails: posterior Beta(9, 5). Mean 9/14 ≈ 0.642857, MAP (9 − 1)/(14 − 2) = 2/3,
    // variance 9·5/(14²·15) = 45/2940 ≈ 0.015306, while the MLE is 7/10: the prior pulls towards ½.
    public void Beta_binomial_worked_example()
    {
        var (alpha, beta) = BayesianUpdating.BetaBinomialUpdate(2, 2, 7, 3);

        (alpha, beta).Should().Be((9.0, 5.0));
        BayesianUpdating.BetaMean(alpha, beta).Should().BeApproximately(9.0 / 14, Tolerance.Tight);
        BayesianUpdating.BetaMode(alpha, beta).Should().BeApproximately(2.0 / 3, Tolerance.Tight);
        BayesianUpdating.BetaVariance(alpha, beta).Should().BeApproximately(45.0 / 2940, Tolerance.Tight);
        // α = 1 or β = 1 is allowed: Beta(1, 3) has density 3(1 − p)², largest at p = 0 = (1 − 1)/(1 + 3 − 2);
        // Beta(3, 1) has 3p², largest at p = 1.
        BayesianUpdating.BetaMode(1, 3).Should().Be(0);
        BayesianUpdating.BetaMode(3, 1).Should().Be(1);
    }

    [Test, Order(2)]
    // Oracle: MathNet's Beta(α, β) mean, variance and mode on random shapes above 1.
    public void Beta_summaries_agree_with_MathNet([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, b) = (data.Random.Uniform(1.1, 50), data.Random.Uniform(1.1, 50));
        var oracle = new Beta(a, b);

        BayesianUpdating.BetaMean(a, b).Should().BeApproximately(oracle.Mean, Tolerance.Tight);
        BayesianUpdating.BetaVariance(a, b).Should().BeApproximately(oracle.Variance, Tolerance.Tight);
        BayesianUpdating.BetaMode(a, b).Should().BeApproximately(oracle.Mode, Tolerance.Tight);
    }

    [Test, Order(3)]
    // MAP vs MLE: under the uniform prior Beta(1, 1) the posterior mode is exactly k/n, the MLE; a strong prior
    // Beta(50, 50) after 10 heads in 10 flips keeps the MAP at 59/108 ≈ 0.546, while the MLE says 1.
    public void Map_equals_the_mle_under_a_uniform_prior_and_not_under_a_strong_one([Range(1, 4)] int seed)
    {
        var random = new TestData(seed).Random;
        var n = random.NextInt(1, 200);
        var k = random.NextInt(0, n + 1);
        var (alpha, beta) = BayesianUpdating.BetaBinomialUpdate(1, 1, k, n - k);

        BayesianUpdating.BetaMode(alpha, beta).Should().BeApproximately((double)k / n, Tolerance.Tight);
        var strong = BayesianUpdating.BetaBinomialUpdate(50, 50, 10, 0);
        BayesianUpdating.BetaMode(strong.Alpha, strong.Beta).Should().BeApproximately(59.0 / 108, Tolerance.Tight);
    }

    [Test, Order(4)]
    // Updating flip by flip gives the same posterior as one update with all the counts: yesterday's posterior is
    // today's prior.
    public void Sequential_updates_equal_one_batch_update([Range(1, 4)] int seed)
    {
        var random = new Random(seed);
        var flips = Enumerable.Range(0, 60).Select(_ => Bernoulli.Sample(random, 0.35)).ToArray();
        var (alpha, beta) = (2.0, 3.0);
        foreach (var y in flips)
        {
            (alpha, beta) = BayesianUpdating.BetaBinomialUpdate(alpha, beta, y, 1 - y);
        }

        (alpha, beta).Should().Be(BayesianUpdating.BetaBinomialUpdate(2, 3, flips.Sum(), flips.Length - flips.Sum()));
    }

    [Test, Order(5)]
    // Prior N(0, 1), noise variance 1, one observation 2: precision 1 + 1 = 2, mean (0·1 + 2·1)/2 = 1, variance ½.
    // Prior N(0, 4), noise 1, data 1, 2, 3: precision ¼ + 3 = 3.25, mean (3·2)/3.25 = 24/13 ≈ 1.846154, variance 4/13.
    public void Normal_normal_worked_example()
    {
        BayesianUpdating.NormalNormalUpdate(0, 1, 1, [2]).Should().Be((1.0, 0.5));
        var (mean, variance) = BayesianUpdating.NormalNormalUpdate(0, 4, 1, [1, 2, 3]);
        mean.Should().BeApproximately(24.0 / 13, Tolerance.Tight);
        variance.Should().BeApproximately(4.0 / 13, Tolerance.Tight);
    }

    [Test, Order(6)]
    // Observation by observation (each posterior the next prior) equals all at once, whatever the order; no
    // observations return the prior.
    public void Normal_normal_sequential_updates_equal_one_batch_update([Range(1, 4)] int seed)
    {
        var data = new TestData(seed);
        var x = data.GaussianVector(20, 3, 2);
        var (mean, variance) = (data.Random.Uniform(-5, 5), data.Random.Uniform(0.5, 10));
        var batch = BayesianUpdating.NormalNormalUpdate(mean, variance, 4, x);
        foreach (var v in x.Reverse())
        {
            (mean, variance) = BayesianUpdating.NormalNormalUpdate(mean, variance, 4, [v]);
        }

        mean.Should().BeApproximately(batch.Mean, Tolerance.Default);
        variance.Should().BeApproximately(batch.Variance, Tolerance.Default);
        BayesianUpdating.NormalNormalUpdate(1.5, 2.5, 4, []).Should().Be((1.5, 2.5));
    }

    [Test, Order(7)]
    // The posterior concentrates like 1/n. Normal: τₙ² = 1/(1/τ₀² + n/σ²), so n·τₙ² → σ² (exactly within 1 % once
    // n ≥ 100σ²/τ₀²), and μₙ approaches the true mean within 5σ/√n. Beta(1, 1) prior with true p = 0.3: the posterior
    // mean p̂ is within 5√(p(1 − p)/n) of 0.3, and n·Var = p̂(1 − p̂)(1 + O(1/n)) is within 1 % of p̂(1 − p̂).
    public void Posterior_variance_shrinks_like_one_over_n([Values(1_000, 10_000, 100_000)] int n)
    {
        var random = new Random(n);
        var x = Enumerable.Range(0, n).Select(_ => Normal.Sample(random, 2, 3)).ToArray();
        var normal = BayesianUpdating.NormalNormalUpdate(0, 1, 9, x);
        (n * normal.Variance).Should().BeApproximately(9, Tolerance.RelativeOnly(0.01));
        normal.Mean.Should().BeApproximately(2, Tolerance.AbsoluteOnly(5 * 3 / Math.Sqrt(n)));

        var heads = Enumerable.Range(0, n).Count(_ => random.NextDouble() < 0.3);
        var (alpha, beta) = BayesianUpdating.BetaBinomialUpdate(1, 1, heads, n - heads);
        var pHat = (double)heads / n;
        pHat.Should().BeApproximately(0.3, Tolerance.AbsoluteOnly(5 * Math.Sqrt(0.21 / n)));
        (n * BayesianUpdating.BetaVariance(alpha, beta)).Should().BeApproximately(pHat * (1 - pHat), Tolerance.RelativeOnly(0.01));
    }

    [Test, Order(8)]
    // Extreme variances. A vague prior (τ₀² = 1e12) with precise data (σ² = 1e-12) gives the sample mean and σ²/n;
    // a confident prior (τ₀² = 1e-12) with noisy data (σ² = 1e12) stays at the prior mean with variance ≈ τ₀².
    // An equal-weight average of prior mean and sample mean is off by the whole distance between them.
    public void Precision_weighting_handles_extreme_variances()
    {
        double[] x = [10, 11, 12, 13];

        var vague = BayesianUpdating.NormalNormalUpdate(-100, 1e12, 1e-12, x);
        vague.Mean.Should().BeApproximately(11.5, Tolerance.Default);
        vague.Variance.Should().BeApproximately(0.25e-12, Tolerance.RelativeOnly(1e-9));

        var confident = BayesianUpdating.NormalNormalUpdate(-100, 1e-12, 1e12, x);
        confident.Mean.Should().BeApproximately(-100, Tolerance.Default);
        confident.Variance.Should().BeApproximately(1e-12, Tolerance.RelativeOnly(1e-9));
    }

    [Test, Order(9)]
    // Shapes and variances must be positive, counts non-negative; a Beta with α < 1 or α + β = 2 has no single mode.
    public void Rejects_bad_input()
    {
        FluentActions.Invoking(() => BayesianUpdating.BetaBinomialUpdate(0, 1, 1, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => BayesianUpdating.BetaBinomialUpdate(1, 1, -1, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => BayesianUpdating.BetaBinomialUpdate(1, 1, 1, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => BayesianUpdating.BetaMean(1, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => BayesianUpdating.BetaVariance(-2, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => BayesianUpdating.BetaMode(0.5, 3)).Should().Throw<ArgumentException>().WithMessage("*mode*");
        FluentActions.Invoking(() => BayesianUpdating.BetaMode(1, 1)).Should().Throw<ArgumentException>().WithMessage("*mode*");
        FluentActions.Invoking(() => BayesianUpdating.BetaMode(-1, 3)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => BayesianUpdating.NormalNormalUpdate(0, 0, 1, [1])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => BayesianUpdating.NormalNormalUpdate(0, 1, -1, [1])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => BayesianUpdating.NormalNormalUpdate(double.NaN, 1, 1, [1])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => BayesianUpdating.NormalNormalUpdate(0, 1, 1, null!)).Should().Throw<ArgumentNullException>();
    }
}
