using MathForML.Figures;
using ScottPlot;

namespace MathForML.Prerequisites.Figures;

/// <summary>The grids kata's figures, drawn from your <see cref="Grids"/> methods (read, don't edit).</summary>
public static class GridsFigures
{
    /// <summary>The points of a small mesh grid, one colour per row i of your X and Y.</summary>
    /// <returns>The plot.</returns>
    [Figure("mesh-grid", "The points (X[i, j], Y[i, j]) of your MeshGrid(xs = Linspace(0, 4, 5), ys = Arange(0, 3, 1)), one colour per row i and each point labelled [i, j]: row i is one horizontal line of points at height ys[i], and the column index j runs along it through xs.")]
    public static Plot MeshGridPoints()
    {
        var xs = Grids.Linspace(0, 4, 5);
        var ys = Grids.Arange(0, 3, 1);
        var (x, y) = Grids.MeshGrid(xs, ys);
        var rows = Enumerable.Range(0, x.GetLength(0)).Select(i => new Series(
            $"row i = {i}: Y[{i}, j] = {y[i, 0]:0.##}",
            Enumerable.Range(0, x.GetLength(1)).Select(j => x[i, j]).ToArray(),
            Enumerable.Range(0, y.GetLength(1)).Select(j => y[i, j]).ToArray()));
        var notes = new List<(string, double, double)>();
        for (var i = 0; i < x.GetLength(0); i++)
        {
            for (var j = 0; j < x.GetLength(1); j++)
            {
                notes.Add(($"[{i}, {j}]", x[i, j], y[i, j]));
            }
        }

        var plot = Charts.CurvesWithPoints(
            "MeshGrid: row i is the line of points (xs[j], ys[i])", "x = X[i, j]", "y = Y[i, j]", [], rows, corner: Alignment.UpperRight, notes: notes);
        plot.Axes.SetLimits(-0.5, 6, -0.5, 2.9);
        return plot;
    }

    /// <summary>A function of two variables evaluated on every point of your mesh grid, as a heat map.</summary>
    /// <returns>The plot.</returns>
    [Figure("function-on-grid", "f(x, y) = sin x · cos y evaluated at every point (X[i, j], Y[i, j]) of your MeshGrid of 25 x values and 17 y values, both from −3 to 3: each cell is one grid point (white dot), coloured by f there — hills where sin x and cos y have the same sign, valleys where they differ.")]
    public static Plot FunctionOnGrid()
    {
        var (x, y) = Grids.MeshGrid(Grids.Linspace(-3, 3, 25), Grids.Linspace(-3, 3, 17));
        var z = new double[x.GetLength(0), x.GetLength(1)];
        for (var i = 0; i < z.GetLength(0); i++)
        {
            for (var j = 0; j < z.GetLength(1); j++)
            {
                z[i, j] = Math.Sin(x[i, j]) * Math.Cos(y[i, j]);
            }
        }

        return Charts.FunctionOnGrid("f(x, y) = sin x · cos y on a 25 × 17 mesh grid", "x", "y", x, y, z, showPoints: true);
    }

    /// <summary>The drift of adding h again and again, against your Linspace, which computes each point from its index.</summary>
    /// <returns>The plot.</returns>
    [Figure("repeated-addition-drifts", "The error of the k-th point of a grid from 0 to 1 in a million steps of h = 10⁻⁶, against k·10⁻⁶: adding h again and again piles up a rounding error with every step, to about 10⁻¹¹, while your Linspace(0, 1, 1000001), which computes each point from k, stays at the last bit, below 10⁻¹⁶ (exact zeros are not drawn).")]
    public static Plot RepeatedAdditionDrifts()
    {
        const int Steps = 1_000_000;
        const int Every = 5_000;
        var grid = Grids.Linspace(0, 1, Steps + 1);
        var summed = new double[Steps + 1];
        for (var k = 1; k <= Steps; k++)
        {
            summed[k] = summed[k - 1] + (1.0 / Steps);
        }

        var ks = Enumerable.Range(0, (Steps / Every) + 1).Select(i => i * Every).ToArray();
        double[] Error(double[] points) => ks.Select(k => Math.Abs(points[k] - ((double)k / Steps))).ToArray();
        var xs = ks.Select(k => (double)k).ToArray();
        var plot = Charts.LogScale(
            "Adding h a million times drifts; computing a + k·h does not",
            "index k",
            "|xₖ − k·h|",
            [new Series("x₀ = 0, xₖ = xₖ₋₁ + h", xs, Error(summed)), new Series("your Linspace(0, 1, 1000001)", xs, Error(grid))],
            logX: false);
        FigureStyle.Legend(plot, Alignment.LowerRight);
        return plot;
    }
}
