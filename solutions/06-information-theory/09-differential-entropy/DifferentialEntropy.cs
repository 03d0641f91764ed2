namespace MathForML.InformationTheory;

/// <summary>
/// Differential entropy h(p) = −∫ p(x) ln p(x) dx of a continuous distribution, in nats: in closed form for the
/// uniform distribution U(a, b) and the normal distribution N(μ, σ²), and by numerical integration (composite
/// Simpson's rule) for any density given by its logarithm — with the KL divergence ∫ p ln(p/q) computed the same way.
/// </summary>
/// <remarks>
/// Every result is in nats (natural logarithms). A density is passed as its log-density ℓ(x) = ln p(x), with
/// ℓ(x) = −∞ where p(x) = 0; the integrand there is 0 (0 · ln 0 = 0). Integration runs over a finite interval
/// [lower, upper] with an even number of Simpson intervals; mass outside the interval is ignored, so choose it wide
/// enough (the lesson says how). Parameters out of their domain → <see cref="ArgumentOutOfRangeException"/>; a bad
/// interval → <see cref="ArgumentException"/>; a null function → <see cref="ArgumentNullException"/>.
/// Lesson: katas/06-information-theory/09-differential-entropy/README.md
/// </remarks>
public static class DifferentialEntropy
{
    /// <summary>½ ln(2πe), the differential entropy of the standard normal distribution in nats (≈ 1.4189).</summary>
    private static readonly double HalfLogTwoPiE = 0.5 * (Math.Log(2 * Math.PI) + 1);

    /// <summary>The differential entropy of the uniform distribution U(a, b): h = ln(b − a) nats.</summary>
    /// <param name="a">The lower end, finite.</param>
    /// <param name="b">The upper end, finite and greater than <paramref name="a"/>.</param>
    /// <returns>ln(b − a): negative when b − a &lt; 1, zero when b − a = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite ("finite"; the exception names that end, a or b), or b ≤ a ("greater").</exception>
    public static double Uniform(double a, double b)
    {
        if (!double.IsFinite(a) || !double.IsFinite(b))
        {
            throw new ArgumentOutOfRangeException(double.IsFinite(a) ? nameof(b) : nameof(a), "Both ends of a uniform distribution must be finite.");
        }

        if (!(b > a))
        {
            throw new ArgumentOutOfRangeException(nameof(b), b, $"The upper end b must be greater than the lower end a = {a}.");
        }

        return Math.Log(b - a);
    }

    /// <summary>
    /// The differential entropy of the normal distribution N(μ, σ²): h = ½ ln(2πeσ²) nats, whatever the mean μ, exact
    /// for σ anywhere from 1e-300 to 1e300 (where σ² underflows or overflows).
    /// </summary>
    /// <param name="sd">The standard deviation σ, positive and finite.</param>
    /// <returns>½ ln(2πeσ²): negative when σ &lt; 1/√(2πe) ≈ 0.242.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sd"/> is not positive and finite ("positive").</exception>
    public static double Gaussian(double sd)
    {
        if (!(sd > 0) || double.IsInfinity(sd))
        {
            throw new ArgumentOutOfRangeException(nameof(sd), sd, "The standard deviation must be positive and finite.");
        }

        // ½ ln(2πeσ²) = ln σ + ½ ln(2πe): σ is never squared, so σ = 1e-200 (σ² = 0, ln 0 = −∞) still gives −459.1.
        return Math.Log(sd) + HalfLogTwoPiE;
    }

    /// <summary>
    /// The composite Simpson approximation of ∫ f(x) dx over [lower, upper] with <paramref name="intervals"/> equal
    /// intervals: exact for cubic polynomials, with an error that shrinks like h⁴ for smooth f (h the interval width).
    /// </summary>
    /// <param name="f">The integrand.</param>
    /// <param name="lower">The left end, finite.</param>
    /// <param name="upper">The right end, finite and greater than <paramref name="lower"/>.</param>
    /// <param name="intervals">The number of intervals, even and at least 2.</param>
    /// <returns>The approximate integral.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not finite or not lower &lt; upper ("interval").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="intervals"/> is odd or below 2 ("even").</exception>
    public static double Simpson(Func<double, double> f, double lower, double upper, int intervals)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireInterval(lower, upper, intervals);
        var h = (upper - lower) / intervals;
        var sum = f(lower) + f(upper);
        for (var i = 1; i < intervals; i++)
        {
            // Each node from its index, not by adding h repeatedly (which drifts); the weights alternate 4, 2, 4, …, 4.
            sum += (i % 2 == 1 ? 4 : 2) * f(lower + (i * h));
        }

        return sum * h / 3;
    }

    /// <summary>The differential entropy −∫ p(x) ln p(x) dx over [lower, upper], by <see cref="Simpson"/>, in nats.</summary>
    /// <param name="logDensity">ℓ(x) = ln p(x): a number or −∞ (where p(x) = 0).</param>
    /// <param name="lower">The left end of the integration interval, finite.</param>
    /// <param name="upper">The right end, finite and greater than <paramref name="lower"/>.</param>
    /// <param name="intervals">The number of Simpson intervals, even and at least 2.</param>
    /// <returns>The approximate entropy in nats (points with p(x) = 0 contribute 0).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logDensity"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The interval is bad ("interval"), or the log-density returns NaN or +∞ ("log-density").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="intervals"/> is odd or below 2 ("even").</exception>
    public static double Numerical(Func<double, double> logDensity, double lower, double upper, int intervals)
    {
        ArgumentNullException.ThrowIfNull(logDensity);
        return Simpson(x => EntropyIntegrand(LogDensityAt(logDensity, x, nameof(logDensity))), lower, upper, intervals);
    }

    /// <summary>
    /// The KL divergence ∫ p(x) (ln p(x) − ln q(x)) dx over [lower, upper], by <see cref="Simpson"/>, in nats.
    /// </summary>
    /// <param name="logP">ln p(x): a number or −∞.</param>
    /// <param name="logQ">ln q(x): a number or −∞.</param>
    /// <param name="lower">The left end of the integration interval, finite.</param>
    /// <param name="upper">The right end, finite and greater than <paramref name="lower"/>.</param>
    /// <param name="intervals">The number of Simpson intervals, even and at least 2.</param>
    /// <returns>The approximate divergence in nats; +∞ if q(x) = 0 at a node where p(x) &gt; 0.</returns>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    /// <exception cref="ArgumentException">The interval is bad ("interval"), or a log-density returns NaN or +∞ ("log-density").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="intervals"/> is odd or below 2 ("even").</exception>
    public static double NumericalKl(Func<double, double> logP, Func<double, double> logQ, double lower, double upper, int intervals)
    {
        ArgumentNullException.ThrowIfNull(logP);
        ArgumentNullException.ThrowIfNull(logQ);
        return Simpson(
            x => KlIntegrand(LogDensityAt(logP, x, nameof(logP)), LogDensityAt(logQ, x, nameof(logQ))), lower, upper, intervals);
    }

    /// <summary>−p ln p from ℓ = ln p: 0 where p = 0 (ℓ = −∞), where e^ℓ · ℓ would be 0 · (−∞) = NaN.</summary>
    private static double EntropyIntegrand(double logP) => double.IsNegativeInfinity(logP) ? 0 : -Math.Exp(logP) * logP;

    /// <summary>p (ln p − ln q): 0 where p = 0, +∞ where p &gt; 0 but q = 0.</summary>
    private static double KlIntegrand(double logP, double logQ)
    {
        if (double.IsNegativeInfinity(logP))
        {
            return 0;
        }

        // Log-densities, not densities: far in a tail q(x) underflows to 0 while ln q(x) = −5 000 is still exact.
        return double.IsNegativeInfinity(logQ) ? double.PositiveInfinity : Math.Exp(logP) * (logP - logQ);
    }

    private static double LogDensityAt(Func<double, double> logDensity, double x, string name)
    {
        var value = logDensity(x);
        if (double.IsNaN(value) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentException($"The log-density must be a number or −∞, but at x = {x} it is {value}.", name);
        }

        return value;
    }

    private static void RequireInterval(double lower, double upper, int intervals)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || !(lower < upper))
        {
            throw new ArgumentException($"The integration interval must be finite with lower < upper, but it is [{lower}, {upper}].", nameof(upper));
        }

        if (intervals < 2 || intervals % 2 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(intervals), intervals, "Simpson's rule needs an even number of intervals, at least 2.");
        }
    }
}
