namespace MathForML.LinearAlgebra;

/// <summary>
/// Reference solution: one-sided Jacobi (Hestenes). Rotating pairs of columns of W = AV until every pair is
/// orthogonal gives W = UΣ: the column lengths are the singular values and the normalised columns are U.
/// </summary>
public static class Svd
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>A = U·diag(σ)·Vᵀ by one-sided Jacobi rotations.</summary>
    public static SvdFactors Decompose(double[,] a, int maxSweeps = 100)
    {
        ArgumentNullException.ThrowIfNull(a);
        var (m, n) = (a.GetLength(0), a.GetLength(1));
        if (m == 0 || n == 0)
        {
            throw new ArgumentException($"The matrix is empty ({m}×{n}).", nameof(a));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSweeps, 1);
        if (m < n)
        {
            // Aᵀ = U'ΣV'ᵀ gives A = V'ΣU'ᵀ: swap the roles of the two factors.
            var transposed = Decompose(Transpose(a), maxSweeps);
            return new SvdFactors(transposed.V, transposed.SingularValues, transposed.U);
        }

        // Work on W = A / max|aᵢⱼ| (so no squared column length can overflow) and V = I; keep W = (A/scale)·V.
        var scale = 0.0;
        foreach (var entry in a)
        {
            scale = Math.Max(scale, Math.Abs(entry));
        }
        var w = new double[m, n];
        var v = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            v[j, j] = 1;
            for (var i = 0; i < m; i++)
            {
                w[i, j] = scale == 0 ? 0 : a[i, j] / scale;
            }
        }

        var converged = false;
        for (var sweep = 0; sweep < maxSweeps && !converged; sweep++)
        {
            converged = true;
            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    converged &= !Orthogonalize(w, v, p, q);
                }
            }
        }
        if (!converged)
        {
            throw new InvalidOperationException($"One-sided Jacobi did not converge in {maxSweeps} sweeps.");
        }

        // The columns of W are now orthogonal: σⱼ = ‖wⱼ‖, uⱼ = wⱼ/σⱼ. Sort by σ, largest first.
        var lengths = new double[n];
        for (var j = 0; j < n; j++)
        {
            lengths[j] = ColumnNorm(w, j);
        }
        var order = Enumerable.Range(0, n).OrderByDescending(j => lengths[j]).ToArray();
        var sigma = new double[n];
        var u = new double[m, n];
        var vSorted = new double[n, n];
        // A column shorter than this is rounding noise: its direction means nothing, so U gets a completed one.
        var negligible = Math.Max(m, n) * Epsilon * lengths[order[0]];
        for (var k = 0; k < n; k++)
        {
            var j = order[k];
            sigma[k] = lengths[j] * scale;
            for (var i = 0; i < n; i++)
            {
                vSorted[i, k] = v[i, j];
            }
            if (lengths[j] > negligible)
            {
                for (var i = 0; i < m; i++)
                {
                    u[i, k] = w[i, j] / lengths[j];
                }
            }
            else
            {
                CompleteColumn(u, k);
            }
        }
        return new SvdFactors(u, sigma, vSorted);
    }

    /// <summary>
    /// Rotates columns p and q of W (and of V, to keep W = AV) so that they become orthogonal.
    /// Returns false when they already are, to working precision.
    /// </summary>
    private static bool Orthogonalize(double[,] w, double[,] v, int p, int q)
    {
        var m = w.GetLength(0);
        double alpha = 0, beta = 0, gamma = 0;
        for (var i = 0; i < m; i++)
        {
            alpha += w[i, p] * w[i, p];
            beta += w[i, q] * w[i, q];
            gamma += w[i, p] * w[i, q];
        }
        if (Math.Abs(gamma) <= m * Epsilon * Math.Sqrt(alpha * beta))
        {
            return false;
        }

        // The same rotation as symmetric Jacobi, applied to the 2×2 Gram matrix [[α, γ], [γ, β]] of the pair.
        var zeta = (beta - alpha) / (2 * gamma);
        var t = (zeta >= 0 ? 1 : -1) / (Math.Abs(zeta) + double.Hypot(zeta, 1));
        var c = 1 / Math.Sqrt((t * t) + 1);
        var s = c * t;
        RotateColumns(w, p, q, c, s);
        RotateColumns(v, p, q, c, s);
        return true;
    }

    private static void RotateColumns(double[,] x, int p, int q, double c, double s)
    {
        for (var i = 0; i < x.GetLength(0); i++)
        {
            var (xp, xq) = (x[i, p], x[i, q]);
            x[i, p] = (c * xp) - (s * xq);
            x[i, q] = (s * xp) + (c * xq);
        }
    }

    /// <summary>
    /// Fills column k of U with a unit vector orthogonal to columns 0 … k − 1: the standard basis vector that keeps
    /// the most length after removing those directions (twice, so rounding leaves no trace of them).
    /// </summary>
    private static void CompleteColumn(double[,] u, int k)
    {
        var m = u.GetLength(0);
        var best = new double[m];
        var bestLength = -1.0;
        for (var e = 0; e < m; e++)
        {
            var candidate = new double[m];
            candidate[e] = 1;
            for (var pass = 0; pass < 2; pass++)
            {
                for (var j = 0; j < k; j++)
                {
                    var dot = 0.0;
                    for (var i = 0; i < m; i++)
                    {
                        dot += u[i, j] * candidate[i];
                    }
                    for (var i = 0; i < m; i++)
                    {
                        candidate[i] -= dot * u[i, j];
                    }
                }
            }
            var length = Math.Sqrt(candidate.Sum(x => x * x));
            if (length > bestLength)
            {
                (best, bestLength) = (candidate, length);
            }
        }
        for (var i = 0; i < m; i++)
        {
            u[i, k] = best[i] / bestLength;
        }
    }

    private static double ColumnNorm(double[,] w, int j)
    {
        var sum = 0.0;
        for (var i = 0; i < w.GetLength(0); i++)
        {
            sum += w[i, j] * w[i, j];
        }
        return Math.Sqrt(sum);
    }

    private static double[,] Transpose(double[,] a)
    {
        var t = new double[a.GetLength(1), a.GetLength(0)];
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                t[j, i] = a[i, j];
            }
        }
        return t;
    }
}
