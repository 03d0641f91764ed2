namespace MathForML.Prerequisites;

/// <summary>Reference solution: evenly spaced grids with exact endpoints.</summary>
public static class Grids
{
    /// <summary>count points from start to stop, both included exactly.</summary>
    public static double[] Linspace(double start, double stop, int count)
    {
        RequireFinite(start, nameof(start));
        RequireFinite(stop, nameof(stop));
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);

        var points = new double[count];
        if (count == 1)
        {
            points[0] = start;
            return points;
        }
        var spacing = (stop - start) / (count - 1);
        for (var k = 0; k < count; k++)
        {
            points[k] = start + k * spacing;
        }
        // start + (count − 1)·spacing can miss stop by an ulp; the endpoint is part of the contract.
        points[^1] = stop;
        return points;
    }

    /// <summary>start + k·step for every k whose point lies strictly before stop.</summary>
    public static double[] Arange(double start, double stop, double step)
    {
        RequireFinite(start, nameof(start));
        RequireFinite(stop, nameof(stop));
        RequireFinite(step, nameof(step));
        if (step == 0)
        {
            throw new ArgumentException("The step must not be zero: the grid would never reach stop.", nameof(step));
        }

        // The quotient only guards against a grid no array can hold; it cannot count the points, because rounding
        // in it (or in start + k·step) can put it one off either way. The contract's own test decides each point.
        if ((stop - start) / step > Array.MaxLength)
        {
            throw new ArgumentException($"A step of {step} from {start} to {stop} gives more points than an array can hold.", nameof(step));
        }

        var points = new List<double>();
        for (var point = start; IsBeforeStop(point, stop, step); point = start + (points.Count * step))
        {
            points.Add(point);
        }

        return [.. points];
    }

    /// <summary>X[i, j] = xs[j] and Y[i, j] = ys[i].</summary>
    public static (double[,] X, double[,] Y) MeshGrid(double[] xs, double[] ys)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        if (xs.Length == 0 || ys.Length == 0)
        {
            throw new ArgumentException("Both axes of a grid need at least one point; got an empty axis.", xs.Length == 0 ? nameof(xs) : nameof(ys));
        }

        var x = new double[ys.Length, xs.Length];
        var y = new double[ys.Length, xs.Length];
        for (var i = 0; i < ys.Length; i++)
        {
            for (var j = 0; j < xs.Length; j++)
            {
                x[i, j] = xs[j];
                y[i, j] = ys[i];
            }
        }
        return (x, y);
    }

    private static bool IsBeforeStop(double point, double stop, double step) => step > 0 ? point < stop : point > stop;

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{name} must be finite, but was {value}.", name);
        }
    }
}
