namespace MathForML.Prerequisites;

/// <summary>Reference solution: composition, map, reduce and grid search.</summary>
public static class Functions
{
    /// <summary>x ↦ f(g(x)).</summary>
    public static Func<double, double> Compose(Func<double, double> f, Func<double, double> g)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(g);
        return x => f(g(x));
    }

    /// <summary>[f(x₀), …, f(xₙ₋₁)] in a new array.</summary>
    public static double[] Map(double[] values, Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(f);
        var mapped = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            mapped[i] = f(values[i]);
        }
        return mapped;
    }

    /// <summary>acc ← combine(acc, xᵢ) from the seed, left to right.</summary>
    public static double Reduce(double[] values, double seed, Func<double, double, double> combine)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(combine);
        var accumulator = seed;
        foreach (var x in values)
        {
            accumulator = combine(accumulator, x);
        }
        return accumulator;
    }

    /// <summary>The grid point where f is smallest (NaN values skipped, first on ties).</summary>
    public static (double X, double Value) MinimizeOnGrid(Func<double, double> f, double[] grid)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(grid);
        if (grid.Length == 0)
        {
            throw new ArgumentException("Cannot minimise over an empty grid.", nameof(grid));
        }

        // Every comparison with NaN is false, so starting from NaN lets the first real value win.
        var best = (X: double.NaN, Value: double.NaN);
        foreach (var x in grid)
        {
            var value = f(x);
            if (!double.IsNaN(value) && (double.IsNaN(best.Value) || value < best.Value))
            {
                best = (x, value);
            }
        }
        if (double.IsNaN(best.Value))
        {
            throw new ArgumentException("f is NaN at every grid point: the grid lies outside its domain.", nameof(grid));
        }
        return best;
    }
}
