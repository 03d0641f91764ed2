using MathForML.Verification;
using MathNet.Numerics;
using ChiSquaredDistribution = MathNet.Numerics.Distributions.ChiSquared;

namespace MathForML.Statistics.Tests;

/// <summary>
/// Chi-squared tests by hand (a die, Mendel's peas, small tables), against closed-form tails and MathNet's CDF, and by
/// simulation under the null hypothesis, where p-values are uniform. Wrong implementations these tests catch: k degrees
/// of freedom instead of k − 1, or r·c − 1 instead of (r − 1)(c − 1); dividing by the observed count instead of the
/// expected one (Neyman's statistic); reporting CDF(χ²) instead of the upper tail; 1 − CDF(χ²), which rounds tiny
/// p-values to exactly 0; expected proportions used without rescaling to the observed total; row total × column total
/// without dividing by n; a negative or NaN statistic, or a negative count in a table, passed on to the tail function.
/// </summary>
public class ChiSquaredTests
{
    private static readonly double[] Peas = [315, 108, 101, 32];
    private static readonly double[] NineThreeThreeOne = [9, 3, 3, 1];

    [Test, Order(1)]
    // Closed forms: for ν = 2 the upper tail is e^(−x/2); for ν = 1 it is erfc(√(x/2)). The 5 % critical value of χ²(1)
    // is 3.841459 (= 1.959964²). At x = 600, ν = 2: e^(−300) ≈ 5.1e-131, which 1 − CDF would round to 0.
    public void The_upper_tail_matches_closed_forms_even_far_out()
    {
        ChiSquared.UpperTail(0, 3).Should().Be(1);
        ChiSquared.UpperTail(3.841459, 1).Should().BeApproximately(0.05, Tolerance.AbsoluteOnly(1e-7));
        ChiSquared.UpperTail(5, 2).Should().BeApproximately(Math.Exp(-2.5), Tolerance.Tight);
        ChiSquared.UpperTail(600, 2).Should().BeApproximately(Math.Exp(-300), Tolerance.RelativeOnly(1e-10));
        ChiSquared.UpperTail(700, 1).Should().BeApproximately(SpecialFunctions.Erfc(Math.Sqrt(350)), Tolerance.RelativeOnly(1e-10));
        ChiSquared.UpperTail(700, 1).Should().BeGreaterThan(0);
    }

    [Test, Order(2)]
    // A die rolled 60 times shows 5, 8, 9, 8, 10, 20; fair means E = 10 each. χ² = (25 + 4 + 1 + 4 + 0 + 100)/10 = 13.4 on
    // ν = 6 − 1 = 5, p = 0.019905 (regularized incomplete gamma Q(2.5, 6.7)): the die is suspicious at the 5 % level.
    public void A_die_rolled_60_times_by_hand()
    {
        var result = ChiSquared.GoodnessOfFit([5, 8, 9, 8, 10, 20], [1, 1, 1, 1, 1, 1]);
        result.Statistic.Should().BeApproximately(13.4, Tolerance.Tight);
        result.DegreesOfFreedom.Should().Be(5);
        result.PValue.Should().BeApproximately(0.0199052, Tolerance.AbsoluteOnly(1e-7));
    }

    [Test, Order(3)]
    // Mendel's 556 peas: 315 round yellow, 108 round green, 101 wrinkled yellow, 32 wrinkled green, against 9:3:3:1.
    // E = 312.75, 104.25, 104.25, 34.75; χ² = 2.25²/312.75 + 3.75²/104.25 + 3.25²/104.25 + 2.75²/34.75 = 0.470024 on
    // ν = 3, p = 0.925426: a very good fit. Probabilities 9/16 … or expected counts give the same test.
    public void Mendels_peas_fit_nine_three_three_one()
    {
        var result = ChiSquared.GoodnessOfFit(Peas, NineThreeThreeOne);
        result.Statistic.Should().BeApproximately(0.470024, Tolerance.AbsoluteOnly(1e-6));
        result.DegreesOfFreedom.Should().Be(3);
        result.PValue.Should().BeApproximately(0.925426, Tolerance.AbsoluteOnly(1e-6));
        ChiSquared.GoodnessOfFit(Peas, [9 / 16.0, 3 / 16.0, 3 / 16.0, 1 / 16.0]).Statistic.Should().BeApproximately(result.Statistic, Tolerance.Tight);
        ChiSquared.GoodnessOfFit(Peas, [312.75, 104.25, 104.25, 34.75]).PValue.Should().BeApproximately(result.PValue, Tolerance.Tight);
    }

    [Test, Order(4)]
    // Each parameter of the null distribution estimated from the same counts costs one degree of freedom: the Mendel
    // statistic with one estimated parameter is compared with χ²(2): p = Q(1, 0.235012) = e^(−0.235012) = 0.790561.
    public void Each_estimated_parameter_costs_a_degree_of_freedom()
    {
        var result = ChiSquared.GoodnessOfFit(Peas, NineThreeThreeOne, estimatedParameters: 1);
        result.DegreesOfFreedom.Should().Be(2);
        result.PValue.Should().BeApproximately(0.790561, Tolerance.AbsoluteOnly(1e-6));
    }

    [Test, Order(5)]
    // Table [[10, 20], [30, 40]]: row totals 30, 70, column totals 40, 60, n = 100, so E = [[12, 18], [28, 42]].
    // χ² = 4/12 + 4/18 + 4/28 + 4/42 = 0.793651 on ν = (2 − 1)(2 − 1) = 1, p = 0.372998 (no Yates correction).
    public void A_two_by_two_table_by_hand()
    {
        double[,] table = { { 10, 20 }, { 30, 40 } };
        double[,] expected = { { 12, 18 }, { 28, 42 } };
        ChiSquared.ExpectedCounts(table).Should().BeApproximately(expected, Tolerance.Tight);
        var result = ChiSquared.Independence(table);
        result.Statistic.Should().BeApproximately(0.793651, Tolerance.AbsoluteOnly(1e-6));
        result.DegreesOfFreedom.Should().Be(1);
        result.PValue.Should().BeApproximately(0.372998, Tolerance.AbsoluteOnly(1e-6));
        table.Should().BeApproximately(new double[,] { { 10, 20 }, { 30, 40 } }, Tolerance.Tight, "the table is not modified");
    }

    [Test, Order(6)]
    // Table [[20, 15, 5], [10, 15, 35]] (two groups' answers to a three-way question): row totals 40, 60, column totals
    // 30, 30, 40, n = 100, χ² = 22.743056 on ν = (2 − 1)(3 − 1) = 2, p = e^(−11.371528) = 1.15188e-5.
    public void A_two_by_three_table_has_two_degrees_of_freedom()
    {
        var result = ChiSquared.Independence(new double[,] { { 20, 15, 5 }, { 10, 15, 35 } });
        result.Statistic.Should().BeApproximately(22.743056, Tolerance.AbsoluteOnly(1e-6));
        result.DegreesOfFreedom.Should().Be(2);
        result.PValue.Should().BeApproximately(1.15188e-5, Tolerance.RelativeOnly(1e-5));
    }

    [Test, Order(7)]
    // On seeded tables: χ² ≥ 0; the expected counts keep the row and column totals; transposing the table (or swapping two
    // rows) changes nothing; the p-value is 1 − CDF from MathNet (moderate values, where the subtraction is harmless).
    public void Independence_is_symmetric_and_matches_MathNet([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        var (r, c) = (2 + (seed % 3), 2 + (seed % 2) + 1);
        var table = new double[r, c];
        var transposed = new double[c, r];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < c; j++)
            {
                transposed[j, i] = table[i, j] = random.NextInt(1, 40);
            }
        }

        var result = ChiSquared.Independence(table);
        result.Statistic.Should().BeGreaterThanOrEqualTo(0);
        result.DegreesOfFreedom.Should().Be((r - 1) * (c - 1));
        result.PValue.Should().BeApproximately(1 - ChiSquaredDistribution.CDF(result.DegreesOfFreedom, result.Statistic), Tolerance.AbsoluteOnly(1e-12));
        var flipped = ChiSquared.Independence(transposed);
        flipped.Statistic.Should().BeApproximately(result.Statistic, Tolerance.Tight);
        flipped.PValue.Should().BeApproximately(result.PValue, Tolerance.Tight);
        var expected = ChiSquared.ExpectedCounts(table);
        for (var i = 0; i < r; i++)
        {
            Enumerable.Range(0, c).Sum(j => expected[i, j]).Should().BeApproximately(Enumerable.Range(0, c).Sum(j => table[i, j]), Tolerance.Tight);
        }

        for (var j = 0; j < c; j++)
        {
            Enumerable.Range(0, r).Sum(i => expected[i, j]).Should().BeApproximately(Enumerable.Range(0, r).Sum(i => table[i, j]), Tolerance.Tight);
        }
    }

    [Test, Order(8)]
    // Counts exactly equal to the expected ones give χ² = 0 and p = 1, in both tests; a table whose rows are proportional
    // (row 2 = 3 × row 1) is exactly independent. Multiplying every count by 10 multiplies χ² by 10.
    public void Counts_equal_to_expected_give_zero([Range(1, 3)] int seed)
    {
        var weights = new TestData(seed).ProbabilityVector(5);
        var fit = ChiSquared.GoodnessOfFit([.. weights.Select(w => 1000 * w)], weights);
        fit.Statistic.Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-9));
        fit.PValue.Should().BeApproximately(1, Tolerance.AbsoluteOnly(1e-9));
        var proportional = ChiSquared.Independence(new double[,] { { 2, 5, 7 }, { 6, 15, 21 } });
        proportional.Statistic.Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-12));
        var counts = new TestData(seed + 10).Vector(5, 5, 50).Select(v => Math.Round(v)).ToArray();
        ChiSquared.GoodnessOfFit([.. counts.Select(o => 10 * o)], weights).Statistic
            .Should().BeApproximately(10 * ChiSquared.GoodnessOfFit(counts, weights).Statistic, Tolerance.Default);
    }

    [Test, Order(9)]
    // Under H₀ a p-value is uniform: its empirical CDF at 0.1, 0.2, …, 0.9 is near the level itself. 1000 multinomial
    // samples of n = 100 over 5 cells (every E ≥ 10, so the χ² approximation is good to about 0.01) and 500 2 × 3 tables of
    // n = 90 with independent rows and columns (E ≥ 10). The empirical CDF's standard deviation is at most √(0.25/N):
    // 0.016 and 0.022; the bounds 0.07 and 0.1 allow 4σ plus the approximation error (seeds fixed). With k instead of
    // k − 1 (or r·c − 1 instead of (r − 1)(c − 1)) degrees of freedom the p-values pile up near 1 and fail by far.
    public void Under_the_null_hypothesis_p_values_are_uniform()
    {
        double[] cells = [0.1, 0.15, 0.2, 0.25, 0.3];
        var random = new Random(5);
        var fits = Enumerable.Range(0, 1000).Select(_ => ChiSquared.GoodnessOfFit(TestData.Multinomial(cells, 100, random), cells).PValue).ToArray();
        double[] rowShares = [0.4, 0.6];
        double[] columnShares = [0.25, 0.35, 0.4];
        var tables = Enumerable.Range(0, 500).Select(_ =>
        {
            var table = new double[2, 3];
            for (var draw = 0; draw < 90; draw++)
            {
                table[TestData.Category(rowShares, random), TestData.Category(columnShares, random)]++;
            }

            return ChiSquared.Independence(table).PValue;
        }).ToArray();
        for (var level = 0.1; level < 0.95; level += 0.1)
        {
            var q = level;
            ((double)fits.Count(p => p <= q) / fits.Length).Should().BeApproximately(q, Tolerance.AbsoluteOnly(0.07), $"about {q:P0} of p-values fall below {q}");
            ((double)tables.Count(p => p <= q) / tables.Length).Should().BeApproximately(q, Tolerance.AbsoluteOnly(0.1), $"about {q:P0} of p-values fall below {q}");
        }
    }

    [Test, Order(10)]
    // A strongly dependent table: [[400, 100], [100, 400]] has E = 250 everywhere, χ² = 4·150²/250 = 360 on ν = 1 and
    // p = erfc(√180) ≈ 2.8157e-80 — far below the 1e-16 where 1 − CDF rounds to 0.
    public void A_dependent_table_gives_a_tiny_but_positive_p_value()
    {
        var result = ChiSquared.Independence(new double[,] { { 400, 100 }, { 100, 400 } });
        result.Statistic.Should().BeApproximately(360, Tolerance.Tight);
        result.PValue.Should().BeGreaterThan(0).And.BeLessThan(1e-70);
        result.PValue.Should().BeApproximately(2.81568430e-80, Tolerance.RelativeOnly(1e-8));
    }

    [Test, Order(11)]
    // The smallest test: two categories, one degree of freedom. 60 heads and 40 tails against a fair coin (E = 50, 50):
    // χ² = 10²/50 + 10²/50 = 4 on ν = 1, p = P(χ²₁ ≥ 4) = P(|Z| ≥ 2) = 0.0455.
    public void Two_categories_leave_one_degree_of_freedom()
    {
        var coin = ChiSquared.GoodnessOfFit([60, 40], [0.5, 0.5]);

        coin.Statistic.Should().BeApproximately(4, Tolerance.Tight);
        coin.DegreesOfFreedom.Should().Be(1);
        coin.PValue.Should().BeApproximately(2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -2), 1e-12);
    }

    [Test, Order(12)]
    // Counts cannot be negative; a zero expected count divides by zero; the shapes must match; a test needs two
    // categories, or two rows and two columns; estimating too many parameters leaves no degree of freedom.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => ChiSquared.GoodnessOfFit([3, -1, 4], [1, 1, 1])).Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => ChiSquared.GoodnessOfFit([3, 1, 4], [1, 0, 1])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => ChiSquared.GoodnessOfFit([0, 0, 0], [1, 1, 1])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => ChiSquared.GoodnessOfFit([3, 1, 4], [1, 1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => ChiSquared.GoodnessOfFit([3], [1])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => ChiSquared.GoodnessOfFit([3, 1, 4], [1, 1, 1], 2)).Should().Throw<ArgumentException>().WithMessage("*degrees of freedom*");
        FluentActions.Invoking(() => ChiSquared.GoodnessOfFit([3, 1, 4], [1, 1, 1], -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ChiSquared.GoodnessOfFit(null!, [1, 1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChiSquared.GoodnessOfFit([1, 1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChiSquared.Independence(new double[,] { { 1, 2, 3 } })).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => ChiSquared.Independence(new double[,] { { 1 }, { 2 } })).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => ChiSquared.Independence(new double[,] { { 1, -2 }, { 3, 4 } })).Should().Throw<ArgumentException>().WithMessage("*negative*").WithParameterName("table");
        FluentActions.Invoking(() => ChiSquared.ExpectedCounts(new double[,] { { 1, -2 }, { 3, 4 } })).Should().Throw<ArgumentException>().WithMessage("*negative*").WithParameterName("table");
        FluentActions.Invoking(() => ChiSquared.ExpectedCounts(new double[,] { { 1, 2 }, { 3, double.PositiveInfinity } })).Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => ChiSquared.Independence(new double[,] { { 0, 2 }, { 0, 4 } })).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => ChiSquared.ExpectedCounts(new double[,] { { 1, 2 }, { 0, 0 } })).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => ChiSquared.ExpectedCounts(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChiSquared.UpperTail(-1, 2)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*").WithParameterName("statistic");
        FluentActions.Invoking(() => ChiSquared.UpperTail(double.NaN, 2)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*").WithParameterName("statistic");
        FluentActions.Invoking(() => ChiSquared.UpperTail(1, 0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
