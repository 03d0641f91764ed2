namespace MathForML.Calculus;

/// <summary>
/// The derivative f′(x) = lim_{h→0} (f(x + h) − f(x))/h is the slope of f at x: how much the output moves per
/// unit of input. Numerically we stop at a small h instead of taking the limit (difference quotients); for
/// polynomials we can do it exactly, term by term, with the power rule d/dx xᵏ = k·xᵏ⁻¹.
/// </summary>
/// <remarks>Lesson: katas/02-calculus/02-derivatives/README.md</remarks>
public static class Derivatives
{
    /// <summary>
    /// The forward difference (f(x + h) − f(x)) / h: the slope of the secant through x and x + h.
    /// Its error is about h·|f″|/2 — first order in h (halve h, halve the error).
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point.</param>
    /// <param name="h">The step, positive and finite.</param>
    /// <returns>The approximate derivative.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is not positive and finite.</exception>
    public static double ForwardDifference(Func<double, double> f, double x, double h)
    {
        // TODO: validate h, then evaluate f at x + h and at x.
        throw new NotImplementedException("TODO Derivatives.ForwardDifference: return (f(x + h) − f(x)) / h.");
    }

    /// <summary>
    /// The central difference (f(x + h) − f(x − h)) / (2h): the slope of the secant through x − h and x + h.
    /// Its error is about h²·|f‴|/6 — second order in h (halve h, quarter the error).
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point.</param>
    /// <param name="h">The step, positive and finite.</param>
    /// <returns>The approximate derivative.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="h"/> is not positive and finite.</exception>
    public static double CentralDifference(Func<double, double> f, double x, double h)
    {
        // TODO: one step to each side of x; the two points are 2h apart.
        throw new NotImplementedException("TODO Derivatives.CentralDifference: return (f(x + h) − f(x − h)) / (2h).");
    }

    /// <summary>
    /// The exact derivative of the polynomial p(x) = c₀ + c₁x + c₂x² + … + cₙxⁿ, whose coefficients are given in
    /// ascending powers [c₀, c₁, …, cₙ]. By the power rule p′(x) = c₁ + 2c₂x + … + n·cₙxⁿ⁻¹, so return
    /// [c₁, 2c₂, …, n·cₙ] (length n, one shorter than the input; zero coefficients are kept, not trimmed).
    /// A constant [c₀] has derivative [0]. The input array is not modified.
    /// </summary>
    /// <param name="coefficients">[c₀, c₁, …, cₙ], at least one entry.</param>
    /// <returns>The coefficients of p′ in ascending powers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coefficients"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="coefficients"/> is empty ("empty").</exception>
    public static double[] PolynomialDerivative(double[] coefficients)
    {
        // TODO: entry k − 1 of the result is k·cₖ, for k = 1 … n.
        throw new NotImplementedException("TODO Derivatives.PolynomialDerivative: return [c₁, 2c₂, …, n·cₙ] (or [0] for a constant).");
    }

    /// <summary>
    /// p(x) = c₀ + c₁x + … + cₙxⁿ by Horner's rule, p(x) = c₀ + x·(c₁ + x·(c₂ + … + x·cₙ)): n multiplications
    /// and additions, no powers.
    /// </summary>
    /// <param name="coefficients">[c₀, c₁, …, cₙ] in ascending powers, at least one entry.</param>
    /// <param name="x">The point.</param>
    /// <returns>p(x).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coefficients"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="coefficients"/> is empty ("empty").</exception>
    public static double EvaluatePolynomial(double[] coefficients, double x)
    {
        // TODO: start from the highest coefficient cₙ and repeat acc ← acc·x + cₖ down to c₀.
        throw new NotImplementedException("TODO Derivatives.EvaluatePolynomial: return c₀ + c₁x + … + cₙxⁿ by Horner's rule.");
    }
}
