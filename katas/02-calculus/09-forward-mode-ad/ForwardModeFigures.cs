using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The forward-mode kata's figures, drawn from your <see cref="Dual"/> arithmetic through
/// <see cref="ForwardMode.Derivative"/> (read, don't edit).
/// </summary>
public static class ForwardModeFigures
{
    /// <summary>g(x) = sin(x²)·eˣ/(1 + x²), the lesson's example, on dual numbers.</summary>
    private static Dual G(Dual x) => Dual.Sin(x * x) * Dual.Exp(x) / (1 + (x * x));

    /// <summary>The same g on doubles.</summary>
    private static double GValue(double x) => Math.Sin(x * x) * Math.Exp(x) / (1 + (x * x));

    /// <summary>g′ by hand: eˣ/(1 + x²)·(2x·cos x² + sin x² − 2x·sin x²/(1 + x²)).</summary>
    private static double GPrime(double x)
    {
        var q = 1 + (x * x);
        return Math.Exp(x) / q * ((2 * x * Math.Cos(x * x)) + Math.Sin(x * x) - (2 * x * Math.Sin(x * x) / q));
    }

    /// <summary>g and its dual-number derivative, with the hand-derived g′ as check points.</summary>
    /// <returns>The plot.</returns>
    [Figure("dual-derivative", "g(x) = sin(x²)·eˣ/(1 + x²) and the derivative part of your dual numbers, ForwardMode.Derivative(g, x), from one evaluation of g per x. The black dots are the derivative worked out by hand with the product, quotient and chain rules: they lie on the curve.")]
    public static Plot DualDerivative()
    {
        var xs = Enumerable.Range(0, 301).Select(i => -2.5 + (5.0 * i / 300)).ToArray();
        var checks = Enumerable.Range(0, 21).Select(i => -2.5 + (0.25 * i)).ToArray();
        return Charts.CurvesWithChecks(
            "One pass on dual numbers gives g′ along with g", "x", "value",
            [Series.Of("g(x)", xs, GValue), Series.Of("g′(x) from the dual part", xs, x => ForwardMode.Derivative(G, x))],
            [Series.Of("g′(x) by hand", checks, GPrime)],
            legend: Alignment.UpperLeft);
    }

    /// <summary>The error of the dual derivative and of a central difference, against the hand-derived g′.</summary>
    /// <returns>The plot.</returns>
    [Figure("dual-error", "The error of two derivatives of g against the hand-derived g′: your dual numbers are exact up to rounding (10⁻¹⁸ to 10⁻¹⁵; where the error is exactly 0 the point is left out), while the central difference with its best step h = 10⁻⁵ misses by 10⁻¹¹ to 10⁻⁹ — its truncation and rounding errors cannot both be avoided.")]
    public static Plot DualError()
    {
        var xs = Enumerable.Range(0, 201).Select(i => -2.5 + (5.0 * i / 200)).ToArray();
        const double h = 1e-5;
        var plot = Charts.LogScale(
            "Dual numbers: rounding only, 10⁵ times below central differences", "x", "|error| of g′(x)",
            [
                Series.Of("dual numbers (ForwardMode.Derivative)", xs, x => Math.Abs(ForwardMode.Derivative(G, x) - GPrime(x))),
                Series.Of("central difference, h = 1e-5", xs, x => Math.Abs(((GValue(x + h) - GValue(x - h)) / (2 * h)) - GPrime(x))),
            ],
            logX: false, markers: true);
        FigureStyle.Legend(plot, Alignment.MiddleCenter);
        return plot;
    }
}
