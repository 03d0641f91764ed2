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
    /// <summary>The differential entropy of the uniform distribution U(a, b): h = ln(b − a) nats.</summary>
    /// <param name="a">The lower end, finite.</param>
    /// <param name="b">The upper end, finite and greater than <paramref name="a"/>.</param>
    /// <returns>ln(b − a): negative when b − a &lt; 1, zero when b − a = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite ("finite"; the exception names that end, a or b), or b ≤ a ("greater").</exception>
    public static double Uniform(double a, double b)
    {
        // TODO: how wide is the density, and how high?
        throw new NotImplementedException("TODO DifferentialEntropy.Uniform: return ln(b − a) in nats.");
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
        // TODO: ½ ln(2πeσ²) — written so that σ is never squared.
        throw new NotImplementedException("TODO DifferentialEntropy.Gaussian: return ½ ln(2πeσ²) = ln σ + ½ ln(2πe) in nats.");
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
        // TODO: weights 1, 4, 2, 4, …, 2, 4, 1 on the nodes, times h/3.
        throw new NotImplementedException("TODO DifferentialEntropy.Simpson: return (h/3)(f(x₀) + 4f(x₁) + 2f(x₂) + … + 4f(xₙ₋₁) + f(xₙ)).");
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
        // TODO: integrate −e^ℓ(x) · ℓ(x) with your Simpson; what is the integrand where ℓ(x) = −∞?
        throw new NotImplementedException("TODO DifferentialEntropy.Numerical: return the Simpson approximation of −∫ p ln p, with 0 where p = 0.");
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
        // TODO: integrate e^ℓp(x) · (ℓp(x) − ℓq(x)) with your Simpson; mind the points where p or q is 0.
        throw new NotImplementedException("TODO DifferentialEntropy.NumericalKl: return the Simpson approximation of ∫ p (ln p − ln q).");
    }
}
