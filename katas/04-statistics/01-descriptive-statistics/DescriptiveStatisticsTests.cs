using MathForML.Verification;
using MathNet.Numerics.Statistics;
using MathNetStatistics = MathNet.Numerics.Statistics.Statistics;

namespace MathForML.Statistics.Tests;

/// <summary>
/// Descriptive statistics, checked by hand on small samples and against MathNet.Numerics.Statistics on seeded ones.
/// Wrong implementations these tests catch: dividing by n where the sample variance divides by n − 1 (and the reverse);
/// a quantile at position n·p or (n + 1)·p instead of (n − 1)·p; the upper middle value as the median of an even
/// sample; the first most frequent value instead of the smallest as the mode; sorting the caller's array in place;
/// the one-pass formula Σxᵢ² − n·x̄² for the variance (it loses every digit under a large offset); Σxᵢ overflowing
/// before the division; raw fourth powers that under- or overflow in the kurtosis; a mode that never counts the last
/// run, or counts a run from the start of the array; a scale taken from the smallest deviation (0 when a value equals
/// the mean); a mean that overflows in its first guess or drifts by hundreds of ulps; shape statistics that skip the
/// empty and NaN checks.
/// </summary>
public class DescriptiveStatisticsTests
{
    // The classic example 2, 4, 4, 4, 5, 5, 7, 9: Σ = 40, so x̄ = 5; deviations −3, −1, −1, −1, 0, 0, 2, 4 have squares
    // summing to 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, so σ² = 32/8 = 4 (σ = 2) and s² = 32/7.
    private static readonly double[] Classic = [2, 4, 4, 4, 5, 5, 7, 9];

    [Test, Order(1)]
    // x̄ = 40/8 = 5; the mean of three copies of 1e308 is 1e308, though their sum 3e308 is beyond double's range.
    public void Mean_is_the_sum_over_n_and_does_not_overflow()
    {
        DescriptiveStatistics.Mean(Classic).Should().Be(5);
        DescriptiveStatistics.Mean([1e308, 1e308, 1e308]).Should().BeApproximately(1e308, Tolerance.Tight);
    }

    [Test, Order(12)]
    // No intermediate may overflow: the mean of ±1.7e308 (twice each) is 0, though Σxᵢ overflows after two terms and a
    // first guess x̄₀ = x₁/n leaves x₃ − x̄₀ ≈ −2.1e308 beyond double's range. "A few ulps": the mean of 1000 copies of
    // 0.1 is 0.1 to 1e-15 relative (about 7 ulps), where the plain Σ(xᵢ/n) drifts by some 130 ulps, and a correction
    // pass that subtracts the mean residual instead of adding it doubles that drift.
    public void The_mean_is_accurate_to_a_few_ulps_without_overflow()
    {
        DescriptiveStatistics.Mean([1.7e308, 1.7e308, -1.7e308, -1.7e308]).Should().Be(0);
        DescriptiveStatistics.Mean([.. Enumerable.Repeat(0.1, 1000)]).Should().BeApproximately(0.1, Tolerance.RelativeOnly(1e-15));
    }

    [Test, Order(2)]
    // Sorted 2 4 4 4 | 5 5 7 9: n = 8 is even, the median is (4 + 5)/2 = 4.5; with 1, 3, 2 (odd) it is 2.
    public void Median_is_the_middle_of_the_sorted_values()
    {
        DescriptiveStatistics.Median(Classic).Should().Be(4.5);
        DescriptiveStatistics.Median([1, 3, 2]).Should().Be(2);
    }

    [Test, Order(3)]
    // 4 occurs three times in the classic sample. In 3, 3, 1, 1, 2 both 3 and 1 occur twice: the smallest, 1, wins.
    public void Mode_is_the_most_frequent_value_and_the_smallest_on_a_tie()
    {
        DescriptiveStatistics.Mode(Classic).Should().Be(4);
        DescriptiveStatistics.Mode([3, 3, 1, 1, 2]).Should().Be(1);
        DescriptiveStatistics.Mode([7, -2, 5]).Should().Be(-2);
        // Runs of 1, 2 and 3 equal values, the longest last: it wins, however long the runs before it were.
        DescriptiveStatistics.Mode([3, 2, 3, 1, 2, 3]).Should().Be(3);
    }

    [Test, Order(4)]
    // Range 9 − 2 = 7; σ² = 32/8 = 4, σ = 2; s² = 32/7, s = √(32/7).
    public void Range_and_the_two_variances_of_the_classic_example()
    {
        DescriptiveStatistics.Range(Classic).Should().Be(7);
        DescriptiveStatistics.PopulationVariance(Classic).Should().BeApproximately(4, Tolerance.Tight);
        DescriptiveStatistics.PopulationStandardDeviation(Classic).Should().BeApproximately(2, Tolerance.Tight);
        DescriptiveStatistics.Variance(Classic).Should().BeApproximately(32.0 / 7, Tolerance.Tight);
        DescriptiveStatistics.StandardDeviation(Classic).Should().BeApproximately(Math.Sqrt(32.0 / 7), Tolerance.Tight);
    }

    [Test, Order(5)]
    // Type 7 on 1, 2, 3, 4 (n = 4): h = 3p. p = 0.25 → h = 0.75 → 1 + 0.75·(2 − 1) = 1.75; p = 0.75 → h = 2.25 →
    // 3.25; IQR = 1.5. Q(0) = 1 and Q(1) = 4. On 10, 20, 30 (h = 2p), Q(0.9) = 20 + 0.8·10 = 28.
    public void Type_7_quantiles_interpolate_at_h_equal_n_minus_1_times_p()
    {
        double[] x = [4, 1, 3, 2];
        DescriptiveStatistics.Quantile(x, 0.25).Should().BeApproximately(1.75, Tolerance.Tight);
        DescriptiveStatistics.Quantile(x, 0.75).Should().BeApproximately(3.25, Tolerance.Tight);
        DescriptiveStatistics.Quantile(x, 0).Should().Be(1);
        DescriptiveStatistics.Quantile(x, 1).Should().Be(4);
        DescriptiveStatistics.InterquartileRange(x).Should().BeApproximately(1.5, Tolerance.Tight);
        DescriptiveStatistics.Quantile([10, 20, 30], 0.9).Should().BeApproximately(28, Tolerance.Tight);
        DescriptiveStatistics.Quantile([5], 0.3).Should().Be(5);
    }

    [Test, Order(6)]
    // MathNet's descriptive statistics are the oracle; sizes 5 … 45 cover odd and even n. Skewness and kurtosis are
    // MathNet's population versions, g₁ = m₃/m₂^(3/2) and g₂ = m₄/m₂² − 3.
    public void Every_summary_matches_MathNet_on_seeded_samples([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.GaussianVector(10 * seed - 5 + seed % 2, mean: 3, stdDev: 2);
        DescriptiveStatistics.Mean(x).Should().BeApproximately(x.Mean(), Tolerance.Tight);
        DescriptiveStatistics.Median(x).Should().BeApproximately(x.Median(), Tolerance.Tight);
        DescriptiveStatistics.Variance(x).Should().BeApproximately(x.Variance(), Tolerance.Tight);
        DescriptiveStatistics.PopulationVariance(x).Should().BeApproximately(x.PopulationVariance(), Tolerance.Tight);
        DescriptiveStatistics.StandardDeviation(x).Should().BeApproximately(x.StandardDeviation(), Tolerance.Tight);
        DescriptiveStatistics.PopulationStandardDeviation(x).Should().BeApproximately(x.PopulationStandardDeviation(), Tolerance.Tight);
        DescriptiveStatistics.Range(x).Should().BeApproximately(x.Maximum() - x.Minimum(), Tolerance.Tight);
        DescriptiveStatistics.Skewness(x).Should().BeApproximately(x.PopulationSkewness(), Tolerance.Default);
        DescriptiveStatistics.ExcessKurtosis(x).Should().BeApproximately(x.PopulationKurtosis(), Tolerance.Default);
        foreach (var p in new[] { 0.0, 0.1, 0.25, 0.5, 0.63, 0.75, 0.99, 1.0 })
        {
            DescriptiveStatistics.Quantile(x, p).Should().BeApproximately(MathNetStatistics.QuantileCustom(x, p, QuantileDefinition.R7), Tolerance.Tight);
        }
    }

    [Test, Order(7)]
    // A summary reads the sample; sorting it in place would reorder the caller's data behind their back.
    public void The_callers_array_is_not_modified()
    {
        double[] x = [3, 1, 2, 5, 4];
        DescriptiveStatistics.Median(x);
        DescriptiveStatistics.Quantile(x, 0.3);
        DescriptiveStatistics.Mode(x);
        DescriptiveStatistics.InterquartileRange(x);
        x.Should().Equal(3, 1, 2, 5, 4);
    }

    [Test, Order(8)]
    // Var(aX + b) = a²·Var(X): with b = 1e9 the one-pass Σxᵢ² − n·x̄² subtracts two numbers near 5·10¹⁹ (their spacing is 8192)
    // and returns noise; deviations from the mean keep every digit. a = 1e-12 and 1e12 check nothing depends on scale.
    public void Variance_of_aX_plus_b_is_a_squared_times_the_variance([Values(1e-12, 1.0, 1e12)] double a)
    {
        var x = new TestData(7).Vector(50);
        var shifted = x.Select(v => (a * v) + (1e9 * a)).ToArray();
        DescriptiveStatistics.Variance(shifted).Should().BeApproximately(a * a * x.Variance(), Tolerance.RelativeOnly(1e-6));
        DescriptiveStatistics.PopulationVariance(shifted).Should().BeApproximately(a * a * x.PopulationVariance(), Tolerance.RelativeOnly(1e-6));
        DescriptiveStatistics.InterquartileRange(shifted).Should().BeApproximately(a * DescriptiveStatistics.InterquartileRange(x), Tolerance.RelativeOnly(1e-6));
    }

    [Test, Order(9)]
    // Skewness and kurtosis are ratios of moments: scale-free. Mirroring (−x) flips the sign of g₁ and keeps g₂.
    // At a scale of 1e±90 a raw fourth power (1e∓360) underflows to 0 or overflows to ∞: divide by a scale first.
    public void Skewness_and_kurtosis_do_not_depend_on_scale_and_skewness_flips_under_mirroring([Values(1e-90, 1e-12, 1e12, 1e90)] double a)
    {
        var x = new TestData(11).Vector(40, 0, 1).Select(v => v * v).ToArray(); // right-skewed
        var g1 = x.PopulationSkewness();
        var g2 = x.PopulationKurtosis();
        g1.Should().BeGreaterThan(0.3);
        DescriptiveStatistics.Skewness([.. x.Select(v => a * v)]).Should().BeApproximately(g1, Tolerance.Default);
        DescriptiveStatistics.ExcessKurtosis([.. x.Select(v => a * v)]).Should().BeApproximately(g2, Tolerance.Default);
        DescriptiveStatistics.Skewness([.. x.Select(v => -a * v)]).Should().BeApproximately(-g1, Tolerance.Default);
    }

    [Test, Order(10)]
    // Degenerate samples: one value has σ² = 0 but no sample variance (n − 1 = 0); constant values have no shape.
    public void Degenerate_samples_are_handled_or_named()
    {
        DescriptiveStatistics.PopulationVariance([42]).Should().Be(0);
        DescriptiveStatistics.Range([42]).Should().Be(0);
        DescriptiveStatistics.Mean([0.1, 0.1, 0.1]).Should().Be(0.1);
        DescriptiveStatistics.Variance([0.1, 0.1, 0.1]).Should().Be(0);
        FluentActions.Invoking(() => DescriptiveStatistics.Variance([42])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => DescriptiveStatistics.StandardDeviation([42])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => DescriptiveStatistics.Skewness([3, 3, 3])).Should().Throw<ArgumentException>().WithMessage("*constant*");
        FluentActions.Invoking(() => DescriptiveStatistics.ExcessKurtosis([3, 3])).Should().Throw<ArgumentException>().WithMessage("*constant*");
        // Not constant, though one value equals the mean: 1, 2, 3 has deviations −1, 0, 1, so m₃ = 0 and g₁ = 0;
        // m₂ = 2/3, m₄ = 2/3, g₂ = (2/3)/(4/9) − 3 = −1.5.
        DescriptiveStatistics.Skewness([1, 2, 3]).Should().Be(0);
        DescriptiveStatistics.ExcessKurtosis([1, 2, 3]).Should().BeApproximately(-1.5, Tolerance.Tight);
    }

    [Test, Order(11)]
    // Null, empty and NaN samples have no summary; p must be a probability.
    public void Bad_input_is_rejected_with_a_message_naming_the_problem()
    {
        FluentActions.Invoking(() => DescriptiveStatistics.Mean(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DescriptiveStatistics.Mean([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => DescriptiveStatistics.Median([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => DescriptiveStatistics.Mode([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => DescriptiveStatistics.Range([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => DescriptiveStatistics.PopulationVariance([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => DescriptiveStatistics.Median([1, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => DescriptiveStatistics.Mean([1, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => DescriptiveStatistics.Quantile([1, 2], 1.5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*[0, 1]*");
        FluentActions.Invoking(() => DescriptiveStatistics.Skewness([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => DescriptiveStatistics.ExcessKurtosis([1, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => DescriptiveStatistics.Quantile([1, 2], -0.1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => DescriptiveStatistics.Quantile([1, 2], double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
