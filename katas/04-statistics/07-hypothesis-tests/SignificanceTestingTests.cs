using MathForML.Verification;
using MathNet.Numerics.Distributions;

namespace MathForML.Statistics.Tests;

/// <summary>
/// t- and z-tests by hand, against MathNet's CDFs, and by simulation under the null hypothesis, where a correct test
/// rejects at the 5 % level 5 % of the time. Wrong implementations these tests catch: a one-sided p-value (half the
/// right one); n degrees of freedom instead of n − 1; the pooled-variance t-test with nₐ + nᵦ − 2 degrees of freedom
/// in place of Welch's (it rejects far too often when the smaller sample has the larger variance); the standard error
/// √(p̂(1 − p̂)/n) in the proportion test; p = 2(1 − CDF(|t|)), which rounds tail p-values to exactly 0; the "constant"
/// check applied to vₐ − vᵦ (it rejects two samples with equal spread); 0 or n successes rejected as out of range;
/// p₀ = 0 or zero trials let through (a division by zero).
/// </summary>
public class SignificanceTestingTests
{
    [Test, Order(1)]
    // 1, 2, 3, 4, 5 against μ₀ = 2: x̄ = 3, s² = 2.5, s/√n = √0.5, so t = 1/√0.5 = √2 with ν = 4; the two-sided p-value
    // P(|T₄| ≥ √2) = 0.230200 (numerical integration of the t₄ density).
    public void A_one_sample_t_test_by_hand()
    {
        var result = SignificanceTesting.OneSampleT([1, 2, 3, 4, 5], 2);
        result.Statistic.Should().BeApproximately(Math.Sqrt(2), Tolerance.Tight);
        result.DegreesOfFreedom.Should().Be(4);
        result.PValue.Should().BeApproximately(0.230200, Tolerance.AbsoluteOnly(1e-6));
    }

    [Test, Order(2)]
    // a = 1 … 5 (x̄ = 3, s² = 2.5), b = 2, 4, … 12 (x̄ = 7, s² = 14): sₐ²/nₐ = 0.5, sᵦ²/nᵦ = 7/3; t = −4/√(17/6) =
    // −2.376354; ν = (17/6)² / (0.5²/4 + (7/3)²/5) = 6.972256; p = 0.049284. The pooled test would use ν = 9.
    public void A_Welch_t_test_by_hand()
    {
        var result = SignificanceTesting.WelchT([1, 2, 3, 4, 5], [2, 4, 6, 8, 10, 12]);
        result.Statistic.Should().BeApproximately(-2.376354, Tolerance.AbsoluteOnly(1e-6));
        result.DegreesOfFreedom.Should().BeApproximately(6.972256, Tolerance.AbsoluteOnly(1e-6));
        result.PValue.Should().BeApproximately(0.049284, Tolerance.AbsoluteOnly(1e-6));
    }

    [Test, Order(3)]
    // 60 heads in 100 tosses against p₀ = ½: z = (0.6 − 0.5)/√(0.25/100) = 0.1/0.05 = 2, p = 2Φ(−2) = 0.0455003.
    public void A_proportion_z_test_by_hand()
    {
        var result = SignificanceTesting.ProportionZ(60, 100, 0.5);
        result.Statistic.Should().BeApproximately(2, Tolerance.Tight);
        result.DegreesOfFreedom.Should().Be(double.PositiveInfinity);
        result.PValue.Should().BeApproximately(0.0455003, Tolerance.AbsoluteOnly(1e-7));
    }

    [Test, Order(4)]
    // On seeded samples the statistics follow their formulas and p = 2·F(−|t|) with MathNet's CDF F; swapping the two
    // samples flips the sign of Welch's t and keeps ν and p.
    public void Statistics_and_p_values_match_MathNet_on_seeded_samples([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, b) = (data.GaussianVector(4 + seed, 1, 2), data.GaussianVector(12 - seed, 0, 0.5));
        var one = SignificanceTesting.OneSampleT(a, 0.3);
        one.PValue.Should().BeApproximately(2 * StudentT.CDF(0, 1, a.Length - 1, -Math.Abs(one.Statistic)), Tolerance.Tight);
        var ab = SignificanceTesting.WelchT(a, b);
        var ba = SignificanceTesting.WelchT(b, a);
        ba.Statistic.Should().BeApproximately(-ab.Statistic, Tolerance.Tight);
        ba.DegreesOfFreedom.Should().BeApproximately(ab.DegreesOfFreedom, Tolerance.Tight);
        ab.PValue.Should().BeApproximately(2 * StudentT.CDF(0, 1, ab.DegreesOfFreedom, -Math.Abs(ab.Statistic)), Tolerance.Tight);
        ab.DegreesOfFreedom.Should().BeInRange(Math.Min(a.Length, b.Length) - 1, a.Length + b.Length - 2);
    }

    [Test, Order(5)]
    // The statistics are scale-free: multiplying the data (and μ₀) by 1e-12 or 1e12 changes no t, ν or p.
    public void Tests_do_not_depend_on_the_units([Values(1e-12, 1e12)] double a)
    {
        var data = new TestData(6);
        var (x, y) = (data.GaussianVector(9, 1, 1), data.GaussianVector(7, 0, 3));
        var scaled = SignificanceTesting.WelchT([.. x.Select(v => a * v)], [.. y.Select(v => a * v)]);
        scaled.Statistic.Should().BeApproximately(SignificanceTesting.WelchT(x, y).Statistic, Tolerance.RelativeOnly(1e-12));
        SignificanceTesting.OneSampleT([.. x.Select(v => a * v)], 0.5 * a).PValue
            .Should().BeApproximately(SignificanceTesting.OneSampleT(x, 0.5).PValue, Tolerance.RelativeOnly(1e-10));
    }

    [Test, Order(6)]
    // Under H₀ a p-value is uniform, so p < 0.05 happens 5 % of the time. 4000 simulated pairs with μₐ = μᵦ but
    // nₐ = 5 with σₐ = 4 and nᵦ = 25 with σᵦ = 1; the rate's standard deviation is √(0.05·0.95/4000) ≈ 0.34 %, so ±1.7 %
    // is 5σ (seed fixed). The pooled t-test with ν = 28 rejects about 20 % of the time here; Welch's stays at 5 %.
    // Likewise the one-sample test on n = 6 values.
    public void Under_the_null_hypothesis_p_below_5_percent_happens_5_percent_of_the_time()
    {
        var random = new Random(11);
        var (welch, one) = (0, 0);
        for (var k = 0; k < 4000; k++)
        {
            var a = Enumerable.Range(0, 5).Select(_ => Normal.Sample(random, 10, 4)).ToArray();
            var b = Enumerable.Range(0, 25).Select(_ => Normal.Sample(random, 10, 1)).ToArray();
            welch += SignificanceTesting.WelchT(a, b).PValue < 0.05 ? 1 : 0;
            one += SignificanceTesting.OneSampleT(b[..6], 10).PValue < 0.05 ? 1 : 0;
        }

        (welch / 4000.0).Should().BeApproximately(0.05, Tolerance.AbsoluteOnly(0.017));
        (one / 4000.0).Should().BeApproximately(0.05, Tolerance.AbsoluteOnly(0.017));
    }

    [Test, Order(7)]
    // Far in the tail 1 − CDF(|z|) is 1 − (1 − tiny) = 0 in doubles. 900 heads in 1000 against ½: z = 0.4/√(0.25/1000) ≈ 25.3
    // and p ≈ 1e-140; 2·Φ(−|z|) computes it directly. The same for a one-sample t far from μ₀.
    public void Tail_p_values_are_tiny_but_not_zero()
    {
        var z = SignificanceTesting.ProportionZ(900, 1000, 0.5);
        z.PValue.Should().BeGreaterThan(0).And.BeLessThan(1e-100);
        z.PValue.Should().BeApproximately(2 * Normal.CDF(0, 1, -z.Statistic), Tolerance.RelativeOnly(1e-9));
        var t = SignificanceTesting.OneSampleT([100, 100.1, 99.9, 100.05, 99.95, 100.02, 99.98, 100.01], 0);
        t.PValue.Should().BeGreaterThan(0).And.BeLessThan(1e-20);
    }

    [Test, Order(8)]
    // Samples too small or without spread, impossible counts, a null proportion that is not strictly between 0 and 1.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => SignificanceTesting.OneSampleT([1], 0)).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => SignificanceTesting.OneSampleT([], 0)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => SignificanceTesting.OneSampleT(null!, 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SignificanceTesting.OneSampleT([3, 3, 3], 0)).Should().Throw<ArgumentException>().WithMessage("*constant*");
        FluentActions.Invoking(() => SignificanceTesting.OneSampleT([1, 2], double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*").WithParameterName("mu0");
        FluentActions.Invoking(() => SignificanceTesting.WelchT([1, 2], [5])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => SignificanceTesting.WelchT([1, 1], [5, 5])).Should().Throw<ArgumentException>().WithMessage("*constant*");
        FluentActions.Invoking(() => SignificanceTesting.WelchT([1, double.NaN], [5, 6])).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => SignificanceTesting.ProportionZ(5, 0, 0.5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("trials");
        FluentActions.Invoking(() => SignificanceTesting.ProportionZ(0, 0, 0.5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("trials");
        FluentActions.Invoking(() => SignificanceTesting.ProportionZ(11, 10, 0.5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*trials*").WithParameterName("successes");
        FluentActions.Invoking(() => SignificanceTesting.ProportionZ(-1, 10, 0.5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*trials*").WithParameterName("successes");
        FluentActions.Invoking(() => SignificanceTesting.ProportionZ(5, 10, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 0 and 1*").WithParameterName("p0");
        FluentActions.Invoking(() => SignificanceTesting.ProportionZ(5, 10, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 0 and 1*").WithParameterName("p0");
        FluentActions.Invoking(() => SignificanceTesting.ProportionZ(5, 10, double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(9)]
    // Equal sizes and equal variances make Welch's test Student's pooled one: a = 1, 2, 3 and b = 4, 5, 6 both have s² = 1,
    // so vₐ = vᵦ = 1/3, t = (2 − 5)/√(2/3) = −3.674235 and ν = (2/3)² / ((1/3)²/2 + (1/3)²/2) = (4/9)/(1/9) = 4 = nₐ + nᵦ − 2.
    public void Equal_spreads_give_the_pooled_t_with_n_a_plus_n_b_minus_2_degrees_of_freedom()
    {
        var result = SignificanceTesting.WelchT([1, 2, 3], [4, 5, 6]);
        result.Statistic.Should().BeApproximately(-3 / Math.Sqrt(2.0 / 3), Tolerance.Tight);
        result.DegreesOfFreedom.Should().BeApproximately(4, Tolerance.Tight);
        result.PValue.Should().BeApproximately(2 * StudentT.CDF(0, 1, 4, -3 / Math.Sqrt(2.0 / 3)), Tolerance.Tight);
    }

    [Test, Order(10)]
    // No success and all successes are possible outcomes, not errors: 0 of 10 against p₀ = ½ gives
    // z = (0 − 0.5)/√(0.25/10) = −√10 ≈ −3.162, 10 of 10 gives +√10; both have p = 2Φ(−√10) ≈ 0.001565.
    public void No_success_and_all_successes_are_valid_counts()
    {
        var none = SignificanceTesting.ProportionZ(0, 10, 0.5);
        var all = SignificanceTesting.ProportionZ(10, 10, 0.5);
        none.Statistic.Should().BeApproximately(-Math.Sqrt(10), Tolerance.Tight);
        all.Statistic.Should().BeApproximately(Math.Sqrt(10), Tolerance.Tight);
        all.PValue.Should().BeApproximately(2 * Normal.CDF(0, 1, -Math.Sqrt(10)), Tolerance.Tight);
    }
}
