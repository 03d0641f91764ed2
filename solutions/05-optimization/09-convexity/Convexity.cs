using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Optimization;

/// <summary>
/// Reference solution: convexity checks (Jensen's inequality on sample points, a Hessian's positive semidefiniteness)
/// and the Euclidean projections onto a ball, a box and the probability simplex.
/// </summary>
public static class Convexity
{
    /// <summary>
    /// Checks f(θa + (1 − θ)b) ≤ θf(a) + (1 − θ)f(b) for every pair of points and θ = k/(steps + 1), k = 1 … steps,
    /// and returns the largest violation beyond tolerance·max(1, |chord|), or null.
    /// </summary>
    public static JensenViolation? FindJensenViolation(Func<double[], double> f, IReadOnlyList<double[]> points, int steps = 9, double tolerance = 1e-12)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2)
        {
            throw new ArgumentException($"Jensen's inequality needs at least two points, but there are {points.Count}.", nameof(points));
        }

        foreach (var point in points)
        {
            RequireVector(point, nameof(points));
            if (point.Length != points[0].Length)
            {
                throw new ArgumentException($"The points have different lengths ({point.Length} and {points[0].Length}).", nameof(points));
            }
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        if (!(tolerance >= 0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be non-negative and finite.");
        }

        var values = points.Select(p => f((double[])p.Clone())).ToArray();
        JensenViolation? worst = null;
        for (var i = 0; i < points.Count; i++)
        {
            for (var j = i + 1; j < points.Count; j++)
            {
                for (var k = 1; k <= steps; k++)
                {
                    var theta = (double)k / (steps + 1);
                    var mixture = new double[points[i].Length];
                    for (var d = 0; d < mixture.Length; d++)
                    {
                        mixture[d] = (theta * points[i][d]) + ((1 - theta) * points[j][d]);
                    }

                    var chord = (theta * values[i]) + ((1 - theta) * values[j]);
                    var gap = f(mixture) - chord;
                    if (gap > tolerance * Math.Max(1, Math.Abs(chord)) && (worst is null || gap > worst.Gap))
                    {
                        worst = new JensenViolation((double[])points[i].Clone(), (double[])points[j].Clone(), theta, gap);
                    }
                }
            }
        }

        return worst;
    }

    /// <summary>
    /// True when the symmetric matrix h has no eigenvalue below −tolerance·max|λᵢ| (a relative test, so the answer
    /// does not depend on the scale of h).
    /// </summary>
    public static bool IsPositiveSemidefinite(double[,] h, double tolerance = 1e-10)
    {
        ArgumentNullException.ThrowIfNull(h);
        var n = h.GetLength(0);
        if (n == 0 || h.GetLength(1) == 0)
        {
            throw new ArgumentException("The matrix is empty.", nameof(h));
        }

        if (h.GetLength(1) != n)
        {
            throw new ArgumentException($"The matrix is {n} × {h.GetLength(1)}, not square.", nameof(h));
        }

        if (!(tolerance >= 0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be non-negative and finite.");
        }

        var scale = 0.0;
        foreach (var entry in h)
        {
            if (!double.IsFinite(entry))
            {
                throw new ArgumentOutOfRangeException(nameof(h), "Every entry of the matrix must be finite.");
            }

            scale = Math.Max(scale, Math.Abs(entry));
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (Math.Abs(h[i, j] - h[j, i]) > tolerance * scale)
                {
                    throw new ArgumentException($"The matrix is not symmetric: entries [{i}, {j}] and [{j}, {i}] differ.", nameof(h));
                }
            }
        }

        // The eigenvalues of a symmetric matrix are real; positive semidefinite means none is negative.
        var eigenvalues = Matrix<double>.Build.DenseOfArray(h).Evd(Symmetricity.Symmetric).EigenValues.Select(e => e.Real).ToArray();
        var largest = eigenvalues.Max(Math.Abs);
        return eigenvalues.Min() >= -tolerance * largest;
    }

    /// <summary>The nearest point of the ball ‖z − c‖₂ ≤ r: x itself inside, c + r(x − c)/‖x − c‖ outside.</summary>
    public static double[] ProjectOntoBall(double[] x, double[] centre, double radius)
    {
        RequireVector(x, nameof(x));
        RequireVector(centre, nameof(centre));
        RequireSameLength(x, centre, nameof(centre));
        OptimizerGuard.RequirePositive(radius, nameof(radius));

        var offset = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            offset[i] = x[i] - centre[i];
        }

        var distance = OptimizerGuard.Norm(offset);
        if (distance <= radius)
        {
            return (double[])x.Clone();
        }

        var projection = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            projection[i] = centre[i] + (radius * (offset[i] / distance));
        }

        return projection;
    }

    /// <summary>The nearest point of the box l ≤ z ≤ u: each coordinate clipped to [lᵢ, uᵢ].</summary>
    public static double[] ProjectOntoBox(double[] x, double[] lower, double[] upper)
    {
        RequireVector(x, nameof(x));
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        RequireSameLength(x, lower, nameof(lower));
        RequireSameLength(x, upper, nameof(upper));
        for (var i = 0; i < x.Length; i++)
        {
            if (!(lower[i] <= upper[i]))
            {
                throw new ArgumentException($"The lower bound {lower[i]} exceeds the upper bound {upper[i]} in coordinate {i}: the box is empty.", nameof(lower));
            }
        }

        var projection = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            projection[i] = Math.Clamp(x[i], lower[i], upper[i]);
        }

        return projection;
    }

    /// <summary>
    /// The nearest point of the probability simplex {p ≥ 0, Σp = 1}: p = max(x − τ, 0), with τ found from the entries
    /// sorted in decreasing order (O(n log n)).
    /// </summary>
    public static double[] ProjectOntoSimplex(double[] x)
    {
        RequireVector(x, nameof(x));
        var sorted = x.OrderDescending().ToArray();

        // The support is the largest k with u_k > (u₁ + … + u_k − 1)/k; k = 1 always qualifies.
        var (sum, tau) = (0.0, 0.0);
        for (var k = 1; k <= sorted.Length; k++)
        {
            sum += sorted[k - 1];
            var candidate = (sum - 1) / k;
            if (sorted[k - 1] > candidate)
            {
                tau = candidate;
            }
        }

        return [.. x.Select(v => Math.Max(v - tau, 0))];
    }

    private static void RequireVector(double[] v, string name)
    {
        ArgumentNullException.ThrowIfNull(v, name);
        if (v.Length == 0)
        {
            throw new ArgumentException("The vector is empty.", name);
        }

        if (!v.All(double.IsFinite))
        {
            throw new ArgumentOutOfRangeException(name, "Every entry must be finite.");
        }
    }

    private static void RequireSameLength(double[] x, double[] other, string name)
    {
        if (other.Length != x.Length)
        {
            throw new ArgumentException($"The length {other.Length} differs from x's length {x.Length}.", name);
        }
    }
}
