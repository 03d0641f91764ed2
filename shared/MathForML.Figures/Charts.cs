using ScottPlot;

namespace MathForML.Figures;

/// <summary>
/// The recurring kinds of figure, each drawn once here in the workbook's style: a kata's figure definition computes
/// its data with the kata's own code and hands it to one of these.
/// </summary>
public static partial class Charts
{
    private const float LineWidth = 2;

    /// <summary>An exact function (black) with its approximations (palette colours), e.g. Taylor polynomials.</summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="yLabel">The vertical axis.</param>
    /// <param name="exact">The function being approximated.</param>
    /// <param name="approximations">The approximations, in the order of the legend.</param>
    /// <param name="yLimits">The vertical range to show (approximations often run off far away), or null for automatic.</param>
    /// <returns>The plot.</returns>
    public static Plot FunctionWithApproximations(
        string title, string xLabel, string yLabel, Series exact, IEnumerable<Series> approximations, (double Low, double High)? yLimits = null)
    {
        ArgumentNullException.ThrowIfNull(exact);
        ArgumentNullException.ThrowIfNull(approximations);
        var plot = FigureStyle.NewPlot(title, xLabel, yLabel);
        var k = 0;
        foreach (var approximation in approximations)
        {
            Line(plot, approximation, FigureStyle.Series(k++));
        }

        Line(plot, exact, FigureStyle.Reference, LineWidth + 1);
        if (yLimits is { } limits)
        {
            plot.Axes.SetLimitsY(limits.Low, limits.High);
        }

        FigureStyle.Legend(plot);
        return plot;
    }

    /// <summary>
    /// Curves on logarithmic axes, such as an error against a step size or against an iteration count. Points whose
    /// value is not positive (an exact zero error) cannot be drawn on a log scale and are left out.
    /// </summary>
    /// <param name="title">What to look at (a slope, a minimum).</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="yLabel">The vertical axis.</param>
    /// <param name="series">The curves.</param>
    /// <param name="logX">Whether the horizontal axis is logarithmic too (false: a semi-log plot, e.g. error per iteration).</param>
    /// <param name="markers">Whether to mark each point (useful for iterations).</param>
    /// <returns>The plot.</returns>
    public static Plot LogScale(string title, string xLabel, string yLabel, IEnumerable<Series> series, bool logX = true, bool markers = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plot = FigureStyle.NewPlot(title, xLabel, yLabel);
        var k = 0;
        foreach (var s in series)
        {
            var kept = Enumerable.Range(0, s.Xs.Length).Where(i => s.Ys[i] > 0 && double.IsFinite(s.Ys[i]) && (!logX || s.Xs[i] > 0)).ToList();
            var xs = kept.Select(i => logX ? Math.Log10(s.Xs[i]) : s.Xs[i]).ToArray();
            var ys = kept.Select(i => Math.Log10(s.Ys[i])).ToArray();
            var scatter = Line(plot, new Series(s.Label, xs, ys), FigureStyle.Series(k++));
            scatter.MarkerSize = markers ? 6 : 0;
        }

        plot.Axes.Left.TickGenerator = PowersOfTen();
        if (logX)
        {
            plot.Axes.Bottom.TickGenerator = PowersOfTen();
        }

        FigureStyle.Legend(plot);
        return plot;
    }

    /// <summary>
    /// Paths through the plane (optimiser iterates, say) over the contour lines of f. Contours are drawn for
    /// <paramref name="levelScale"/>(f) so that a function with a deep valley, like Rosenbrock's, shows rings everywhere.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="f">The function whose level sets are drawn.</param>
    /// <param name="xRange">The horizontal range.</param>
    /// <param name="yRange">The vertical range.</param>
    /// <param name="paths">The paths, each a sequence of points.</param>
    /// <param name="levelScale">A monotone map applied to f before contouring (e.g. log(1 + f)), or null.</param>
    /// <param name="levels">How many contour lines.</param>
    /// <returns>The plot.</returns>
    public static Plot PathsOnContours(
        string title, Func<double, double, double> f, (double Low, double High) xRange, (double Low, double High) yRange,
        IEnumerable<Series> paths, Func<double, double>? levelScale = null, int levels = 14)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(paths);
        var plot = FigureStyle.NewPlot(title, "x₁", "x₂");
        var contour = plot.Add.ContourLines(Grid(f, xRange, yRange, 80, levelScale), levels);
        contour.LineColor = Colors.Gray.WithAlpha(0.7);
        contour.LabelStyle.IsVisible = false;
        var k = 0;
        foreach (var path in paths)
        {
            var line = Line(plot, path, FigureStyle.Series(k++));
            line.MarkerSize = 5;
        }

        plot.Axes.SetLimits(xRange.Low, xRange.High, yRange.Low, yRange.High);
        FigureStyle.Legend(plot);
        return plot;
    }

    /// <summary>
    /// What the 2 × 2 matrix A does to the plane: the unit circle (dashed) and a grid of lines, and their images under A;
    /// the vectors given (eigenvectors, σᵢuᵢ) are drawn as arrows from the origin.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="a">The 2 × 2 matrix.</param>
    /// <param name="arrows">Labelled vectors to draw from the origin, each of length 2.</param>
    /// <returns>The plot, with equal units on both axes so that circles look round (widened, never clipped).</returns>
    public static Plot LinearMap(string title, double[,] a, IEnumerable<(string Label, double[] Vector)> arrows)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(arrows);
        if (a.GetLength(0) != 2 || a.GetLength(1) != 2)
        {
            throw new ArgumentException($"A linear map of the plane is 2 × 2, but A is {a.GetLength(0)} × {a.GetLength(1)}.", nameof(a));
        }

        double[] Apply(double x, double y) => [(a[0, 0] * x) + (a[0, 1] * y), (a[1, 0] * x) + (a[1, 1] * y)];
        var plot = FigureStyle.NewPlot(title, "x₁", "x₂");
        var ticks = Enumerable.Range(-4, 9).Select(i => i / 4.0).ToArray();
        foreach (var c in ticks)
        {
            var horizontal = ticks.Select(t => Apply(t, c)).ToList();
            var vertical = ticks.Select(t => Apply(c, t)).ToList();
            foreach (var gridLine in new[] { horizontal, vertical })
            {
                var line = plot.Add.ScatterLine(gridLine.Select(p => p[0]).ToArray(), gridLine.Select(p => p[1]).ToArray(), Colors.Gray.WithAlpha(0.35));
                line.LineWidth = 1;
            }
        }

        var angles = Enumerable.Range(0, 201).Select(i => 2 * Math.PI * i / 200).ToArray();
        var circle = Line(plot, new Series("unit circle", angles.Select(Math.Cos).ToArray(), angles.Select(Math.Sin).ToArray()), FigureStyle.Reference);
        circle.LinePattern = LinePattern.Dashed;
        var images = angles.Select(t => Apply(Math.Cos(t), Math.Sin(t))).ToList();
        Line(plot, new Series("its image under A", images.Select(p => p[0]).ToArray(), images.Select(p => p[1]).ToArray()), FigureStyle.Series(0));
        var k = 1;
        foreach (var (label, vector) in arrows)
        {
            Arrow(plot, label, [0, 0], vector, FigureStyle.Series(k++));
        }

        SquareZoomOut(plot);
        FigureStyle.Legend(plot, Alignment.UpperLeft);
        return plot;
    }

    /// <summary>A histogram of samples, scaled to a density, with the density it should follow.</summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="samples">The samples.</param>
    /// <param name="density">The density they should follow.</param>
    /// <param name="bins">The number of bins.</param>
    /// <returns>The plot.</returns>
    public static Plot HistogramWithDensity(string title, string xLabel, double[] samples, Func<double, double> density, int bins = 40)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(density);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (samples.Length == 0)
        {
            throw new ArgumentException("A histogram needs at least one sample, but there are none (empty).", nameof(samples));
        }

        var plot = FigureStyle.NewPlot(title, xLabel, "density");
        var (low, high) = DensityBars(plot, samples, bins);
        var xs = Enumerable.Range(0, 201).Select(i => low + ((high - low) * i / 200)).ToArray();
        Line(plot, Series.Of("density", xs, density), FigureStyle.Reference);
        FigureStyle.Legend(plot);
        return plot;
    }

    /// <summary>Data points with a fitted curve (a regression line, say) through them.</summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="yLabel">The vertical axis.</param>
    /// <param name="points">The data.</param>
    /// <param name="fits">The fitted curves.</param>
    /// <returns>The plot.</returns>
    public static Plot ScatterWithFit(string title, string xLabel, string yLabel, Series points, IEnumerable<Series> fits)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(fits);
        var plot = FigureStyle.NewPlot(title, xLabel, yLabel);
        var data = plot.Add.ScatterPoints(points.Xs, points.Ys, FigureStyle.Reference.WithAlpha(0.6));
        data.LegendText = points.Label;
        var k = 0;
        foreach (var fit in fits)
        {
            Line(plot, fit, FigureStyle.Series(k++));
        }

        FigureStyle.Legend(plot);
        return plot;
    }

    /// <summary>Points of several classes and the boundary where score(x, y) = 0 between them.</summary>
    /// <param name="title">What to look at.</param>
    /// <param name="classes">The points of each class.</param>
    /// <param name="score">A score that is positive on one side of the boundary and negative on the other.</param>
    /// <param name="xRange">The horizontal range.</param>
    /// <param name="yRange">The vertical range.</param>
    /// <returns>The plot.</returns>
    public static Plot ScatterWithBoundary(
        string title, IEnumerable<Series> classes, Func<double, double, double> score, (double Low, double High) xRange, (double Low, double High) yRange)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(score);
        var plot = FigureStyle.NewPlot(title, "x₁", "x₂");
        var k = 0;
        foreach (var points in classes)
        {
            var scatter = plot.Add.ScatterPoints(points.Xs, points.Ys, FigureStyle.Series(k++));
            scatter.LegendText = points.Label;
        }

        // The zero level set of the sign of the score, smoothed by tanh so the contour sits where the sign changes.
        var boundary = plot.Add.ContourLines(Grid((x, y) => Math.Tanh(score(x, y)), xRange, yRange, 120, null), 1);
        boundary.LineColor = FigureStyle.Reference;
        boundary.LineWidth = LineWidth;
        boundary.LabelStyle.IsVisible = false;
        plot.Axes.SetLimits(xRange.Low, xRange.High, yRange.Low, yRange.High);
        FigureStyle.Legend(plot);
        return plot;
    }

    /// <summary>Plain curves in the palette's colours, e.g. a loss per epoch or a quantity against a parameter.</summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="yLabel">The vertical axis.</param>
    /// <param name="series">The curves.</param>
    /// <returns>The plot.</returns>
    public static Plot Curves(string title, string xLabel, string yLabel, IEnumerable<Series> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plot = FigureStyle.NewPlot(title, xLabel, yLabel);
        var k = 0;
        foreach (var s in series)
        {
            Line(plot, s, FigureStyle.Series(k++));
        }

        FigureStyle.Legend(plot);
        return plot;
    }

    /// <summary>An arrow from one point to another, slim enough not to hide what it points at.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="label">The legend text.</param>
    /// <param name="from">The base (x, y).</param>
    /// <param name="to">The tip (x, y).</param>
    /// <param name="color">The colour.</param>
    public static void Arrow(Plot plot, string label, double[] from, double[] to, Color color)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var arrow = plot.Add.Arrow(from[0], from[1], to[0], to[1]);
        arrow.ArrowFillColor = color;
        arrow.ArrowLineColor = color;
        arrow.ArrowWidth = 3;
        arrow.ArrowheadWidth = 14;
        arrow.ArrowheadLength = 16;
        arrow.LegendText = label;
    }

    /// <summary>Equal units on both axes, reached by widening whichever range is too short, so nothing is cut off.</summary>
    private static void SquareZoomOut(Plot plot)
    {
        plot.Axes.Rules.Clear();
        plot.Axes.Rules.Add(new ScottPlot.AxisRules.SquareZoomOut(plot.Axes.Bottom, plot.Axes.Left));
    }

    private static ScottPlot.Plottables.Scatter Line(Plot plot, Series series, Color color, float width = LineWidth)
    {
        var line = plot.Add.ScatterLine(series.Xs, series.Ys, color);
        line.LineWidth = width;
        line.LegendText = series.Label;
        return line;
    }

    /// <summary>Samples f on an n × n grid over the rectangle, as ScottPlot's contouring wants it.</summary>
    private static Coordinates3d[,] Grid(
        Func<double, double, double> f, (double Low, double High) xRange, (double Low, double High) yRange, int n, Func<double, double>? scale)
    {
        var grid = new Coordinates3d[n, n];
        for (var i = 0; i < n; i++)
        {
            var y = yRange.Low + ((yRange.High - yRange.Low) * i / (n - 1));
            for (var j = 0; j < n; j++)
            {
                var x = xRange.Low + ((xRange.High - xRange.Low) * j / (n - 1));
                var z = f(x, y);
                grid[i, j] = new Coordinates3d(x, y, scale is null ? z : scale(z));
            }
        }

        return grid;
    }

    /// <summary>Ticks at integer powers of ten for an axis that holds log₁₀ of the data, labelled 10ᵏ.</summary>
    private static ScottPlot.TickGenerators.NumericAutomatic PowersOfTen() => new()
    {
        IntegerTicksOnly = true,
        LabelFormatter = exponent => $"1e{exponent:0}",
        MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
    };
}
