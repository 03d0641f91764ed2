using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The Taylor kata's figures, drawn from your <see cref="Taylor.Exp"/>, <see cref="Taylor.Sin"/> and
/// <see cref="Taylor.LagrangeRemainderBound"/> (read, don't edit).
/// </summary>
public static class TaylorFigures
{
    /// <summary>The orders of the sine polynomials drawn: the odd ones up to 9.</summary>
    private static readonly int[] SinOrders = [1, 3, 5, 7, 9];

    /// <summary>The orders whose error and bound are compared.</summary>
    private static readonly int[] BoundOrders = [1, 3, 6];

    /// <summary>T₀ … T₅ of eˣ around 0.</summary>
    /// <returns>The plot.</returns>
    [Figure("exp-polynomials", "The Taylor polynomials T₀ … T₅ of eˣ around a = 0, computed by your Taylor.Exp: T₀ = 1 is the height, T₁ = 1 + x the tangent, T₂ the best parabola, and each further term follows eˣ a little further from 0. Left of 0 they alternate above and below eˣ; right of 0 all of them fall short.")]
    public static Plot ExpPolynomials()
    {
        var xs = Enumerable.Range(0, 301).Select(i => -3 + (6.0 * i / 300)).ToArray();
        var plot = Charts.FunctionWithApproximations(
            "Each term follows eˣ a little further from 0", "x", "y",
            Series.Of("eˣ", xs, Math.Exp),
            Enumerable.Range(0, 6).Select(n => Series.Of($"T{Subscript(n)}", xs, x => Taylor.Exp(x, n))),
            (-3, 12));
        FigureStyle.Legend(plot, Alignment.UpperLeft);
        return plot;
    }

    /// <summary>T₁, T₃, T₅, T₇, T₉ of sin x around 0.</summary>
    /// <returns>The plot.</returns>
    [Figure("sin-polynomials", "The Taylor polynomials of sin x around 0 from your Taylor.Sin (only odd powers appear, so T₂ = T₁, T₄ = T₃, …). Each added term doubles back and hugs the sine for about one more unit of x before escaping to ±∞ (sin is odd, so the left half mirrors the right).")]
    public static Plot SinPolynomials()
    {
        var xs = Enumerable.Range(0, 301).Select(i => -1 + (8.5 * i / 300)).ToArray();
        var plot = Charts.FunctionWithApproximations(
            "Every odd term hugs sin x about one unit further", "x", "y",
            Series.Of("sin x", xs, Math.Sin),
            SinOrders.Select(n => Series.Of($"T{Subscript(n)}", xs, x => Taylor.Sin(x, n))),
            (-2.6, 2));
        FigureStyle.Legend(plot, Alignment.LowerLeft);
        return plot;
    }

    /// <summary>|eˣ − Tₙ(x)| against its Lagrange bound for x from 0.05 to 3.</summary>
    /// <returns>The plot.</returns>
    [Figure("remainder-bound", "The actual error |eˣ − Tₙ(x)| (solid) of your Taylor.Exp for n = 1, 3, 6 and, dashed, your LagrangeRemainderBound M·xⁿ⁺¹/(n + 1)! with M = eˣ, the largest value of the (n + 1)-st derivative between 0 and x. The bound always lies above the error and has the same slope n + 1 on these log–log axes. Near a both fall like xⁿ⁺¹, and the bound is tight there.")]
    public static Plot RemainderBound()
    {
        var xs = Enumerable.Range(0, 121).Select(i => 0.05 * Math.Pow(60, i / 120.0)).ToArray();
        return Charts.ErrorsWithBounds(
            "The Lagrange bound sits above the error, with the same slope", "x (distance from a = 0)", "|eˣ − Tₙ(x)|",
            BoundOrders.Select(n => (
                Series.Of($"error of T{Subscript(n)}", xs, x => Math.Abs(Math.Exp(x) - Taylor.Exp(x, n))),
                Series.Of($"Lagrange bound, n = {n}", xs, x => Taylor.LagrangeRemainderBound(Math.Exp(x), x, 0, n)))));
    }

    private static string Subscript(int n) => string.Concat(n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(c => "₀₁₂₃₄₅₆₇₈₉"[c - '0']));
}
