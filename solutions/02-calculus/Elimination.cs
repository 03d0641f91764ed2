namespace MathForML.Calculus;

/// <summary>
/// Gaussian elimination with partial pivoting, shared by the references that need a linear solve
/// (Newton's step H·s = −g and the KKT system of Lagrange multipliers). Each caller reports a
/// singular system in its own words.
/// </summary>
internal static class Elimination
{
    /// <summary>Machine epsilon, 2⁻⁵²: the relative spacing of doubles near 1.</summary>
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>
    /// Solves a·x = b, or returns null when a pivot is no larger than n·ε·max|aᵢⱼ| (singular to working
    /// precision; relative, so scaling the whole system changes no decision). a and b are not modified.
    /// </summary>
    public static double[]? TrySolve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var r = (double[])b.Clone();
        var largest = 0.0;
        foreach (var entry in m)
        {
            largest = Math.Max(largest, Math.Abs(entry));
        }

        var threshold = n * Epsilon * largest;
        for (var k = 0; k < n; k++)
        {
            // Partial pivoting: the largest entry of column k on or below the diagonal becomes the pivot
            // (a KKT matrix has a zero block, so zero diagonal entries are certain without it).
            var pivot = k;
            for (var i = k + 1; i < n; i++)
            {
                if (Math.Abs(m[i, k]) > Math.Abs(m[pivot, k]))
                {
                    pivot = i;
                }
            }

            if (Math.Abs(m[pivot, k]) <= threshold)
            {
                return null;
            }

            if (pivot != k)
            {
                for (var j = 0; j < n; j++)
                {
                    (m[k, j], m[pivot, j]) = (m[pivot, j], m[k, j]);
                }

                (r[k], r[pivot]) = (r[pivot], r[k]);
            }

            for (var i = k + 1; i < n; i++)
            {
                var factor = m[i, k] / m[k, k];
                for (var j = k; j < n; j++)
                {
                    m[i, j] -= factor * m[k, j];
                }

                r[i] -= factor * r[k];
            }
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = r[i];
            for (var j = i + 1; j < n; j++)
            {
                sum -= m[i, j] * x[j];
            }

            x[i] = sum / m[i, i];
        }

        return x;
    }
}
