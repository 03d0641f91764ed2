using ScottPlot;

namespace MathForML.Figures;

/// <summary>The kinds of figure the information-theory katas need beyond the common ones: joint tables with their marginals, and curves over a logarithmic x axis.</summary>
public static partial class Charts
{
    /// <summary>Height, in cell units, of the longest marginal bar.</summary>
    private const double MarginalBarLength = 1.5;

    /// <summary>
    /// Joint probability tables side by side, each drawn as shaded cells with its value written in (row 0 at the top),
    /// its column marginal as bars above the columns and its row marginal as bars to the right of the rows, and its
    /// label (a name, a mutual information) above. Cells share one shading scale and bars one length scale across all
    /// tables, so tables can be compared (a dependent table and the product of its marginals, say). For small tables:
    /// every value is written out.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="tables">
    /// The tables, left to right: a label, the joint values (rows × columns, non-negative), the row marginal (one entry
    /// per row) and the column marginal (one entry per column) — computed by the caller, typically by kata code.
    /// </param>
    /// <param name="rowName">The variable of the rows, written beside the row bars (e.g. "p(x)").</param>
    /// <param name="columnName">The variable of the columns, written beside the column bars (e.g. "p(y)").</param>
    /// <returns>The plot, one square unit per cell, without axes.</returns>
    public static Plot JointTables(
        string title, IReadOnlyList<(string Label, double[,] Joint, double[] RowMarginal, double[] ColumnMarginal)> tables,
        string rowName = "p(x)", string columnName = "p(y)")
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 0 || tables.Any(t => t.Joint is null || t.Joint.Length == 0))
        {
            throw new ArgumentException("JointTables needs at least one table, and none may be empty.", nameof(tables));
        }

        if (tables.Any(t => t.RowMarginal?.Length != t.Joint.GetLength(0) || t.ColumnMarginal?.Length != t.Joint.GetLength(1)))
        {
            throw new ArgumentException("Each marginal needs one entry per row (or column) of its table: a length mismatch.", nameof(tables));
        }

        var cellMax = Math.Max(tables.Max(t => t.Joint.Cast<double>().Max()), double.Epsilon);
        var barMax = Math.Max(tables.Max(t => Math.Max(t.RowMarginal.Max(), t.ColumnMarginal.Max())), double.Epsilon);
        var height = tables.Max(t => t.Joint.GetLength(0));
        var plot = FigureStyle.NewPlot(title, string.Empty, string.Empty);
        var left = 0.0;
        foreach (var (label, joint, rows, columns) in tables)
        {
            var (m, n) = (joint.GetLength(0), joint.GetLength(1));
            for (var i = 0; i < m; i++)
            {
                var top = height - i;
                for (var j = 0; j < n; j++)
                {
                    var cell = plot.Add.Rectangle(left + j, left + j + 1, top - 1, top);
                    cell.FillColor = FigureStyle.Series(0).WithAlpha(0.06 + (0.7 * joint[i, j] / cellMax));
                    cell.LineColor = Colors.White;
                    cell.LineWidth = 2;
                    FigureStyle.Text(plot, $"{joint[i, j]:0.###}", left + j + 0.5, top - 0.5, Alignment.MiddleCenter, 13);
                }

                var bar = plot.Add.Rectangle(left + n + 0.15, left + n + 0.15 + (MarginalBarLength * rows[i] / barMax), top - 0.85, top - 0.15);
                bar.FillColor = FigureStyle.Series(1).WithAlpha(0.8);
                bar.LineWidth = 0;
                FigureStyle.Text(plot, $"{rows[i]:0.###}", left + n + 0.2, top - 0.5, Alignment.MiddleLeft, 11);
            }

            for (var j = 0; j < n; j++)
            {
                var bar = plot.Add.Rectangle(left + j + 0.15, left + j + 0.85, height + 0.15, height + 0.15 + (MarginalBarLength * columns[j] / barMax));
                bar.FillColor = FigureStyle.Series(2).WithAlpha(0.8);
                bar.LineWidth = 0;
                FigureStyle.Text(plot, $"{columns[j]:0.###}", left + j + 0.5, height + 0.2, Alignment.LowerCenter, 11);
            }

            FigureStyle.Text(plot, rowName, left + n + 0.2, height - m - 0.1, Alignment.UpperLeft, 12);
            FigureStyle.Text(plot, columnName, left - 0.1, height + 0.2, Alignment.LowerRight, 12);
            FigureStyle.Text(plot, label, left + (n / 2.0), height + 0.3 + MarginalBarLength, Alignment.LowerCenter, 13);
            left += n + MarginalBarLength + 1.2;
        }

        foreach (var axis in new ScottPlot.IAxis[] { plot.Axes.Bottom, plot.Axes.Left, plot.Axes.Right, plot.Axes.Top })
        {
            axis.TickGenerator = new ScottPlot.TickGenerators.EmptyTickGenerator();
            axis.FrameLineStyle.Width = 0;
        }

        plot.HideGrid();
        plot.Axes.SetLimits(-0.9, left - 0.9, -0.6, height + MarginalBarLength + 1.2);
        SquareZoomOut(plot);
        return plot;
    }

    /// <summary>
    /// Curves over a logarithmic horizontal axis and a linear vertical one — a quantity against a parameter that spans
    /// several orders of magnitude (a temperature, a learning rate, a regularisation strength). Points whose x is not
    /// positive are left out.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis (logarithmic, ticks at powers of ten).</param>
    /// <param name="yLabel">The vertical axis (linear).</param>
    /// <param name="series">The curves.</param>
    /// <param name="corner">Where the legend goes.</param>
    /// <returns>The plot.</returns>
    public static Plot CurvesOverLogX(string title, string xLabel, string yLabel, IEnumerable<Series> series, Alignment corner = Alignment.UpperRight)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plot = FigureStyle.NewPlot(title, xLabel, yLabel);
        var k = 0;
        foreach (var s in series)
        {
            var kept = Enumerable.Range(0, s.Xs.Length).Where(i => s.Xs[i] > 0).ToList();
            Line(plot, new Series(s.Label, [.. kept.Select(i => Math.Log10(s.Xs[i]))], [.. kept.Select(i => s.Ys[i])]), FigureStyle.Series(k++));
        }

        plot.Axes.Bottom.TickGenerator = PowersOfTen();
        FigureStyle.Legend(plot, corner);
        return plot;
    }
}
