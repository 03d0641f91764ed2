using MathForML.Figures;
using ScottPlot;

namespace MathForML.InformationTheory.Figures;

/// <summary>The Jensen–Shannon kata's figures, drawn from your <see cref="JensenShannon"/> and <see cref="KlDivergence"/> (read, don't edit).</summary>
public static class JensenShannonFigures
{
    /// <summary>N(μ, 1) discretised on 401 points of [−6, 14] and normalised.</summary>
    private static double[] Bump(double mean)
    {
        var weights = Enumerable.Range(0, 401).Select(i => -6 + (i * 0.05)).Select(x => Math.Exp(-0.5 * (x - mean) * (x - mean))).ToArray();
        var total = weights.Sum();
        return [.. weights.Select(w => w / total)];
    }

    /// <summary>KL and JS between two unit Gaussians as their means move apart.</summary>
    /// <returns>The plot.</returns>
    [Figure("js-saturates-kl-grows", "Two unit-variance Gaussians N(0, 1) and N(δ, 1), discretised on a grid, as the gap δ grows: your KlDivergence.Gaussians gives KL = δ²/2, which grows without bound (and is the same both ways only because the widths are equal); your JensenShannon.Divergence of the discretised pair levels off at ln 2 (dashed) once the bumps stop overlapping, and your JensenShannon.Distance √JS at √ln 2.")]
    public static Plot JsSaturatesKlGrows()
    {
        var gaps = Enumerable.Range(0, 161).Select(i => i * 0.05).ToArray();
        var p = Bump(0);
        var kl = Series.Of("KL(p ‖ q) = δ²/2", gaps, d => KlDivergence.Gaussians(0, 1, d, 1));
        var js = Series.Of("JS(p, q)", gaps, d => JensenShannon.Divergence(p, Bump(d)));
        var distance = Series.Of("√JS(p, q)", gaps, d => JensenShannon.Distance(p, Bump(d)));
        var ln2 = new Series("ln 2", [0, 8], [Math.Log(2), Math.Log(2)]);
        var plot = Charts.CurvesWithPoints(
            "JS levels off at ln 2, KL grows without bound", "gap between the means δ", "divergence (nats)",
            [kl, js, distance], [], references: [ln2], corner: Alignment.UpperLeft);
        plot.Axes.SetLimits(0, 8, 0, 1.5);
        return plot;
    }
}
