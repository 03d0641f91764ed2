using MathForML.Verification;
using MathNetCorrelation = MathNet.Numerics.Statistics.Correlation;
using MathNetStatistics = MathNet.Numerics.Statistics.Statistics;
using RankDefinition = MathNet.Numerics.Statistics.RankDefinition;

namespace MathForML.Statistics.Tests;

/// <summary>
/// Covariance, Pearson's r and Spearman's ρ by hand, against MathNet on seeded samples, under changes of units and
/// offsets, and on monotone but non-linear relations. Wrong implementations these tests catch: dividing the covariance
/// by n instead of n − 1; the one-pass formula Σxy − n·x̄·ȳ, which loses every digit when the data sit near 1e9; ordinal
/// ranks that break ties by position (1, 2, 3, 4 for 10, 20, 20, 30) instead of averaging them; 0-based ranks;
/// Spearman's shortcut 1 − 6Σd²/(n(n² − 1)), which is exact only without ties; a correlation that returns NaN or ±∞
/// for a constant sample instead of saying so, or that blames the wrong sample; Spearman leaving its checks to the
/// ranking (an empty pair of samples reported as "empty", a null one as "values").
/// </summary>
public class CorrelationTests
{
    private static readonly double[] Xs = [1, 2, 3, 4];
    private static readonly double[] Ys = [2, 4, 5, 9];

    [Test, Order(1)]
    // x = 1, 2, 3, 4 (x̄ = 2.5) and y = 2, 4, 5, 9 (ȳ = 5): deviations −1.5, −0.5, 0.5, 1.5 and −3, −1, 0, 4, so
    // Σ dx·dy = 4.5 + 0.5 + 0 + 6 = 11 and s_xy = 11/(n − 1) = 11/3 (dividing by n would give 2.75).
    public void The_sample_covariance_by_hand()
    {
        Correlation.Covariance(Xs, Ys).Should().BeApproximately(11 / 3.0, Tolerance.Tight);
        Correlation.Covariance(Xs, Xs).Should().BeApproximately(5 / 3.0, Tolerance.Tight, "the covariance of x with itself is its variance");
        Correlation.Covariance(Xs, [7, 7, 7, 7]).Should().Be(0);
    }

    [Test, Order(2)]
    // With Σ dx² = 5 and Σ dy² = 9 + 1 + 0 + 16 = 26: r = 11/√(5·26) = 11/√130 = 0.964764. An exact line y = 3x − 2 gives
    // r = 1, a falling line r = −1.
    public void Pearsons_r_by_hand()
    {
        Correlation.Pearson(Xs, Ys).Should().BeApproximately(11 / Math.Sqrt(130), Tolerance.Tight);
        Correlation.Pearson(Xs, [.. Xs.Select(x => (3 * x) - 2)]).Should().BeApproximately(1, Tolerance.Tight);
        Correlation.Pearson(Xs, [.. Xs.Select(x => -0.5 * x)]).Should().BeApproximately(-1, Tolerance.Tight);
    }

    [Test, Order(3)]
    // On seeded pairs y = βx + noise, r agrees with MathNet's Correlation.Pearson and lies in [−1, 1].
    public void Pearson_matches_MathNet_on_seeded_pairs([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.GaussianVector(30, 2, 3);
        var noise = data.GaussianVector(30);
        var beta = seed - 3;
        double[] y = [.. x.Select((v, i) => (beta * v) + (2 * noise[i]))];
        var r = Correlation.Pearson(x, y);
        r.Should().BeApproximately(MathNetCorrelation.Pearson(x, y), Tolerance.Tight).And.BeInRange(-1, 1);
        Correlation.Covariance(x, y).Should().BeApproximately(MathNetStatistics.Covariance(x, y), Tolerance.Tight);
    }

    [Test, Order(4)]
    // r(a·x + b, c·y + d) = sign(a·c)·r(x, y): a correlation has no units. In particular negating y flips its sign,
    // and the covariance scales by a·c.
    public void Pearson_is_invariant_to_positive_affine_maps_and_flips_under_negation([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var (x, y) = (data.Vector(25), data.Vector(25));
        var r = Correlation.Pearson(x, y);
        Correlation.Pearson([.. x.Select(v => (4 * v) + 7)], [.. y.Select(v => (0.25 * v) - 3)]).Should().BeApproximately(r, Tolerance.Tight);
        Correlation.Pearson(x, [.. y.Select(v => -v)]).Should().BeApproximately(-r, Tolerance.Tight);
        Correlation.Pearson([.. x.Select(v => -2 * v)], [.. y.Select(v => -v)]).Should().BeApproximately(r, Tolerance.Tight);
        Correlation.Covariance([.. x.Select(v => 4 * v)], [.. y.Select(v => -3 * v)]).Should().BeApproximately(-12 * Correlation.Covariance(x, y), Tolerance.Tight);
    }

    [Test, Order(5)]
    // Adding 1e9 to every value must not change r: the data themselves then carry about 1e-7 absolute rounding (the
    // spacing of doubles near 1e9), so r agrees to 1e-6. The one-pass formula Σxy − n·x̄·ȳ subtracts two numbers near
    // 3e19 whose rounding errors (≈ 1e4) dwarf the answer. Scaling by 1e-12 or 1e12 changes r by rounding only and the
    // covariance by the square of the scale.
    public void Offsets_and_scales_do_not_change_r([Values(1e-12, 1e12)] double scale)
    {
        var data = new TestData(7);
        var x = data.GaussianVector(30);
        double[] y = [.. x.Select((v, i) => v + data.Random.Gaussian())];
        var r = Correlation.Pearson(x, y);
        Correlation.Pearson([.. x.Select(v => v + 1e9)], [.. y.Select(v => v + 1e9)]).Should().BeApproximately(r, Tolerance.AbsoluteOnly(1e-6));
        Correlation.Covariance([.. x.Select(v => v + 1e9)], [.. y.Select(v => v + 1e9)]).Should().BeApproximately(Correlation.Covariance(x, y), Tolerance.AbsoluteOnly(1e-5));
        Correlation.Pearson([.. x.Select(v => v * scale)], [.. y.Select(v => v * scale)]).Should().BeApproximately(r, Tolerance.Tight);
        Correlation.Covariance([.. x.Select(v => v * scale)], [.. y.Select(v => v * scale)])
            .Should().BeApproximately(scale * scale * Correlation.Covariance(x, y), Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(6)]
    // Ranks count from 1; tied values share the average of the places they fill. 10, 20, 20, 30: the two 20s fill places
    // 2 and 3, so both get 2.5. 3, 1, 4, 1, 5, 9, 2, 6, 5: the 1s share 1.5, the 5s share (6 + 7)/2 = 6.5. The ranks of
    // n values always sum to n(n + 1)/2 (45 for n = 9).
    public void Ranks_start_at_one_and_ties_share_their_average_rank()
    {
        Correlation.Ranks([10, 20, 20, 30]).Should().Equal(1, 2.5, 2.5, 4);
        double[] values = [3, 1, 4, 1, 5, 9, 2, 6, 5];
        Correlation.Ranks(values).Should().Equal(4, 1.5, 5, 1.5, 6.5, 9, 3, 8, 6.5);
        values.Should().Equal([3, 1, 4, 1, 5, 9, 2, 6, 5], "the input is not modified");
        Correlation.Ranks([7, 7, 7]).Should().Equal(2, 2, 2);
        Correlation.Ranks([42]).Should().Equal(1);
    }

    [Test, Order(7)]
    // Seeded samples with many ties (values rounded to whole numbers in −3 … 3): the ranks agree with MathNet's
    // Statistics.Ranks with RankDefinition.Average, and sum to n(n + 1)/2.
    public void Ranks_match_MathNet_on_seeded_samples_with_ties([Range(1, 5)] int seed)
    {
        double[] values = [.. new TestData(seed).GaussianVector(40).Select(v => Math.Round(1.5 * v))];
        var ranks = Correlation.Ranks(values);
        ranks.Should().BeApproximately(MathNetStatistics.Ranks(values, RankDefinition.Average), Tolerance.Tight);
        ranks.Sum().Should().BeApproximately(40 * 41 / 2.0, Tolerance.Tight);
    }

    [Test, Order(8)]
    // Without ties: x = 1 … 5 against y = 2, 1, 4, 3, 5 (their own ranks), ρ = r = 0.8. With ties: x = 1, 2, 2, 3 has ranks
    // 1, 2.5, 2.5, 4 and y = 1, 3, 2, 4; the centred ranks give Σ dx·dy = 4.5, Σ dx² = 4.5, Σ dy² = 5 and
    // ρ = 4.5/√22.5 = 0.948683. The shortcut 1 − 6Σd²/(n(n² − 1)) gives 0.95 here, and ordinal ranks 1, 2, 3, 4 give 0.8.
    public void Spearmans_rho_by_hand_with_and_without_ties()
    {
        Correlation.Spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]).Should().BeApproximately(0.8, Tolerance.Tight);
        Correlation.Spearman([1, 2, 2, 3], [1, 3, 2, 4]).Should().BeApproximately(4.5 / Math.Sqrt(22.5), Tolerance.Tight);
    }

    [Test, Order(9)]
    // On seeded pairs with ties in both samples ρ agrees with MathNet's Correlation.Spearman (average ranks).
    public void Spearman_matches_MathNet_on_seeded_pairs_with_ties([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        double[] x = [.. data.GaussianVector(35).Select(v => Math.Round(2 * v))];
        double[] y = [.. x.Select(v => Math.Round(v + (2 * data.Random.Gaussian())))];
        Correlation.Spearman(x, y).Should().BeApproximately(MathNetCorrelation.Spearman(x, y), Tolerance.Tight).And.BeInRange(-1, 1);
    }

    [Test, Order(10)]
    // ρ only sees the order: under any strictly increasing map (exp, x³) ρ = 1, under a decreasing one ρ = −1, although
    // the relation is far from a line and Pearson's r of x and e^(3x) stays clearly below 1.
    public void Spearman_is_one_on_any_increasing_transform_where_Pearson_is_not([Range(1, 3)] int seed)
    {
        var x = new TestData(seed).Vector(30, 0, 2);
        double[] y = [.. x.Select(v => Math.Exp(3 * v))];
        Correlation.Spearman(x, y).Should().BeApproximately(1, Tolerance.Tight);
        Correlation.Spearman(x, [.. x.Select(v => -v * v * v)]).Should().BeApproximately(-1, Tolerance.Tight);
        Correlation.Pearson(x, y).Should().BeLessThan(0.95);
    }

    [Test, Order(11)]
    // Pairs need equal lengths and at least two of them; a constant sample has no spread to correlate with.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => Correlation.Pearson([1, 2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Correlation.Covariance([1, 2], [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Correlation.Spearman([1, 2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Correlation.Pearson([1], [2])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => Correlation.Covariance([], [])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => Correlation.Pearson([1, 2, 3], [5, 5, 5])).Should().Throw<ArgumentException>().WithMessage("*constant*").WithParameterName("y");
        FluentActions.Invoking(() => Correlation.Pearson([4, 4, 4], [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*constant*").WithParameterName("x");
        FluentActions.Invoking(() => Correlation.Spearman([1, 2, 3], [2, 2, 2])).Should().Throw<ArgumentException>().WithMessage("*constant*").WithParameterName("y");
        FluentActions.Invoking(() => Correlation.Pearson([1, double.NaN], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => Correlation.Ranks([1, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => Correlation.Ranks([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Correlation.Pearson(null!, [1, 2])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Correlation.Covariance([1, 2], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Correlation.Spearman([1, 2], [3, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*NaN*").WithParameterName("y");
        FluentActions.Invoking(() => Correlation.Covariance([1, 2], [double.NaN, 3])).Should().Throw<ArgumentException>().WithMessage("*NaN*").WithParameterName("y");
        FluentActions.Invoking(() => Correlation.Ranks(null!)).Should().Throw<ArgumentNullException>();
        // Spearman checks the pairs as pairs before ranking: no pairs is "two" (not the ranks' "empty"), a null is x or y.
        FluentActions.Invoking(() => Correlation.Spearman([], [])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => Correlation.Spearman(null!, [1, 2])).Should().Throw<ArgumentNullException>().WithParameterName("x");
    }
}
