namespace MathForML.LinearAlgebra;

/// <summary>
/// Input checks and the scale-aware "negligible" threshold shared by the reference solutions of the
/// linear-systems katas (elimination, LU, determinants, inverse, rank, bases, projections, Cholesky).
/// </summary>
internal static class SystemsGuard
{
    /// <summary>
    /// Machine epsilon, 2⁻⁵² ≈ 2.2e-16: the gap between 1 and the next double, so the relative rounding
    /// error of one operation is at most ε/2. (Not <see cref="double.Epsilon"/>, which is the smallest
    /// subnormal number, about 4.9e-324.)
    /// </summary>
    public const double MachineEpsilon = 2.220446049250313e-16;

    /// <summary>
    /// The size below which a pivot (or a residual) cannot be told apart from rounding error in a
    /// computation on numbers of magnitude <paramref name="scale"/> over <paramref name="size"/> rows:
    /// size · ε · scale. Relative, so multiplying the whole matrix by 10⁶ or 10⁻⁶ changes no decision.
    /// </summary>
    public static double Negligible(double scale, int size) => size * MachineEpsilon * scale;

    /// <summary>Rejects a null or empty matrix and returns its shape.</summary>
    public static (int Rows, int Columns) RequireNonEmpty(double[,] a, string name)
    {
        ArgumentNullException.ThrowIfNull(a, name);
        if (a.Length == 0)
        {
            throw new ArgumentException($"The matrix is empty ({a.GetLength(0)}x{a.GetLength(1)}).", name);
        }
        return (a.GetLength(0), a.GetLength(1));
    }

    /// <summary>Rejects a null, empty or non-square matrix and returns its size n.</summary>
    public static int RequireSquare(double[,] a, string name)
    {
        var (rows, columns) = RequireNonEmpty(a, name);
        if (rows != columns)
        {
            throw new ArgumentException($"The matrix must be square, but it is {rows}x{columns}.", name);
        }
        return rows;
    }

    /// <summary>Rejects a null vector or one whose length is not <paramref name="length"/>.</summary>
    public static void RequireLength(double[] v, int length, string name)
    {
        ArgumentNullException.ThrowIfNull(v, name);
        if (v.Length != length)
        {
            throw new ArgumentException($"The vector has length {v.Length}, but {length} entries are needed.", name);
        }
    }

    /// <summary>The largest absolute entry, max |aᵢⱼ| (0 for a zero matrix).</summary>
    public static double MaxAbs(double[,] a)
    {
        var max = 0.0;
        foreach (var value in a)
        {
            max = Math.Max(max, Math.Abs(value));
        }
        return max;
    }

    /// <summary>
    /// Refuses a matrix that is not symmetric: |aᵢⱼ − aⱼᵢ| may not exceed <paramref name="relativeTolerance"/> · max |aₖₗ|
    /// (relative, so the check means the same at any scale). The message names the first pair that differs.
    /// </summary>
    public static void RequireSymmetric(double[,] a, double relativeTolerance, string name)
    {
        var allowed = relativeTolerance * MaxAbs(a);
        var n = a.GetLength(0);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (Math.Abs(a[i, j] - a[j, i]) > allowed)
                {
                    throw new ArgumentException($"The matrix is not symmetric: a[{i}, {j}] = {a[i, j]} but a[{j}, {i}] = {a[j, i]}.", name);
                }
            }
        }
    }

    /// <summary>The row index p ≥ <paramref name="fromRow"/> whose entry in <paramref name="column"/> is largest in absolute value (first on ties).</summary>
    public static int PivotRow(double[,] a, int column, int fromRow)
    {
        var best = fromRow;
        for (var i = fromRow + 1; i < a.GetLength(0); i++)
        {
            if (Math.Abs(a[i, column]) > Math.Abs(a[best, column]))
            {
                best = i;
            }
        }
        return best;
    }

    /// <summary>Swaps rows r and s of a matrix in place.</summary>
    public static void SwapRows(double[,] a, int r, int s)
    {
        for (var j = 0; j < a.GetLength(1); j++)
        {
            (a[r, j], a[s, j]) = (a[s, j], a[r, j]);
        }
    }

    /// <summary>Stacks vectors of equal length as the columns of a new matrix: column j is vectors[j].</summary>
    public static double[,] Columns(double[][] vectors, string name)
    {
        ArgumentNullException.ThrowIfNull(vectors, name);
        if (vectors.Length == 0)
        {
            throw new ArgumentException("The set of vectors is empty.", name);
        }
        foreach (var vector in vectors)
        {
            ArgumentNullException.ThrowIfNull(vector, name);
        }
        // Vectors of length 0 give a 0×k matrix, which the rank computation rejects as empty.
        var length = vectors[0].Length;
        if (Array.Exists(vectors, v => v.Length != length))
        {
            throw new ArgumentException($"All vectors must have the same length; the first has length {length}.", name);
        }

        var matrix = new double[length, vectors.Length];
        for (var j = 0; j < vectors.Length; j++)
        {
            for (var i = 0; i < length; i++)
            {
                matrix[i, j] = vectors[j][i];
            }
        }
        return matrix;
    }
}
