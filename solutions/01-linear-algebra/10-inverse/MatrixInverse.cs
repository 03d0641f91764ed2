namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: the inverse by Gauss–Jordan elimination with partial pivoting on [A | I].</summary>
public static class MatrixInverse
{
    /// <summary>A⁻¹, by reducing [A | I] to [I | A⁻¹] with row operations.</summary>
    /// <param name="a">A square, non-singular matrix (not modified).</param>
    /// <returns>The inverse, a new n×n array.</returns>
    public static double[,] Invert(double[,] a)
    {
        var n = SystemsGuard.RequireSquare(a, nameof(a));
        var negligible = SystemsGuard.Negligible(SystemsGuard.MaxAbs(a), n);
        var left = (double[,])a.Clone();
        var right = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            right[i, i] = 1;
        }

        for (var k = 0; k < n; k++)
        {
            var p = SystemsGuard.PivotRow(left, k, k);
            if (Math.Abs(left[p, k]) <= negligible)
            {
                throw new ArgumentException($"The matrix is singular (to working precision): no usable pivot in column {k}.", nameof(a));
            }
            // Every row operation is applied to both halves: [A | I] → [EA | EI], and EA = I means E = A⁻¹.
            SystemsGuard.SwapRows(left, p, k);
            SystemsGuard.SwapRows(right, p, k);

            var pivot = left[k, k];
            for (var j = 0; j < n; j++)
            {
                left[k, j] /= pivot;
                right[k, j] /= pivot;
            }

            // Clear column k in every other row, above the pivot as well as below (that is the "Jordan" part).
            for (var i = 0; i < n; i++)
            {
                if (i == k)
                {
                    continue;
                }
                var factor = left[i, k];
                for (var j = 0; j < n; j++)
                {
                    left[i, j] -= factor * left[k, j];
                    right[i, j] -= factor * right[k, j];
                }
            }
        }
        return right;
    }
}
