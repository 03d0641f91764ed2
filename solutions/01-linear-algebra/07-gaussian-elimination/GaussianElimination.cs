namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: triangular solves and Gaussian elimination with partial pivoting.</summary>
public static class GaussianElimination
{
    /// <summary>Solves Ux = b for an upper triangular U by back substitution, last unknown first.</summary>
    /// <param name="upper">A square matrix; only the diagonal and the entries above it are read.</param>
    /// <param name="b">The right-hand side, one entry per row.</param>
    /// <returns>The solution x.</returns>
    public static double[] BackSubstitution(double[,] upper, double[] b)
    {
        var n = SystemsGuard.RequireSquare(upper, nameof(upper));
        SystemsGuard.RequireLength(b, n, nameof(b));
        RequireNonSingularDiagonal(upper, TriangleScale(upper, isUpper: true), nameof(upper));

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            // xᵢ = (bᵢ − Σ_{j>i} uᵢⱼ xⱼ) / uᵢᵢ: every xⱼ with j > i is already known.
            var sum = b[i];
            for (var j = i + 1; j < n; j++)
            {
                sum -= upper[i, j] * x[j];
            }
            x[i] = sum / upper[i, i];
        }
        return x;
    }

    /// <summary>Solves Lx = b for a lower triangular L by forward substitution, first unknown first.</summary>
    /// <param name="lower">A square matrix; only the diagonal and the entries below it are read.</param>
    /// <param name="b">The right-hand side, one entry per row.</param>
    /// <returns>The solution x.</returns>
    public static double[] ForwardSubstitution(double[,] lower, double[] b)
    {
        var n = SystemsGuard.RequireSquare(lower, nameof(lower));
        SystemsGuard.RequireLength(b, n, nameof(b));
        RequireNonSingularDiagonal(lower, TriangleScale(lower, isUpper: false), nameof(lower));

        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            // xᵢ = (bᵢ − Σ_{j<i} lᵢⱼ xⱼ) / lᵢᵢ: every xⱼ with j < i is already known.
            var sum = b[i];
            for (var j = 0; j < i; j++)
            {
                sum -= lower[i, j] * x[j];
            }
            x[i] = sum / lower[i, i];
        }
        return x;
    }

    /// <summary>Solves Ax = b by Gaussian elimination with partial pivoting, then back substitution.</summary>
    /// <param name="a">A square, non-singular matrix (not modified).</param>
    /// <param name="b">The right-hand side, one entry per row (not modified).</param>
    /// <returns>The solution x.</returns>
    public static double[] Solve(double[,] a, double[] b)
    {
        var n = SystemsGuard.RequireSquare(a, nameof(a));
        SystemsGuard.RequireLength(b, n, nameof(b));
        var negligible = SystemsGuard.Negligible(SystemsGuard.MaxAbs(a), n);

        // Work on copies of A and b: the elimination overwrites them with U and the transformed right-hand side.
        var u = (double[,])a.Clone();
        var y = (double[])b.Clone();
        for (var k = 0; k < n; k++)
        {
            // Partial pivoting: bring the largest |uᵢₖ| (i ≥ k) to the diagonal, so every multiplier has |m| ≤ 1.
            var p = SystemsGuard.PivotRow(u, k, k);
            if (Math.Abs(u[p, k]) <= negligible)
            {
                throw new ArgumentException($"The matrix is singular (to working precision): no usable pivot in column {k}.", nameof(a));
            }
            SystemsGuard.SwapRows(u, p, k);
            (y[p], y[k]) = (y[k], y[p]);

            for (var i = k + 1; i < n; i++)
            {
                // Row i −= m · row k removes uᵢₖ. The entries below the diagonal are never read again.
                var m = u[i, k] / u[k, k];
                for (var j = k + 1; j < n; j++)
                {
                    u[i, j] -= m * u[k, j];
                }
                y[i] -= m * y[k];
            }
        }
        return BackSubstitution(u, y);
    }

    // The scale of a triangular matrix is its largest entry inside the triangle that is read.
    private static double TriangleScale(double[,] t, bool isUpper)
    {
        var n = t.GetLength(0);
        var max = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var inTriangle = isUpper ? j >= i : j <= i;
                if (inTriangle)
                {
                    max = Math.Max(max, Math.Abs(t[i, j]));
                }
            }
        }
        return max;
    }

    private static void RequireNonSingularDiagonal(double[,] t, double scale, string name)
    {
        var n = t.GetLength(0);
        var negligible = SystemsGuard.Negligible(scale, n);
        for (var i = 0; i < n; i++)
        {
            if (Math.Abs(t[i, i]) <= negligible)
            {
                throw new ArgumentException($"The triangular matrix is singular: its diagonal entry [{i}, {i}] is {t[i, i]:g3}.", name);
            }
        }
    }
}
