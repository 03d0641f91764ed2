using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The correlation kata's figures, drawn from your <see cref="Correlation"/> (read, don't edit).</summary>
public static class CorrelationFigures
{
    /// <summary>A monotone but curved relation, its least-squares line, and the two correlations in the title.</summary>
    /// <returns>The plot.</returns>
    [Figure("monotone-not-linear", "40 seeded points on y = eˣ: y always grows with x, but not along a line. Your Spearman ρ is exactly 1 (the order of the y's is the order of the x's), while your Pearson r is clearly below 1 because the straight least-squares line (slope s_xy/s_x² from your covariance) misses the curve at both ends.")]
    public static Plot MonotoneNotLinear()
    {
        var (x, y) = CurvedSample();
        var (r, rho) = (Correlation.Pearson(x, y), Correlation.Spearman(x, y));
        var slope = Correlation.Covariance(x, y) / Correlation.Covariance(x, x);
        var (mx, my) = (x.Average(), y.Average());
        double[] ends = [0, 4];
        return Charts.ScatterWithFit(
            $"Monotone but curved: Pearson r = {r:0.000}, Spearman ρ = {rho:0.000}",
            "x",
            "y = eˣ",
            new Series("data (x, eˣ)", x, y),
            [Series.Of($"least-squares line (Pearson r = {r:0.000})", ends, t => my + (slope * (t - mx)))]);
    }

    /// <summary>The same points in ranks: a perfect line, whose Pearson correlation is Spearman's ρ.</summary>
    /// <returns>The plot.</returns>
    [Figure("ranks-straighten", "The same 40 points replaced by your ranks (1 = smallest). Ranking straightens any monotone relation into the diagonal, so Pearson's r of the ranks, which is Spearman's ρ, is exactly 1.")]
    public static Plot RanksStraighten()
    {
        var (x, y) = CurvedSample();
        var (rx, ry) = (Correlation.Ranks(x), Correlation.Ranks(y));
        return Charts.CurvesWithPoints(
            $"In ranks the curve is a line: r(ranks) = ρ = {Correlation.Pearson(rx, ry):0.000}",
            "rank of x",
            "rank of y",
            [],
            [new Series("ranks (rank xᵢ, rank yᵢ)", rx, ry)],
            corner: Alignment.LowerRight);
    }

    /// <summary>40 seeded x in [0, 4] and y = eˣ.</summary>
    private static (double[] X, double[] Y) CurvedSample()
    {
        var x = new TestData(3).Vector(40, 0, 4);
        return (x, [.. x.Select(Math.Exp)]);
    }
}
