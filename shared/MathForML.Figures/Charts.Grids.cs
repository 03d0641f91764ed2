using ScottPlot;

namespace MathForML.Figures;

/// <summary>Figures of sampled functions: values on a mesh grid, and curves with marked points.</summary>
public static partial class Charts
{
    /// <summary>
    /// A function sampled on a mesh grid, as a heat map placed by the grid's own coordinates: cell (i, j) is centred on
    /// the point (X[i, j], Y[i, j]) and coloured by Z[i, j], with y growing upwards. The grid is assumed evenly spaced
    /// (as Linspace and Arange make it); if X and Y are wrong the picture lands in the wrong place or the wrong shape.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="yLabel">The vertical axis.</param>
    /// <param name="x">The x coordinates, one row per y value and one column per x value.</param>
    /// <param name="y">The y coordinates, of the same shape.</param>
    /// <param name="z">The values, of the same shape.</param>
    /// <param name="showPoints">Whether to mark every grid point with a white dot (for coarse grids, to show where f was sampled).</param>
    /// <returns>The plot, with a colour bar.</returns>
    public static Plot FunctionOnGrid(string title, string xLabel, string yLabel, double[,] x, double[,] y, double[,] z, bool showPoints = false)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(z);
        var (rows, columns) = (z.GetLength(0), z.GetLength(1));
        if (x.GetLength(0) != rows || x.GetLength(1) != columns || y.GetLength(0) != rows || y.GetLength(1) != columns)
        {
            throw new ArgumentException(
                $"X, Y and Z must have one shape, but they are {x.GetLength(0)}x{x.GetLength(1)}, {y.GetLength(0)}x{y.GetLength(1)} and {rows}x{columns}.", nameof(z));
        }

        if (rows < 2 || columns < 2)
        {
            throw new ArgumentException($"A heat map of a grid needs at least 2 × 2 points, but the grid is {rows}x{columns}.", nameof(z));
        }

        var plot = FigureStyle.NewPlot(title, xLabel, yLabel);
        var (width, height) = (Math.Abs(x[0, columns - 1] - x[0, 0]) / (columns - 1), Math.Abs(y[rows - 1, 0] - y[0, 0]) / (rows - 1));
        Cells(plot, z, (i, j) => (x[i, j], y[i, j]), width, height);
        if (showPoints)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    xs.Add(x[i, j]);
                    ys.Add(y[i, j]);
                }
            }

            plot.Add.Markers(xs.ToArray(), ys.ToArray(), MarkerShape.FilledCircle, 4, Colors.White);
        }

        plot.Axes.Margins(0, 0);
        return plot;
    }

    /// <summary>
    /// Draws a matrix of values as coloured cells (Viridis), cell (i, j) centred on <paramref name="centre"/>(i, j), NaN
    /// entries left out, with a colour bar. The cells are vector rectangles rather than a scaled bitmap, so that they stay
    /// sharp in the SVG (browsers smooth a scaled bitmap into a blur).
    /// </summary>
    private static void Cells(Plot plot, double[,] values, Func<int, int, (double X, double Y)> centre, double width, double height)
    {
        var finite = values.Cast<double>().Where(double.IsFinite).ToList();
        var range = finite.Count == 0 ? new ScottPlot.Range(0, 1) : new ScottPlot.Range(finite.Min(), finite.Max());
        if (range.Max == range.Min)
        {
            range = new ScottPlot.Range(range.Min - 0.5, range.Max + 0.5);
        }

        var colormap = new ScottPlot.Colormaps.Viridis();
        for (var i = 0; i < values.GetLength(0); i++)
        {
            for (var j = 0; j < values.GetLength(1); j++)
            {
                if (!double.IsFinite(values[i, j]))
                {
                    continue;
                }

                var (x, y) = centre(i, j);
                var cell = plot.Add.Rectangle(x - (width / 2), x + (width / 2), y - (height / 2), y + (height / 2));
                cell.FillColor = colormap.GetColor(range.Normalize(values[i, j], true));

                // An outline in the fill colour closes the hairline seams anti-aliasing leaves between neighbours.
                cell.LineColor = cell.FillColor;
                cell.LineWidth = 1;
            }
        }

        // The heat map itself is not drawn: it only feeds the colour bar the colour map and the range of the cells.
        var scale = plot.Add.Heatmap(values);
        scale.Colormap = colormap;
        scale.ManualRange = range;
        scale.IsVisible = false;
        plot.Add.ColorBar(scale);
    }

    /// <summary>
    /// Curves with marked points: lines (a function, a running total), point sets (samples, grid values) as dots, and
    /// a few highlighted points (a minimum found, an argmax) as large diamonds, all in the palette's colours in that
    /// order; dashed black reference lines behind them.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="yLabel">The vertical axis.</param>
    /// <param name="curves">The lines.</param>
    /// <param name="points">The point sets, drawn as dots.</param>
    /// <param name="highlights">The points to single out, drawn as large diamonds beneath the dots.</param>
    /// <param name="references">Reference lines (a limit, an expected value), dashed black.</param>
    /// <param name="squareUnits">Whether both axes use the same unit (for points of the plane rather than graphs).</param>
    /// <param name="corner">Where the legend goes.</param>
    /// <param name="notes">Short texts written just above and right of a point (an index pair, a value), in black.</param>
    /// <returns>The plot.</returns>
    public static Plot CurvesWithPoints(
        string title, string xLabel, string yLabel, IEnumerable<Series> curves, IEnumerable<Series> points,
        IEnumerable<Series>? highlights = null, IEnumerable<Series>? references = null, bool squareUnits = false,
        Alignment corner = Alignment.UpperRight, IEnumerable<(string Text, double X, double Y)>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentNullException.ThrowIfNull(points);
        var plot = FigureStyle.NewPlot(title, xLabel, yLabel);
        foreach (var reference in references ?? [])
        {
            Line(plot, reference, FigureStyle.Reference, 1.5f).LinePattern = LinePattern.Dashed;
        }

        var k = 0;
        foreach (var curve in curves)
        {
            Line(plot, curve, FigureStyle.Series(k++));
        }

        // Colours follow the argument order (curves, points, highlights); the large highlights are drawn first so that
        // a dot on a highlighted position stays visible inside its diamond.
        var dotSets = points.ToList();
        var highlightColour = k + dotSets.Count;
        foreach (var set in highlights ?? [])
        {
            var marks = plot.Add.Markers(set.Xs, set.Ys, MarkerShape.FilledDiamond, 16, FigureStyle.Series(highlightColour++));
            marks.MarkerLineColor = FigureStyle.Reference;
            marks.MarkerLineWidth = 1;
            marks.LegendText = set.Label;
        }

        foreach (var set in dotSets)
        {
            var dots = plot.Add.Markers(set.Xs, set.Ys, MarkerShape.FilledCircle, 7, FigureStyle.Series(k++));
            dots.LegendText = set.Label;
        }

        foreach (var (text, x, y) in notes ?? [])
        {
            Note(plot, text, x, y);
        }

        if (squareUnits)
        {
            plot.Axes.SquareUnits();
        }

        FigureStyle.Legend(plot, corner);
        return plot;
    }

    /// <summary>A short black text just above and right of the point (x, y).</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="text">The text.</param>
    /// <param name="x">The point's x.</param>
    /// <param name="y">The point's y.</param>
    public static void Note(Plot plot, string text, double x, double y) =>
        FigureStyle.Text(plot, text, x, y, Alignment.LowerLeft, offsetX: 5, offsetY: -5);
}
