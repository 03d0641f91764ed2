using MathForML.Verification;
using MathNet.Numerics.Distributions;

namespace MathForML.Probability.Tests;

/// <summary>
/// Densities of transformed variables. The tests are built to catch the classic mistakes:
/// forgetting the Jacobian (p_X(ln y) alone: the log-normal would not integrate to 1 and disagrees with MathNet),
/// multiplying by the forward derivative g′(x) = y instead of (g⁻¹)′(y) = 1/y, dropping the absolute value (a
/// decreasing map or a negative scale gives a negative "density"), and taking the log of an underflowed density
/// (ln 0 = −∞ where the log-density is a perfectly finite number).
/// </summary>
public class ChangeOfVariablesTests
{
    private static readonly double InverseSqrtTwoPi = 1 / Math.Sqrt(2 * Math.PI);

    private static double StandardNormal(double x) => InverseSqrtTwoPi * Math.Exp(-0.5 * x * x);

    private static double Uniform01(double x) => x is >= 0 and <= 1 ? 1 : 0;

    [Test, Order(1)]
    // X uniform on (0, 1), Y = X²: g⁻¹(y) = √y, (g⁻¹)′(y) = 1/(2√y), so p_Y(y) = 1/(2√y):
    // p_Y(0.25) = 1/(2·0.5) = 1 and p_Y(0.04) = 1/(2·0.2) = 2.5. Squaring piles mass up near 0.
    public void Squaring_a_uniform_gives_density_one_over_two_root_y()
    {
        ChangeOfVariables.TransformedDensity(Uniform01, Math.Sqrt, y => 1 / (2 * Math.Sqrt(y)), 0.25).Should().BeApproximately(1, Tolerance.Tight);
        ChangeOfVariables.TransformedDensity(Uniform01, Math.Sqrt, y => 1 / (2 * Math.Sqrt(y)), 0.04).Should().BeApproximately(2.5, Tolerance.Tight);
    }

    [Test, Order(2)]
    // Y = −ln X with X uniform is decreasing: g⁻¹(y) = e^(−y) and (g⁻¹)′(y) = −e^(−y) < 0. The density takes its
    // absolute value, e^(−y): the exponential distribution (the inverse-transform sampler of the next kata).
    public void A_decreasing_map_uses_the_absolute_value_of_the_derivative([Values(0.1, 1, 3)] double y) =>
        ChangeOfVariables.TransformedDensity(Uniform01, t => Math.Exp(-t), t => -Math.Exp(-t), y)
            .Should().BeApproximately(Math.Exp(-y), Tolerance.Tight);

    [Test, Order(3)]
    // Y = e^X with X ~ N(0, 1): p_Y(y) = φ(ln y)/y. At y = 1: φ(0)/1 = 1/√(2π) ≈ 0.398942; at y = e: φ(1)/e =
    // e^(−1/2)/(√(2π)·e) ≈ 0.241971/2.718282 ≈ 0.089016. Without the 1/y the second value would be 0.241971.
    public void Log_normal_worked_example()
    {
        ChangeOfVariables.LogNormalDensity(1, 0, 1).Should().BeApproximately(0.3989422804014327, Tolerance.Tight);
        ChangeOfVariables.LogNormalDensity(Math.E, 0, 1).Should().BeApproximately(Math.Exp(-0.5) * InverseSqrtTwoPi / Math.E, Tolerance.Tight);
    }

    [Test, Order(4)]
    // Oracle: MathNet's LogNormal(μ, σ) on random parameters and points. The generic TransformedDensity with
    // g⁻¹ = ln and (g⁻¹)′(y) = 1/y must give the same numbers.
    public void Log_normal_density_agrees_with_MathNet([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (mu, sigma) = (data.Random.Uniform(-2, 2), data.Random.Uniform(0.2, 2));
        double NormalDensity(double x) => StandardNormal((x - mu) / sigma) / sigma;
        foreach (var y in data.Vector(8, 0.01, 10))
        {
            var expected = LogNormal.PDF(mu, sigma, y);
            ChangeOfVariables.LogNormalDensity(y, mu, sigma).Should().BeApproximately(expected, Tolerance.Tight);
            ChangeOfVariables.TransformedDensity(NormalDensity, Math.Log, t => 1 / t, y).Should().BeApproximately(expected, Tolerance.Tight);
            ChangeOfVariables.LogNormalLogDensity(y, mu, sigma).Should().BeApproximately(LogNormal.PDFLn(mu, sigma, y), Tolerance.Tight);
        }
    }

    [Test, Order(5)]
    // A density integrates to 1. Substitute y = e^u (dy = e^u du) and integrate p_Y(e^u)·e^u over u ∈ [μ − 12σ, μ + 12σ]
    // with the trapezoid rule (4000 panels: error far below 1e-8 for this smooth, fast-decaying integrand).
    // Forgetting the Jacobian gives e^(μ + σ²/2) instead of 1.
    public void Log_normal_density_integrates_to_one([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var (mu, sigma) = (data.Random.Uniform(-1, 1), data.Random.Uniform(0.3, 1.5));
        const int panels = 4000;
        var (low, high) = (mu - (12 * sigma), mu + (12 * sigma));
        var h = (high - low) / panels;
        var total = 0.0;
        for (var i = 0; i <= panels; i++)
        {
            var u = low + (i * h);
            var weight = i == 0 || i == panels ? 0.5 : 1;
            total += weight * ChangeOfVariables.LogNormalDensity(Math.Exp(u), mu, sigma) * Math.Exp(u) * h;
        }

        total.Should().BeApproximately(1, Tolerance.AbsoluteOnly(1e-8));
    }

    [Test, Order(6)]
    // Y = aX + b with X ~ N(0, 1) is N(b, a²): oracle MathNet's Normal(b, |a|). Half the scales are negative, so
    // p_X((y − b)/a)/a would come out negative, and forgetting the 1/|a| would not integrate to 1.
    public void Affine_map_of_a_standard_normal_is_normal([Range(1, 6)] int seed)
    {
        var data = new TestData(seed);
        var a = data.Random.Uniform(0.2, 5) * (seed % 2 == 0 ? -1 : 1);
        var b = data.Random.Uniform(-3, 3);
        foreach (var y in data.Vector(6, -10, 10))
        {
            ChangeOfVariables.AffineDensity(StandardNormal, a, b, y).Should().BeApproximately(Normal.PDF(b, Math.Abs(a), y), Tolerance.Tight);
        }
    }

    [Test, Order(7)]
    // Scales near 1e-12 and 1e12: Y = aX has p_Y(a) = φ(1)/|a|, about 2.4e11 for a = 1e-12 and 2.4e-13 for a = 1e12.
    // Nothing overflows or underflows as long as (y − b)/a is formed by a single division.
    public void Affine_density_at_extreme_scales([Values(1e-12, -1e-12, 1e12, -1e12)] double a) =>
        ChangeOfVariables.AffineDensity(StandardNormal, a, 0, a).Should().BeApproximately(StandardNormal(1) / Math.Abs(a), Tolerance.Tight);

    [Test, Order(8)]
    // Far in the tails the density underflows: at y = 1e-300, ln y ≈ −690.8 and ln p ≈ −690.8²/2 ≈ −2.4e5, so p = 0 in
    // double precision, but ln p is an ordinary number. Compute it directly, not as Math.Log(density).
    public void Log_density_stays_finite_where_the_density_underflows([Values(1e-300, 1e-200, 1e250)] double y)
    {
        ChangeOfVariables.LogNormalDensity(y, 0, 1).Should().Be(0);
        ChangeOfVariables.LogNormalLogDensity(y, 0, 1).Should().BeApproximately(LogNormal.PDFLn(0, 1, y), Tolerance.Tight);
    }

    [Test, Order(9)]
    // A log-normal variable is positive: no density at y ≤ 0 (and −∞ in log space).
    public void Log_normal_density_is_zero_for_non_positive_y([Values(0, -1, -1e-300)] double y)
    {
        ChangeOfVariables.LogNormalDensity(y, 0.5, 1).Should().Be(0);
        ChangeOfVariables.LogNormalLogDensity(y, 0.5, 1).Should().Be(double.NegativeInfinity);
    }

    [Test, Order(10)]
    // σ must be positive; a zero scale makes Y a constant (no density); delegates must be given.
    public void Rejects_bad_input()
    {
        FluentActions.Invoking(() => ChangeOfVariables.LogNormalDensity(1, 0, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => ChangeOfVariables.LogNormalLogDensity(1, 0, -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => ChangeOfVariables.LogNormalDensity(1, double.NaN, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => ChangeOfVariables.AffineDensity(StandardNormal, 0, 1, 1)).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => ChangeOfVariables.AffineDensity(StandardNormal, double.PositiveInfinity, 1, 1)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => ChangeOfVariables.AffineDensity(null!, 1, 0, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChangeOfVariables.TransformedDensity(StandardNormal, null!, t => 1, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChangeOfVariables.TransformedDensity(null!, t => t, t => 1, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChangeOfVariables.TransformedDensity(StandardNormal, t => t, null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChangeOfVariables.LogNormalDensity(1, 0, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
    }
}
