namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: reduced row echelon form, rank, pivot columns, independence and span.</summary>
public static class RankAndBasis
{
    private const double SafetyFactor = 100;

    /// <summary>The reduced row echelon form of A: leading 1s, zeros above and below each of them, zero rows last.</summary>
    /// <param name="a">Any non-empty matrix (not modified).</param>
    /// <returns>A new matrix of the same shape.</returns>
    public static double[,] ReducedRowEchelonForm(double[,] a) => Reduce(a, nameof(a)).Rref;

    /// <summary>The rank: the number of pivots, which is the dimension of the column space (and of the row space).</summary>
    /// <param name="a">Any non-empty matrix.</param>
    /// <returns>The rank, between 0 and min(rows, columns).</returns>
    public static int Rank(double[,] a) => Reduce(a, nameof(a)).Pivots.Length;

    /// <summary>The indices of the pivot columns, in increasing order: those columns of A are a basis of its column space.</summary>
    /// <param name="a">Any non-empty matrix.</param>
    /// <returns>The pivot column indices.</returns>
    public static int[] PivotColumns(double[,] a) => Reduce(a, nameof(a)).Pivots;

    /// <summary>Whether only the trivial combination of the vectors is 0: the matrix with them as columns has full column rank.</summary>
    /// <param name="vectors">A non-empty set of vectors of one common, non-zero length.</param>
    /// <returns>True when the vectors are linearly independent.</returns>
    public static bool AreLinearlyIndependent(double[][] vectors) =>
        Rank(SystemsGuard.Columns(vectors, nameof(vectors))) == vectors.Length;

    /// <summary>Whether v is a linear combination of the vectors: appending v as a column does not raise the rank.</summary>
    /// <param name="vectors">A non-empty set of vectors of one common, non-zero length.</param>
    /// <param name="v">The vector to test, of the same length.</param>
    /// <returns>True when v lies in span(vectors).</returns>
    public static bool IsInSpan(double[][] vectors, double[] v)
    {
        var span = SystemsGuard.Columns(vectors, nameof(vectors));
        var augmented = SystemsGuard.Columns([.. vectors, v], nameof(v)); // rejects a null v or one of another length
        return Rank(augmented) == Rank(span);
    }

    // Gauss–Jordan with partial pivoting. An entry counts as zero when |x| ≤ 100 · max(m, n) · ε · ‖A‖∞, where ‖A‖∞ is
    // the largest absolute row sum. MATLAB's rref uses the same rule without the factor 100; the safety factor is there
    // because a small (but genuine) pivot amplifies the rounding residues of the columns after it.
    private static (double[,] Rref, int[] Pivots) Reduce(double[,] a, string name)
    {
        var (rows, columns) = SystemsGuard.RequireNonEmpty(a, name);
        var negligible = SafetyFactor * SystemsGuard.Negligible(InfinityNorm(a), Math.Max(rows, columns));
        var r = (double[,])a.Clone();
        var pivots = new List<int>();

        var row = 0;
        for (var column = 0; column < columns && row < rows; column++)
        {
            var p = SystemsGuard.PivotRow(r, column, row);
            if (Math.Abs(r[p, column]) <= negligible)
            {
                // No pivot here: this column is a combination of the pivot columns to its left. Clean its residues.
                for (var i = row; i < rows; i++)
                {
                    r[i, column] = 0;
                }
                continue;
            }

            SystemsGuard.SwapRows(r, p, row);
            var pivot = r[row, column];
            for (var j = column; j < columns; j++)
            {
                r[row, j] /= pivot;
            }
            r[row, column] = 1;

            for (var i = 0; i < rows; i++)
            {
                if (i == row)
                {
                    continue;
                }
                var factor = r[i, column];
                for (var j = column; j < columns; j++)
                {
                    r[i, j] -= factor * r[row, j];
                }
                r[i, column] = 0;
            }
            pivots.Add(column);
            row++;
        }
        return (r, pivots.ToArray());
    }

    // ‖A‖∞ = maxᵢ Σⱼ |aᵢⱼ|.
    private static double InfinityNorm(double[,] a)
    {
        var norm = 0.0;
        for (var i = 0; i < a.GetLength(0); i++)
        {
            var rowSum = 0.0;
            for (var j = 0; j < a.GetLength(1); j++)
            {
                rowSum += Math.Abs(a[i, j]);
            }
            norm = Math.Max(norm, rowSum);
        }
        return norm;
    }
}
