namespace MathForML.Probability;

/// <summary>
/// Densities f(x) and cumulative distribution functions F(x) = P(X ≤ x) of continuous distributions: uniform, normal
/// (its CDF through the error function), exponential, and the densities of the beta and gamma distributions.
/// </summary>
/// <remarks>
/// Outside the support a density is 0; a CDF is 0 below the support and 1 above it.
/// Parameter errors are <see cref="ArgumentOutOfRangeException"/>s: a standard deviation, rate or shape that is not
/// positive and finite ("positive"), uniform bounds that are not finite with a &lt; b ("less than"); a NaN x is an
/// <see cref="ArgumentException"/> ("NaN").
/// Lesson: katas/03-probability/05-continuous-distributions/README.md
/// </remarks>
public static class ContinuousDistributions
{
    /// <summary>
    /// The error function erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt, odd, from −1 to 1, accurate to about 1e-15 (absolute near 0
    /// relative). erf(1) ≈ 0.8427007929497149.
    /// </summary>
    /// <param name="x">Any number but NaN (±∞ give ±1).</param>
    /// <returns>erf(x).</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double Erf(double x)
    {
        // TODO: the Taylor series below 2, 1 − erfc above; erf is odd.
        throw new NotImplementedException("TODO ContinuousDistributions.Erf: return erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt.");
    }

    /// <summary>
    /// The complementary error function erfc(x) = 1 − erf(x), accurate to about 1e-13 RELATIVE even in the far tail where
    /// 1 − erf(x) would be 0 (erfc(10) ≈ 2.088·10⁻⁴⁵). From 2 down to 0 as x goes from −∞ to ∞.
    /// </summary>
    /// <param name="x">Any number but NaN.</param>
    /// <returns>erfc(x).</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double Erfc(double x)
    {
        // TODO: the continued fraction of the lesson for x ≥ 2, 1 − erf below; erfc(−x) = 2 − erfc(x).
        throw new NotImplementedException("TODO ContinuousDistributions.Erfc: return erfc(x) = 1 − erf(x), accurate in the tail.");
    }

    /// <summary>The uniform density on [a, b]: 1/(b − a) inside, 0 outside.</summary>
    /// <param name="x">The point.</param>
    /// <param name="a">The lower bound, finite.</param>
    /// <param name="b">The upper bound, finite, greater than a.</param>
    /// <returns>f(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are not finite with a &lt; b ("less than").</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double UniformPdf(double x, double a, double b)
    {
        // TODO: validate, then one comparison.
        throw new NotImplementedException("TODO ContinuousDistributions.UniformPdf: return 1/(b − a) on [a, b], 0 outside.");
    }

    /// <summary>The uniform CDF on [a, b]: (x − a)/(b − a) inside, 0 below, 1 above.</summary>
    /// <param name="x">The point.</param>
    /// <param name="a">The lower bound, finite.</param>
    /// <param name="b">The upper bound, finite, greater than a.</param>
    /// <returns>F(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bounds are not finite with a &lt; b ("less than").</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double UniformCdf(double x, double a, double b)
    {
        // TODO: three cases.
        throw new NotImplementedException("TODO ContinuousDistributions.UniformCdf: return (x − a)/(b − a) clamped to [0, 1].");
    }

    /// <summary>The normal density N(μ, σ²): e^(−z²/2) / (σ√(2π)) with z = (x − μ)/σ.</summary>
    /// <param name="x">The point.</param>
    /// <param name="mean">μ, finite.</param>
    /// <param name="stdDev">σ, positive and finite.</param>
    /// <returns>f(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">σ is not positive and finite, or μ is not finite ("positive", "finite").</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double NormalPdf(double x, double mean, double stdDev)
    {
        // TODO: standardise first: z = (x − μ)/σ.
        throw new NotImplementedException("TODO ContinuousDistributions.NormalPdf: return e^(−z²/2)/(σ√(2π)).");
    }

    /// <summary>
    /// The normal CDF Φ((x − μ)/σ) = ½ erfc(−(x − μ)/(σ√2)), accurate to about 1e-13 relative in both tails
    /// (Φ(−10) ≈ 7.62·10⁻²⁴, which ½(1 + erf(−10/√2)) would round to 0).
    /// </summary>
    /// <param name="x">The point.</param>
    /// <param name="mean">μ, finite.</param>
    /// <param name="stdDev">σ, positive and finite.</param>
    /// <returns>F(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">σ is not positive and finite, or μ is not finite ("positive", "finite").</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double NormalCdf(double x, double mean, double stdDev)
    {
        // TODO: through Erfc, never 1 + Erf.
        throw new NotImplementedException("TODO ContinuousDistributions.NormalCdf: return Φ((x − μ)/σ) = ½ erfc(−(x − μ)/(σ√2)).");
    }

    /// <summary>The exponential density with rate λ: λe^(−λx) for x ≥ 0, 0 for x &lt; 0.</summary>
    /// <param name="x">The point.</param>
    /// <param name="rate">λ, positive and finite.</param>
    /// <returns>f(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">λ is not positive and finite ("positive").</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double ExponentialPdf(double x, double rate)
    {
        // TODO: 0 below 0.
        throw new NotImplementedException("TODO ContinuousDistributions.ExponentialPdf: return λe^(−λx) for x ≥ 0.");
    }

    /// <summary>
    /// The exponential CDF 1 − e^(−λx) for x ≥ 0 (0 below), accurate to about 1e-15 relative also where λx is tiny:
    /// F(10⁻¹²) with λ = 1 is 10⁻¹²(1 − 5·10⁻¹³), which 1 − Math.Exp(−10⁻¹²) gets wrong in the fifth digit.
    /// </summary>
    /// <param name="x">The point.</param>
    /// <param name="rate">λ, positive and finite.</param>
    /// <returns>F(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">λ is not positive and finite ("positive").</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double ExponentialCdf(double x, double rate)
    {
        // TODO: 1 − e^u cancels for small u: see the lesson's Kahan trick.
        throw new NotImplementedException("TODO ContinuousDistributions.ExponentialCdf: return 1 − e^(−λx) for x ≥ 0.");
    }

    /// <summary>
    /// The beta density on [0, 1]: x^(α−1) (1 − x)^(β−1) / B(α, β), with B(α, β) = Γ(α)Γ(β)/Γ(α + β), computed in
    /// logarithms (with <see cref="Counting.LogGamma"/>) so that α = β = 500 works although Γ(500) overflows.
    /// 0 outside [0, 1]; at x = 0 or 1 the limit of the formula (+∞ when the exponent is negative, 1 term when it is 0).
    /// </summary>
    /// <param name="x">The point.</param>
    /// <param name="alpha">α, positive and finite.</param>
    /// <param name="beta">β, positive and finite.</param>
    /// <returns>f(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">α or β is not positive and finite ("positive").</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double BetaPdf(double x, double alpha, double beta)
    {
        // TODO: in logarithms, with Counting.LogGamma; 0·ln 0 = 0.
        throw new NotImplementedException("TODO ContinuousDistributions.BetaPdf: return x^(α−1)(1 − x)^(β−1)/B(α, β) on [0, 1].");
    }

    /// <summary>
    /// The gamma density with shape k and rate β: βᵏ x^(k−1) e^(−βx) / Γ(k) for x ≥ 0 (0 below), in logarithms
    /// (k = 1000 works). Shape 1 is the exponential distribution. At x = 0: β when k = 1, 0 when k &gt; 1, +∞ when k &lt; 1.
    /// </summary>
    /// <param name="x">The point.</param>
    /// <param name="shape">k, positive and finite.</param>
    /// <param name="rate">β, positive and finite.</param>
    /// <returns>f(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">k or β is not positive and finite ("positive").</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double GammaPdf(double x, double shape, double rate)
    {
        // TODO: in logarithms, with Counting.LogGamma; β is a rate.
        throw new NotImplementedException("TODO ContinuousDistributions.GammaPdf: return βᵏ x^(k−1) e^(−βx)/Γ(k) for x ≥ 0.");
    }
}
