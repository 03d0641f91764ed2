using MathForML.Verification;
using MathNet.Numerics.Distributions;

namespace MathForML.InformationTheory.Tests;

/// <summary>
/// Differential entropy of uniform and normal distributions, in closed form and by Simpson's rule, and the KL divergence
/// of densities by the same integrator. All in nats. Wrong implementations these tests catch: log₂ instead of ln (an
/// answer in bits where nats are asked); ½ ln(2πσ²) without the e; ½ ln(2πeσ²) computed through σ², which underflows
/// to ln 0 = −∞ for σ = 1e-200; the trapezoid rule or mis-indexed Simpson weights (not exact for cubics, second-order
/// only); NaN from 0 · ln 0 where the log-density is −∞; a divergence integrated as
/// ∫ p ln(q/p) (sign) or reported as NaN off q's support; the closed-form Gaussian KL with the σ ratio inverted.
/// </summary>
public class DifferentialEntropyTests
{
    private static readonly double SigmaOfZeroEntropy = 1 / Math.Sqrt(2 * Math.PI * Math.E);

    [Test, Order(1)]
    // U(−1, 1): h = ln 2 = 0.6931 nats (= 1 bit). U(0, 1): ln 1 = 0. U(0, ½): ln ½ = −0.6931 — negative!
    // N(μ, 1): ½ ln(2πe) = ½ (1.8379 + 1) = 1.4189 nats. Without the e: 0.9189; in bits: 2.0471.
    public void Worked_examples_of_the_closed_forms()
    {
        DifferentialEntropy.Uniform(-1, 1).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        DifferentialEntropy.Uniform(0, 1).Should().Be(0);
        DifferentialEntropy.Uniform(0, 0.5).Should().BeApproximately(-Math.Log(2), Tolerance.Tight);
        DifferentialEntropy.Gaussian(1).Should().BeApproximately(0.5 * Math.Log(2 * Math.PI * Math.E), Tolerance.Tight);
        DifferentialEntropy.Gaussian(1).Should().BeApproximately(1.4189, Tolerance.AbsoluteOnly(1e-4));
    }

    [Test, Order(2)]
    // MathNet's Normal.Entropy and ContinuousUniform.Entropy (both in nats) on random parameters.
    public void Closed_forms_match_MathNet([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        var (mean, sd) = (random.Uniform(-5, 5), random.Uniform(0.05, 20));
        var a = random.Uniform(-5, 5);
        var b = a + random.Uniform(0.05, 20);

        DifferentialEntropy.Gaussian(sd).Should().BeApproximately(new Normal(mean, sd).Entropy, Tolerance.Tight);
        DifferentialEntropy.Uniform(a, b).Should().BeApproximately(new ContinuousUniform(a, b).Entropy, Tolerance.Tight);
    }

    [Test, Order(3)]
    // Differential entropy is not a count of bits and can be negative: h(N(μ, σ²)) = 0 exactly at σ = 1/√(2πe) ≈ 0.242
    // and below zero for smaller σ; h(U(a, b)) < 0 whenever b − a < 1. A narrow density is "more certain than U(0, 1)".
    public void Differential_entropy_is_negative_for_narrow_distributions()
    {
        DifferentialEntropy.Gaussian(SigmaOfZeroEntropy).Should().BeApproximately(0, Tolerance.Tight);
        DifferentialEntropy.Gaussian(0.9 * SigmaOfZeroEntropy).Should().BeNegative();
        DifferentialEntropy.Gaussian(1.1 * SigmaOfZeroEntropy).Should().BePositive();
        DifferentialEntropy.Uniform(3, 3.999).Should().BeNegative();
        DifferentialEntropy.Uniform(3, 4).Should().Be(0);
        DifferentialEntropy.Uniform(3, 4.001).Should().BePositive();
    }

    [Test, Order(4)]
    // Scaling X by c > 0 stretches the density and adds ln c: h(cX) = h(X) + ln c. At c = 1e-200 the naive ½ ln(2πeσ²)
    // squares σ to 1e-400 = 0 and returns −∞ (and +∞ at 1e200); ln σ + ½ ln(2πe) stays exact.
    public void Scaling_by_c_adds_ln_c([Values(1e-200, 1e-12, 0.5, 3, 1e12, 1e200)] double c)
    {
        DifferentialEntropy.Gaussian(1.7 * c).Should().BeApproximately(DifferentialEntropy.Gaussian(1.7) + Math.Log(c), Tolerance.Tight);
        DifferentialEntropy.Uniform(-2 * c, 5 * c).Should().BeApproximately(DifferentialEntropy.Uniform(-2, 5) + Math.Log(c), Tolerance.Tight);
    }

    [Test, Order(5)]
    // ∫₀² x³ dx = 4. Simpson with 2 intervals (h = 1): (1/3)(0 + 4 · 1 + 8) = 4, exact for any cubic; the trapezoid rule
    // gives (1/2)(0 + 2 · 1 + 8) = 5. On a random cubic over a random interval Simpson is exact for any even count.
    public void Simpson_is_exact_for_cubics([Range(1, 5)] int seed)
    {
        DifferentialEntropy.Simpson(x => x * x * x, 0, 2, 2).Should().BeApproximately(4, Tolerance.Tight);

        var random = new SeededRandom(seed);
        var (c0, c1, c2, c3) = (random.Uniform(-2, 2), random.Uniform(-2, 2), random.Uniform(-2, 2), random.Uniform(-2, 2));
        var (lo, hi) = (random.Uniform(-3, 0), random.Uniform(0.5, 3));
        double Antiderivative(double x) => (c0 * x) + (c1 * x * x / 2) + (c2 * x * x * x / 3) + (c3 * x * x * x * x / 4);

        DifferentialEntropy.Simpson(x => c0 + (c1 * x) + (c2 * x * x) + (c3 * x * x * x), lo, hi, 2 * seed)
            .Should().BeApproximately(Antiderivative(hi) - Antiderivative(lo), Tolerance.Default);
    }

    [Test, Order(6)]
    // ∫₀^π sin x dx = 2. Simpson's error shrinks like h⁴: doubling the number of intervals from 8 to 16 divides it by
    // ≈ 16 (the trapezoid rule's only by 4). With 8 intervals the error is 2.7e-4.
    public void Simpson_error_shrinks_like_h_to_the_fourth()
    {
        var coarse = Math.Abs(DifferentialEntropy.Simpson(Math.Sin, 0, Math.PI, 8) - 2);
        var fine = Math.Abs(DifferentialEntropy.Simpson(Math.Sin, 0, Math.PI, 16) - 2);

        coarse.Should().BeInRange(2e-4, 3e-4);
        (coarse / fine).Should().BeInRange(15, 17);
    }

    [Test, Order(7)]
    // −∫ p ln p by Simpson on μ ± 12σ with 400 intervals. Tails: the mass outside is 2Φ(−12) ≈ 3.6e-33 and its share of the
    // entropy below 1e-30, so cutting them costs nothing a double can see; the integrand is smooth and decays like
    // e^(−x²/2σ²), where Simpson converges very fast (error far below the 1e-10 allowed). U(a, b) is integrated over
    // [a, b] itself, where −p ln p is constant and Simpson is exact.
    public void Numerical_integration_matches_the_closed_forms([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        var (mean, sd) = (random.Uniform(-10, 10), random.Uniform(0.01, 50));
        var a = random.Uniform(-5, 5);
        var b = a + random.Uniform(0.05, 20);

        DifferentialEntropy.Numerical(x => LogNormal(x, mean, sd), mean - (12 * sd), mean + (12 * sd), 400)
            .Should().BeApproximately(DifferentialEntropy.Gaussian(sd), new Tolerance(1e-10, 1e-10));
        DifferentialEntropy.Numerical(_ => -Math.Log(b - a), a, b, 10)
            .Should().BeApproximately(DifferentialEntropy.Uniform(a, b), Tolerance.Tight);
    }

    [Test, Order(8)]
    // Shifting X by any amount moves the density without changing its shape: h(X + s) = h(X). Integrated numerically
    // for N(s, 0.3²) on s ± 12σ, with s up to 1e4, the answer equals h(N(0, 0.3²)) = −0.0851 (negative, too).
    public void Shifting_leaves_differential_entropy_unchanged([Values(-1e4, -3, 0, 2.5, 1e4)] double shift)
    {
        const double sd = 0.3;

        DifferentialEntropy.Numerical(x => LogNormal(x, shift, sd), shift - (12 * sd), shift + (12 * sd), 400)
            .Should().BeApproximately(DifferentialEntropy.Gaussian(sd), new Tolerance(1e-9, 1e-9));
    }

    [Test, Order(9)]
    // The exponential density e^(−x) on x ≥ 0 has h = 1 nat. Its log-density is −∞ for x < 0, where p ln p must count
    // as 0 (e^(−∞) · (−∞) is 0 · ∞ = NaN in floating point). Integrated on [−5, 45] with 4 000 intervals (h = 0.0125):
    // x = 0 is a node between two Simpson panels, so the kink costs no accuracy, and Simpson's error bound
    // (b − a) h⁴ max|f⁗| / 180 = 50 · 2.4e-8 · 4 / 180 ≈ 2.7e-8 is below the 1e-7 allowed; e^(−45) ≈ 3e-20 of mass is cut off.
    public void Points_outside_the_support_contribute_zero_not_NaN()
    {
        DifferentialEntropy.Numerical(x => x < 0 ? double.NegativeInfinity : -x, -5, 45, 4000)
            .Should().BeApproximately(1, Tolerance.AbsoluteOnly(1e-7));
    }

    [Test, Order(10)]
    // Among all densities with variance s², the normal one has the largest entropy, ½ ln(2πe s²). Equal-variance rivals:
    // U(−√3 s, √3 s) with ln(2√3 s) (0.1765 nats less) and the Laplace density e^(−|x|/β)/(2β) with β = s/√2 and
    // 1 + ln(2β) (0.0724 less), integrated numerically on ±40β (x = 0 a panel boundary; e^(−40) of mass cut off).
    public void The_Gaussian_has_the_largest_entropy_for_its_variance([Range(1, 5)] int seed)
    {
        var s = new SeededRandom(seed).Uniform(0.1, 10);
        var beta = s / Math.Sqrt(2);

        var gaussian = DifferentialEntropy.Gaussian(s);
        var uniform = DifferentialEntropy.Uniform(-Math.Sqrt(3) * s, Math.Sqrt(3) * s);
        var laplace = DifferentialEntropy.Numerical(x => (-Math.Abs(x) / beta) - Math.Log(2 * beta), -40 * beta, 40 * beta, 4000);

        laplace.Should().BeApproximately(1 + Math.Log(2 * beta), new Tolerance(1e-8, 1e-8));
        gaussian.Should().BeGreaterThan(laplace);
        laplace.Should().BeGreaterThan(uniform);
        (gaussian - uniform).Should().BeApproximately(0.5 * Math.Log(Math.PI * Math.E / 6), Tolerance.Tight);
    }

    [Test, Order(11)]
    // KL(N(μ₁, σ₁²) ‖ N(μ₂, σ₂²)) = ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½ (the closed form of the KL-divergence kata,
    // KlDivergence.Gaussians, and written out here), against ∫ p ln(p/q) by Simpson on μ₁ ± 12σ₁ with 800 intervals.
    // Log-densities: at μ₁ + 12σ₁ the density q can be e^(−10 000), which underflows, while its logarithm is exact.
    public void Numerical_KL_of_two_Gaussians_matches_the_closed_form([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        var (m1, s1) = (random.Uniform(-3, 3), random.Uniform(0.2, 3));
        var (m2, s2) = (random.Uniform(-3, 3), random.Uniform(0.2, 3));
        var closedForm = Math.Log(s2 / s1) + (((s1 * s1) + ((m1 - m2) * (m1 - m2))) / (2 * s2 * s2)) - 0.5;

        var numeric = DifferentialEntropy.NumericalKl(x => LogNormal(x, m1, s1), x => LogNormal(x, m2, s2), m1 - (12 * s1), m1 + (12 * s1), 800);

        numeric.Should().BeApproximately(closedForm, new Tolerance(1e-9, 1e-9));
        numeric.Should().BeApproximately(KlDivergence.Gaussians(m1, s1, m2, s2), new Tolerance(1e-9, 1e-9));
        numeric.Should().BePositive();
        DifferentialEntropy.NumericalKl(x => LogNormal(x, m1, s1), x => LogNormal(x, m1, s1), m1 - (12 * s1), m1 + (12 * s1), 800).Should().Be(0);
    }

    [Test, Order(12)]
    // KL(U(0, 1) ‖ U(0, 2)) = ∫₀¹ 1 · ln(1/½) dx = ln 2. The other way, U(0, 2) puts mass on (1, 2], where U(0, 1) has
    // density 0: KL(U(0, 2) ‖ U(0, 1)) = +∞ — reported as +∞, not NaN. Where p = 0 (here on [1.5, 3]) q may be anything,
    // positive or 0: the integrand is 0. A Gaussian p has mass everywhere, so KL(N(0, 1) ‖ U(−1, 1)) = +∞ as well — even
    // at x = ±40, where p = e^(−800) underflows to 0 but ln p = −800 says p > 0 (and 0 · ∞ would be NaN).
    public void KL_of_densities_is_infinite_off_the_support()
    {
        static double LogUniform(double x, double a, double b) => x < a || x > b ? double.NegativeInfinity : -Math.Log(b - a);

        DifferentialEntropy.NumericalKl(x => LogUniform(x, 0, 1), x => LogUniform(x, 0, 2), 0, 1, 10).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        DifferentialEntropy.NumericalKl(x => LogUniform(x, 0, 1), x => LogUniform(x, 0, 2), 1.5, 3, 10).Should().Be(0);
        DifferentialEntropy.NumericalKl(x => LogUniform(x, 0, 2), x => LogUniform(x, 0, 1), 0, 2, 10).Should().Be(double.PositiveInfinity);
        DifferentialEntropy.NumericalKl(x => LogNormal(x, 0, 1), x => LogUniform(x, -1, 1), -40, 40, 80).Should().Be(double.PositiveInfinity);
    }

    [Test, Order(13)]
    // Distribution parameters in their domains; a finite interval with lower < upper; an even number of intervals; a
    // log-density that is a number or −∞.
    public void Rejects_bad_input()
    {
        FluentActions.Invoking(() => DifferentialEntropy.Gaussian(0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => DifferentialEntropy.Gaussian(-1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => DifferentialEntropy.Gaussian(double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => DifferentialEntropy.Gaussian(double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => DifferentialEntropy.Uniform(1, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*greater*");
        FluentActions.Invoking(() => DifferentialEntropy.Uniform(2, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*greater*");
        FluentActions.Invoking(() => DifferentialEntropy.Uniform(0, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*").Which.ParamName.Should().Be("b");
        FluentActions.Invoking(() => DifferentialEntropy.Uniform(double.NegativeInfinity, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*").Which.ParamName.Should().Be("a");
        FluentActions.Invoking(() => DifferentialEntropy.Simpson(null!, 0, 1, 2)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DifferentialEntropy.Simpson(Math.Sin, 0, 1, 3)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*even*");
        FluentActions.Invoking(() => DifferentialEntropy.Simpson(Math.Sin, 0, 1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*even*");
        FluentActions.Invoking(() => DifferentialEntropy.Simpson(Math.Sin, 1, 1, 2)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => DifferentialEntropy.Simpson(Math.Sin, 1, 0, 2)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => DifferentialEntropy.Simpson(Math.Sin, 0, double.PositiveInfinity, 2)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => DifferentialEntropy.Numerical(null!, 0, 1, 2)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DifferentialEntropy.Numerical(_ => double.NaN, 0, 1, 2)).Should().Throw<ArgumentException>().WithMessage("*log-density*");
        FluentActions.Invoking(() => DifferentialEntropy.Numerical(_ => 0, double.NaN, 1, 2)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => DifferentialEntropy.Numerical(_ => 0, 0, 1, 5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*even*");
        FluentActions.Invoking(() => DifferentialEntropy.NumericalKl(null!, _ => 0, 0, 1, 2)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DifferentialEntropy.NumericalKl(_ => 0, null!, 0, 1, 2)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DifferentialEntropy.NumericalKl(_ => 0, _ => double.PositiveInfinity, 0, 1, 2)).Should().Throw<ArgumentException>().WithMessage("*log-density*");
        FluentActions.Invoking(() => DifferentialEntropy.NumericalKl(_ => 0, _ => 0, 0, 1, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*even*");
    }

    /// <summary>ln of the N(mean, sd²) density at x, computed without forming the density (so it never underflows).</summary>
    private static double LogNormal(double x, double mean, double sd)
    {
        var z = (x - mean) / sd;
        return (-0.5 * z * z) - Math.Log(sd) - (0.5 * Math.Log(2 * Math.PI));
    }
}
