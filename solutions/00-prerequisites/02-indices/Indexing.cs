namespace MathForML.Prerequisites;

/// <summary>Reference solution: argmax/argmin and row/column sums.</summary>
public static class Indexing
{
    /// <summary>The index of the largest entry, first on ties.</summary>
    public static int ArgMax(double[] values) => BestIndex(values, (candidate, best) => candidate > best);

    /// <summary>The index of the smallest entry, first on ties.</summary>
    public static int ArgMin(double[] values) => BestIndex(values, (candidate, best) => candidate < best);

    /// <summary>rᵢ = Σⱼ aᵢⱼ.</summary>
    public static double[] RowSums(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var sums = new double[matrix.GetLength(0)];
        for (var i = 0; i < matrix.GetLength(0); i++)
        {
            for (var j = 0; j < matrix.GetLength(1); j++)
            {
                sums[i] += matrix[i, j];
            }
        }
        return sums;
    }

    /// <summary>cⱼ = Σᵢ aᵢⱼ.</summary>
    public static double[] ColumnSums(double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var sums = new double[matrix.GetLength(1)];
        for (var i = 0; i < matrix.GetLength(0); i++)
        {
            for (var j = 0; j < matrix.GetLength(1); j++)
            {
                sums[j] += matrix[i, j];
            }
        }
        return sums;
    }

    // A strict comparison keeps the first index on ties: a later equal value never replaces it.
    private static int BestIndex(double[] values, Func<double, double, bool> isBetter)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException("An empty array has no best entry.", nameof(values));
        }
        if (Array.Exists(values, double.IsNaN))
        {
            throw new ArgumentException("The values contain NaN, which cannot be ordered.", nameof(values));
        }
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (isBetter(values[i], values[best]))
            {
                best = i;
            }
        }
        return best;
    }
}
