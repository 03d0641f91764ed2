namespace MathForML.Prerequisites;

/// <summary>
/// Index conventions. <c>argmax</c> and <c>argmin</c> return a position (a C# array index, from 0), not a value;
/// a matrix <c>double[,] a</c> is read as a[i, j] with i the row and j the column.
/// </summary>
/// <remarks>Lesson: katas/00-prerequisites/02-indices/README.md</remarks>
public static class Indexing
{
    /// <summary>
    /// argmaxᵢ xᵢ: the index of the largest entry. On ties the first (smallest) index wins.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="values"/> is empty (message says "empty"), or holds NaN, which has no place in the order (message says "NaN").
    /// </exception>
    public static int ArgMax(double[] values)
    {
        // TODO: remember the best index so far; move it only on a strictly larger value.
        throw new NotImplementedException("TODO Indexing.ArgMax: return the index of the largest entry (first one on ties).");
    }

    /// <summary>
    /// argminᵢ xᵢ: the index of the smallest entry. On ties the first (smallest) index wins.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty ("empty") or holds NaN ("NaN").</exception>
    public static int ArgMin(double[] values)
    {
        // TODO: the mirror image of ArgMax.
        throw new NotImplementedException("TODO Indexing.ArgMin: return the index of the smallest entry (first one on ties).");
    }

    /// <summary>
    /// The row sums rᵢ = Σⱼ aᵢⱼ of an m×n matrix: one entry per row (length m).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static double[] RowSums(double[,] matrix)
    {
        // TODO: for each row i, add up matrix[i, j] over the columns j.
        throw new NotImplementedException("TODO Indexing.RowSums: return rᵢ = Σⱼ aᵢⱼ, one sum per row.");
    }

    /// <summary>
    /// The column sums cⱼ = Σᵢ aᵢⱼ of an m×n matrix: one entry per column (length n).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static double[] ColumnSums(double[,] matrix)
    {
        // TODO: for each column j, add up matrix[i, j] over the rows i.
        throw new NotImplementedException("TODO Indexing.ColumnSums: return cⱼ = Σᵢ aᵢⱼ, one sum per column.");
    }
}
