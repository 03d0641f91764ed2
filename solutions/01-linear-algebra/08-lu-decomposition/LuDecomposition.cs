namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: LU decomposition with partial pivoting, and solving with the factors.</summary>
public static class LuDecomposition
{
    /// <summary>Factors PA = LU with partial pivoting. Every square matrix has such a factorisation, singular ones included.</summary>
    /// <param name="a">A square matrix (not modified).</param>
    /// <returns>L, U and the row permutation.</returns>
    public static LuFactors Decompose(double[,] a)
    {
        var n = SystemsGuard.RequireSquare(a, nameof(a));
        var upper = (double[,])a.Clone();
        var lower = new double[n, n];
        var permutation = Enumerable.Range(0, n).ToArray();

        for (var k = 0; k < n; k++)
        {
            // Swap the largest |uᵢₖ| (i ≥ k) onto the diagonal. The multipliers already stored in L (its first k
            // columns; the rest is still zero) and the permutation move with it, so PA = LU stays true after the swap.
            var p = SystemsGuard.PivotRow(upper, k, k);
            SystemsGuard.SwapRows(upper, p, k);
            SystemsGuard.SwapRows(lower, p, k);
            (permutation[p], permutation[k]) = (permutation[k], permutation[p]);
            lower[k, k] = 1;

            // A column that is exactly zero from the diagonal down needs no elimination (and would divide 0 by 0).
            if (upper[k, k] == 0)
            {
                continue;
            }
            for (var i = k + 1; i < n; i++)
            {
                // The multiplier lᵢₖ = uᵢₖ / uₖₖ records "row i −= lᵢₖ · row k"; |lᵢₖ| ≤ 1 thanks to the pivoting.
                var m = upper[i, k] / upper[k, k];
                lower[i, k] = m;
                upper[i, k] = 0;
                for (var j = k + 1; j < n; j++)
                {
                    upper[i, j] -= m * upper[k, j];
                }
            }
        }
        return new LuFactors(lower, upper, permutation);
    }

    /// <summary>
    /// Solves Ax = b from PA = LU: Ly = Pb by forward substitution, then Ux = y by back substitution
    /// (the triangular solves of <see cref="GaussianElimination"/>).
    /// </summary>
    /// <param name="lu">Factors from <see cref="Decompose"/>.</param>
    /// <param name="b">The right-hand side, one entry per row of A (not modified).</param>
    /// <returns>The solution x.</returns>
    public static double[] Solve(LuFactors lu, double[] b)
    {
        ArgumentNullException.ThrowIfNull(lu);
        var n = SystemsGuard.RequireSquare(lu.Upper, nameof(lu));
        SystemsGuard.RequireLength(b, n, nameof(b));

        // (Pb)ᵢ = b[Permutation[i]]: the right-hand side gets the same row swaps as A.
        var permuted = new double[n];
        for (var i = 0; i < n; i++)
        {
            permuted[i] = b[lu.Permutation[i]];
        }
        var y = GaussianElimination.ForwardSubstitution(lu.Lower, permuted);
        return GaussianElimination.BackSubstitution(lu.Upper, y);
    }
}
