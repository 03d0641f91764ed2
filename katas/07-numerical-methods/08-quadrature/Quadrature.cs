namespace MathForML.NumericalMethods;

/// <summary>
/// Numerical integration of ∫ₐᵇ f(x) dx: the composite trapezoid and Simpson rules on n equal subintervals,
/// Gauss–Legendre with n nodes, and adaptive Simpson, which refines only where the integrand needs it.
/// </summary>
/// <remarks>
/// All methods: a null f is an <see cref="ArgumentNullException"/>; a and b must be finite with a &lt; b
/// (<see cref="ArgumentException"/>, "interval").
/// Lesson: katas/07-numerical-methods/08-quadrature/README.md
/// </remarks>
public static class Quadrature
{
    /// <summary>The composite trapezoid rule h·(f₀/2 + f₁ + … + fₙ₋₁ + fₙ/2) with h = (b − a)/n and fᵢ = f(a + i·h). On ∫₀¹ x² with n = 2: 0.375.</summary>
    /// <param name="f">The integrand.</param>
    /// <param name="a">The lower limit.</param>
    /// <param name="b">The upper limit, greater than a.</param>
    /// <param name="n">The number of subintervals, at least 1 (n + 1 evaluations).</param>
    /// <returns>The approximation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 1.</exception>
    public static double Trapezoid(Func<double, double> f, double a, double b, int n)
    {
        // TODO: half weights at the ends, full weights inside.
        throw new NotImplementedException("TODO Quadrature.Trapezoid: return the composite trapezoid sum.");
    }

    /// <summary>The composite Simpson rule (h/3)·(f₀ + 4f₁ + 2f₂ + 4f₃ + … + 4fₙ₋₁ + fₙ). Exact for cubics: ∫₀¹ x² with n = 2 gives 1/3.</summary>
    /// <param name="f">The integrand.</param>
    /// <param name="a">The lower limit.</param>
    /// <param name="b">The upper limit, greater than a.</param>
    /// <param name="n">The number of subintervals, even and at least 2 (n + 1 evaluations).</param>
    /// <returns>The approximation.</returns>
    /// <exception cref="ArgumentException"><paramref name="n"/> is odd or less than 2 ("even").</exception>
    public static double Simpson(Func<double, double> f, double a, double b, int n)
    {
        // TODO: weights 1, 4, 2, 4, …, 2, 4, 1 times h/3.
        throw new NotImplementedException("TODO Quadrature.Simpson: return the composite Simpson sum.");
    }

    /// <summary>
    /// n-point Gauss–Legendre quadrature Σᵢ wᵢ·f(xᵢ) mapped from [−1, 1] to [a, b]: exact (to rounding) for polynomials
    /// of degree ≤ 2n − 1. The nodes are the roots of the Legendre polynomial Pₙ, to full precision.
    /// </summary>
    /// <param name="f">The integrand.</param>
    /// <param name="a">The lower limit.</param>
    /// <param name="b">The upper limit, greater than a.</param>
    /// <param name="n">The number of nodes, 1 to 100.</param>
    /// <returns>The approximation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is outside [1, 100].</exception>
    public static double GaussLegendre(Func<double, double> f, double a, double b, int n)
    {
        // TODO: find the nodes by Newton's method on Pₙ (three-term recurrence), weights 2/((1 − x²)·Pₙ′(x)²), then map.
        throw new NotImplementedException("TODO Quadrature.GaussLegendre: return Σ wᵢ f(xᵢ) over the Gauss–Legendre nodes.");
    }

    /// <summary>
    /// Adaptive Simpson: Simpson's rule on [a, b], compared with Simpson on the two halves; accepted when they differ by
    /// at most 15·tolerance (then returning the halves' sum plus a fifteenth of the difference), otherwise each half is
    /// integrated to tolerance/2. The result is within about <paramref name="tolerance"/> of the integral for smooth
    /// integrands. Every function value is computed once (5 on the first interval, 2 per further subdivision).
    /// </summary>
    /// <param name="f">The integrand.</param>
    /// <param name="a">The lower limit.</param>
    /// <param name="b">The upper limit, greater than a.</param>
    /// <param name="tolerance">The absolute error allowed, positive.</param>
    /// <param name="maxDepth">The deepest subdivision allowed, at least 1.</param>
    /// <returns>The approximation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The tolerance is not positive ("positive"), or maxDepth &lt; 1.</exception>
    /// <exception cref="InvalidOperationException">An interval still fails the test at maxDepth ("converge").</exception>
    public static double AdaptiveSimpson(Func<double, double> f, double a, double b, double tolerance = 1e-10, int maxDepth = 50)
    {
        // TODO: a private recursive helper that receives the three known values of its interval.
        throw new NotImplementedException("TODO Quadrature.AdaptiveSimpson: return the adaptively refined Simpson estimate.");
    }
}
