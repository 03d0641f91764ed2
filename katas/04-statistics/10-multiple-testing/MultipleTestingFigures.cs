using MathForML.Figures;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The multiple-testing kata's figure, drawn from your <see cref="MultipleTesting"/> (read, don't edit).</summary>
public static class MultipleTestingFigures
{
    /// <summary>Sorted p-values against the Benjamini–Hochberg line kα/m and the Bonferroni line α/m, rejections marked.</summary>
    /// <returns>The plot.</returns>
    [Figure("bh-step-up", "Twenty p-values sorted, p₍k₎ against its rank k (only the 8 smallest are shown; the other 12 lie far above), for α = 0.1. Bonferroni rejects the points under the flat dashed line α/m = 0.005; Benjamini–Hochberg finds the LAST point under its rising line kα/m and rejects it and every point before it — including rank 4, which lies above the line. Your BH rejections are green dots, the rest orange; the diamonds mark the two Bonferroni rejections.")]
    public static Plot BhStepUp()
    {
        const double Alpha = 0.1;
        double[] p =
        [
            0.41, 0.022, 0.95, 0.004, 0.33, 0.12, 0.029, 0.5, 0.001, 0.88,
            0.05, 0.63, 0.2, 0.024, 0.71, 0.08, 0.55, 0.26, 0.8, 0.012,
        ];
        var m = p.Length;
        var bh = MultipleTesting.BenjaminiHochberg(p, Alpha);
        var bonferroni = MultipleTesting.Bonferroni(p, Alpha);
        var order = Enumerable.Range(0, m).OrderBy(i => p[i]).Take(8).ToArray();
        var ranks = Enumerable.Range(1, order.Length).Select(k => (double)k).ToArray();
        Series Points(string label, Func<int, bool> keep)
        {
            var kept = Enumerable.Range(0, order.Length).Where(k => keep(order[k])).ToArray();
            return new Series(label, [.. kept.Select(k => ranks[k])], [.. kept.Select(k => p[order[k]])]);
        }

        double[] ends = [0, order.Length + 0.5];
        var plot = Charts.CurvesWithPoints(
            $"BH rejects {bh.Count(r => r)}, Bonferroni {bonferroni.Count(r => r)} of {m} hypotheses (α = {Alpha})",
            "rank k",
            "sorted p-value p₍k₎",
            [Series.Of("BH line kα/m", ends, k => k * Alpha / m)],
            [Points("not rejected", i => !bh[i]), Points("rejected by BH", i => bh[i])],
            highlights: [Points("also rejected by Bonferroni", i => bonferroni[i])],
            references: [Series.Of("Bonferroni line α/m", ends, _ => Alpha / m)],
            corner: Alignment.UpperLeft);
        plot.Axes.SetLimits(0, order.Length + 0.5, 0, 0.09);
        return plot;
    }
}
