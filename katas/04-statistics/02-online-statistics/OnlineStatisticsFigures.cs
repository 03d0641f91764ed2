using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The online-statistics kata's figure, drawn from your <see cref="OnlineStatistics"/> (read, don't edit).</summary>
public static class OnlineStatisticsFigures
{
    /// <summary>The relative error of the sample variance against the offset of the data, for both formulas.</summary>
    /// <returns>The plot.</returns>
    [Figure("error-against-offset", "The relative error of s² for 1000 seeded values c + u, u uniform on [0, 1), as the offset c grows from 1 to 10¹². Your TextbookVariance loses about two digits per decade of c — its error grows like ε·(c/σ)² — and has no correct digit left (relative error ≥ 1) beyond c ≈ 10⁶; your Welford summary (OnlineStatistics.Of) stays near machine precision. The exact variance is that of the values actually stored, (c + u) − c, which the subtraction gives without rounding. Errors below 10⁻¹⁷ are drawn at 10⁻¹⁷.")]
    public static Plot ErrorAgainstOffset()
    {
        var u = new TestData(5).Vector(1000, 0, 1);
        var offsets = Enumerable.Range(0, 25).Select(i => Math.Pow(10, i / 2.0)).ToArray();
        var (textbook, welford) = (new double[offsets.Length], new double[offsets.Length]);
        for (var i = 0; i < offsets.Length; i++)
        {
            var c = offsets[i];
            var x = u.Select(v => c + v).ToArray();
            var exact = ExactVariance([.. x.Select(v => v - c)]);
            textbook[i] = Math.Max(1e-17, Math.Abs(OnlineStatistics.TextbookVariance(x) - exact) / exact);
            welford[i] = Math.Max(1e-17, Math.Abs(OnlineStatistics.Of(x).Variance - exact) / exact);
        }

        var plot = Charts.LogScale(
            "The one-pass formula loses two digits per decade of offset",
            "offset c", "relative error of s²",
            [new Series("TextbookVariance: (Σx² − (Σx)²/n)/(n − 1)", offsets, textbook), new Series("your Welford summary", offsets, welford)],
            markers: true);
        FigureStyle.Legend(plot, Alignment.UpperLeft); // the textbook curve climbs to the upper right
        return plot;
    }

    /// <summary>The two-pass variance of values near [0, 1], where it is accurate to a few ulps.</summary>
    private static double ExactVariance(double[] v)
    {
        var mean = v.Average();
        return v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1);
    }
}
