using ScottPlot;

namespace MathForML.Figures;

/// <summary>The five-number summary of one sample for a box plot, with the points drawn one by one beyond the whiskers.</summary>
/// <param name="Label">The sample's name, written under its box.</param>
/// <param name="LowerWhisker">Where the lower whisker ends (e.g. the smallest value within 1.5 IQR of the box).</param>
/// <param name="LowerQuartile">The bottom of the box, Q(0.25).</param>
/// <param name="Median">The line inside the box, Q(0.5).</param>
/// <param name="UpperQuartile">The top of the box, Q(0.75).</param>
/// <param name="UpperWhisker">Where the upper whisker ends.</param>
/// <param name="Outliers">The values beyond the whiskers.</param>
public sealed record BoxSummary(
    string Label, double LowerWhisker, double LowerQuartile, double Median, double UpperQuartile, double UpperWhisker, double[] Outliers);

/// <summary>Figures of samples and of statistical procedures: box plots, marked histograms, intervals, tail areas.</summary>
public static partial class Charts
{
    /// <summary>Box plots side by side, one per summary, in the palette's colours; outliers are drawn as open circles.</summary>
    /// <param name="title">What to look at.</param>
    /// <param name="yLabel">The vertical axis (the samples' values).</param>
    /// <param name="boxes">The summaries, left to right.</param>
    /// <returns>The plot.</returns>
    public static Plot BoxPlots(string title, string yLabel, IEnumerable<BoxSummary> boxes)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        var list = boxes.ToList();
        var plot = FigureStyle.NewPlot(title, string.Empty, yLabel);
        for (var i = 0; i < list.Count; i++)
        {
            var summary = list[i];
            var color = FigureStyle.Series(i);
            var box = plot.Add.Box(new Box
            {
                Position = i,
                BoxMin = summary.LowerQuartile,
                BoxMax = summary.UpperQuartile,
                BoxMiddle = summary.Median,
                WhiskerMin = summary.LowerWhisker,
                WhiskerMax = summary.UpperWhisker,
                Width = 0.5,
            });
            box.Boxes[0].FillColor = color.WithAlpha(0.35);
            box.Boxes[0].LineColor = FigureStyle.Reference;
            box.Boxes[0].LineWidth = LineWidth;
            if (summary.Outliers.Length > 0)
            {
                plot.Add.Markers(Enumerable.Repeat((double)i, summary.Outliers.Length).ToArray(), summary.Outliers, MarkerShape.OpenCircle, 8, color);
            }
        }

        plot.Axes.Bottom.SetTicks([.. Enumerable.Range(0, list.Count).Select(i => (double)i)], [.. list.Select(s => s.Label)]);
        plot.Axes.SetLimitsX(-0.6, list.Count - 0.4);
        return plot;
    }

    /// <summary>
    /// A histogram of samples (counts scaled to a density) with labelled vertical lines, e.g. a bootstrap distribution
    /// with its estimate and the ends of its confidence interval.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="samples">The samples, at least one.</param>
    /// <param name="markers">Labelled positions to mark; markers with the same label share a colour and one legend entry.</param>
    /// <param name="bins">The number of bins.</param>
    /// <returns>The plot.</returns>
    public static Plot HistogramWithMarkers(string title, string xLabel, double[] samples, IEnumerable<(string Label, double X)> markers, int bins = 40)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(markers);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (samples.Length == 0)
        {
            throw new ArgumentException("A histogram needs at least one sample, but there are none (empty).", nameof(samples));
        }

        var plot = FigureStyle.NewPlot(title, xLabel, "density");
        DensityBars(plot, samples, bins);
        var colours = new Dictionary<string, Color>();
        foreach (var (label, x) in markers)
        {
            var first = !colours.ContainsKey(label);
            var color = first ? colours[label] = FigureStyle.Series(colours.Count) : colours[label];
            var line = plot.Add.VerticalLine(x, LineWidth + 1, color);
            line.LegendText = first ? label : string.Empty;
        }

        FigureStyle.Legend(plot);
        return plot;
    }

    /// <summary>
    /// Intervals drawn as horizontal segments, one per row from the bottom up, against the true value (a black vertical
    /// line): the intervals that contain it in the first palette colour, those that miss it in vermillion.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis (the parameter's values).</param>
    /// <param name="intervals">The intervals (Low ≤ High).</param>
    /// <param name="truth">The value every interval tries to cover.</param>
    /// <returns>The plot.</returns>
    public static Plot IntervalsAgainstTruth(string title, string xLabel, IReadOnlyList<(double Low, double High)> intervals, double truth)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var plot = FigureStyle.NewPlot(title, xLabel, "simulation");
        var (covered, missed) = (false, false);
        for (var i = 0; i < intervals.Count; i++)
        {
            var (low, high) = intervals[i];
            var hit = low <= truth && truth <= high;
            var segment = plot.Add.Line(low, i + 1, high, i + 1);
            segment.LineColor = hit ? FigureStyle.Series(0) : FigureStyle.Series(3);
            segment.LineWidth = hit ? 1.5f : 2.5f;
            // One legend entry per kind.
            if (hit && !covered)
            {
                segment.LegendText = "covers the true value";
                covered = true;
            }
            else if (!hit && !missed)
            {
                segment.LegendText = "misses it";
                missed = true;
            }
        }

        var line = plot.Add.VerticalLine(truth, LineWidth, FigureStyle.Reference);
        line.LegendText = "true value";
        plot.Axes.SetLimitsY(0, intervals.Count + 1);
        FigureStyle.Legend(plot);
        return plot;
    }

    /// <summary>
    /// A density curve with the area under it shaded over the given ranges (a p-value's tails, say) and labelled
    /// vertical lines (the observed statistic).
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="density">The density, with its legend label.</param>
    /// <param name="range">The horizontal range to draw.</param>
    /// <param name="shaded">The ranges under the curve to shade, and the legend label of the shaded area.</param>
    /// <param name="shadedLabel">The legend text of the shaded area.</param>
    /// <param name="markers">Labelled positions to mark with vertical lines.</param>
    /// <returns>The plot.</returns>
    public static Plot DensityWithShadedArea(
        string title,
        string xLabel,
        (string Label, Func<double, double> F) density,
        (double Low, double High) range,
        IEnumerable<(double Low, double High)> shaded,
        string shadedLabel,
        IEnumerable<(string Label, double X)> markers)
    {
        ArgumentNullException.ThrowIfNull(density.F);
        ArgumentNullException.ThrowIfNull(shaded);
        ArgumentNullException.ThrowIfNull(markers);
        var plot = FigureStyle.NewPlot(title, xLabel, "density");
        var first = true;
        foreach (var (low, high) in shaded)
        {
            var (a, b) = (Math.Max(low, range.Low), Math.Min(high, range.High));
            if (b <= a)
            {
                continue;
            }

            var xs = Enumerable.Range(0, 101).Select(i => a + ((b - a) * i / 100)).ToArray();
            var fill = plot.Add.FillY(xs, xs.Select(density.F).ToArray(), new double[xs.Length]);
            fill.FillColor = FigureStyle.Series(3).WithAlpha(0.5);
            fill.LineWidth = 0;
            fill.LegendText = first ? shadedLabel : string.Empty;
            first = false;
        }

        var grid = Enumerable.Range(0, 401).Select(i => range.Low + ((range.High - range.Low) * i / 400)).ToArray();
        Line(plot, Series.Of(density.Label, grid, density.F), FigureStyle.Reference);
        var k = 0;
        foreach (var (label, x) in markers)
        {
            var line = plot.Add.VerticalLine(x, LineWidth, FigureStyle.Series(k++));
            line.LegendText = label;
        }

        plot.Axes.SetLimitsX(range.Low, range.High);
        FigureStyle.Legend(plot);
        return plot;
    }
    /// <summary>The histogram of the samples in <paramref name="bins"/> equal bins, each bar's height its count / (n · width).</summary>
    /// <returns>The bars' lowest and highest sample.</returns>
    private static (double Low, double High) DensityBars(Plot plot, double[] samples, int bins)
    {
        var (low, high) = (samples.Min(), samples.Max());
        var width = high > low ? (high - low) / bins : 1;
        var counts = new double[bins];
        foreach (var x in samples)
        {
            counts[Math.Min(bins - 1, (int)((x - low) / width))]++;
        }

        var bars = plot.Add.Bars(Enumerable.Range(0, bins).Select(i => new Bar
        {
            Position = low + ((i + 0.5) * width),
            Value = counts[i] / (samples.Length * width),
            Size = width,
            FillColor = FigureStyle.Series(4).WithAlpha(0.6),
            LineWidth = 0,
        }).ToArray());
        bars.LegendText = $"{samples.Length} samples";
        return (low, high);
    }
}
