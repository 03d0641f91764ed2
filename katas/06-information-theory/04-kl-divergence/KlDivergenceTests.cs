using MathForML.Verification;
using MathNet.Numerics;

namespace MathForML.InformationTheory.Tests;

/// <summary>
/// The KL divergence, discrete and between two Gaussians. Wrong implementations these tests catch: the arguments
/// swapped (KL is asymmetric); NaN instead of +∞ when q misses part of p's support, or NaN from 0 · ln 0; forming the
/// ratio pᵢ/qᵢ, which overflows for qᵢ = 5e-324; log₂ where nats are asked; in the Gaussian closed form, σ for σ²
/// (or a missing ½), the mean difference divided by σ₁ instead of σ₂, and forming σ², which underflows for σ = 1e-200
/// and gives 0/0 = NaN.
/// </summary>
public class KlDivergenceTests
{
    [Test, Order(1)]
    // p = (½, ½), q = (¼, ¾): KL = ½ ln(½/¼) + ½ ln(½/¾) = ½ ln 2 + ½ ln(2/3) = ½ ln(4/3) = 0.1438 nats = 0.2075 bits —
    // exactly the extra cost H(p, q) − H(p) = 1.2075 − 1 bits of the cross-entropy kata.
    public void Worked_example_is_half_ln_four_thirds()
    {
        KlDivergence.Nats([0.5, 0.5], [0.25, 0.75]).Should().BeApproximately(0.5 * Math.Log(4.0 / 3), Tolerance.Tight);
        KlDivergence.Bits([0.5, 0.5], [0.25, 0.75]).Should().BeApproximately(0.5 * Math.Log2(4.0 / 3), Tolerance.Tight);
    }

    [Test, Order(2)]
    // KL(p ‖ q) = H(p, q) − H(p): the extra bits paid for coding p with q, on random pairs.
    public void Divergence_is_cross_entropy_minus_entropy([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var p = data.ProbabilityVector(4 + seed);
        var q = data.ProbabilityVector(4 + seed);

        KlDivergence.Bits(p, q).Should().BeApproximately(CrossEntropy.Bits(p, q) - Entropy.Bits(p), Tolerance.Tight);
    }

    [Test, Order(3)]
    // Gibbs' inequality: KL(p ‖ q) ≥ 0, and = 0 exactly when q = p (every term is then pᵢ · ln 1 = 0).
    public void Divergence_is_positive_and_zero_only_for_equal_distributions([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var p = data.ProbabilityVector(6);
        var q = data.ProbabilityVector(6);

        KlDivergence.Nats(p, q).Should().BeGreaterThan(0);
        KlDivergence.Nats(q, p).Should().BeGreaterThan(0);
        KlDivergence.Nats(p, p).Should().Be(0);
    }

    [Test, Order(4)]
    // p = (½, ½), q = (0.9, 0.1): KL(p ‖ q) = ½ ln(5/9) + ½ ln 5 = 0.5108 nats, but KL(q ‖ p) = 0.9 ln 1.8 + 0.1 ln 0.2 =
    // 0.3681 nats. So KL(p ‖ q) > KL(q ‖ p) here; with p = (0.9, 0.1) and q = (0.6, 0.4) it goes the other way:
    // KL(p ‖ q) = 0.9 ln 1.5 + 0.1 ln 0.25 = 0.2263 < KL(q ‖ p) = 0.6 ln(2/3) + 0.4 ln 4 = 0.3112.
    public void Divergence_is_not_symmetric_in_either_direction()
    {
        KlDivergence.Nats([0.5, 0.5], [0.9, 0.1]).Should().BeApproximately((0.5 * Math.Log(5.0 / 9)) + (0.5 * Math.Log(5)), Tolerance.Tight);
        KlDivergence.Nats([0.9, 0.1], [0.5, 0.5]).Should().BeApproximately((0.9 * Math.Log(1.8)) + (0.1 * Math.Log(0.2)), Tolerance.Tight);
        KlDivergence.Nats([0.9, 0.1], [0.6, 0.4]).Should().BeApproximately((0.9 * Math.Log(1.5)) + (0.1 * Math.Log(0.25)), Tolerance.Tight);
        KlDivergence.Nats([0.6, 0.4], [0.9, 0.1]).Should().BeApproximately((0.6 * Math.Log(2.0 / 3)) + (0.4 * Math.Log(4)), Tolerance.Tight);
    }

    [Test, Order(5)]
    // If q gives probability 0 to an outcome p can produce, KL(p ‖ q) = +∞ (pᵢ ln(pᵢ/0)) — a number, not NaN. The
    // reverse direction is finite: q = (1, 0) scored by p = (½, ½) costs ln 2. Outcomes p excludes cost nothing.
    public void Divergence_is_infinite_when_q_misses_part_of_the_support()
    {
        KlDivergence.Nats([0.5, 0.5], [1, 0]).Should().Be(double.PositiveInfinity);
        KlDivergence.Bits([0.5, 0.5], [1, 0]).Should().Be(double.PositiveInfinity);
        KlDivergence.Nats([1, 0], [0.5, 0.5]).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        KlDivergence.Nats([0.5, 0.5, 0], [0.5, 0.5, 0]).Should().Be(0);
    }

    [Test, Order(6)]
    // q = (5e-324, 1 − …) is tiny, not zero: KL((1, 0) ‖ q) = ln 1 − ln(5e-324) = 744.44 nats. The ratio 1/5e-324
    // overflows to ∞; ln pᵢ − ln qᵢ does not. Likewise p = q = (1e-300, …) gives exactly 0.
    public void Divergence_does_not_form_ratios_that_overflow()
    {
        KlDivergence.Nats([1, 0], [double.Epsilon, 1]).Should().BeApproximately(-Math.Log(double.Epsilon), Tolerance.Tight);
        KlDivergence.Nats([1e-300, 1 - 1e-300], [1e-300, 1 - 1e-300]).Should().Be(0);
    }

    [Test, Order(7)]
    // KL(N(μ₁, σ₁²) ‖ N(μ₂, σ₂²)) = ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½.
    // N(0, 1) ‖ N(1, 1): 0 + (1 + 1)/2 − ½ = ½. N(0, 1) ‖ N(0, 2²): ln 2 + 1/8 − ½ = 0.3181. Reversed: ln ½ + 4/2 − ½ = 0.8069.
    public void Gaussian_closed_form_worked_examples()
    {
        KlDivergence.Gaussians(0, 1, 1, 1).Should().BeApproximately(0.5, Tolerance.Tight);
        KlDivergence.Gaussians(0, 1, 0, 2).Should().BeApproximately(Math.Log(2) - 0.375, Tolerance.Tight);
        KlDivergence.Gaussians(0, 2, 0, 1).Should().BeApproximately(1.5 - Math.Log(2), Tolerance.Tight);
        KlDivergence.Gaussians(3, 0.7, 3, 0.7).Should().Be(0);
    }

    [Test, Order(8)]
    // The closed form against the definition ∫ p(x) (ln p(x) − ln q(x)) dx, integrated numerically (double-exponential
    // quadrature) over μ₁ ± 40σ₁, where p's mass outside is below 1e-300. Log-densities are used so that nothing
    // underflows; the quadrature is accurate to about 1e-10 on these smooth integrands, so 1e-8 relative is safe.
    public void Gaussian_closed_form_matches_numerical_integration([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m1, s1) = (data.Random.Uniform(-3, 3), data.Random.Uniform(0.3, 3));
        var (m2, s2) = (data.Random.Uniform(-3, 3), data.Random.Uniform(0.3, 3));
        double LogNormal(double x, double m, double s) => (-0.5 * ((x - m) / s) * ((x - m) / s)) - Math.Log(s) - (0.5 * Math.Log(2 * Math.PI));

        var numeric = Integrate.DoubleExponential(
            x => Math.Exp(LogNormal(x, m1, s1)) * (LogNormal(x, m1, s1) - LogNormal(x, m2, s2)), m1 - (40 * s1), m1 + (40 * s1), 1e-12);

        KlDivergence.Gaussians(m1, s1, m2, s2).Should().BeApproximately(numeric, new Tolerance(1e-10, 1e-8));
    }

    [Test, Order(9)]
    // KL does not depend on the units: scaling every mean and σ by c leaves it unchanged. At c = 1e-200, σ² = 1e-400
    // underflows to 0 (the naive form gives 0/0 = NaN); at c = 1e200, σ² overflows to ∞ (∞/∞ = NaN).
    public void Gaussian_divergence_is_exact_at_extreme_scales([Values(1e-200, 1e-12, 1e12, 1e200)] double c)
    {
        var unscaled = KlDivergence.Gaussians(0.5, 1.5, -1, 0.8);

        KlDivergence.Gaussians(0.5 * c, 1.5 * c, -1 * c, 0.8 * c).Should().BeApproximately(unscaled, Tolerance.Tight);
    }

    [Test, Order(10)]
    // Distributions as before; a normal distribution needs a finite mean and a positive, finite standard deviation.
    public void Rejects_bad_input()
    {
        FluentActions.Invoking(() => KlDivergence.Nats(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KlDivergence.Bits([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KlDivergence.Nats([1], [0.5, 0.5])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => KlDivergence.Nats([0.5, 0.5], [0.5, 0.6])).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => KlDivergence.Bits([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => KlDivergence.Gaussians(0, 0, 0, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => KlDivergence.Gaussians(0, 1, 0, -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => KlDivergence.Gaussians(0, 1, 0, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => KlDivergence.Gaussians(double.NaN, 1, 0, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => KlDivergence.Gaussians(0, 1, double.NegativeInfinity, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
    }
}
