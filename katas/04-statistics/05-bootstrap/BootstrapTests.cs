using MathForML.Verification;

namespace MathForML.Statistics.Tests;

/// <summary>
/// The bootstrap, checked on resamples whose distribution is known exactly and against the textbook standard error
/// of the mean. Wrong implementations these tests catch: resampling WITHOUT replacement (every resample is a
/// permutation, so the mean never varies and the standard error is 0); drawing indices with random.Next(n − 1) (the
/// last value is never picked); reading the interval off the quantiles c and 1 − c instead of (1 ∓ c)/2; reusing one
/// array for every resample that the statistic may keep or modify; sorting the caller's data.
/// </summary>
public class BootstrapTests
{
    [Test, Order(1)]
    // Data 0 and 1 (n = 2): a resample is 00, 01, 10 or 11, each with probability ¼, so its mean is 0, ½ or 1 with
    // probabilities ¼, ½, ¼. Over B = 40 000 replicates each share is within 5σ = 5·√(p(1 − p)/B) ≤ 0.0125 of its
    // probability (a false failure has probability below 1e-6, and the seed is fixed).
    public void Resampling_two_values_gives_means_0_half_1_with_probabilities_quarter_half_quarter()
    {
        var replicates = Bootstrap.Replicates([0, 1], DescriptiveStatistics.Mean, 40_000, new Random(1));
        replicates.Should().HaveCount(40_000).And.OnlyContain(m => m == 0 || m == 0.5 || m == 1);
        (replicates.Count(m => m == 0) / 40_000.0).Should().BeApproximately(0.25, Tolerance.AbsoluteOnly(0.0125));
        (replicates.Count(m => m == 0.5) / 40_000.0).Should().BeApproximately(0.5, Tolerance.AbsoluteOnly(0.0125));
        (replicates.Count(m => m == 1) / 40_000.0).Should().BeApproximately(0.25, Tolerance.AbsoluteOnly(0.0125));
    }

    [Test, Order(2)]
    // Each resample has n values taken from the data, with repeats (drawn with replacement), in a new array; the
    // caller's data stay as they were.
    public void Each_resample_has_n_values_drawn_from_the_data_with_replacement()
    {
        double[] data = [3, 1, 4, 1, 5, 9, 2, 6];
        var seen = new List<double[]>();
        Bootstrap.Replicates(data, r => { seen.Add(r); return r[0]; }, 200, new Random(2));
        seen.Should().HaveCount(200);
        seen.Should().OnlyContain(r => r.Length == 8 && r.All(v => data.Contains(v)));
        seen.Distinct().Should().HaveCount(200, "every resample is a new array");
        seen.Count(r => r.Distinct().Count() < r.Length).Should().BeGreaterThan(150, "with replacement, most resamples of 8 repeat a value");
        data.Should().Equal(3, 1, 4, 1, 5, 9, 2, 6);
        Bootstrap.Replicates([5, 5, 5], DescriptiveStatistics.Median, 10, new Random(3)).Should().OnlyContain(m => m == 5);
    }

    [Test, Order(3)]
    // For the mean, the bootstrap standard error estimates σ/√n with σ the population standard deviation of the data
    // (the resampling distribution's own σ). With B = 4000 its relative sampling error is about 1/√(2B) ≈ 1.1 %; 5 %
    // allows 4.5 of those.
    public void The_standard_error_of_the_mean_is_sigma_over_root_n([Range(1, 3)] int seed)
    {
        var data = new TestData(seed).GaussianVector(50, mean: 10, stdDev: 3);
        var expected = DescriptiveStatistics.PopulationStandardDeviation(data) / Math.Sqrt(50);
        Bootstrap.StandardError(data, DescriptiveStatistics.Mean, 4000, new Random(seed))
            .Should().BeApproximately(expected, Tolerance.RelativeOnly(0.05));
    }

    [Test, Order(4)]
    // The percentile interval at level c is the pair of type-7 quantiles (1 − c)/2 and (1 + c)/2 of the replicates —
    // the very replicates Replicates draws with the same seed.
    public void The_percentile_interval_is_the_outer_quantiles_of_the_replicates([Values(0.5, 0.9, 0.95)] double c)
    {
        var data = new TestData(4).GaussianVector(30);
        var replicates = Bootstrap.Replicates(data, DescriptiveStatistics.Median, 999, new Random(5));
        var (low, high) = Bootstrap.PercentileInterval(data, DescriptiveStatistics.Median, c, 999, new Random(5));
        low.Should().Be(DescriptiveStatistics.Quantile(replicates, (1 - c) / 2));
        high.Should().Be(DescriptiveStatistics.Quantile(replicates, (1 + c) / 2));
    }

    [Test, Order(5)]
    // For the mean of 100 normal values the 95 % percentile interval is close to x̄ ± 1.96·σ/√n; its half-width is
    // estimated from B = 2000 replicates to within a few per cent, so 10 % is a generous bound.
    public void For_the_mean_the_percentile_interval_is_close_to_the_normal_interval()
    {
        var data = new TestData(6).GaussianVector(100, mean: -2, stdDev: 0.5);
        var (low, high) = Bootstrap.PercentileInterval(data, DescriptiveStatistics.Mean, 0.95, 2000, new Random(6));
        var halfWidth = 1.96 * DescriptiveStatistics.PopulationStandardDeviation(data) / 10;
        ((high - low) / 2).Should().BeApproximately(halfWidth, Tolerance.RelativeOnly(0.10));
        ((high + low) / 2).Should().BeApproximately(DescriptiveStatistics.Mean(data), Tolerance.AbsoluteOnly(0.2 * halfWidth));
    }

    [Test, Order(6)]
    // Coverage: 300 samples of 40 exponential values (true mean 1), a 90 % interval each from B = 400 replicates. A
    // correct bootstrap covers about 87–90 % here (it is slightly short for skewed data); with 300 intervals the
    // coverage's standard deviation is √(0.9·0.1/300) ≈ 1.7 %, so [0.80, 0.96] leaves over 3σ either side.
    public void Percentile_intervals_cover_the_true_mean_near_the_nominal_rate()
    {
        var random = new Random(7);
        var covered = 0;
        for (var s = 0; s < 300; s++)
        {
            var data = Enumerable.Range(0, 40).Select(_ => -Math.Log(1 - random.NextDouble())).ToArray();
            var (low, high) = Bootstrap.PercentileInterval(data, DescriptiveStatistics.Mean, 0.9, 400, random);
            covered += low <= 1 && 1 <= high ? 1 : 0;
        }

        (covered / 300.0).Should().BeInRange(0.80, 0.96);
    }

    [Test, Order(7)]
    // Nothing to resample, no statistic, no resamples, a confidence level that is not a probability strictly inside (0, 1).
    public void Bad_input_is_rejected()
    {
        var random = new Random(8);
        FluentActions.Invoking(() => Bootstrap.Replicates([], DescriptiveStatistics.Mean, 10, random)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        // Empty data are rejected by the bootstrap itself, not left to a statistic that may accept an empty array.
        FluentActions.Invoking(() => Bootstrap.Replicates([], x => x.Length, 10, random)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Bootstrap.Replicates(null!, DescriptiveStatistics.Mean, 10, random)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Bootstrap.Replicates([1], null!, 10, random)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Bootstrap.Replicates([1], DescriptiveStatistics.Mean, 10, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Bootstrap.Replicates([1], DescriptiveStatistics.Mean, 0, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Bootstrap.StandardError([1, 2], DescriptiveStatistics.Mean, 1, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Bootstrap.PercentileInterval([1, 2], DescriptiveStatistics.Mean, 1, 10, random)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 0 and 1*");
        FluentActions.Invoking(() => Bootstrap.PercentileInterval([1, 2], DescriptiveStatistics.Mean, 0, 10, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Bootstrap.PercentileInterval([1, 2], DescriptiveStatistics.Mean, double.NaN, 10, random)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
