using System.Numerics;

namespace MathForML.NumericalMethods;

/// <summary>
/// Derivatives from function values: forward, backward and central difference quotients, their error against the
/// step h (the best h), and the complex-step derivative, which has no cancellation at all.
/// </summary>
/// <remarks>
/// All methods: a null function is an <see cref="ArgumentNullException"/>; a non-finite x is an
/// <see cref="ArgumentOutOfRangeException"/> ("finite"); a step h that is not positive and finite is an
/// <see cref="ArgumentOutOfRangeException"/> ("positive").
/// Lesson: katas/07-numerical-methods/06-numerical-differentiation/README.md
/// </remarks>
public static class NumericalDifferentiation
{
    /// <summary>The forward difference (f(x + h) − f(x))/h; for f = x² at 3 with h = 0.1 it is 6.1.</summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point, finite.</param>
    /// <param name="h">The step, positive and finite.</param>
    /// <returns>The approximation of f′(x).</returns>
    public static double Forward(Func<double, double> f, double x, double h)
    {
        // TODO: validate, then one difference quotient.
        throw new NotImplementedException("TODO NumericalDifferentiation.Forward: return (f(x + h) − f(x))/h.");
    }

    /// <summary>The backward difference (f(x) − f(x − h))/h; for f = x² at 3 with h = 0.1 it is 5.9.</summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point, finite.</param>
    /// <param name="h">The step, positive and finite.</param>
    /// <returns>The approximation of f′(x).</returns>
    public static double Backward(Func<double, double> f, double x, double h)
    {
        // TODO: the mirror image of Forward.
        throw new NotImplementedException("TODO NumericalDifferentiation.Backward: return (f(x) − f(x − h))/h.");
    }

    /// <summary>The central difference (f(x + h) − f(x − h))/(2h); for f = x² at 3 with h = 0.1 it is 6.</summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point, finite.</param>
    /// <param name="h">The step, positive and finite.</param>
    /// <returns>The approximation of f′(x).</returns>
    public static double Central(Func<double, double> f, double x, double h)
    {
        // TODO: one step on each side, divided by the distance between them.
        throw new NotImplementedException("TODO NumericalDifferentiation.Central: return (f(x + h) − f(x − h))/(2h).");
    }

    /// <summary>
    /// The complex-step derivative Im f(x + i·h)/h of a function that is real on the real axis and analytic (built from
    /// <see cref="Complex"/> arithmetic, Exp, Sin, …). Exact to rounding for any tiny h, e.g. the default 1e-20.
    /// </summary>
    /// <param name="f">The function, evaluated on complex arguments.</param>
    /// <param name="x">The point, finite.</param>
    /// <param name="h">The imaginary step, positive and finite.</param>
    /// <returns>The approximation of f′(x).</returns>
    public static double ComplexStep(Func<Complex, Complex> f, double x, double h = 1e-20)
    {
        // TODO: evaluate f once, off the real axis, and keep the imaginary part.
        throw new NotImplementedException("TODO NumericalDifferentiation.ComplexStep: return Im f(x + ih)/h.");
    }

    /// <summary>
    /// The step, among h = 10^(−k/4) for k = 0, 1, …, 64 (from 1 down to 1e-16), at which <paramref name="rule"/> comes
    /// closest to the known derivative: argmin over h of |rule(f, x, h) − exactDerivative| (the larger h on a tie).
    /// Pass a method group: <c>BestStep(NumericalDifferentiation.Central, Math.Exp, 1, Math.E)</c>.
    /// </summary>
    /// <param name="rule">A difference rule (f, x, h) ↦ approximation, such as <see cref="Forward"/>.</param>
    /// <param name="f">The function.</param>
    /// <param name="x">The point, finite.</param>
    /// <param name="exactDerivative">f′(x), finite.</param>
    /// <returns>The best step of the grid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or <paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">x or the derivative is not finite ("finite").</exception>
    public static double BestStep(Func<Func<double, double>, double, double, double> rule, Func<double, double> f, double x, double exactDerivative)
    {
        // TODO: try every step of the grid and keep the one with the smallest error.
        throw new NotImplementedException("TODO NumericalDifferentiation.BestStep: return the grid step with the smallest error.");
    }
}
