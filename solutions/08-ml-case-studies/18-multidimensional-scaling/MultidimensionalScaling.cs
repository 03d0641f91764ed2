using MathNet.Numerics.LinearAlgebra;

namespace MathForML.CaseStudies;

/// <summary>Reference solution: squared distances, double centring and the classical MDS embedding.</summary>
public static class MultidimensionalScaling
{
    /// <summary>‖xᵢ − xⱼ‖².</summary>
    public static double[,] SquaredDistances(double[,] points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Length == 0)
        {
            throw new ArgumentException("There are no points (empty).", nameof(points));
        }

        var (n, d) = (points.GetLength(0), points.GetLength(1));
        var result = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                var sum = 0.0;
                for (var c = 0; c < d; c++)
                {
                    var difference = points[i, c] - points[j, c];
                    sum += difference * difference;
                }

                result[i, j] = result[j, i] = sum;
            }
        }

        return result;
    }

    /// <summary>B = −½(D²ᵢⱼ − rᵢ − rⱼ + g).</summary>
    public static double[,] DoubleCenter(double[,] squaredDistances)
    {
        Validate(squaredDistances);
        var n = squaredDistances.GetLength(0);
        var rowMeans = new double[n];
        var grand = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                rowMeans[i] += squaredDistances[i, j];
            }

            grand += rowMeans[i];
            rowMeans[i] /= n;
        }

        grand /= (double)n * n;

        // D² is symmetric, so the column means equal the row means.
        var b = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                b[i, j] = -0.5 * (squaredDistances[i, j] - rowMeans[i] - rowMeans[j] + grand);
            }
        }

        return b;
    }

    /// <summary>Columns √max(λ, 0)·v for the k largest eigenpairs of B.</summary>
    public static double[,] Embed(double[,] squaredDistances, int dimensions)
    {
        var b = DoubleCenter(squaredDistances);
        var n = b.GetLength(0);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, n);

        // MathNet's symmetric eigen-decomposition returns the eigenvalues in increasing order.
        var evd = Matrix<double>.Build.DenseOfArray(b).Evd(Symmetricity.Symmetric);
        var order = Enumerable.Range(0, n).OrderByDescending(i => evd.EigenValues[i].Real).Take(dimensions).ToArray();
        var coordinates = new double[n, dimensions];
        for (var c = 0; c < dimensions; c++)
        {
            var scale = Math.Sqrt(Math.Max(evd.EigenValues[order[c]].Real, 0));
            for (var i = 0; i < n; i++)
            {
                coordinates[i, c] = scale * evd.EigenVectors[i, order[c]];
            }
        }

        return coordinates;
    }

    private static void Validate(double[,] squaredDistances)
    {
        ArgumentNullException.ThrowIfNull(squaredDistances);
        var n = squaredDistances.GetLength(0);
        if (n == 0)
        {
            throw new ArgumentException("The distance matrix is empty.", nameof(squaredDistances));
        }

        if (squaredDistances.GetLength(1) != n)
        {
            throw new ArgumentException($"The distance matrix is not square: it is {n}×{squaredDistances.GetLength(1)}.", nameof(squaredDistances));
        }

        var largest = 0.0;
        foreach (var value in squaredDistances)
        {
            if (!double.IsFinite(value) || value < 0)
            {
                throw new ArgumentException("Squared distances must be finite and non-negative.", nameof(squaredDistances));
            }

            largest = Math.Max(largest, value);
        }

        for (var i = 0; i < n; i++)
        {
            if (squaredDistances[i, i] != 0)
            {
                throw new ArgumentException($"A point is at distance 0 from itself: the diagonal entry {i} must be 0.", nameof(squaredDistances));
            }

            for (var j = 0; j < i; j++)
            {
                if (Math.Abs(squaredDistances[i, j] - squaredDistances[j, i]) > 1e-9 * largest)
                {
                    throw new ArgumentException($"The distance matrix is not symmetric at ({i}, {j}).", nameof(squaredDistances));
                }
            }
        }
    }
}
