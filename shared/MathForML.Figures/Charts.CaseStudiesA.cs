using ScottPlot;

namespace MathForML.Figures;

/// <summary>Figure kinds first needed by the machine-learning case studies.</summary>
public static partial class Charts
{
    /// <summary>
    /// Grouped bars: one group of bars per category (a principal component, a class, a model), one bar per series in the
    /// palette's colours, each bar labelled with its value; the categories are named under the axis.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="yLabel">What the bars measure.</param>
    /// <param name="categories">The names along the horizontal axis.</param>
    /// <param name="series">The labelled series, each with one value per category.</param>
    /// <param name="valueFormat">The format of the value written above each bar (e.g. "0.0%"), or null for none.</param>
    /// <returns>The plot.</returns>
    public static Plot Bars(
        string title, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<(string Label, double[] Values)> series, string? valueFormat = null)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        if (categories.Count == 0 || series.Count == 0)
        {
            throw new ArgumentException("Bars need at least one category and one series (empty).", nameof(series));
        }

        if (series.Any(s => s.Values.Length != categories.Count))
        {
            throw new ArgumentException($"Every series needs one value per category ({categories.Count}).", nameof(series));
        }

        var plot = FigureStyle.NewPlot(title, string.Empty, yLabel);
        var width = 0.8 / series.Count;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var c = 0; c < categories.Count; c++)
        {
            ticks.AddMajor(c, categories[c]);
        }

        for (var s = 0; s < series.Count; s++)
        {
            var (label, values) = series[s];
            var bars = plot.Add.Bars(values.Select((v, c) => new Bar
            {
                Position = c - 0.4 + ((s + 0.5) * width),
                Value = v,
                Size = width * 0.95,
                FillColor = FigureStyle.Series(s),
                LineWidth = 0,
                Label = valueFormat is null ? string.Empty : v.ToString(valueFormat, System.Globalization.CultureInfo.InvariantCulture),
            }).ToArray());
            bars.LegendText = label;
            bars.ValueLabelStyle.FontName = FigureStyle.Font;
            bars.ValueLabelStyle.FontSize = 12;
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        var top = series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        var bottom = Math.Min(0, series.SelectMany(s => s.Values).Min());
        plot.Axes.SetLimits(-0.6, categories.Count - 0.4, bottom, Math.Max(top, 0) * 1.15);
        FigureStyle.Legend(plot, Alignment.UpperRight);
        return plot;
    }
}
