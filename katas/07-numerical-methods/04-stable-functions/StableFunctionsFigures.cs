using MathForML.Figures;
using ScottPlot;

namespace MathForML.NumericalMethods.Figures;

/// <summary>The stable-functions kata's figure, drawn from your <see cref="StableFunctions.Softplus"/> and <see cref="StableFunctions.LogSigmoid"/> (read, don't edit).</summary>
public static class StableFunctionsFigures
{
    /// <summary>softplus(x) and −log σ(x) computed both ways, on a logarithmic vertical axis.</summary>
    /// <returns>The plot.</returns>
    [Figure("where-naive-formulas-break", "softplus(x) = log(1 + eˣ) and −log σ(x) = log(1 + e⁻ˣ) from your code (colours) and from the textbook formulas Math.Log(1 + Math.Exp(x)) and −Math.Log(1/(1 + Math.Exp(−x))) (black, dashed and dotted), for x from −50 to 50, on a log scale. Each textbook curve stops where its result drops below about ε (1 + e⁻³⁷ rounds to 1, so the logarithm is 0 and cannot be drawn); yours go on down to e⁻⁵⁰ ≈ 2·10⁻²² and, beyond this window, to 10⁻³⁰⁰. At the other end (x beyond 709.8, off this picture) the textbook softplus overflows to ∞.")]
    public static Plot WhereNaiveFormulasBreak()
    {
        var xs = Enumerable.Range(0, 1001).Select(i => -50.0 + (i / 10.0)).ToArray();
        return Charts.LogScaleWithReferences(
            "Textbook formulas work only on a window; the stable ones everywhere",
            "x", "value (log scale)",
            [
                Series.Of("your Softplus(x)", xs, StableFunctions.Softplus),
                Series.Of("your −LogSigmoid(x)", xs, x => -StableFunctions.LogSigmoid(x)),
            ],
            [
                Series.Of("textbook Math.Log(1 + Math.Exp(x))", xs, x => Math.Log(1 + Math.Exp(x))),
                Series.Of("textbook −Math.Log(1 / (1 + Math.Exp(−x)))", xs, x => -Math.Log(1 / (1 + Math.Exp(-x)))),
            ],
            logX: false, legend: Alignment.LowerCenter);
    }
}
