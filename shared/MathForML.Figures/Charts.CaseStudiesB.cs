using ScottPlot;

namespace MathForML.Figures;

/// <summary>Figures for the later case-study katas (kernels, support vector machines).</summary>
public static partial class Charts
{
    /// <summary>
    /// Two classes of points in the plane with a linear classifier's boundary w·x + b = 0 (solid) and its margins
    /// w·x + b = ±1 (dashed), and optionally a set of points to single out (the support vectors) drawn as rings.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="classes">The points of each class, in the palette's colours.</param>
    /// <param name="weights">w = (w₁, w₂), not both zero.</param>
    /// <param name="bias">b.</param>
    /// <param name="xRange">The horizontal range.</param>
    /// <param name="yRange">The vertical range.</param>
    /// <param name="highlighted">Points to ring (e.g. those with margin ≤ 1), or null.</param>
    /// <param name="corner">Where the legend goes: pick a corner the classes leave empty.</param>
    /// <returns>The plot.</returns>
    public static Plot ScatterWithMargin(
        string title, IEnumerable<Series> classes, double[] weights, double bias,
        (double Low, double High) xRange, (double Low, double High) yRange, Series? highlighted = null,
        Alignment corner = Alignment.UpperRight)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != 2 || (weights[0] == 0 && weights[1] == 0))
        {
            throw new ArgumentException("A boundary in the plane needs two weights, not both zero.", nameof(weights));
        }

        var plot = FigureStyle.NewPlot(title, "x₁", "x₂");
        var k = 0;
        foreach (var points in classes)
        {
            var scatter = plot.Add.ScatterPoints(points.Xs, points.Ys, FigureStyle.Series(k++));
            scatter.LegendText = points.Label;
        }

        if (highlighted is not null)
        {
            var rings = plot.Add.Markers(highlighted.Xs, highlighted.Ys, MarkerShape.OpenCircle, 14, FigureStyle.Reference);
            rings.LegendText = highlighted.Label;
        }

        foreach (var (level, label) in new[] { (0.0, "boundary w·x + b = 0"), (1.0, "margins w·x + b = ±1"), (-1.0, string.Empty) })
        {
            var line = Line(plot, LevelLine(weights, bias, level, xRange, yRange), FigureStyle.Reference, level == 0 ? LineWidth : 1.5f);
            line.LegendText = label;
            if (level != 0)
            {
                line.LinePattern = LinePattern.Dashed;
            }
        }

        plot.Axes.SetLimits(xRange.Low, xRange.High, yRange.Low, yRange.High);
        FigureStyle.Legend(plot, corner);
        return plot;
    }

    /// <summary>The segment of the line w·x + b = level across the plotted box, parametrised along its steeper axis.</summary>
    private static Series LevelLine(double[] w, double b, double level, (double Low, double High) xRange, (double Low, double High) yRange)
    {
        if (Math.Abs(w[1]) >= Math.Abs(w[0]))
        {
            double[] xs = [xRange.Low, xRange.High];
            return new Series(string.Empty, xs, [.. xs.Select(x => (level - b - (w[0] * x)) / w[1])]);
        }

        double[] ys = [yRange.Low, yRange.High];
        return new Series(string.Empty, [.. ys.Select(y => (level - b - (w[1] * y)) / w[0])], ys);
    }
}
