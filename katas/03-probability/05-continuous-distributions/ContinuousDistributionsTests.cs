using MathForML.Verification;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace MathForML.Probability.Tests;

/// <summary>
/// Densities and CDFs of continuous distributions, checked by hand, against MathNet.Numerics on seeded parameters,
/// by numerical integration (every density integrates to 1, and F(b) − F(a) = ∫ₐᵇ f), and in the tails and at the
/// extreme scales where the textbook formulas break.
/// </summary>
/// <remarks>
/// Plausible wrong implementations these tests catch:
/// Φ(z) = ½(1 + erf(z/√2)): 1 + erf rounds to 0 below z ≈ −8.3, so Φ(−10) = 0 instead of 7.6·10⁻²⁴ (order 5);
/// the normal CDF without the √2, ½ erfc(−z) (order 4);
/// the beta density with Γ itself instead of ln Γ: Γ(500) = ∞, so ∞/∞ at α = β = 500 (order 8);
/// the exponential CDF as 1 − Math.Exp(−λx): wrong in the fifth digit at λx = 10⁻¹² (order 8);
/// the gamma density with β taken as a scale instead of a rate (order 6);
/// an open uniform support (a &lt; x &lt; b), so f(a) = f(b) = 0 (order 9);
/// eᵘ − 1 as (e − 1)·u / ln e without its two special cases: 0/0 when e rounds to 1, and 0 instead of F = 1 when e
/// underflows to 0 (order 8);
/// a density that returns 0 outside its support before checking the point for NaN or its parameters (order 11).
/// </remarks>
public class ContinuousDistributionsTests
{
    [Test, Order(1)]
    // erf(0) = 0, erf(1) ≈ 0.8427007929497149. Φ(0) = ½, φ(0) = 1/√(2π) ≈ 0.3989. Uniform on [0, 2]: density ½, F(0.5) = ¼.
    // Exponential(1): F(ln 2) = 1 − ½ = ½ (the median). Beta(2, 2): 6x(1 − x), so f(½) = 1.5. Gamma(2, 1): x e⁻ˣ, f(1) = e⁻¹.
    public void Values_by_hand()
    {
        ContinuousDistributions.Erf(0).Should().Be(0);
        ContinuousDistributions.Erf(1).Should().BeApproximately(0.8427007929497149, Tolerance.Tight);
        ContinuousDistributions.NormalCdf(0, 0, 1).Should().BeApproximately(0.5, Tolerance.Tight);
        ContinuousDistributions.NormalPdf(0, 0, 1).Should().BeApproximately(1 / Math.Sqrt(2 * Math.PI), Tolerance.Tight);
        ContinuousDistributions.UniformPdf(0.3, 0, 2).Should().BeApproximately(0.5, Tolerance.Tight);
        ContinuousDistributions.UniformCdf(0.5, 0, 2).Should().BeApproximately(0.25, Tolerance.Tight);
        ContinuousDistributions.ExponentialCdf(Math.Log(2), 1).Should().BeApproximately(0.5, Tolerance.Tight);
        ContinuousDistributions.BetaPdf(0.5, 2, 2).Should().BeApproximately(1.5, Tolerance.Tight);
        ContinuousDistributions.GammaPdf(1, 2, 1).Should().BeApproximately(Math.Exp(-1), Tolerance.Tight);
    }

    [Test, Order(2)]
    // erf against MathNet on [−6, 6] and around the switch at 2 (series below, continued fraction above): erf is odd,
    // erf + erfc = 1, and erfc keeps its RELATIVE accuracy in the tail (erfc(x) for x up to 26, down to 10⁻²⁹⁶).
    public void Erf_and_erfc_match_MathNet([Range(1, 8)] int seed)
    {
        var random = new TestData(seed).Random;
        var x = random.Uniform(-6, 6);
        var tail = random.Uniform(2, 26);

        ContinuousDistributions.Erf(x).Should().BeApproximately(SpecialFunctions.Erf(x), new Tolerance(1e-15, 1e-13));
        ContinuousDistributions.Erf(-x).Should().Be(-ContinuousDistributions.Erf(x));
        (ContinuousDistributions.Erf(x) + ContinuousDistributions.Erfc(x)).Should().BeApproximately(1, Tolerance.Tight);
        ContinuousDistributions.Erfc(tail).Should().BeApproximately(SpecialFunctions.Erfc(tail), Tolerance.RelativeOnly(1e-12));
        ContinuousDistributions.Erfc(-tail).Should().BeApproximately(2 - SpecialFunctions.Erfc(tail), Tolerance.Tight);
        foreach (var edge in (double[])[1.999999, 2, 2.000001])
        {
            ContinuousDistributions.Erfc(edge).Should().BeApproximately(SpecialFunctions.Erfc(edge), Tolerance.RelativeOnly(1e-12));
        }
    }

    [Test, Order(3)]
    // The uniform and exponential densities and CDFs against MathNet on seeded parameters and points.
    public void Uniform_and_exponential_match_MathNet([Range(1, 5)] int seed)
    {
        var random = new TestData(seed).Random;
        var (a, width) = (random.Uniform(-5, 5), random.Uniform(0.1, 10));
        var u = random.Uniform(a - 1, a + width + 1);
        var rate = random.Uniform(0.1, 10);
        var x = random.Uniform(-1, 5 / rate);

        ContinuousDistributions.UniformPdf(u, a, a + width).Should().BeApproximately(ContinuousUniform.PDF(a, a + width, u), Tolerance.Tight);
        ContinuousDistributions.UniformCdf(u, a, a + width).Should().BeApproximately(ContinuousUniform.CDF(a, a + width, u), Tolerance.Tight);
        ContinuousDistributions.ExponentialPdf(x, rate).Should().BeApproximately(Exponential.PDF(rate, x), Tolerance.Tight);
        ContinuousDistributions.ExponentialCdf(x, rate).Should().BeApproximately(Exponential.CDF(rate, x), Tolerance.Tight);
    }

    [Test, Order(4)]
    // N(μ, σ²) against MathNet: the density and Φ((x − μ)/σ) = ½ erfc(−(x − μ)/(σ√2)), for x within ±8σ.
    public void Normal_matches_MathNet([Range(1, 8)] int seed)
    {
        var random = new TestData(seed).Random;
        var (mean, stdDev) = (random.Uniform(-5, 5), Math.Pow(10, random.Uniform(-2, 2)));
        var x = mean + (stdDev * random.Uniform(-8, 8));

        ContinuousDistributions.NormalPdf(x, mean, stdDev).Should().BeApproximately(Normal.PDF(mean, stdDev, x), Tolerance.RelativeOnly(1e-12));
        ContinuousDistributions.NormalCdf(x, mean, stdDev).Should().BeApproximately(Normal.CDF(mean, stdDev, x), Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(5)]
    // The lower tail: Φ(−10) ≈ 7.62·10⁻²⁴ and Φ(−37) ≈ 5.7·10⁻³⁰⁰ are representable; ½(1 + erf(z/√2)) makes them 0 (1 + erf
    // loses everything below 1e-16). The upper tail honestly rounds to 1.
    public void The_normal_CDF_keeps_its_lower_tail()
    {
        ContinuousDistributions.NormalCdf(-10, 0, 1).Should().BeApproximately(Normal.CDF(0, 1, -10), Tolerance.RelativeOnly(1e-12));
        ContinuousDistributions.NormalCdf(-37, 0, 1).Should().BeApproximately(Normal.CDF(0, 1, -37), Tolerance.RelativeOnly(1e-11));
        ContinuousDistributions.NormalCdf(10, 0, 1).Should().Be(1);
    }

    [Test, Order(6)]
    // The beta and gamma densities against MathNet (shape and rate, as MathNet's Gamma(shape, rate)).
    public void Beta_and_gamma_match_MathNet([Range(1, 8)] int seed)
    {
        var random = new TestData(seed).Random;
        var (alpha, beta, x) = (random.Uniform(0.5, 10), random.Uniform(0.5, 10), random.Uniform(0.001, 0.999));
        var (shape, rate) = (random.Uniform(0.5, 20), random.Uniform(0.1, 10));
        var y = random.Uniform(0.01, 3) * shape / rate;

        ContinuousDistributions.BetaPdf(x, alpha, beta).Should().BeApproximately(Beta.PDF(alpha, beta, x), Tolerance.RelativeOnly(1e-11));
        ContinuousDistributions.GammaPdf(y, shape, rate).Should().BeApproximately(Gamma.PDF(shape, rate, y), Tolerance.RelativeOnly(1e-11));
    }

    [Test, Order(7)]
    // ∫ f = 1, numerically (composite Simpson, 20 000 panels, on the support or where the tail is below 1e-30), and
    // F(b) − F(a) = ∫ₐᵇ f. Whole-number beta and gamma shapes keep the integrands smooth at 0 and 1 (x^1.3 is not, and
    // Simpson would converge too slowly there); Simpson's error is then far below the 1e-9 allowed.
    public void Densities_integrate_to_one_and_CDFs_are_their_integrals([Range(1, 5)] int seed)
    {
        var random = new TestData(seed).Random;
        var (mean, stdDev) = (random.Uniform(-3, 3), random.Uniform(0.2, 5));
        var rate = random.Uniform(0.2, 5);
        var (alpha, beta) = (random.NextInt(2, 7), random.NextInt(2, 7));
        var (shape, gammaRate) = (random.NextInt(2, 11), random.Uniform(0.5, 2));
        var (a, b) = (mean - stdDev * random.Uniform(0, 2), mean + stdDev * random.Uniform(0, 2));

        Simpson(x => ContinuousDistributions.NormalPdf(x, mean, stdDev), mean - (12 * stdDev), mean + (12 * stdDev)).Should().BeApproximately(1, Tolerance.Default);
        Simpson(x => ContinuousDistributions.ExponentialPdf(x, rate), 0, 70 / rate).Should().BeApproximately(1, Tolerance.Default);
        Simpson(x => ContinuousDistributions.BetaPdf(x, alpha, beta), 0, 1).Should().BeApproximately(1, Tolerance.Default);
        Simpson(x => ContinuousDistributions.GammaPdf(x, shape, gammaRate), 0, (shape + 100) / gammaRate).Should().BeApproximately(1, Tolerance.Default);
        (ContinuousDistributions.NormalCdf(b, mean, stdDev) - ContinuousDistributions.NormalCdf(a, mean, stdDev))
            .Should().BeApproximately(Simpson(x => ContinuousDistributions.NormalPdf(x, mean, stdDev), a, b), Tolerance.Default);
        ContinuousDistributions.ExponentialCdf(b - a, rate).Should().BeApproximately(Simpson(x => ContinuousDistributions.ExponentialPdf(x, rate), 0, b - a), Tolerance.Default);
    }

    [Test, Order(8)]
    // Extreme parameters: Beta(500, 500) at ½ (Γ(500) overflows; the density is ≈ 25.2), Gamma(1000, 1) at 1000 (Γ(1000)
    // and 1000⁹⁹⁹ overflow; ≈ 0.0126), MathNet's log-densities as oracles. Exponential F(10⁻¹²) = 1 − e^(−10⁻¹²)
    // = 10⁻¹² − ½·10⁻²⁴ + …: 1 − Math.Exp(−10⁻¹²) is 1.0000889·10⁻¹², wrong in the fifth digit.
    // A density is not a probability: N(0, (10⁻¹²)²) has density 4·10¹¹ at 0; σ·f(σz) = φ(z) at every scale.
    public void Extreme_parameters_and_scales()
    {
        ContinuousDistributions.BetaPdf(0.5, 500, 500).Should().BeApproximately(Math.Exp(Beta.PDFLn(500, 500, 0.5)), Tolerance.RelativeOnly(1e-10));
        ContinuousDistributions.GammaPdf(1000, 1000, 1).Should().BeApproximately(Math.Exp(Gamma.PDFLn(1000, 1, 1000)), Tolerance.RelativeOnly(1e-10));
        ContinuousDistributions.ExponentialCdf(1e-12, 1).Should().BeApproximately(1e-12 - 0.5e-24, Tolerance.RelativeOnly(1e-14));
        ContinuousDistributions.ExponentialCdf(2, 1e-12).Should().BeApproximately(2e-12 - 2e-24, Tolerance.RelativeOnly(1e-14));
        // λx = 10⁻²⁰: Math.Exp(−λx) is exactly 1, so (e − 1)·u / ln e would be 0/0; eᵘ − 1 = u there, F = 10⁻²⁰.
        ContinuousDistributions.ExponentialCdf(1e-20, 1).Should().BeApproximately(1e-20, Tolerance.RelativeOnly(1e-14));
        // λx = 50 and 1000: e^(−λx) is below 1e-16 (and 0 at 1000, where ln e = −∞), so F is exactly 1.
        ContinuousDistributions.ExponentialCdf(50, 1).Should().Be(1);
        ContinuousDistributions.ExponentialCdf(1000, 1).Should().Be(1);
        foreach (var sigma in (double[])[1e-12, 1, 1e12])
        {
            (sigma * ContinuousDistributions.NormalPdf(0.7 * sigma, 0, sigma)).Should().BeApproximately(Normal.PDF(0, 1, 0.7), Tolerance.Tight);
            ContinuousDistributions.NormalCdf(-1.5 * sigma, 0, sigma).Should().BeApproximately(Normal.CDF(0, 1, -1.5), Tolerance.Tight);
        }
    }

    [Test, Order(9)]
    // Outside the support a density is 0 and a CDF 0 or 1. At the edges the formula's limit: Beta(1, 3) at 0 is 3 (x⁰ = 1),
    // Beta(½, ½) at 0 is +∞, Gamma with shape 1 at 0 is the rate, with shape 3 it is 0. The uniform support [a, b] is
    // closed: the density is 1/(b − a) at both ends, F(a) = 0 and F(b) = 1; the exponential density at 0 is λ and F(0) = 0.
    public void Supports_and_their_edges()
    {
        ContinuousDistributions.UniformPdf(2.5, 0, 2).Should().Be(0);
        ContinuousDistributions.UniformPdf(0, 0, 2).Should().Be(0.5);
        ContinuousDistributions.UniformPdf(2, 0, 2).Should().Be(0.5);
        ContinuousDistributions.UniformCdf(0, 0, 2).Should().Be(0);
        ContinuousDistributions.UniformCdf(2, 0, 2).Should().Be(1);
        ContinuousDistributions.UniformCdf(double.NegativeInfinity, 0, 2).Should().Be(0);
        ContinuousDistributions.UniformCdf(double.PositiveInfinity, 0, 2).Should().Be(1);
        ContinuousDistributions.ExponentialPdf(0, 2).Should().Be(2);
        ContinuousDistributions.ExponentialCdf(0, 2).Should().Be(0);
        ContinuousDistributions.UniformCdf(-1, 0, 2).Should().Be(0);
        ContinuousDistributions.UniformCdf(3, 0, 2).Should().Be(1);
        ContinuousDistributions.ExponentialPdf(-1, 2).Should().Be(0);
        ContinuousDistributions.ExponentialCdf(-1, 2).Should().Be(0);
        ContinuousDistributions.BetaPdf(-0.1, 2, 2).Should().Be(0);
        ContinuousDistributions.BetaPdf(1.1, 2, 2).Should().Be(0);
        ContinuousDistributions.BetaPdf(0, 1, 3).Should().BeApproximately(3, Tolerance.Tight);
        ContinuousDistributions.BetaPdf(1, 2, 1).Should().BeApproximately(2, Tolerance.Tight);
        ContinuousDistributions.BetaPdf(0, 0.5, 0.5).Should().Be(double.PositiveInfinity);
        ContinuousDistributions.GammaPdf(-1, 2, 1).Should().Be(0);
        ContinuousDistributions.GammaPdf(0, 1, 2).Should().BeApproximately(2, Tolerance.Tight);
        ContinuousDistributions.GammaPdf(0, 3, 1).Should().Be(0);
        ContinuousDistributions.Erf(double.PositiveInfinity).Should().Be(1);
        ContinuousDistributions.Erfc(double.PositiveInfinity).Should().Be(0);
    }

    [Test, Order(10)]
    // Parameters outside their ranges and NaN points.
    public void Bad_parameters_are_rejected()
    {
        FluentActions.Invoking(() => ContinuousDistributions.NormalPdf(0, 0, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => ContinuousDistributions.NormalCdf(0, 0, -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => ContinuousDistributions.NormalCdf(0, double.NaN, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => ContinuousDistributions.ExponentialPdf(1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => ContinuousDistributions.ExponentialCdf(1, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => ContinuousDistributions.BetaPdf(0.5, -1, 2)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => ContinuousDistributions.GammaPdf(1, 2, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => ContinuousDistributions.UniformPdf(0.5, 1, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*less than*");
        FluentActions.Invoking(() => ContinuousDistributions.UniformCdf(0.5, 0, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*less than*");
        FluentActions.Invoking(() => ContinuousDistributions.NormalPdf(double.NaN, 0, 1)).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => ContinuousDistributions.Erf(double.NaN)).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => ContinuousDistributions.Erfc(double.NaN)).Should().Throw<ArgumentException>().WithMessage("*NaN*");
    }

    [Test, Order(11)]
    // Every density and CDF rejects a NaN point (a NaN is in no support: neither 0 nor 1 would be an honest answer), and
    // checks its parameters even at a point outside the support, where the density would be 0 without looking at them.
    public void Every_function_rejects_a_NaN_point_and_bad_parameters_everywhere()
    {
        var nanPoint = new (string Name, Action Call)[]
        {
            ("UniformPdf", () => ContinuousDistributions.UniformPdf(double.NaN, 0, 1)),
            ("UniformCdf", () => ContinuousDistributions.UniformCdf(double.NaN, 0, 1)),
            ("NormalCdf", () => ContinuousDistributions.NormalCdf(double.NaN, 0, 1)),
            ("ExponentialPdf", () => ContinuousDistributions.ExponentialPdf(double.NaN, 1)),
            ("ExponentialCdf", () => ContinuousDistributions.ExponentialCdf(double.NaN, 1)),
            ("BetaPdf", () => ContinuousDistributions.BetaPdf(double.NaN, 2, 2)),
            ("GammaPdf", () => ContinuousDistributions.GammaPdf(double.NaN, 2, 1)),
        };
        foreach (var (name, call) in nanPoint)
        {
            FluentActions.Invoking(call).Should().Throw<ArgumentException>("{0} at a NaN point", name).WithMessage("*NaN*");
        }

        FluentActions.Invoking(() => ContinuousDistributions.BetaPdf(2, -1, 2)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => ContinuousDistributions.BetaPdf(-0.5, 2, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => ContinuousDistributions.GammaPdf(-1, 0, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
    }

    /// <summary>Composite Simpson's rule with 20 000 panels on [a, b].</summary>
    private static double Simpson(Func<double, double> f, double a, double b)
    {
        const int panels = 20_000;
        var h = (b - a) / panels;
        var sum = f(a) + f(b);
        for (var i = 1; i < panels; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * f(a + (i * h));
        }

        return sum * h / 3;
    }
}
