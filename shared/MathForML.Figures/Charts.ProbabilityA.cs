using ScottPlot;

namespace MathForML.Figures;

/// <summary>Figure kinds for probability: bars of distributions over whole numbers, with reference values.</summary>
public static partial class Charts
{
    /// <summary>
    /// Bars over whole numbers (probability mass functions, frequencies), one group of bars per series placed side by
    /// side, each optionally with black markers at the values it should have (an oracle's PMF, say), so that a bar
    /// that misses its marker stands out.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis (the values k).</param>
    /// <param name="yLabel">The vertical axis (P(X = k), a count, …).</param>
    /// <param name="groups">Each group's bars (Xs: the values, Ys: the heights) and its reference markers, or null for none.</param>
    /// <returns>The plot.</returns>
    public static Plot BarsWithReferences(string title, string xLabel, string yLabel, IEnumerable<(Series Bars, Series? Reference)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var list = groups.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Bars need at least one group, but there are none (empty).", nameof(groups));
        }

        var plot = FigureStyle.NewPlot(title, xLabel, yLabel);
        var width = 0.8 / list.Count;
        for (var g = 0; g < list.Count; g++)
        {
            var (bars, reference) = list[g];
            ArgumentNullException.ThrowIfNull(bars);

            // Groups sit side by side around each whole number, the middle of the group of bars at the value itself.
            var offset = (g - ((list.Count - 1) / 2.0)) * width;
            var plotted = plot.Add.Bars(bars.Xs.Select((x, i) => new Bar
            {
                Position = x + offset,
                Value = bars.Ys[i],
                Size = width,
                FillColor = FigureStyle.Series(g).WithAlpha(0.75),
                LineWidth = 0,
            }).ToArray());
            plotted.LegendText = bars.Label;
            if (reference is not null)
            {
                var marks = plot.Add.ScatterPoints(reference.Xs.Select(x => x + offset).ToArray(), reference.Ys, FigureStyle.Reference);
                marks.MarkerSize = 5;
                marks.LegendText = reference.Label;
            }
        }

        FigureStyle.Legend(plot);
        return plot;
    }
}
