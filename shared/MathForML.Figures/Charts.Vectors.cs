using ScottPlot;

namespace MathForML.Figures;

/// <summary>Figures for the vector and matrix katas: maps of the plane, unit balls, matrices as pictures (arrow diagrams: <see cref="VectorDiagram"/>).</summary>
public static partial class Charts
{
    /// <summary>
    /// What maps of the plane do to it, each map given as a function (a kata's matrix–vector product, say): the
    /// standard grid of lines at integer coordinates (grey) and the unit square (dashed), and for each map the image
    /// of that grid and of the unit square (filled), in the map's colour. The maps need not be linear: every line is
    /// sampled, so a wrong map shows as bent or misplaced lines.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="maps">The maps, each taking a point (x₁, x₂) to its image; the label names the image of the unit square in the legend.</param>
    /// <param name="arrows">Labelled arrows drawn on top (images of e₁ and e₂, a vector and its coordinates), each from a base to a tip.</param>
    /// <param name="lines">The integer coordinates at which grid lines are drawn, from Low to High (both included); the unit square is always drawn.</param>
    /// <param name="mapGrids">Whether to draw each map's image of the grid (turn it off when several maps would tangle).</param>
    /// <param name="corner">Where the legend goes.</param>
    /// <returns>The plot, with equal units on both axes.</returns>
    public static Plot PlaneUnderMaps(
        string title,
        IEnumerable<(string Label, Func<double[], double[]> Map)> maps,
        IEnumerable<(string Label, double[] From, double[] To)>? arrows = null,
        (int Low, int High)? lines = null,
        bool mapGrids = true,
        Alignment corner = Alignment.UpperLeft)
    {
        ArgumentNullException.ThrowIfNull(maps);
        var (low, high) = lines ?? (-2, 2);
        if (low >= high)
        {
            throw new ArgumentException($"The grid needs Low < High, but the lines run from {low} to {high}.", nameof(lines));
        }

        var plot = FigureStyle.NewPlot(title, "x₁", "x₂");

        // The grey grid drawn here is the standard one; the plot's own would only blur it.
        plot.HideGrid();
        CoordinateAxes(plot);
        static double[] Identity(double[] p) => p;
        GridLines(plot, Identity, low, high, Colors.Gray.WithAlpha(0.5));
        var k = 0;
        foreach (var (label, map) in maps)
        {
            var color = FigureStyle.Series(k++);
            if (mapGrids)
            {
                GridLines(plot, map, low, high, color.WithAlpha(0.45));
            }

            var image = plot.Add.Polygon(UnitSquareOutline().Select(p => Point(map(p))).ToArray());
            image.FillColor = color.WithAlpha(0.25);
            image.LineColor = color;
            image.LineWidth = LineWidth;
            image.LegendText = label;
        }

        var square = plot.Add.ScatterLine(UnitSquareOutline().Select(p => Point(p)).ToArray(), FigureStyle.Reference);
        square.LineWidth = LineWidth;
        square.LinePattern = LinePattern.Dashed;
        square.LegendText = "unit square";
        foreach (var (label, from, to) in arrows ?? [])
        {
            Arrow(plot, label, from, to, FigureStyle.Series(k++));
        }

        plot.Axes.SquareUnits();
        FigureStyle.Legend(plot, corner);
        return plot;
    }

    /// <summary>
    /// The unit balls of norms in the plane, drawn from the norms themselves: along each of many rays from the origin,
    /// the point u/‖u‖ (u a unit vector of the ray) is where the ray leaves the ball {x : ‖x‖ ≤ 1}.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="norms">The norms, each a function of a vector of length 2 (a kata's L1, say), with a label for the legend.</param>
    /// <param name="rays">How many rays to sample.</param>
    /// <returns>The plot, with equal units on both axes.</returns>
    public static Plot UnitBalls(string title, IEnumerable<(string Label, Func<double[], double> Norm)> norms, int rays = 720)
    {
        ArgumentNullException.ThrowIfNull(norms);
        ArgumentOutOfRangeException.ThrowIfLessThan(rays, 4);
        var plot = FigureStyle.NewPlot(title, "x₁", "x₂");
        CoordinateAxes(plot);
        var k = 0;
        foreach (var (label, norm) in norms)
        {
            var points = Enumerable.Range(0, rays + 1).Select(i =>
            {
                var t = 2 * Math.PI * i / rays;
                double[] u = [Math.Cos(t), Math.Sin(t)];
                var size = norm(u);
                return new[] { u[0] / size, u[1] / size };
            });
            Line(plot, Series.Path(label, points), FigureStyle.Series(k++));
        }

        plot.Axes.SquareUnits();
        FigureStyle.Legend(plot, Alignment.UpperRight);
        return plot;
    }

    /// <summary>
    /// Matrices side by side as one heat map (the factors L and U, say), each named above its block, with row 0 at the
    /// top and the ticks giving C# row and column indices, as the matrices are written. For small matrices: each entry is
    /// a sharp vector cell (image-sized matrices belong in <see cref="HeatmapTiles"/>).
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="matrices">The matrices, left to right, each with the name written above it.</param>
    /// <param name="zerosBlank">Whether entries that are exactly 0 are left white, so that a triangular or sparse structure shows (and a stray non-zero does too).</param>
    /// <returns>The plot, with a colour bar.</returns>
    public static Plot Matrices(string title, IEnumerable<(string Label, double[,] Values)> matrices, bool zerosBlank = true)
    {
        ArgumentNullException.ThrowIfNull(matrices);
        var blocks = matrices.ToList();
        if (blocks.Count == 0 || blocks.Any(b => b.Values.Length == 0))
        {
            throw new ArgumentException("Matrices needs at least one matrix, and none may be empty.", nameof(matrices));
        }

        var rows = blocks.Max(b => b.Values.GetLength(0));
        var columns = blocks.Sum(b => b.Values.GetLength(1)) + blocks.Count - 1;
        var values = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                values[i, j] = double.NaN;
            }
        }

        var plot = FigureStyle.NewPlot(title, "column j", "row i");
        var xTicks = new ScottPlot.TickGenerators.NumericManual();
        var names = new List<(string Label, double X)>();
        var offset = 0;
        foreach (var (label, m) in blocks)
        {
            for (var i = 0; i < m.GetLength(0); i++)
            {
                for (var j = 0; j < m.GetLength(1); j++)
                {
                    values[i, offset + j] = zerosBlank && m[i, j] == 0 ? double.NaN : m[i, j];
                }
            }

            for (var j = 0; j < m.GetLength(1); j++)
            {
                xTicks.AddMajor(offset + j, j.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            names.Add((label, offset + ((m.GetLength(1) - 1) / 2.0)));
            offset += m.GetLength(1) + 1;
        }

        Cells(plot, values, (i, j) => (j, rows - 1 - i), 1, 1);
        foreach (var (label, x) in names)
        {
            FigureStyle.Text(plot, label, x, rows - 0.5, Alignment.LowerCenter, 14);
        }

        var yTicks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < rows; i++)
        {
            yTicks.AddMajor(rows - 1 - i, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = xTicks;
        plot.Axes.Left.TickGenerator = yTicks;
        plot.HideGrid();
        plot.Axes.SetLimits(-0.5, columns - 0.5, -0.5, rows + 0.6);
        return plot;
    }

    /// <summary>The lines x₁ = 0 and x₂ = 0, thin, so arrows and shapes can be read against them.</summary>
    private static void CoordinateAxes(Plot plot)
    {
        var color = FigureStyle.Reference.WithAlpha(0.5);
        plot.Add.HorizontalLine(0, 1, color, LinePattern.Solid);
        plot.Add.VerticalLine(0, 1, color, LinePattern.Solid);
    }

    /// <summary>The images under <paramref name="map"/> of the lines x₁ = c and x₂ = c for the integers c from low to high.</summary>
    private static void GridLines(Plot plot, Func<double[], double[]> map, int low, int high, Color color)
    {
        const int Samples = 24;
        for (var c = low; c <= high; c++)
        {
            var along = Enumerable.Range(0, Samples + 1).Select(i => low + ((high - low) * (double)i / Samples)).ToArray();
            foreach (var points in new[] { along.Select(t => new[] { t, (double)c }), along.Select(t => new[] { (double)c, t }) })
            {
                var line = plot.Add.ScatterLine(points.Select(p => Point(map(p))).ToArray(), color);
                line.LineWidth = 1;
            }
        }
    }

    /// <summary>The boundary of the unit square, (0, 0) → (1, 0) → (1, 1) → (0, 1) → (0, 0), sampled along each side.</summary>
    private static IEnumerable<double[]> UnitSquareOutline()
    {
        const int Samples = 8;
        double[][] corners = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
        for (var side = 0; side < 4; side++)
        {
            for (var i = 0; i < Samples; i++)
            {
                var t = (double)i / Samples;
                var (a, b) = (corners[side], corners[side + 1]);
                yield return [a[0] + (t * (b[0] - a[0])), a[1] + (t * (b[1] - a[1]))];
            }
        }

        yield return [0, 0];
    }

    private static Coordinates Point(double[] p) => new(p[0], p[1]);
}
