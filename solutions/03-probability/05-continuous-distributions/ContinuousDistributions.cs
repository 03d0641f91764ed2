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
        RequireNumber(x);
        if (x < 0)
        {
            return -Erf(-x);
        }

        return x < SeriesLimit ? ErfSeries(x) : 1 - ErfcContinuedFraction(x);
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
        RequireNumber(x);
        if (x < 0)
        {
            return 2 - Erfc(-x);
        }

        return x < SeriesLimit ? 1 - ErfSeries(x) : ErfcContinuedFraction(x);
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
        RequireNumber(x);
        RequireInterval(a, b);
        return x >= a && x <= b ? 1 / (b - a) : 0;
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
        RequireNumber(x);
        RequireInterval(a, b);
        return Math.Clamp((x - a) / (b - a), 0, 1); // 0 below a, 1 above b (also for x = ±∞)
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
        RequireNumber(x);
        RequireNormal(mean, stdDev);
        var z = (x - mean) / stdDev;
        return Math.Exp(-0.5 * z * z) / (stdDev * SqrtTwoPi);
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
        RequireNormal(mean, stdDev);
        // A NaN x makes the argument NaN, which Erfc rejects with the documented "The point x is NaN.".
        return 0.5 * Erfc(-(x - mean) / (stdDev * Math.Sqrt(2)));
    }

    /// <summary>The exponential density with rate λ: λe^(−λx) for x ≥ 0, 0 for x &lt; 0.</summary>
    /// <param name="x">The point.</param>
    /// <param name="rate">λ, positive and finite.</param>
    /// <returns>f(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">λ is not positive and finite ("positive").</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double ExponentialPdf(double x, double rate)
    {
        RequireNumber(x);
        RequirePositive(rate, nameof(rate));
        return x < 0 ? 0 : rate * Math.Exp(-rate * x);
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
        RequireNumber(x);
        RequirePositive(rate, nameof(rate));
        return -ExpMinusOne(-rate * Math.Max(x, 0)); // F = 0 for every x ≤ 0
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
        RequireNumber(x);
        RequirePositive(alpha, nameof(alpha));
        RequirePositive(beta, nameof(beta));
        if (x < 0 || x > 1)
        {
            return 0;
        }

        var logBeta = Counting.LogGamma(alpha) + Counting.LogGamma(beta) - Counting.LogGamma(alpha + beta);
        return Math.Exp(XLogY(alpha - 1, x) + XLogY(beta - 1, 1 - x) - logBeta);
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
        RequireNumber(x);
        RequirePositive(shape, nameof(shape));
        RequirePositive(rate, nameof(rate));
        if (x < 0)
        {
            return 0;
        }

        return Math.Exp((shape * Math.Log(rate)) + XLogY(shape - 1, x) - (rate * x) - Counting.LogGamma(shape));
    }

    /// <summary>Below this, erf comes from its Taylor series; above, erfc from its continued fraction.</summary>
    private const double SeriesLimit = 2;

    private const double SqrtTwoPi = 2.5066282746310005024;

    private const double TwoOverSqrtPi = 1.1283791670955125739;

    /// <summary>erf(x) = (2/√π) Σₙ (−1)ⁿ x^(2n+1) / (n!(2n + 1)) for 0 ≤ x &lt; 2, summed until the terms no longer matter.</summary>
    private static double ErfSeries(double x)
    {
        var power = x; // (−1)ⁿ x^(2n+1) / n!
        var sum = x;
        for (var n = 1; n < 200; n++)
        {
            power *= -x * x / n;
            var term = power / ((2 * n) + 1);
            sum += term;
            if (Math.Abs(term) <= 1e-17 * Math.Abs(sum))
            {
                break;
            }
        }

        return TwoOverSqrtPi * sum;
    }

    /// <summary>
    /// erfc(x) for x ≥ 2 from the continued fraction e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated
    /// by the modified Lentz method.
    /// </summary>
    private static double ErfcContinuedFraction(double x)
    {
        if (double.IsPositiveInfinity(x))
        {
            return 0;
        }

        var f = x;
        var c = x;
        var d = 0.0;
        for (var n = 1; n < 5000; n++)
        {
            var a = n / 2.0;
            d = 1 / (x + (a * d)); // for x ≥ 2 every C and D is positive, so Lentz's guard against a zero is not needed
            c = x + (a / c);
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return Math.Exp(-x * x) / (f * Math.Sqrt(Math.PI));
    }

    /// <summary>
    /// eᵘ − 1 without the cancellation of Math.Exp(u) − 1 for small |u| (Kahan's trick): with e = fl(eᵘ), the rounding
    /// error of e cancels in (e − 1)·u / ln e, which is accurate to a few ulps for every u.
    /// </summary>
    private static double ExpMinusOne(double u)
    {
        var e = Math.Exp(u);
        if (e == 1)
        {
            return u; // |u| below about 1e-16: eᵘ − 1 = u to double precision
        }

        var eMinusOne = e - 1;
        return eMinusOne == -1 ? -1 : eMinusOne * u / Math.Log(e);
    }

    /// <summary>x ln y with 0 ln 0 = 0 (the factor y⁰ = 1 also at y = 0).</summary>
    private static double XLogY(double x, double y) => x == 0 ? 0 : x * Math.Log(y);

    private static void RequireNumber(double x)
    {
        if (double.IsNaN(x))
        {
            throw new ArgumentException("The point x is NaN.", nameof(x));
        }
    }

    private static void RequirePositive(double value, string name)
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "This parameter must be positive and finite.");
        }
    }

    private static void RequireNormal(double mean, double stdDev)
    {
        if (!double.IsFinite(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "The mean must be finite.");
        }

        RequirePositive(stdDev, nameof(stdDev));
    }

    private static void RequireInterval(double a, double b)
    {
        if (!double.IsFinite(a) || !double.IsFinite(b) || !(a < b))
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, $"The bounds must be finite with a less than b; a = {a}.");
        }
    }
}
