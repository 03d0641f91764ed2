namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: the Cholesky factorisation A = LLᵀ of a symmetric positive definite matrix.</summary>
public static class Cholesky
{
    /// <summary>The lower triangular L with positive diagonal and A = LLᵀ.</summary>
    /// <param name="a">A symmetric positive definite matrix (not modified).</param>
    /// <returns>L, a new n×n array with zeros above the diagonal.</returns>
    public static double[,] Decompose(double[,] a)
    {
        var n = SystemsGuard.RequireSquare(a, nameof(a));
        if (!IsSymmetric(a, n))
        {
            throw new ArgumentException("The matrix is not symmetric, so it has no Cholesky factorisation.", nameof(a));
        }
        return TryFactor(a, n) ?? throw new ArgumentException("The matrix is not positive definite (a pivot aᵢᵢ − Σₖ lᵢₖ² is not positive).", nameof(a));
    }

    /// <summary>Whether A is symmetric and positive definite (xᵀAx &gt; 0 for every x ≠ 0), decided by attempting the factorisation.</summary>
    /// <param name="a">A square matrix.</param>
    /// <returns>True when the Cholesky factorisation succeeds.</returns>
    public static bool IsPositiveDefinite(double[,] a)
    {
        var n = SystemsGuard.RequireSquare(a, nameof(a));
        return IsSymmetric(a, n) && TryFactor(a, n) is not null;
    }

    /// <summary>Solves Ax = b for SPD A: A = LLᵀ, then Ly = b (forward) and Lᵀx = y (back substitution).</summary>
    /// <param name="a">A symmetric positive definite matrix.</param>
    /// <param name="b">The right-hand side, one entry per row.</param>
    /// <returns>The solution x.</returns>
    public static double[] Solve(double[,] a, double[] b)
    {
        var l = Decompose(a);
        var n = l.GetLength(0);
        var transposed = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                transposed[i, j] = l[j, i];
            }
        }
        var y = GaussianElimination.ForwardSubstitution(l, b); // also rejects a b of the wrong length
        return GaussianElimination.BackSubstitution(transposed, y);
    }

    // |aᵢⱼ − aⱼᵢ| ≤ n · ε · max|a|: equal up to rounding, whatever the scale.
    private static bool IsSymmetric(double[,] a, int n)
    {
        var negligible = SystemsGuard.Negligible(SystemsGuard.MaxAbs(a), n);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (Math.Abs(a[i, j] - a[j, i]) > negligible)
                {
                    return false;
                }
            }
        }
        return true;
    }

    // Column by column: lⱼⱼ = √(aⱼⱼ − Σₖ<ⱼ lⱼₖ²) and lᵢⱼ = (aᵢⱼ − Σₖ<ⱼ lᵢₖlⱼₖ) / lⱼⱼ for i > j.
    // Returns null when a pivot aⱼⱼ − Σ lⱼₖ² is not clearly positive (≤ n · ε · max|a|): A is not positive definite,
    // or so close to singular that rounding cannot tell.
    private static double[,]? TryFactor(double[,] a, int n)
    {
        var negligible = SystemsGuard.Negligible(SystemsGuard.MaxAbs(a), n);
        var l = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            var pivot = a[j, j];
            for (var k = 0; k < j; k++)
            {
                pivot -= l[j, k] * l[j, k];
            }
            if (!(pivot > negligible))
            {
                return null;
            }
            l[j, j] = Math.Sqrt(pivot);

            for (var i = j + 1; i < n; i++)
            {
                var sum = a[i, j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[i, k] * l[j, k];
                }
                l[i, j] = sum / l[j, j];
            }
        }
        return l;
    }
}
