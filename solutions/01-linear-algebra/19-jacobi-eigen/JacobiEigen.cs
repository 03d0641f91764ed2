namespace MathForML.LinearAlgebra;

/// <summary>
/// Reference solution: the cyclic Jacobi eigenvalue algorithm. Each rotation J zeroes one off-diagonal pair of
/// A ← JᵀAJ; sweeping over all pairs again and again drives the off-diagonal part to zero, the diagonal to the
/// eigenvalues, and the product of the rotations to the eigenvectors.
/// </summary>
public static class JacobiEigen
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>Relative asymmetry accepted: the rounding of a computed product such as QΛQᵀ, nothing more.</summary>
    private const double SymmetryTolerance = 1e-10;

    /// <summary>A = QΛQᵀ with ascending eigenvalues, by cyclic Jacobi rotations.</summary>
    public static SymmetricEigen Decompose(double[,] symmetric, int maxSweeps = 100)
    {
        ArgumentNullException.ThrowIfNull(symmetric);
        var n = symmetric.GetLength(0);
        if (n != symmetric.GetLength(1) || n == 0)
        {
            throw new ArgumentException($"The matrix must be square and non-empty; it is {n}×{symmetric.GetLength(1)}.", nameof(symmetric));
        }
        SystemsGuard.RequireSymmetric(symmetric, SymmetryTolerance, nameof(symmetric));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSweeps, 1);

        // Work on a copy, symmetrised so that rounding-level asymmetry cannot matter.
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                a[i, j] = (symmetric[i, j] / 2) + (symmetric[j, i] / 2);
            }
        }
        var q = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            q[i, i] = 1;
        }

        // Rotations are orthogonal, so ‖A‖_F never changes: stop when off(A) is rounding noise relative to it.
        var threshold = Epsilon * FrobeniusNorm(a, includeDiagonal: true);
        for (var sweep = 0; FrobeniusNorm(a, includeDiagonal: false) > threshold; sweep++)
        {
            if (sweep == maxSweeps)
            {
                throw new InvalidOperationException($"The Jacobi iteration did not converge in {maxSweeps} sweeps.");
            }
            for (var p = 0; p < n - 1; p++)
            {
                for (var r = p + 1; r < n; r++)
                {
                    Rotate(a, q, p, r);
                }
            }
        }

        var order = Enumerable.Range(0, n).OrderBy(i => a[i, i]).ToArray();
        var values = new double[n];
        var vectors = new double[n, n];
        for (var k = 0; k < n; k++)
        {
            values[k] = a[order[k], order[k]];
            for (var i = 0; i < n; i++)
            {
                vectors[i, k] = q[i, order[k]];
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    /// <summary>
    /// One Jacobi rotation in the (p, r) plane: choose c = cos φ, s = sin φ so that (JᵀAJ)ₚᵣ = 0, apply it to A
    /// (rows and columns p and r) and accumulate it into Q ← QJ.
    /// </summary>
    private static void Rotate(double[,] a, double[,] q, int p, int r)
    {
        var apr = a[p, r];
        if (apr == 0)
        {
            return;
        }

        // cot 2φ = θ = (aᵣᵣ − aₚₚ) / (2aₚᵣ); t = tan φ is the smaller root of t² + 2θt − 1 = 0 (|φ| ≤ π/4),
        // written without cancellation; Hypot keeps θ² from overflowing.
        var theta = (a[r, r] - a[p, p]) / (2 * apr);
        var t = (theta >= 0 ? 1 : -1) / (Math.Abs(theta) + double.Hypot(theta, 1));
        var c = 1 / Math.Sqrt((t * t) + 1);
        var s = t * c;
        var tau = s / (1 + c);

        var n = a.GetLength(0);
        a[p, p] -= t * apr;
        a[r, r] += t * apr;
        a[p, r] = 0;
        a[r, p] = 0;
        for (var k = 0; k < n; k++)
        {
            if (k != p && k != r)
            {
                // c·g − s·h and s·g + c·h, written as small corrections (τ = s/(1 + c)) to lose less to rounding.
                var (g, h) = (a[k, p], a[k, r]);
                a[k, p] = a[p, k] = g - (s * (h + (tau * g)));
                a[k, r] = a[r, k] = h + (s * (g - (tau * h)));
            }
            var (u, w) = (q[k, p], q[k, r]);
            q[k, p] = u - (s * (w + (tau * u)));
            q[k, r] = w + (s * (u - (tau * w)));
        }
    }

    /// <summary>√(Σ aᵢⱼ²) over all entries or only the off-diagonal ones, scaled so that squaring cannot overflow.</summary>
    private static double FrobeniusNorm(double[,] a, bool includeDiagonal)
    {
        var n = a.GetLength(0);
        var scale = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (includeDiagonal || i != j)
                {
                    scale = Math.Max(scale, Math.Abs(a[i, j]));
                }
            }
        }
        if (scale == 0)
        {
            return 0;
        }
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (includeDiagonal || i != j)
                {
                    var x = a[i, j] / scale;
                    sum += x * x;
                }
            }
        }
        return scale * Math.Sqrt(sum);
    }
}
