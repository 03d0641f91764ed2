namespace MathForML.Figures;

/// <summary>A labelled curve or point set: the ith point is (Xs[i], Ys[i]).</summary>
/// <param name="Label">The legend text.</param>
/// <param name="Xs">The horizontal coordinates.</param>
/// <param name="Ys">The vertical coordinates, as many as <paramref name="Xs"/>.</param>
public sealed record Series(string Label, double[] Xs, double[] Ys)
{
    /// <summary>The curve y = f(x) sampled at the given points.</summary>
    /// <param name="label">The legend text.</param>
    /// <param name="xs">Where to sample.</param>
    /// <param name="f">The function.</param>
    /// <returns>The series.</returns>
    public static Series Of(string label, double[] xs, Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(f);
        return new Series(label, xs, xs.Select(f).ToArray());
    }

    /// <summary>A path through the plane, one point per row (x, y).</summary>
    /// <param name="label">The legend text.</param>
    /// <param name="points">The points, each of length 2.</param>
    /// <returns>The series.</returns>
    public static Series Path(string label, IEnumerable<double[]> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var list = points.ToList();
        return new Series(label, list.Select(p => p[0]).ToArray(), list.Select(p => p[1]).ToArray());
    }
}
