using MathForML.Verification;
using MathNet.Numerics.Statistics;

namespace MathForML.Statistics.Tests;

/// <summary>
/// Welford's running mean and variance, Chan's merge, and the NIST StRD certified values that separate a stable
/// formula from the textbook one. Wrong implementations these tests catch: updating M₂ with (x − x̄ₖ₋₁)² instead of
/// (x − x̄ₖ₋₁)(x − x̄ₖ); dividing by n where s² needs n − 1; a merge that adds M₂ᴬ + M₂ᴮ and forgets the term for the
/// distance between the two means; a merge that weights the means equally instead of by their counts; the one-pass
/// formula hidden inside Variance (NumAcc3 and NumAcc4 expose it); plain Welford without a shift (12.4 digits on
/// Michelso, where 13 are required); a merge with an empty side that returns the empty one, or takes the empty side's
/// reference point; the textbook formula refusing two values.
/// </summary>
public class OnlineStatisticsTests
{
    private static readonly double[] Classic = [2, 4, 4, 4, 5, 5, 7, 9];

    [Test, Order(1)]
    // After 2, 4, 4: n = 3, x̄ = 10/3, M₂ = Σ(xᵢ − x̄)² = (4/3)² + 2·(2/3)² = 8/3, so σ² = 8/9 and s² = 4/3. The running
    // mean after each value is the mean of the prefix: 2, 3, 10/3.
    public void Running_summary_of_2_4_4_by_hand()
    {
        var statistics = new OnlineStatistics();
        statistics.Count.Should().Be(0);
        var prefixMeans = new List<double>();
        foreach (var x in new double[] { 2, 4, 4 })
        {
            statistics.Add(x);
            prefixMeans.Add(statistics.Mean);
        }

        prefixMeans.Should().BeApproximately([2, 3, 10.0 / 3], Tolerance.Tight);
        statistics.Count.Should().Be(3);
        statistics.PopulationVariance.Should().BeApproximately(8.0 / 9, Tolerance.Tight);
        statistics.Variance.Should().BeApproximately(4.0 / 3, Tolerance.Tight);
        statistics.StandardDeviation.Should().BeApproximately(Math.Sqrt(4.0 / 3), Tolerance.Tight);
    }

    [Test, Order(2)]
    // The classic sample: x̄ = 5, σ² = 32/8 = 4, s² = 32/7; one value: σ² = 0.
    public void Of_summarises_a_whole_array()
    {
        var statistics = OnlineStatistics.Of(Classic);
        statistics.Count.Should().Be(8);
        statistics.Mean.Should().BeApproximately(5, Tolerance.Tight);
        statistics.PopulationVariance.Should().BeApproximately(4, Tolerance.Tight);
        statistics.Variance.Should().BeApproximately(32.0 / 7, Tolerance.Tight);
        OnlineStatistics.Of([42]).PopulationVariance.Should().Be(0);
        OnlineStatistics.Of([]).Count.Should().Be(0);
    }

    [Test, Order(3)]
    // The running summary agrees with MathNet's batch statistics on seeded samples of 10 … 50 000 values.
    public void Matches_the_batch_statistics_on_seeded_samples([Values(10, 1000, 50_000)] int n, [Range(1, 3)] int seed)
    {
        var x = new TestData(seed).GaussianVector(n, mean: 5, stdDev: 3);
        var statistics = OnlineStatistics.Of(x);
        statistics.Mean.Should().BeApproximately(x.Mean(), Tolerance.Tight);
        statistics.Variance.Should().BeApproximately(x.Variance(), Tolerance.Tight);
        statistics.PopulationVariance.Should().BeApproximately(x.PopulationVariance(), Tolerance.Tight);
    }

    [Test, Order(4)]
    // The one-pass formula is exact where nothing cancels: on 2, 4, 4, 4, 5, 5, 7, 9 it is (232 − 40²/8)/7 = 32/7.
    public void The_textbook_formula_is_right_on_small_integers()
    {
        OnlineStatistics.TextbookVariance(Classic).Should().BeApproximately(32.0 / 7, Tolerance.Tight);
    }

    [Test, Order(5)]
    // NumAcc4 is 10⁹ + 0.2, then 10⁹ + 0.1, 10⁹ + 0.3 alternately (1001 values): s = 0.1. Σxᵢ² ≈ 10²¹, whose spacing
    // in doubles is 131 072, while n − 1 times the variance is 10: the subtraction returns rounding noise. Your
    // Welford summary keeps at least 7.5 of the 8.3 digits that double input allows.
    public void The_textbook_formula_loses_every_digit_on_NumAcc4_and_Welford_does_not()
    {
        var data = CertifiedData.Univariate("NumAcc4");
        var textbook = OnlineStatistics.TextbookVariance(data.Values);
        var textbookS = textbook > 0 ? Math.Sqrt(textbook) : 0;
        CertifiedData.LogRelativeError(textbookS, data.StandardDeviation).Should().BeLessThan(2);
        CertifiedData.LogRelativeError(OnlineStatistics.Of(data.Values).StandardDeviation, data.StandardDeviation).Should().BeGreaterThanOrEqualTo(7.5);
    }

    [Test, Order(6)]
    // The certified-accuracy thresholds (LRE = correct significant digits; the best double input allows for s is
    // 15, 13.8, 15, 9.5 and 8.3). Michelso (values ≈ 299.8, s ≈ 0.08) needs the shift of the lesson: plain Welford reaches 12.4.
    public void Reaches_the_certified_digits_on_the_NIST_StRD_data(
        [Values("NumAcc1", "Michelso", "NumAcc2", "NumAcc3", "NumAcc4")] string name)
    {
        var required = new Dictionary<string, double> { ["NumAcc1"] = 14, ["Michelso"] = 13, ["NumAcc2"] = 14, ["NumAcc3"] = 9, ["NumAcc4"] = 7.5 };
        var data = CertifiedData.Univariate(name);
        var statistics = OnlineStatistics.Of(data.Values);
        CertifiedData.LogRelativeError(statistics.Mean, data.Mean).Should().BeGreaterThanOrEqualTo(14, "the mean of {0}", name);
        CertifiedData.LogRelativeError(statistics.StandardDeviation, data.StandardDeviation)
            .Should().BeGreaterThanOrEqualTo(required[name], "the standard deviation of {0}", name);
    }

    [Test, Order(7)]
    // Chan's merge of a = summary(x₁ … xₖ) and b = summary(xₖ₊₁ … xₙ) equals the summary of all n values, for every
    // split point k, empty parts included. Part b carries an offset of 10³ so the two means differ.
    public void Merging_two_partial_summaries_equals_one_pass_over_all_values([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.GaussianVector(200, mean: 1, stdDev: 2);
        var k = data.Random.NextInt(0, 201);
        for (var i = k; i < x.Length; i++)
        {
            x[i] += 1000;
        }

        var merged = OnlineStatistics.Merge(OnlineStatistics.Of(x[..k]), OnlineStatistics.Of(x[k..]));

        merged.Count.Should().Be(200);
        merged.Mean.Should().BeApproximately(x.Mean(), Tolerance.Tight);
        merged.Variance.Should().BeApproximately(x.Variance(), Tolerance.Tight);
        merged.PopulationVariance.Should().BeApproximately(x.PopulationVariance(), Tolerance.Tight);
    }

    [Test, Order(8)]
    // Merge returns a new summary: adding to it later must not change a or b (and vice versa).
    public void Merge_returns_a_new_summary_and_leaves_its_inputs_alone()
    {
        var a = OnlineStatistics.Of([1, 2, 3]);
        var b = OnlineStatistics.Of([10, 20]);
        var merged = OnlineStatistics.Merge(a, b);
        merged.Add(100);
        a.Count.Should().Be(3);
        a.Mean.Should().BeApproximately(2, Tolerance.Tight);
        b.Count.Should().Be(2);
        b.Variance.Should().BeApproximately(50, Tolerance.Tight);
        merged.Count.Should().Be(6);
        merged.Mean.Should().BeApproximately(136.0 / 6, Tolerance.Tight);
        var fromEmpty = OnlineStatistics.Merge(new OnlineStatistics(), a);
        fromEmpty.Add(4);
        a.Count.Should().Be(3);
        fromEmpty.Mean.Should().BeApproximately(2.5, Tolerance.Tight);
    }

    [Test, Order(9)]
    // Var(aX + b) = a²·Var(X) at every scale: with b = 10⁹·a the summary of a·x + b has the variance a²·Var(x) to
    // about 1e-7 relative (the offset costs log₁₀(10⁹/0.3) ≈ 9.5 of the 16 digits), for a = 1e-12, 1 and 1e12.
    public void Variance_of_aX_plus_b_is_a_squared_times_the_variance([Values(1e-12, 1.0, 1e12)] double a)
    {
        var x = new TestData(3).Vector(500, 0, 1);
        var statistics = OnlineStatistics.Of([.. x.Select(v => (a * v) + (1e9 * a))]);
        statistics.Variance.Should().BeApproximately(a * a * x.Variance(), Tolerance.RelativeOnly(1e-6));
        statistics.Mean.Should().BeApproximately(a * (1e9 + x.Mean()), Tolerance.RelativeOnly(1e-15));
    }

    [Test, Order(10)]
    // Statistics of nothing are undefined, s² needs two values, and NaN or ∞ would poison every later value.
    public void Bad_input_and_undefined_statistics_are_reported()
    {
        var empty = new OnlineStatistics();
        FluentActions.Invoking(() => empty.Mean).Should().Throw<InvalidOperationException>().WithMessage("*empty*");
        FluentActions.Invoking(() => empty.PopulationVariance).Should().Throw<InvalidOperationException>().WithMessage("*empty*");
        FluentActions.Invoking(() => OnlineStatistics.Of([1]).Variance).Should().Throw<InvalidOperationException>().WithMessage("*two*");
        FluentActions.Invoking(() => OnlineStatistics.Of([1]).StandardDeviation).Should().Throw<InvalidOperationException>().WithMessage("*two*");
        FluentActions.Invoking(() => empty.Add(double.NaN)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => empty.Add(double.PositiveInfinity)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        empty.Count.Should().Be(0, "a rejected value is not counted");
        FluentActions.Invoking(() => OnlineStatistics.Of(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OnlineStatistics.Merge(null!, empty)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OnlineStatistics.Merge(empty, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OnlineStatistics.TextbookVariance([1])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => OnlineStatistics.TextbookVariance(null!)).Should().Throw<ArgumentNullException>();
        // Two values are enough for the textbook formula too: 1 and 3 give (1 + 9 − 16/2)/1 = 2.
        OnlineStatistics.TextbookVariance([1, 3]).Should().Be(2);
    }

    [Test, Order(11)]
    // An empty summary is the identity of the merge on either side: Merge(a, ∅) and Merge(∅, a) summarise exactly a's
    // values and go on like a when more values are added. The data sit near 1e9 with s ≈ 1: a merged summary that lost
    // a's reference point (the shift of the lesson) rounds each later deviation at ulp(1e9) ≈ 1.2e-7 and drifts by about
    // 1e-7 relative in the variance; 1e-12 relative is rounding.
    public void An_empty_summary_is_the_identity_of_the_merge_on_either_side()
    {
        var x = new TestData(4).GaussianVector(20, mean: 1e9, stdDev: 1);
        var whole = OnlineStatistics.Of(x);
        (string Name, OnlineStatistics Merged)[] cases =
        [
            ("Merge(a, empty)", OnlineStatistics.Merge(OnlineStatistics.Of(x[..10]), new OnlineStatistics())),
            ("Merge(empty, a)", OnlineStatistics.Merge(new OnlineStatistics(), OnlineStatistics.Of(x[..10]))),
        ];
        foreach (var (name, merged) in cases)
        {
            merged.Count.Should().Be(10, name);
            merged.Mean.Should().BeApproximately(x[..10].Average(), Tolerance.RelativeOnly(1e-15), name);
            foreach (var v in x[10..])
            {
                merged.Add(v);
            }

            merged.Variance.Should().BeApproximately(whole.Variance, Tolerance.RelativeOnly(1e-12), "for {0}", name);
        }
    }
}
