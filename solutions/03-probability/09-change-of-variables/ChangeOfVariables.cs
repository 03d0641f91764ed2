namespace MathForML.Probability;

/// <summary>
/// Densities of transformed random variables: if Y = g(X) for a smooth, strictly monotone g, then
/// p_Y(y) = p_X(g⁻¹(y)) · |d g⁻¹(y)/dy|. The log-normal density is the worked case: Y = exp(X) with X ~ N(μ, σ²).
/// </summary>
public static class ChangeOfVariables
{
    /// <summary>ln √(2π), the normal density's normalising constant in log space.</summary>
    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>The density of Y = g(X) at y: p_X(g⁻¹(y)) · |(g⁻¹)′(y)|.</summary>
    /// <param name="densityOfX">The density p_X of X.</param>
    /// <param name="inverse">The inverse map g⁻¹.</param>
    /// <param name="inverseDerivative">The derivative of g⁻¹.</param>
    /// <param name="y">The point at which to evaluate the density of Y.</param>
    /// <returns>p_Y(y).</returns>
    public static double TransformedDensity(
        Func<double, double> densityOfX, Func<double, double> inverse, Func<double, double> inverseDerivative, double y)
    {
        ArgumentNullException.ThrowIfNull(densityOfX);
        ArgumentNullException.ThrowIfNull(inverse);
        ArgumentNullException.ThrowIfNull(inverseDerivative);

        // The Jacobian factor |dx/dy| converts "probability per unit of x" into "probability per unit of y".
        // Its absolute value matters: a decreasing g has a negative derivative, but densities are never negative.
        return densityOfX(inverse(y)) * Math.Abs(inverseDerivative(y));
    }

    /// <summary>The density of Y = a·X + b at y: p_X((y − b)/a) / |a|.</summary>
    /// <param name="densityOfX">The density p_X of X.</param>
    /// <param name="scale">The scale a, finite and non-zero.</param>
    /// <param name="shift">The shift b, finite.</param>
    /// <param name="y">The point at which to evaluate the density of Y.</param>
    /// <returns>p_Y(y).</returns>
    public static double AffineDensity(Func<double, double> densityOfX, double scale, double shift, double y)
    {
        ArgumentNullException.ThrowIfNull(densityOfX);
        if (!double.IsFinite(scale) || !double.IsFinite(shift))
        {
            throw new ArgumentException($"The scale and shift must be finite, but they are {scale} and {shift}.", nameof(scale));
        }

        if (scale == 0)
        {
            throw new ArgumentException("The scale a is zero: Y = b is a constant and has no density.", nameof(scale));
        }

        // g⁻¹(y) = (y − b)/a has derivative 1/a; dividing (not multiplying by 1/a first) keeps 1e-12 and 1e12 exact.
        return densityOfX((y - shift) / scale) / Math.Abs(scale);
    }

    /// <summary>The log-normal density at y: the density of exp(X) for X ~ N(μ, σ²); 0 for y ≤ 0.</summary>
    /// <param name="y">The point.</param>
    /// <param name="mu">The mean μ of ln Y, finite.</param>
    /// <param name="sigma">The standard deviation σ of ln Y, finite and positive.</param>
    /// <returns>p_Y(y).</returns>
    public static double LogNormalDensity(double y, double mu, double sigma)
    {
        return Math.Exp(LogNormalLogDensity(y, mu, sigma)); // e^(−∞) = 0 for y ≤ 0
    }

    /// <summary>ln of <see cref="LogNormalDensity"/>, computed in log space; −∞ for y ≤ 0.</summary>
    /// <param name="y">The point.</param>
    /// <param name="mu">The mean μ of ln Y, finite.</param>
    /// <param name="sigma">The standard deviation σ of ln Y, finite and positive.</param>
    /// <returns>ln p_Y(y).</returns>
    public static double LogNormalLogDensity(double y, double mu, double sigma)
    {
        RequireNormalParameters(mu, sigma);
        if (y <= 0)
        {
            return double.NegativeInfinity;
        }

        // x = g⁻¹(y) = ln y and |(g⁻¹)′(y)| = 1/y, so ln p_Y(y) = ln φ_{μ,σ}(ln y) − ln y.
        var x = Math.Log(y);
        var z = (x - mu) / sigma;
        return (-0.5 * z * z) - Math.Log(sigma) - LogSqrtTwoPi - x;
    }

    private static void RequireNormalParameters(double mu, double sigma)
    {
        if (!double.IsFinite(mu))
        {
            throw new ArgumentOutOfRangeException(nameof(mu), mu, "μ must be finite.");
        }

        if (!double.IsFinite(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "σ must be finite.");
        }

        if (sigma <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "σ must be positive.");
        }
    }
}
