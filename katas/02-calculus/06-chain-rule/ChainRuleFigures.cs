using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The chain-rule kata's figures, drawn from your <see cref="ChainRule.DerivativeOfComposition"/> (read, don't edit).
/// </summary>
public static class ChainRuleFigures
{
    /// <summary>h(x) = sin(x²) = f(g(x)) and its derivative f′(g(x))·g′(x).</summary>
    /// <returns>The plot.</returns>
    [Figure("composition", "h(x) = sin(x²) is f(g(x)) with f = sin and g(x) = x². Your DerivativeOfComposition gives h′(x) = cos(x²)·2x: the outer derivative taken at g(x), times g′(x), so h′ swings faster and wider as x grows. The black dots, central-difference slopes of h, lie on it (the slip f′(x)·g′(x) = cos(x)·2x would miss them).")]
    public static Plot Composition()
    {
        var xs = Enumerable.Range(0, 401).Select(i => -3 + (6.0 * i / 400)).ToArray();
        var checks = Enumerable.Range(0, 25).Select(i => -3 + (0.25 * i)).ToArray();
        const double delta = 1e-5;
        double H(double x) => Math.Sin(x * x);
        return Charts.CurvesWithChecks(
            "h′ = f′(g(x))·g′(x): the outer slope is taken at g(x)", "x", "value",
            [
                Series.Of("h(x) = sin(x²)", xs, H),
                Series.Of("h′(x) from DerivativeOfComposition", xs, x => ChainRule.DerivativeOfComposition(Math.Cos, t => t * t, t => 2 * t, x)),
            ],
            [Series.Of("(h(x + δ) − h(x − δ))/2δ", checks, x => (H(x + delta) - H(x - delta)) / (2 * delta))],
            (-7, 9),
            Alignment.UpperCenter);
    }
}
