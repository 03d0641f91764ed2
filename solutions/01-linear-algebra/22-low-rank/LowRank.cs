namespace MathForML.LinearAlgebra;

/// <summary>
/// Reference solution: the Eckart–Young theorem. Keeping the k largest singular triplets of the SVD
/// (from <see cref="Svd"/>) gives the closest rank-k matrix in the Frobenius (and spectral) norm.
/// </summary>
public static class LowRank
{
    /// <summary>A_k = Σ_{i&lt;k} σᵢuᵢvᵢᵀ, the best approximation of rank at most k.</summary>
    public static double[,] Approximate(double[,] a, int rank)
    {
        ArgumentNullException.ThrowIfNull(a);
        var (m, n) = (a.GetLength(0), a.GetLength(1));
        ArgumentOutOfRangeException.ThrowIfNegative(rank);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, Math.Min(m, n));

        var svd = Svd.Decompose(a);
        var approximation = new double[m, n];
        for (var k = 0; k < rank; k++)
        {
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    approximation[i, j] += svd.SingularValues[k] * svd.U[i, k] * svd.V[j, k];
                }
            }
        }
        return approximation;
    }

    /// <summary>‖A − A_k‖_F = √(Σ_{i≥k} σᵢ²), the singular values the approximation drops.</summary>
    public static double FrobeniusError(double[] singularValues, int rank)
    {
        ArgumentNullException.ThrowIfNull(singularValues);
        ArgumentOutOfRangeException.ThrowIfNegative(rank);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rank, singularValues.Length);
        for (var i = 0; i < singularValues.Length; i++)
        {
            if (singularValues[i] < 0 || (i > 0 && singularValues[i] > singularValues[i - 1]))
            {
                throw new ArgumentException($"Singular values are non-negative and sorted in descending order; entry {i} is {singularValues[i]}.", nameof(singularValues));
            }
        }
        if (rank == singularValues.Length || singularValues[rank] == 0)
        {
            return 0;
        }

        // The dropped values are sorted, so σ_rank is the largest: divide by it before squaring (no overflow).
        var scale = singularValues[rank];
        var sum = 0.0;
        for (var i = rank; i < singularValues.Length; i++)
        {
            var x = singularValues[i] / scale;
            sum += x * x;
        }
        return scale * Math.Sqrt(sum);
    }
}
