namespace MathForML.Prerequisites;

/// <summary>
/// Grids of sample points. <c>Linspace</c> fixes the number of points, <c>Arange</c> fixes the spacing, and
/// <c>MeshGrid</c> turns two axes into the coordinates of a 2-D grid. Indices are C# array indices, from 0.
/// </summary>
/// <remarks>Lesson: katas/00-prerequisites/03-grids/README.md</remarks>
public static class Grids
{
    /// <summary>
    /// <paramref name="count"/> evenly spaced points from <paramref name="start"/> to <paramref name="stop"/>,
    /// both endpoints included: xₖ = start + k·(stop − start)/(count − 1) for k = 0 … count − 1.
    /// The first point must equal start and the last must equal stop exactly (bit for bit).
    /// With count = 1 the result is [start]. start may be larger than stop (the points then decrease).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> or <paramref name="stop"/> is NaN or infinite ("finite" in the message).</exception>
    public static double[] Linspace(double start, double stop, int count)
    {
        // TODO: compute each point from its index k, and pin the last one to stop.
        throw new NotImplementedException("TODO Grids.Linspace: return count points from start to stop, both included exactly.");
    }

    /// <summary>
    /// The points start, start + step, start + 2·step, … that lie strictly before <paramref name="stop"/>
    /// (the half-open interval [start, stop) when step &gt; 0, or (stop, start] when step &lt; 0).
    /// Point k must equal the double <c>start + k * step</c> exactly, and "strictly before stop" is decided on
    /// that computed value, with no tolerance: the result holds every such point before stop, and the next one,
    /// <c>start + Length * step</c>, is not before stop. When step points away from stop the result is empty.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="step"/> is 0 ("zero" in the message); any argument is NaN or infinite ("finite");
    /// or the grid would hold more points than an array can (more than <see cref="Array.MaxLength"/>; the message says "points").
    /// </exception>
    public static double[] Arange(double start, double stop, double step)
    {
        // TODO: estimate the count from ⌈(stop − start)/step⌉, then check the candidates at the end against stop (rounding can put the estimate one off).
        throw new NotImplementedException("TODO Grids.Arange: return start + k·step for every k whose point lies strictly before stop.");
    }

    /// <summary>
    /// The coordinate matrices of the 2-D grid spanned by <paramref name="xs"/> and <paramref name="ys"/>
    /// ("xy" indexing, as in plotting): both have one row per y and one column per x, with
    /// X[i, j] = xs[j] and Y[i, j] = ys[i]. So the point in row i, column j is (X[i, j], Y[i, j]) = (xs[j], ys[i]).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="xs"/> or <paramref name="ys"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="xs"/> or <paramref name="ys"/> is empty ("empty"; the parameter name says which).</exception>
    public static (double[,] X, double[,] Y) MeshGrid(double[] xs, double[] ys)
    {
        // TODO: allocate two ys.Length × xs.Length arrays and fill them row by row.
        throw new NotImplementedException("TODO Grids.MeshGrid: return X[i, j] = xs[j] and Y[i, j] = ys[i].");
    }
}
