using MathForML.Figures;
using MathNet.Numerics.Distributions;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The change-of-variables kata's figures, drawn from your <see cref="ChangeOfVariables"/> (read, don't edit).</summary>
public static class ChangeOfVariablesFigures
{
    /// <summary>Exponentiated normal samples against your log-normal density.</summary>
    /// <returns>The plot.</returns>
    [Figure("log-normal-histogram", "20 000 draws of X ~ N(0, 0.5²) (MathNet, seed 9), exponentiated: the histogram of Y = eˣ against your LogNormalDensity(y, 0, 0.5). With the Jacobian 1/y the curve follows the bars; without it the curve would be a shifted bell that is too tall on the right.")]
    public static Plot LogNormalHistogram()
    {
        var random = new Random(9);
        var samples = Enumerable.Range(0, 20_000).Select(_ => Math.Exp(Normal.Sample(random, 0, 0.5))).ToArray();
        return Charts.HistogramWithDensity(
            "Y = eˣ, X ~ N(0, 0.5²): the density φ(ln y)/y fits the samples", "y", samples,
            y => ChangeOfVariables.LogNormalDensity(y, 0, 0.5), 60);
    }

    /// <summary>The density of e^X with and without the Jacobian factor, both through your TransformedDensity.</summary>
    /// <returns>The plot.</returns>
    [Figure("jacobian-matters", "Your TransformedDensity for Y = eˣ, X ~ N(0, 0.5²), with the factor |(g⁻¹)′(y)| = 1/y (a density: area 1) and with the factor left out (area e^(σ²/2) ≈ 1.13, peak at y = 1 instead of e^(−σ²) ≈ 0.78).")]
    public static Plot JacobianMatters()
    {
        static double Normal05(double x) => Normal.PDF(0, 0.5, x);
        var ys = Enumerable.Range(1, 400).Select(i => i * 0.01).ToArray();
        return Charts.Curves(
            "The Jacobian 1/y moves the peak left and makes the area 1", "y", "density",
            [
                Series.Of("φ(ln y) · 1/y (with the Jacobian)", ys, y => ChangeOfVariables.TransformedDensity(Normal05, Math.Log, t => 1 / t, y)),
                Series.Of("φ(ln y) alone (Jacobian forgotten)", ys, y => ChangeOfVariables.TransformedDensity(Normal05, Math.Log, _ => 1, y)),
            ]);
    }
}
