using MathNet.Numerics.LinearAlgebra;

namespace MathForML.NumericalMethods;

/// <summary>Reference solution: condition numbers, Hilbert matrices, error amplification, normal matrices.</summary>
public static class Conditioning
{
    /// <summary>σmax/σmin.</summary>
    public static double ConditionNumber(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Length == 0)
        {
            throw new ArgumentException("The condition number of an empty matrix is undefined.", nameof(a));
        }

        if (a.GetLength(0) < a.GetLength(1))
        {
            throw new ArgumentException($"The matrix must have at least as many rows as columns; it is {a.GetLength(0)}x{a.GetLength(1)}.", nameof(a));
        }

        foreach (var entry in a)
        {
            if (!double.IsFinite(entry))
            {
                throw new ArgumentException("Every entry must be finite.", nameof(a));
            }
        }

        var singularValues = Matrix<double>.Build.DenseOfArray(a).Svd(computeVectors: false).S; // descending
        var smallest = singularValues[singularValues.Count - 1];
        return smallest == 0 ? double.PositiveInfinity : singularValues[0] / smallest;
    }

    /// <summary>H[i, j] = 1/(i + j + 1).</summary>
    public static double[,] Hilbert(int n)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var h = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                h[i, j] = 1.0 / (i + j + 1);
            }
        }

        return h;
    }

    /// <summary>(‖δx‖/‖x‖)/(‖δb‖/‖b‖).</summary>
    public static double Amplification(double[,] a, double[] b, double[] deltaB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(deltaB);
        var n = a.GetLength(0);
        if (n == 0 || a.GetLength(1) != n)
        {
            throw new ArgumentException($"The matrix must be square and non-empty; it is {a.GetLength(0)}x{a.GetLength(1)}.", nameof(a));
        }

        if (b.Length != n || deltaB.Length != n)
        {
            throw new ArgumentException($"b and δb need length {n}; they have {b.Length} and {deltaB.Length}.", b.Length != n ? nameof(b) : nameof(deltaB));
        }

        var (vb, vdb) = (Vector<double>.Build.DenseOfArray(b), Vector<double>.Build.DenseOfArray(deltaB));
        var (normB, normDeltaB) = (vb.L2Norm(), vdb.L2Norm());
        if (normB == 0 || normDeltaB == 0)
        {
            throw new ArgumentException("b and δb must not be zero: a relative change of zero is undefined.");
        }

        // δx solves A·δx = δb by linearity; subtracting two rounded solutions would bury a small δx in rounding error.
        var lu = Matrix<double>.Build.DenseOfArray(a).LU();
        var x = lu.Solve(vb);
        var deltaX = lu.Solve(vdb);
        return deltaX.L2Norm() / x.L2Norm() / (normDeltaB / normB);
    }

    /// <summary>AᵀA.</summary>
    public static double[,] NormalMatrix(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Length == 0)
        {
            throw new ArgumentException("The matrix is empty.", nameof(a));
        }

        var (m, n) = (a.GetLength(0), a.GetLength(1));
        var g = new double[n, n];
        for (var j = 0; j < n; j++)
        {
            for (var k = 0; k < n; k++)
            {
                var sum = 0.0;
                for (var i = 0; i < m; i++)
                {
                    sum += a[i, j] * a[i, k];
                }

                g[j, k] = sum; // the same products in the same order as g[k, j]: symmetric exactly
            }
        }

        return g;
    }
}
