using ScottPlot;

namespace MathForML.Figures;

/// <summary>The kinds of figure the matrix katas need beyond the common ones: vectors in the plane, small multiples of heat maps, and log plots with reference slopes.</summary>
public static partial class Charts
{
    /// <summary>
    /// Vectors in the plane with equal units on both axes, for geometric constructions: arrows (a vector, its projection,
    /// a residual), coloured curves and point sets, black dashed guides (the unit circle), grey dotted infinite lines
    /// (a line through u, the solutions of an equation), right-angle marks and short text notes. Arrows, curves and point
    /// sets take the palette's colours in that order; point sets are drawn beneath everything else, so that a dense cloud
    /// does not hide the guides and arrows. The view holds everything drawn and the origin, widened on one axis for
    /// equal units rather than cut.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="arrows">Labelled arrows from one point to another, each point of length 2.</param>
    /// <param name="curves">Curves drawn as coloured lines, or null.</param>
    /// <param name="points">Point sets drawn as coloured markers, or null.</param>
    /// <param name="guides">Reference curves drawn black and dashed (a unit circle, a contour), or null.</param>
    /// <param name="lines">Infinite lines through a point with a direction, drawn grey and dotted across the view, or null.</param>
    /// <param name="rightAngles">
    /// Right-angle marks: a corner and the two directions leaving it. The mark is drawn along the directions given,
    /// so if they are not perpendicular it shows as a slanted rhombus, not a square.
    /// </param>
    /// <param name="notes">Short texts placed just above and to the right of a point, or null.</param>
    /// <param name="muted">Arrows for context, drawn grey beneath the others; the first one with a label names them all in the legend.</param>
    /// <param name="legend">The legend's corner.</param>
    /// <returns>The plot.</returns>
    public static Plot VectorDiagram(
        string title,
        IEnumerable<(string Label, double[] From, double[] To)> arrows,
        IEnumerable<Series>? curves = null,
        IEnumerable<Series>? points = null,
        IEnumerable<Series>? guides = null,
        IEnumerable<(string Label, double[] Point, double[] Direction)>? lines = null,
        IEnumerable<(double[] Corner, double[] Along, double[] Across)>? rightAngles = null,
        IEnumerable<(string Text, double[] At)>? notes = null,
        IEnumerable<(string Label, double[] From, double[] To)>? muted = null,
        Alignment legend = Alignment.UpperLeft)
    {
        ArgumentNullException.ThrowIfNull(arrows);
        var arrowList = arrows.ToList();
        var mutedList = muted?.ToList() ?? [];
        var curveList = curves?.ToList() ?? [];
        var pointList = points?.ToList() ?? [];
        var guideList = guides?.ToList() ?? [];
        var plot = FigureStyle.NewPlot(title, "x₁", "x₂");

        // The view: everything drawn, the origin included, with a margin; infinite lines are cut well outside it.
        var xs = new List<double> { 0 };
        var ys = new List<double> { 0 };
        foreach (var (_, from, to) in arrowList.Concat(mutedList))
        {
            xs.AddRange([from[0], to[0]]);
            ys.AddRange([from[1], to[1]]);
        }

        foreach (var s in curveList.Concat(pointList).Concat(guideList))
        {
            xs.AddRange(s.Xs.Where(double.IsFinite));
            ys.AddRange(s.Ys.Where(double.IsFinite));
        }

        var (xLow, xHigh, yLow, yHigh) = (xs.Min(), xs.Max(), ys.Min(), ys.Max());
        var size = Math.Max(Math.Max(xHigh - xLow, yHigh - yLow), 1e-300);
        var margin = 0.12 * size;
        (xLow, xHigh, yLow, yHigh) = (xLow - margin, xHigh + margin, yLow - margin, yHigh + margin);

        // Point clouds first, so that guides and arrows stay visible over dense clouds; their colours come after the
        // arrows' and the curves'.
        var k = 0;
        var arrowColors = arrowList.Select(_ => FigureStyle.Series(k++)).ToList();
        var curveColors = curveList.Select(_ => FigureStyle.Series(k++)).ToList();
        foreach (var set in pointList)
        {
            var scatter = plot.Add.ScatterPoints(set.Xs, set.Ys, FigureStyle.Series(k++));
            scatter.MarkerSize = 7;
            scatter.LegendText = set.Label;
        }

        foreach (var guide in guideList)
        {
            var line = Line(plot, guide, FigureStyle.Reference, LineWidth - 0.5f);
            line.LinePattern = LinePattern.Dashed;
        }

        foreach (var (label, point, direction) in lines ?? [])
        {
            var length = Math.Sqrt((direction[0] * direction[0]) + (direction[1] * direction[1]));
            var reach = 4 * size / length;
            var line = Line(
                plot,
                new Series(label, [point[0] - (reach * direction[0]), point[0] + (reach * direction[0])], [point[1] - (reach * direction[1]), point[1] + (reach * direction[1])]),
                Colors.Gray,
                LineWidth - 0.5f);
            line.LinePattern = LinePattern.Dotted;
        }

        for (var i = 0; i < curveList.Count; i++)
        {
            Line(plot, curveList[i], curveColors[i]);
        }

        foreach (var (corner, along, across) in rightAngles ?? [])
        {
            var side = 0.06 * size;
            var a = Unit(along, side);
            var b = Unit(across, side);
            Line(
                plot,
                new Series(string.Empty, [corner[0] + a[0], corner[0] + a[0] + b[0], corner[0] + b[0]], [corner[1] + a[1], corner[1] + a[1] + b[1], corner[1] + b[1]]),
                FigureStyle.Reference,
                1.5f);
        }

        // Context arrows are grey and named once in the legend (by the first one with a label).
        var mutedNamed = false;
        foreach (var (label, from, to) in mutedList)
        {
            Arrow(plot, mutedNamed ? "" : label, from, to, Colors.Gray.WithAlpha(0.6));
            mutedNamed |= label.Length > 0;
        }

        for (var i = 0; i < arrowList.Count; i++)
        {
            Arrow(plot, arrowList[i].Label, arrowList[i].From, arrowList[i].To, arrowColors[i]);
        }

        foreach (var (text, at) in notes ?? [])
        {
            Note(plot, text, at[0], at[1]);
        }

        plot.Axes.SetLimits(xLow, xHigh, yLow, yHigh);
        SquareZoomOut(plot);
        FigureStyle.Legend(plot, legend);
        return plot;
    }

    /// <summary>
    /// Small multiples: several matrices as heat maps side by side, on one shared colour scale with one colour bar,
    /// each labelled above, so that they can be compared (an image and its low-rank approximations, a matrix before and
    /// after a factorisation). Tiles of different sizes are aligned at their top-left corner. The tiles are drawn as one
    /// bitmap, which suits image-sized matrices (as vector cells, a picture's SVG would run to megabytes); small matrices
    /// read better as <see cref="Matrices"/>, with sharp cells and index ticks.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="tiles">The labelled matrices, laid out row by row.</param>
    /// <param name="columns">How many tiles per row, at least 1.</param>
    /// <param name="colorLabel">What the colours mean (shown beside the colour bar), or null.</param>
    /// <returns>The plot, one square unit per matrix entry.</returns>
    public static Plot HeatmapTiles(string title, IReadOnlyList<(string Label, double[,] Values)> tiles, int columns, string? colorLabel = null)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (tiles.Count == 0)
        {
            throw new ArgumentException("Small multiples need at least one tile, but there are none (empty).", nameof(tiles));
        }

        columns = Math.Min(columns, tiles.Count);
        var rows = (tiles.Count + columns - 1) / columns;
        var height = tiles.Max(t => t.Values.GetLength(0));
        var width = tiles.Max(t => t.Values.GetLength(1));
        var gapX = Math.Max(1, (int)Math.Round(0.08 * width));
        var gapY = Math.Max(2, (int)Math.Round(0.18 * height)); // room for the label above each tile
        var totalRows = rows * (height + gapY);
        var totalColumns = (columns * width) + ((columns - 1) * gapX);
        var values = new double[totalRows, totalColumns];
        for (var i = 0; i < totalRows; i++)
        {
            for (var j = 0; j < totalColumns; j++)
            {
                values[i, j] = double.NaN;
            }
        }

        var labels = new List<(string Text, double X, double Y)>();
        for (var t = 0; t < tiles.Count; t++)
        {
            var (label, tile) = tiles[t];
            var top = ((t / columns) * (height + gapY)) + gapY;
            var left = (t % columns) * (width + gapX);
            for (var i = 0; i < tile.GetLength(0); i++)
            {
                for (var j = 0; j < tile.GetLength(1); j++)
                {
                    values[top + i, left + j] = tile[i, j];
                }
            }

            // Row 0 of the combined matrix is drawn at the top, y = totalRows.
            labels.Add((label, left + (tile.GetLength(1) / 2.0), totalRows - top));
        }

        var plot = FigureStyle.NewPlot(title, string.Empty, string.Empty);
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        heatmap.NaNCellColor = Colors.White;
        // ScottPlot's extent runs from the first cell's centre to the last one's: with centred cells, this puts the
        // matrix's outer edges at 0 … totalColumns and 0 … totalRows, one unit per entry.
        heatmap.Extent = new CoordinateRect(0.5, totalColumns - 0.5, 0.5, totalRows - 0.5);
        heatmap.CellAlignment = Alignment.MiddleCenter;
        var bar = plot.Add.ColorBar(heatmap);
        if (colorLabel is not null)
        {
            bar.Label = colorLabel;
            bar.LabelStyle.FontName = FigureStyle.Font;
            bar.LabelStyle.FontSize = 13;
        }

        foreach (var (label, x, y) in labels)
        {
            FigureStyle.Text(plot, label, x, y, Alignment.LowerCenter, 13, offsetY: -6);
        }

        // No ticks and no frame: the tiles' positions mean nothing, only their labels do.
        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left, plot.Axes.Right, plot.Axes.Top })
        {
            axis.TickGenerator = new ScottPlot.TickGenerators.EmptyTickGenerator();
            axis.FrameLineStyle.Width = 0;
        }

        plot.HideGrid();
        plot.Axes.SetLimits(0, totalColumns, 0, totalRows);
        SquareZoomOut(plot);
        return plot;
    }

    /// <summary>
    /// <see cref="LogScale"/> with reference curves, drawn black with dashes (then dots, then dense dashes): a slope to
    /// compare with, such as ε·κ or |λ₂/λ₁|ᵏ. Points whose value is not positive are left out, as in <see cref="LogScale"/>.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="yLabel">The vertical axis.</param>
    /// <param name="series">The measured curves, in the palette's colours.</param>
    /// <param name="references">The reference curves, labelled with their formula.</param>
    /// <param name="logX">Whether the horizontal axis is logarithmic too (false: a semi-log plot, e.g. error per iteration).</param>
    /// <param name="markers">Whether to mark each point of the measured curves.</param>
    /// <param name="legend">The legend's corner.</param>
    /// <returns>The plot.</returns>
    public static Plot LogScaleWithReferences(
        string title, string xLabel, string yLabel, IEnumerable<Series> series, IEnumerable<Series> references, bool logX = true, bool markers = false,
        Alignment legend = Alignment.UpperRight)
    {
        ArgumentNullException.ThrowIfNull(references);
        var plot = LogScale(title, xLabel, yLabel, series, logX, markers);
        LinePattern[] patterns = [LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];
        var k = 0;
        foreach (var s in references)
        {
            var kept = Enumerable.Range(0, s.Xs.Length).Where(i => s.Ys[i] > 0 && double.IsFinite(s.Ys[i]) && (!logX || s.Xs[i] > 0)).ToList();
            var xs = kept.Select(i => logX ? Math.Log10(s.Xs[i]) : s.Xs[i]).ToArray();
            var ys = kept.Select(i => Math.Log10(s.Ys[i])).ToArray();
            var line = Line(plot, new Series(s.Label, xs, ys), FigureStyle.Reference, LineWidth - 0.5f);
            line.LinePattern = patterns[k++ % patterns.Length];
        }

        FigureStyle.Legend(plot, legend);
        return plot;
    }

    /// <summary>The vector scaled to the given length.</summary>
    private static double[] Unit(double[] v, double length)
    {
        var norm = Math.Sqrt((v[0] * v[0]) + (v[1] * v[1]));
        return norm == 0 ? [0, 0] : [length * v[0] / norm, length * v[1] / norm];
    }
}
