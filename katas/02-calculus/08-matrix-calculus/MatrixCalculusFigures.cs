using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The matrix-calculus kata's figures, drawn from your <see cref="MatrixCalculus.LogSumExp"/> and
/// <see cref="MatrixCalculus.GradientOfLogSumExp"/> (read, don't edit).
/// </summary>
public static class MatrixCalculusFigures
{
    /// <summary>LSE(z, 0) against max(z, 0), and its slope softmax(z, 0)₁.</summary>
    /// <returns>The plot.</returns>
    [Figure("log-sum-exp", "Your LogSumExp of (z, 0), ln(eᶻ + 1), is a max(z, 0) with the corner rounded off: it passes through ln 2 at z = 0 and hugs max(z, 0) within about e^(−|z|) further out. Its slope, the first entry of your GradientOfLogSumExp, is the softmax weight of z: near 0 for very negative z, ½ at z = 0 and near 1 for very positive z.")]
    public static Plot LogSumExp()
    {
        var zs = Enumerable.Range(0, 241).Select(i => -4 + (8.0 * i / 240)).ToArray();
        var plot = Charts.CurvesWithChecks(
            "Log-sum-exp is a smooth max; its slope is softmax", "z", "value",
            [
                Series.Of("max(z, 0)", zs, z => Math.Max(z, 0)),
                Series.Of("LSE(z, 0) = ln(eᶻ + e⁰)", zs, z => MatrixCalculus.LogSumExp([z, 0])),
                Series.Of("∂LSE/∂z = softmax(z, 0)₁", zs, z => MatrixCalculus.GradientOfLogSumExp([z, 0])[0]),
            ],
            [],
            legend: Alignment.UpperLeft);
        return plot;
    }
}
