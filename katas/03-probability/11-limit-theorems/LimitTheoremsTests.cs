using MathForML.Verification;
using MathNet.Numerics.Distributions;

namespace MathForML.Probability.Tests;

/// <summary>
/// The law of large numbers and the central limit theorem, measured on seeded draws. Wrong implementations these
/// tests catch: a running mean divided by the 0-based index (k − 1) or by n for every prefix, a running sum that
/// overflows near 1e308, a standardised sum divided by σn (collapses to 0) or by σ alone (spreads like √n), a KS
/// distance that checks only Fₙ(x) − F(x) (misses the gap just before each jump) or forgets to sort.
/// </summary>
public class LimitTheoremsTests
{
    private static double StandardNormalCdf(double z) => Normal.CDF(0, 1, z);

    [Test, Order(1)]
    // 2, 4, 6, 8: means 2/1 = 2, 6/2 = 3, 12/3 = 4, 20/4 = 5.
    public void Running_mean_worked_example() =>
        LimitTheorems.RunningMean([2, 4, 6, 8]).Should().BeApproximately([2, 3, 4, 5], Tolerance.Tight);

    [Test, Order(2)]
    // Oracle: mₖ is the average of the first k values (LINQ's Take(k).Average()).
    public void Running_mean_is_the_mean_of_each_prefix([Range(1, 4)] int seed)
    {
        var x = new TestData(seed).Vector(50, -10, 10);

        var m = LimitTheorems.RunningMean(x);

        m.Should().BeApproximately(Enumerable.Range(1, x.Length).Select(k => x.Take(k).Average()).ToArray(), Tolerance.Default);
    }

    [Test, Order(3)]
    // Values near the largest double (1.8e308): a running sum overflows to ∞ at the second value; the update
    // mₖ = mₖ₋₁ + (xₖ − mₖ₋₁)/k never leaves the range of the data.
    public void Running_mean_does_not_overflow_near_the_largest_double()
    {
        var m = LimitTheorems.RunningMean([1e308, 1.5e308, 1.7e308, 1e308]);

        m.Should().BeApproximately([1e308, 1.25e308, 1.4e308, 1.3e308], Tolerance.Tight);
    }

    [Test, Order(4)]
    // Law of large numbers: for uniform draws (μ = ½, σ = 1/√12) the running mean stays within 5σ/√n of ½ at
    // n = 100, 1000, 10 000 and 100 000 — four checks, each failing by chance with probability < 1e-6 (seeded).
    // The band shrinks like 1/√n: at n = 100 000 it is ±0.0046.
    public void Running_mean_of_uniform_draws_settles_at_one_half([Range(1, 3)] int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, 100_000).Select(_ => random.NextDouble()).ToArray();

        var m = LimitTheorems.RunningMean(x);

        foreach (var n in (int[])[100, 1000, 10_000, 100_000])
        {
            m[n - 1].Should().BeApproximately(0.5, Tolerance.AbsoluteOnly(5 / Math.Sqrt(12 * n)), "the mean of {0} draws", n);
        }
    }

    [Test, Order(5)]
    // The draws 1, 2, 3, 4 (a counter, not random) with μ = 1, σ = 2 and n = 2 terms: sums 1 + 2 = 3 and 3 + 4 = 7,
    // standardised (3 − 2)/(2√2) ≈ 0.353553 and (7 − 2)/(2√2) ≈ 1.767767.
    public void Standardized_sums_worked_example()
    {
        var next = 0.0;
        double Counter(Random _) => ++next;

        var z = LimitTheorems.StandardizedSums(new Random(5), Counter, 1, 2, 2, 2);

        z.Should().BeApproximately([1 / (2 * Math.Sqrt(2)), 5 / (2 * Math.Sqrt(2))], Tolerance.Tight);
    }

    [Test, Order(6)]
    // Whatever n, Zₙ has mean 0 and variance 1. Exponential(1) draws (μ = σ = 1), 20 000 sums: the mean's standard error
    // is 1/√20 000; Zₙ's fourth moment is 3 + 6/n, so the variance's standard error is √((2 + 6/n)/20 000). Tolerance 5 of each.
    public void Standardized_sums_have_mean_zero_and_variance_one([Values(1, 5, 30)] int terms)
    {
        const int count = 20_000;
        var z = LimitTheorems.StandardizedSums(new Random(terms), r => MathNet.Numerics.Distributions.Exponential.Sample(r, 1), 1, 1, terms, count);

        var mean = z.Average();
        var variance = z.Sum(v => (v - mean) * (v - mean)) / (count - 1);
        mean.Should().BeApproximately(0, Tolerance.AbsoluteOnly(5 / Math.Sqrt(count)));
        variance.Should().BeApproximately(1, Tolerance.AbsoluteOnly(5 * Math.Sqrt((2 + (6.0 / terms)) / count)));
    }

    [Test, Order(7)]
    // A large mean with a small spread (μ = 1e9, σ = 1e-3): subtracting each draw's μ keeps the digits; Zₙ still has
    // mean 0 and variance 1 within 5 standard errors (5000 sums of 10 normal draws).
    public void Standardized_sums_survive_a_large_mean()
    {
        var z = LimitTheorems.StandardizedSums(new Random(7), r => Normal.Sample(r, 1e9, 1e-3), 1e9, 1e-3, 10, 5000);

        var mean = z.Average();
        mean.Should().BeApproximately(0, Tolerance.AbsoluteOnly(5 / Math.Sqrt(5000)));
        (z.Sum(v => (v - mean) * (v - mean)) / 4999).Should().BeApproximately(1, Tolerance.AbsoluteOnly(5 * Math.Sqrt(2.0 / 5000)));
    }

    [Test, Order(8)]
    // Uniform CDF F(x) = x on [0, 1]. One sample at 0.9: Fₙ jumps from 0 to 1 there, the gaps are 0.9 (just before)
    // and 0.1 (at it), D = 0.9. Samples 0.8, 0.1, 0.4 (unsorted): the gaps at 0.1 are 1/3 − 0.1 and 0.1; at 0.4,
    // 2/3 − 0.4 = 4/15 and 0.4 − 1/3; at 0.8, 0.2 and 0.8 − 2/3: D = 4/15 ≈ 0.266667.
    public void Kolmogorov_Smirnov_worked_example()
    {
        LimitTheorems.KolmogorovSmirnovDistance([0.9], x => x).Should().BeApproximately(0.9, Tolerance.Tight);
        LimitTheorems.KolmogorovSmirnovDistance([0.8, 0.1, 0.4], x => x).Should().BeApproximately(4.0 / 15, Tolerance.Tight);
    }

    [Test, Order(9)]
    // The n exact quantiles F⁻¹((i − ½)/n) sit halfway up every step of Fₙ: D = 1/(2n) exactly, the smallest possible.
    public void Evenly_spaced_quantiles_are_at_distance_one_over_two_n([Values(1, 7, 100)] int n)
    {
        var quantiles = Enumerable.Range(1, n).Select(i => Normal.InvCDF(0, 1, (i - 0.5) / n)).Reverse().ToArray();

        LimitTheorems.KolmogorovSmirnovDistance(quantiles, StandardNormalCdf).Should().BeApproximately(1.0 / (2 * n), Tolerance.Default);
    }

    [Test, Order(10)]
    // Ties: 0.5 twice makes Fₙ jump from 0 to 1 at 0.5, so D = 0.5 against the uniform CDF; three copies of 0.2 and
    // one of 0.6: Fₙ = ¾ on [0.2, 0.6), so D = max(0.2, ¾ − 0.2, 0.6 − ¾, 1 − 0.6) = 0.55.
    public void Ties_are_one_jump_of_the_empirical_cdf()
    {
        LimitTheorems.KolmogorovSmirnovDistance([0.5, 0.5], x => x).Should().BeApproximately(0.5, Tolerance.Tight);
        LimitTheorems.KolmogorovSmirnovDistance([0.2, 0.6, 0.2, 0.2], x => x).Should().BeApproximately(0.55, Tolerance.Tight);
    }

    [Test, Order(11)]
    // Draws from F itself: √n·D follows Kolmogorov's distribution, whose 99.9 % point is 1.95. Draws from N(0.3, 1)
    // are far: D ≈ Φ(0.15) − Φ(−0.15) ≈ 0.12 (standard error of D about 1/√n = 0.007 for n = 20 000).
    public void Kolmogorov_Smirnov_separates_the_right_distribution_from_a_shifted_one([Range(1, 3)] int seed)
    {
        const int n = 20_000;
        var random = new Random(seed);
        var right = Enumerable.Range(0, n).Select(_ => Normal.Sample(random, 0, 1)).ToArray();
        var shifted = Enumerable.Range(0, n).Select(_ => Normal.Sample(random, 0.3, 1)).ToArray();

        LimitTheorems.KolmogorovSmirnovDistance(right, StandardNormalCdf).Should().BeLessThan(1.95 / Math.Sqrt(n));
        LimitTheorems.KolmogorovSmirnovDistance(shifted, StandardNormalCdf).Should().BeApproximately(
            StandardNormalCdf(0.15) - StandardNormalCdf(-0.15), Tolerance.AbsoluteOnly(5 / Math.Sqrt(n)));
    }

    [Test, Order(12)]
    // Central limit theorem, measured: sums of n Exponential(1) draws (skewness 2/√n), standardised, against N(0, 1).
    // n = 1 is the shifted exponential, at distance Φ(−1) ≈ 0.159 (nothing below −1); the distance then falls with n
    // roughly like the skewness. With 20 000 sums the sampling noise in D is about 0.007, far below the gaps asserted.
    public void Kolmogorov_Smirnov_distance_to_the_normal_shrinks_as_n_grows()
    {
        var distances = ((int[])[1, 2, 5, 30]).Select(n => LimitTheorems.KolmogorovSmirnovDistance(
            LimitTheorems.StandardizedSums(new Random(12), r => MathNet.Numerics.Distributions.Exponential.Sample(r, 1), 1, 1, n, 20_000),
            StandardNormalCdf)).ToArray();

        distances[0].Should().BeApproximately(StandardNormalCdf(-1), Tolerance.AbsoluteOnly(0.02));
        distances.Should().BeInDescendingOrder();
        (distances[0] - distances[1]).Should().BeGreaterThan(0.02);
        (distances[1] - distances[2]).Should().BeGreaterThan(0.02);
        distances[3].Should().BeLessThan(0.04);
    }

    [Test, Order(13)]
    // Empty or NaN samples, a non-positive σ, no terms: refused with a message naming the problem.
    public void Rejects_bad_input()
    {
        FluentActions.Invoking(() => LimitTheorems.RunningMean([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LimitTheorems.RunningMean(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LimitTheorems.KolmogorovSmirnovDistance([], StandardNormalCdf)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LimitTheorems.KolmogorovSmirnovDistance([0, double.NaN], StandardNormalCdf)).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => LimitTheorems.KolmogorovSmirnovDistance([0], null!)).Should().Throw<ArgumentNullException>();
        var random = new Random(13);
        FluentActions.Invoking(() => LimitTheorems.StandardizedSums(random, r => r.NextDouble(), 0.5, 0, 3, 3)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => LimitTheorems.StandardizedSums(random, r => r.NextDouble(), double.NaN, 1, 3, 3)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => LimitTheorems.StandardizedSums(random, r => r.NextDouble(), 0.5, 1, 0, 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LimitTheorems.StandardizedSums(random, r => r.NextDouble(), 0.5, 1, 3, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LimitTheorems.StandardizedSums(random, null!, 0.5, 1, 3, 3)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LimitTheorems.StandardizedSums(null!, _ => 1.0, 0.5, 1, 3, 3)).Should().Throw<ArgumentNullException>().WithParameterName("random");
        FluentActions.Invoking(() => LimitTheorems.KolmogorovSmirnovDistance(null!, StandardNormalCdf)).Should().Throw<ArgumentNullException>().WithParameterName("samples");
    }
}
