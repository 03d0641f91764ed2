using System.Globalization;
using ScottPlot;

namespace MathForML.Figures;

/// <summary>Figure kinds first needed by the optimiser comparison: grouped bars of counts spanning decades.</summary>
public static partial class Charts
{
    /// <summary>
    /// Grouped bars on a logarithmic value axis, for counts that span several decades (iterations or evaluations to a
    /// tolerance): one group per category, one bar per series in the palette's colours, each bar labelled with its value.
    /// Bars rise from ½ so that a count of 1 is still visible. A missing value (NaN: a run that did not converge) gets no
    /// bar but the label <paramref name="missingLabel"/> at the foot of its slot, so a failure is never mistaken for a small count.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="yLabel">What the bars count.</param>
    /// <param name="categories">The names along the horizontal axis.</param>
    /// <param name="series">The labelled series, each with one value per category: positive, or NaN for missing.</param>
    /// <param name="missingLabel">What to write where a value is missing.</param>
    /// <returns>The plot.</returns>
    public static Plot LogBars(
        string title, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<(string Label, double[] Values)> series, string missingLabel = "×")
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        if (categories.Count == 0 || series.Count == 0)
        {
            throw new ArgumentException("Bars need at least one category and one series (empty).", nameof(series));
        }

        if (series.Any(s => s.Values.Length != categories.Count || s.Values.Any(v => !double.IsNaN(v) && !(v > 0))))
        {
            throw new ArgumentException($"Every series needs one positive (or NaN) value per category ({categories.Count}).", nameof(series));
        }

        var plot = FigureStyle.NewPlot(title, string.Empty, yLabel);
        var width = 0.8 / series.Count;
        var floor = Math.Log10(0.5);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var c = 0; c < categories.Count; c++)
        {
            ticks.AddMajor(c, categories[c]);
        }

        for (var s = 0; s < series.Count; s++)
        {
            var (label, values) = series[s];
            var drawn = Enumerable.Range(0, categories.Count).Where(c => !double.IsNaN(values[c])).Select(c => new Bar
            {
                Position = c - 0.4 + ((s + 0.5) * width),
                ValueBase = floor,
                Value = Math.Log10(values[c]),
                Size = width * 0.95,
                FillColor = FigureStyle.Series(s),
                LineWidth = 0,
                Label = values[c].ToString("0", CultureInfo.InvariantCulture),
            }).ToList();
            if (drawn.Count == 0)
            {
                // A series that failed everywhere still needs its legend entry: a bar of zero height carries it.
                drawn.Add(new Bar { Position = -0.4 + ((s + 0.5) * width), ValueBase = floor, Value = floor, Size = width * 0.95, FillColor = FigureStyle.Series(s), LineWidth = 0 });
            }

            var bars = plot.Add.Bars(drawn.ToArray());
            bars.LegendText = label;
            bars.ValueLabelStyle.FontName = FigureStyle.Font;
            bars.ValueLabelStyle.FontSize = 11;
            for (var c = 0; c < categories.Count; c++)
            {
                if (double.IsNaN(values[c]))
                {
                    FigureStyle.Text(plot, missingLabel, c - 0.4 + ((s + 0.5) * width), floor, Alignment.LowerCenter, 12);
                }
            }
        }

        var top = series.SelectMany(s => s.Values).Where(v => !double.IsNaN(v)).DefaultIfEmpty(1).Max();
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickGenerator = PowersOfTen();
        plot.Axes.SetLimits(-0.6, categories.Count - 0.4, floor, Math.Log10(top) + 0.6);
        FigureStyle.Legend(plot, Alignment.UpperCenter);
        return plot;
    }
}
