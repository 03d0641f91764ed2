using ScottPlot;

namespace MathForML.Figures;

/// <summary>The kinds of figure the calculus katas add: limits, step-size errors, contour scenes, bounds and local maps.</summary>
public static partial class Charts
{
    private const float SampleMarkerSize = 7;

    /// <summary>
    /// One-sided limits at a: the graph of f left and right of a (never at a itself, where f may be undefined), the
    /// samples f(a − h) and f(a + h) an implementation took, and the two limits it reported as dashed levels.
    /// </summary>
    /// <param name="title">What to look at (a jump, or a hole that the limit fills).</param>
    /// <param name="f">The function.</param>
    /// <param name="a">The point approached.</param>
    /// <param name="xRange">The horizontal range, around a.</param>
    /// <param name="leftSamples">The points (x, f(x)) sampled left of a.</param>
    /// <param name="rightSamples">The points sampled right of a.</param>
    /// <param name="left">The reported left limit L⁻.</param>
    /// <param name="right">The reported right limit L⁺.</param>
    /// <param name="legend">Where the legend goes.</param>
    /// <returns>The plot.</returns>
    public static Plot OneSidedLimits(
        string title, Func<double, double> f, double a, (double Low, double High) xRange, Series leftSamples, Series rightSamples, double left, double right,
        Alignment legend = Alignment.UpperLeft)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(leftSamples);
        ArgumentNullException.ThrowIfNull(rightSamples);
        var plot = FigureStyle.NewPlot(title, "x", "f(x)");
        // The graph stops a little short of a on each side: right next to a, f may lose its digits to cancellation.
        var gap = 2e-3 * (xRange.High - xRange.Low);
        double[] Side(double from, double to) => Enumerable.Range(0, 301).Select(i => from + ((to - from) * i / 300)).ToArray();
        Line(plot, Series.Of("f(x)", Side(xRange.Low, a - gap), f), FigureStyle.Reference);
        Line(plot, Series.Of(string.Empty, Side(a + gap, xRange.High), f), FigureStyle.Reference);
        var k = 0;
        foreach (var (samples, limit, name) in new[] { (leftSamples, left, "L⁻"), (rightSamples, right, "L⁺") })
        {
            var color = FigureStyle.Series(k++);
            var level = plot.Add.HorizontalLine(limit, LineWidth, color, LinePattern.Dashed);
            level.LegendText = $"{name} = {limit:G6}";
            var points = plot.Add.ScatterPoints(samples.Xs, samples.Ys, color);
            points.MarkerSize = SampleMarkerSize;
            points.LegendText = samples.Label;
            var end = plot.Add.Marker(a, limit, MarkerShape.OpenCircle, 14, color);
            end.MarkerLineWidth = LineWidth;
        }

        plot.Axes.SetLimitsX(xRange.Low, xRange.High);
        FigureStyle.Legend(plot, legend);
        return plot;
    }

    /// <summary>
    /// Errors of approximations against a step size h on log–log axes, each a V with, dashed in the same colour, the
    /// step where theory puts its minimum, and the error there marked.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis (the step).</param>
    /// <param name="yLabel">The vertical axis (the error).</param>
    /// <param name="curves">Each error curve with the label and position of its predicted best step.</param>
    /// <returns>The plot.</returns>
    public static Plot ErrorAgainstStep(string title, string xLabel, string yLabel, IEnumerable<(Series Error, string GuideLabel, double Guide)> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var list = curves.ToList();
        var plot = LogScale(title, xLabel, yLabel, list.Select(c => c.Error));
        var k = 0;
        foreach (var (error, guideLabel, guide) in list)
        {
            var color = FigureStyle.Series(k++);
            var line = plot.Add.VerticalLine(Math.Log10(guide), LineWidth - 0.5f, color, LinePattern.Dashed);
            line.LegendText = guideLabel;
            var drawn = Enumerable.Range(0, error.Xs.Length).Where(i => error.Ys[i] > 0 && double.IsFinite(error.Ys[i]) && error.Xs[i] > 0).ToList();
            if (drawn.Count > 0)
            {
                // The drawn sample nearest the predicted best step (a single lucky minimum of the rounding noise would mislead).
                var near = drawn.MinBy(i => Math.Abs(Math.Log(error.Xs[i] / guide)));
                var marker = plot.Add.Marker(Math.Log10(error.Xs[near]), Math.Log10(error.Ys[near]), MarkerShape.FilledCircle, 11, color);
                marker.LegendText = $"there: error {error.Ys[near]:0.0e0}";
            }
        }

        FigureStyle.Legend(plot, Alignment.UpperCenter);
        return plot;
    }

    /// <summary>
    /// A scene on the contour lines of f, with equal units on both axes so that right angles look right: curves (a
    /// constraint, a path), groups of arrows (gradients, eigenvector directions), marked points and, bold and black,
    /// chosen level sets.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="f">The function whose level sets are drawn.</param>
    /// <param name="xRange">The horizontal range.</param>
    /// <param name="yRange">The vertical range.</param>
    /// <param name="curves">Curves in the plane, in palette colours from the first.</param>
    /// <param name="arrows">Labelled groups of arrows (from, to), one palette colour per group, after the curves'.</param>
    /// <param name="points">Labelled points, one palette colour each, after the arrows'.</param>
    /// <param name="level">Level sets f = value to draw bold, with their legend text, or null.</param>
    /// <param name="levelScale">A monotone map applied to f before contouring (e.g. log(1 + f)), or null.</param>
    /// <param name="levels">How many contour lines.</param>
    /// <param name="legend">Where the legend goes.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="yLabel">The vertical axis.</param>
    /// <returns>The plot.</returns>
    public static Plot ContoursWithVectors(
        string title, Func<double, double, double> f, (double Low, double High) xRange, (double Low, double High) yRange,
        IEnumerable<Series> curves, IEnumerable<(string Label, IReadOnlyList<(double[] From, double[] To)> Arrows)> arrows,
        IEnumerable<(string Label, double[] Point)> points, (string Label, double[] Values)? level = null, Func<double, double>? levelScale = null,
        int levels = 14, Alignment legend = Alignment.UpperRight, string xLabel = "x₁", string yLabel = "x₂")
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(arrows);
        ArgumentNullException.ThrowIfNull(points);
        var plot = FigureStyle.NewPlot(title, xLabel, yLabel);

        // Equal units widen one of the ranges to the shape of the data area: contour a wider area than asked for.
        var (gridX, gridY) = Covering(xRange, yRange);
        var contour = plot.Add.ContourLines(Grid(f, gridX, gridY, 120, levelScale), levels);
        contour.LineColor = Colors.Gray.WithAlpha(0.6);
        contour.LabelStyle.IsVisible = false;
        if (level is { } chosen)
        {
            var fine = Grid(f, gridX, gridY, 240, levelScale);
            var bold = plot.Add.ContourLines(fine, 1);
            bold.ContourLineLevels = chosen.Values.Select(v => levelScale is null ? v : levelScale(v)).ToArray();
            bold.Update(fine);
            bold.LineColor = FigureStyle.Reference;
            bold.LineWidth = LineWidth;
            bold.LabelStyle.IsVisible = false;
            var key = plot.Add.ScatterLine(Array.Empty<double>(), Array.Empty<double>(), FigureStyle.Reference);
            key.LineWidth = LineWidth;
            key.LegendText = chosen.Label;
        }

        var k = 0;
        foreach (var curve in curves)
        {
            Line(plot, curve, FigureStyle.Series(k++));
        }

        foreach (var (label, group) in arrows)
        {
            var color = FigureStyle.Series(k++);
            var first = true;
            foreach (var (from, to) in group)
            {
                FieldArrow(plot, first ? label : string.Empty, from, to, color);
                first = false;
            }
        }

        foreach (var (label, point) in points)
        {
            var marker = plot.Add.Marker(point[0], point[1], MarkerShape.FilledCircle, 12, FigureStyle.Series(k++));
            marker.LegendText = label;
        }

        plot.Axes.SetLimits(xRange.Low, xRange.High, yRange.Low, yRange.High);
        plot.Axes.SquareUnits();
        FigureStyle.Legend(plot, legend);
        return plot;
    }

    /// <summary>
    /// Errors together with their bounds: each pair in one palette colour, the actual error solid and its bound dashed
    /// above it, on a logarithmic vertical axis (and horizontal, if asked).
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="yLabel">The vertical axis.</param>
    /// <param name="pairs">Each actual error with its bound.</param>
    /// <param name="logX">Whether the horizontal axis is logarithmic too.</param>
    /// <returns>The plot.</returns>
    public static Plot ErrorsWithBounds(string title, string xLabel, string yLabel, IEnumerable<(Series Error, Series Bound)> pairs, bool logX = true)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs.ToList();
        var plot = LogScale(title, xLabel, yLabel, list.SelectMany(p => new[] { p.Error, p.Bound }), logX);
        var lines = plot.GetPlottables<ScottPlot.Plottables.Scatter>().ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            lines[i].Color = FigureStyle.Series(i / 2);
            lines[i].LinePattern = i % 2 == 0 ? LinePattern.Solid : LinePattern.Dashed;
        }

        FigureStyle.Legend(plot, Alignment.LowerRight);
        return plot;
    }

    /// <summary>
    /// Curves in the palette's colours with check points on them in black (e.g. a derivative computed one way, and
    /// the same derivative computed another way at a few points).
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="yLabel">The vertical axis.</param>
    /// <param name="curves">The curves.</param>
    /// <param name="points">The check points, drawn as black markers (a second set as open markers).</param>
    /// <param name="yLimits">The vertical range, or null for automatic.</param>
    /// <param name="legend">Where the legend goes.</param>
    /// <returns>The plot.</returns>
    public static Plot CurvesWithChecks(
        string title, string xLabel, string yLabel, IEnumerable<Series> curves, IEnumerable<Series> points, (double Low, double High)? yLimits = null,
        Alignment legend = Alignment.UpperRight)
    {
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(points);
        var plot = Curves(title, xLabel, yLabel, curves);
        var shapes = new[] { MarkerShape.FilledCircle, MarkerShape.OpenSquare };
        var k = 0;
        foreach (var set in points)
        {
            var scatter = plot.Add.ScatterPoints(set.Xs, set.Ys, FigureStyle.Reference);
            scatter.MarkerShape = shapes[k++ % shapes.Length];
            scatter.MarkerSize = SampleMarkerSize;
            scatter.LegendText = set.Label;
        }

        if (yLimits is { } limits)
        {
            plot.Axes.SetLimitsY(limits.Low, limits.High);
        }

        FigureStyle.Legend(plot, legend);
        return plot;
    }

    /// <summary>
    /// What a map f: ℝ² → ℝ² does near x₀ against its linearisation: for each radius r, the image of the circle of
    /// radius r around x₀ under f (solid) and under y = f(x₀) + J·(x − x₀) (dashed, same colour). Equal units on both axes.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="f">The map.</param>
    /// <param name="x0">The point x₀, length 2.</param>
    /// <param name="jacobian">The 2 × 2 Jacobian J at x₀.</param>
    /// <param name="radii">The circle radii, small to large.</param>
    /// <returns>The plot.</returns>
    public static Plot ImagesOfCircles(string title, Func<double[], double[]> f, double[] x0, double[,] jacobian, IEnumerable<double> radii)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x0);
        ArgumentNullException.ThrowIfNull(jacobian);
        ArgumentNullException.ThrowIfNull(radii);
        if (x0.Length != 2 || jacobian.GetLength(0) != 2 || jacobian.GetLength(1) != 2)
        {
            throw new ArgumentException($"A map of the plane needs x₀ of length 2 and a 2 × 2 Jacobian, but x₀ has {x0.Length} entries and J is {jacobian.GetLength(0)} × {jacobian.GetLength(1)}.", nameof(jacobian));
        }

        var plot = FigureStyle.NewPlot(title, "y₁", "y₂");
        var center = f(x0);
        var angles = Enumerable.Range(0, 201).Select(i => 2 * Math.PI * i / 200).ToArray();
        var k = 0;
        foreach (var r in radii)
        {
            var color = FigureStyle.Series(k++);
            var exact = angles.Select(t => f([x0[0] + (r * Math.Cos(t)), x0[1] + (r * Math.Sin(t))])).ToList();
            Line(plot, Series.Path($"f(circle), r = {r:G3}", exact), color);
            var linear = angles.Select(t => new[]
            {
                center[0] + (r * ((jacobian[0, 0] * Math.Cos(t)) + (jacobian[0, 1] * Math.Sin(t)))),
                center[1] + (r * ((jacobian[1, 0] * Math.Cos(t)) + (jacobian[1, 1] * Math.Sin(t)))),
            }).ToList();
            var dashed = Line(plot, Series.Path($"f(x₀) + J·(circle), r = {r:G3}", linear), color);
            dashed.LinePattern = LinePattern.Dashed;
        }

        var mark = plot.Add.Marker(center[0], center[1], MarkerShape.FilledCircle, 10, FigureStyle.Reference);
        mark.LegendText = "f(x₀)";
        plot.Axes.SquareUnits();
        FigureStyle.Legend(plot, Alignment.UpperLeft);
        return plot;
    }

    /// <summary>
    /// Ranges around the given ones with the width-to-height ratio between 1 and 2 filled in, so that whichever way
    /// equal units widen the view (a landscape data area is about 1.7 times as wide as high), the grid still covers it.
    /// </summary>
    private static ((double Low, double High) X, (double Low, double High) Y) Covering((double Low, double High) x, (double Low, double High) y)
    {
        var (width, height) = (x.High - x.Low, y.High - y.Low);
        var (cx, cy) = ((x.Low + x.High) / 2, (y.Low + y.High) / 2);
        var (w, h) = (Math.Max(width, 2 * height), Math.Max(height, width));
        return ((cx - (w / 2), cx + (w / 2)), (cy - (h / 2), cy + (h / 2)));
    }

    /// <summary>A small arrow for vector fields and scenes: thinner, with a smaller head than <see cref="Arrow"/>.</summary>
    private static void FieldArrow(Plot plot, string label, double[] from, double[] to, Color color)
    {
        var arrow = plot.Add.Arrow(from[0], from[1], to[0], to[1]);
        arrow.ArrowFillColor = color;
        arrow.ArrowLineColor = color;
        arrow.ArrowWidth = 2;
        arrow.ArrowheadWidth = 8;
        arrow.ArrowheadLength = 9;
        arrow.LegendText = label;
    }
}
