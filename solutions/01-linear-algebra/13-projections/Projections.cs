namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: orthogonal projections onto a line and onto the column space of a matrix.</summary>
public static class Projections
{
    /// <summary>The projection of v onto the line through u: (v·u / u·u) u.</summary>
    /// <param name="v">The vector to project.</param>
    /// <param name="onto">The direction u, non-zero, of the same length.</param>
    /// <returns>The projection, a multiple of u.</returns>
    public static double[] OntoVector(double[] v, double[] onto)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(onto);
        if (v.Length != onto.Length)
        {
            throw new ArgumentException($"The vectors must have the same length, but have length {v.Length} and {onto.Length}.", nameof(onto));
        }
        var scale = 0.0;
        foreach (var x in onto)
        {
            scale = Math.Max(scale, Math.Abs(x));
        }
        if (scale == 0)
        {
            throw new ArgumentException("Cannot project onto the zero vector: it spans no line.", nameof(onto));
        }

        // Divide u by its largest entry first: (v·u / u·u) u is unchanged by rescaling u, and u·u can no
        // longer overflow (entries of 1e200 would square to infinity).
        var u = onto.Select(x => x / scale).ToArray();
        var vu = 0.0;
        var uu = 0.0;
        for (var i = 0; i < u.Length; i++)
        {
            vu += v[i] * u[i];
            uu += u[i] * u[i];
        }
        var coefficient = vu / uu;
        return u.Select(x => coefficient * x).ToArray();
    }

    /// <summary>P = A(AᵀA)⁻¹Aᵀ, computed as QQᵀ from an orthonormal basis Q of the column space (no inverse is formed).</summary>
    /// <param name="a">An m×n matrix with linearly independent columns (so n ≤ m).</param>
    /// <returns>The symmetric m×m projection matrix.</returns>
    public static double[,] ProjectionMatrix(double[,] a)
    {
        var q = OrthonormalColumns(a, nameof(a));
        var (m, n) = (q.GetLength(0), q.GetLength(1));
        var p = new double[m, m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                for (var k = 0; k < n; k++)
                {
                    p[i, j] += q[i, k] * q[j, k];
                }
            }
        }
        return p;
    }

    /// <summary>The point of the column space of A closest to v: Pv = Q(Qᵀv).</summary>
    /// <param name="a">An m×n matrix with linearly independent columns.</param>
    /// <param name="v">A vector of length m.</param>
    /// <returns>The projection of v, of length m.</returns>
    public static double[] OntoColumnSpace(double[,] a, double[] v)
    {
        var q = OrthonormalColumns(a, nameof(a));
        var (m, n) = (q.GetLength(0), q.GetLength(1));
        SystemsGuard.RequireLength(v, m, nameof(v));
        var projection = new double[m];
        for (var k = 0; k < n; k++)
        {
            // Add the component of v along the k-th orthonormal direction: (qₖ·v) qₖ.
            var component = 0.0;
            for (var i = 0; i < m; i++)
            {
                component += q[i, k] * v[i];
            }
            for (var i = 0; i < m; i++)
            {
                projection[i] += component * q[i, k];
            }
        }
        return projection;
    }

    // Modified Gram–Schmidt, run twice per column ("twice is enough") so Q stays orthonormal to rounding level.
    // A column whose remainder after removing the previous directions is at most 100 · m · ε of its own
    // length is a combination of them (the factor 100 is a safety margin, as in RankAndBasis): A is rank-deficient.
    private static double[,] OrthonormalColumns(double[,] a, string name)
    {
        // With more columns than rows (n > m) the remainder of column m is always (numerically) zero: rank < n.
        var (m, n) = SystemsGuard.RequireNonEmpty(a, name);
        var q = new double[m, n];
        for (var k = 0; k < n; k++)
        {
            var column = new double[m];
            for (var i = 0; i < m; i++)
            {
                column[i] = a[i, k];
            }
            var original = Norm(column);
            for (var pass = 0; pass < 2; pass++)
            {
                for (var j = 0; j < k; j++)
                {
                    var overlap = 0.0;
                    for (var i = 0; i < m; i++)
                    {
                        overlap += q[i, j] * column[i];
                    }
                    for (var i = 0; i < m; i++)
                    {
                        column[i] -= overlap * q[i, j];
                    }
                }
            }
            var remainder = Norm(column);
            if (remainder <= 100 * SystemsGuard.Negligible(original, m))
            {
                throw new ArgumentException($"The matrix does not have full column rank: column {k} is a combination of the columns before it.", name);
            }
            for (var i = 0; i < m; i++)
            {
                q[i, k] = column[i] / remainder;
            }
        }
        return q;
    }

    // ‖x‖₂ computed as s·√(Σ (xᵢ/s)²) with s = max |xᵢ|, so huge entries do not overflow.
    private static double Norm(double[] x)
    {
        var scale = x.Max(Math.Abs);
        if (scale == 0)
        {
            return 0;
        }
        var sum = 0.0;
        foreach (var value in x)
        {
            sum += value / scale * (value / scale);
        }
        return scale * Math.Sqrt(sum);
    }
}
