using MathForML.Verification;
using MathNet.Numerics.Distributions;

namespace MathForML.Statistics.Tests;

/// <summary>
/// z and t intervals by hand with published quantiles, and their coverage measured by simulation. Wrong
/// implementations these tests catch: the quantile at c instead of (1 + c)/2 (1.645 instead of 1.960 at 95 %); n
/// degrees of freedom instead of n − 1 (t = 2.571 instead of 2.776 for n = 5); σ/n instead of σ/√n; the population
/// standard deviation (n) inside the t interval; a z quantile with s in place of σ, which undercovers for small n.
/// </summary>
public class ConfidenceIntervalsTests
{
    // 10, 12, 14, 16, 18: n = 5, x̄ = 14, s² = (16 + 4 + 0 + 4 + 16)/4 = 10.
    private static readonly double[] Five = [10, 12, 14, 16, 18];

    [Test, Order(1)]
    // σ = 2 known, 95 %: z = 1.959964, half-width 1.959964·2/√5 = 1.753045; 90 %: z = 1.644854, half-width 1.471202.
    public void The_z_interval_of_a_small_sample_by_hand()
    {
        var (low, high) = ConfidenceIntervals.ZInterval(Five, 2, 0.95);
        low.Should().BeApproximately(14 - 1.753045, Tolerance.AbsoluteOnly(1e-6));
        high.Should().BeApproximately(14 + 1.753045, Tolerance.AbsoluteOnly(1e-6));
        ConfidenceIntervals.ZInterval(Five, 2, 0.90).High.Should().BeApproximately(14 + 1.471202, Tolerance.AbsoluteOnly(1e-6));
    }

    [Test, Order(2)]
    // σ unknown, 95 %: t₀.₉₇₅,₄ = 2.776445 (a printed t table), s = √10, half-width 2.776445·√10/√5 = 2.776445·√2 = 3.926486.
    public void The_t_interval_of_a_small_sample_by_hand()
    {
        var (low, high) = ConfidenceIntervals.TInterval(Five, 0.95);
        low.Should().BeApproximately(14 - 3.926486, Tolerance.AbsoluteOnly(1e-6));
        high.Should().BeApproximately(14 + 3.926486, Tolerance.AbsoluteOnly(1e-6));
    }

    [Test, Order(3)]
    // On seeded samples both intervals agree with the formula evaluated with MathNet's quantiles, and the t interval
    // is wider than the z interval with σ = s (t > z for every finite ν).
    public void Both_intervals_match_the_formula_on_seeded_samples([Range(1, 5)] int seed)
    {
        var x = new TestData(seed).GaussianVector(5 * seed + 3, mean: 2, stdDev: 4);
        var (n, mean, s) = (x.Length, DescriptiveStatistics.Mean(x), DescriptiveStatistics.StandardDeviation(x));
        var t = StudentT.InvCDF(0, 1, n - 1, 0.995);
        var z = Normal.InvCDF(0, 1, 0.995);
        var (tLow, tHigh) = ConfidenceIntervals.TInterval(x, 0.99);
        tLow.Should().BeApproximately(mean - (t * s / Math.Sqrt(n)), Tolerance.Tight);
        tHigh.Should().BeApproximately(mean + (t * s / Math.Sqrt(n)), Tolerance.Tight);
        var (zLow, zHigh) = ConfidenceIntervals.ZInterval(x, s, 0.99);
        zLow.Should().BeApproximately(mean - (z * s / Math.Sqrt(n)), Tolerance.Tight);
        zHigh.Should().BeApproximately(mean + (z * s / Math.Sqrt(n)), Tolerance.Tight);
    }

    [Test, Order(4)]
    // Shifting the data shifts the interval; scaling by a (1e-12, 1e12) scales it: the interval is equivariant.
    public void Intervals_move_and_stretch_with_the_data([Values(1e-12, 1.0, 1e12)] double a)
    {
        var x = new TestData(9).GaussianVector(12);
        var (low, high) = ConfidenceIntervals.TInterval(x, 0.9);
        var (sLow, sHigh) = ConfidenceIntervals.TInterval([.. x.Select(v => (a * v) + (5 * a))], 0.9);
        sLow.Should().BeApproximately((a * low) + (5 * a), Tolerance.RelativeOnly(1e-12));
        sHigh.Should().BeApproximately((a * high) + (5 * a), Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(5)]
    // 4000 seeded samples of n = 5 from N(3, 2²). The t interval covers μ = 3 in 95 % of them: the coverage's standard
    // deviation is √(0.95·0.05/4000) ≈ 0.34 %, so ±1.7 % is 5σ (a false failure below 1e-6; the seed is fixed). The
    // z interval with σ = 2 known covers 95 % too; the z quantile with s plugged in for σ covers only about 88 %.
    public void The_t_interval_covers_the_mean_95_percent_of_the_time_and_z_with_s_does_not()
    {
        var random = new Random(10);
        var (t, z, zWithS) = (0, 0, 0);
        for (var k = 0; k < 4000; k++)
        {
            var x = Enumerable.Range(0, 5).Select(_ => Normal.Sample(random, 3, 2)).ToArray();
            t += Covers(ConfidenceIntervals.TInterval(x, 0.95), 3);
            z += Covers(ConfidenceIntervals.ZInterval(x, 2, 0.95), 3);
            zWithS += Covers(ConfidenceIntervals.ZInterval(x, DescriptiveStatistics.StandardDeviation(x), 0.95), 3);
        }

        (t / 4000.0).Should().BeApproximately(0.95, Tolerance.AbsoluteOnly(0.017));
        (z / 4000.0).Should().BeApproximately(0.95, Tolerance.AbsoluteOnly(0.017));
        (zWithS / 4000.0).Should().BeLessThan(0.91);
    }

    [Test, Order(6)]
    // No data, one value (no s), NaN, a σ that is not a positive number, a confidence level that is not in (0, 1).
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => ConfidenceIntervals.TInterval([], 0.95)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => ConfidenceIntervals.TInterval([1], 0.95)).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => ConfidenceIntervals.TInterval(null!, 0.95)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ConfidenceIntervals.ZInterval([], 1, 0.95)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => ConfidenceIntervals.ZInterval([1, double.NaN], 1, 0.95)).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => ConfidenceIntervals.ZInterval([1], 0, 0.95)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => ConfidenceIntervals.ZInterval([1], double.NaN, 0.95)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConfidenceIntervals.ZInterval([1], 1, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ConfidenceIntervals.TInterval([1, 2], 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 0 and 1*");
        FluentActions.Invoking(() => ConfidenceIntervals.TInterval([1, 2], double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static int Covers((double Low, double High) interval, double mu) => interval.Low <= mu && mu <= interval.High ? 1 : 0;
}
