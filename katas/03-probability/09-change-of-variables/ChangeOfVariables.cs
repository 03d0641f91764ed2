namespace MathForML.Probability;

/// <summary>
/// Densities of transformed random variables: if Y = g(X) for a smooth, strictly monotone g, then
/// p_Y(y) = p_X(g⁻¹(y)) · |d g⁻¹(y)/dy|. The log-normal density is the worked case: Y = exp(X) with X ~ N(μ, σ²).
/// </summary>
/// <remarks>Lesson: katas/03-probability/09-change-of-variables/README.md</remarks>
public static class ChangeOfVariables
{
    /// <summary>
    /// The density of Y = g(X) at <paramref name="y"/>: p_X(g⁻¹(y)) · |(g⁻¹)′(y)|, for a strictly monotone g given by its
    /// inverse and the inverse's derivative (which may be negative when g is decreasing). The result is never negative.
    /// </summary>
    /// <param name="densityOfX">The density p_X of X.</param>
    /// <param name="inverse">The inverse map g⁻¹.</param>
    /// <param name="inverseDerivative">The derivative of g⁻¹.</param>
    /// <param name="y">The point at which to evaluate the density of Y.</param>
    /// <returns>p_Y(y).</returns>
    /// <exception cref="ArgumentNullException">A delegate is null.</exception>
    public static double TransformedDensity(
        Func<double, double> densityOfX, Func<double, double> inverse, Func<double, double> inverseDerivative, double y)
    {
        throw new NotImplementedException("TODO ChangeOfVariables.TransformedDensity: return p_X(g⁻¹(y)) · |(g⁻¹)′(y)|.");
    }

    /// <summary>
    /// The density of Y = a·X + b at <paramref name="y"/>: p_X((y − b)/a) / |a|. Any non-zero scale a, negative included,
    /// and scales near 1e-12 or 1e12.
    /// </summary>
    /// <param name="densityOfX">The density p_X of X.</param>
    /// <param name="scale">The scale a, finite and non-zero.</param>
    /// <param name="shift">The shift b, finite.</param>
    /// <param name="y">The point at which to evaluate the density of Y.</param>
    /// <returns>p_Y(y).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="densityOfX"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is zero ("zero") or a parameter is not finite ("finite").</exception>
    public static double AffineDensity(Func<double, double> densityOfX, double scale, double shift, double y)
    {
        throw new NotImplementedException("TODO ChangeOfVariables.AffineDensity: return p_X((y − b)/a) / |a|.");
    }

    /// <summary>
    /// The log-normal density at <paramref name="y"/>: the density of Y = exp(X) for X ~ N(μ, σ²); 0 for y ≤ 0.
    /// Must agree with MathNet's <c>LogNormal.PDF(μ, σ, y)</c> to 1e-12 relative.
    /// </summary>
    /// <param name="y">The point.</param>
    /// <param name="mu">The mean μ of X = ln Y, finite.</param>
    /// <param name="sigma">The standard deviation σ of X, finite and positive.</param>
    /// <returns>p_Y(y).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sigma"/> is not positive ("positive") or a parameter is not finite ("finite").</exception>
    public static double LogNormalDensity(double y, double mu, double sigma)
    {
        throw new NotImplementedException("TODO ChangeOfVariables.LogNormalDensity: return the density of exp(X) for X ~ N(μ, σ²).");
    }

    /// <summary>
    /// The natural logarithm of <see cref="LogNormalDensity"/>, computed directly so that it stays finite where the
    /// density itself underflows to 0 (y = 1e-300, say); −∞ for y ≤ 0. Same arguments and exceptions.
    /// </summary>
    /// <param name="y">The point.</param>
    /// <param name="mu">The mean μ of X = ln Y, finite.</param>
    /// <param name="sigma">The standard deviation σ of X, finite and positive.</param>
    /// <returns>ln p_Y(y).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sigma"/> is not positive ("positive") or a parameter is not finite ("finite").</exception>
    public static double LogNormalLogDensity(double y, double mu, double sigma)
    {
        throw new NotImplementedException("TODO ChangeOfVariables.LogNormalLogDensity: return ln p_Y(y) without forming p_Y(y).");
    }
}
