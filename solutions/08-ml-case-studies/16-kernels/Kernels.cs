using MathNet.Numerics.LinearAlgebra;

namespace MathForML.CaseStudies;

/// <summary>Reference solution: linear, polynomial and RBF kernels, Gram matrices and kernel ridge regression.</summary>
public static class Kernels
{
    /// <summary>x·y.</summary>
    public static double Linear(double[] x, double[] y)
    {
        RequirePair(x, y);
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }

        return sum;
    }

    /// <summary>(x·y + c)^p.</summary>
    public static double Polynomial(double[] x, double[] y, int degree, double offset)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degree, 1);
        if (double.IsNaN(offset) || offset < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "The offset c must be non-negative.");
        }

        return Math.Pow(Linear(x, y) + offset, degree);
    }

    /// <summary>exp(−‖x − y‖²/(2ℓ²)).</summary>
    public static double Rbf(double[] x, double[] y, double lengthScale)
    {
        RequirePair(x, y);
        if (!double.IsFinite(lengthScale) || lengthScale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lengthScale), lengthScale, "The length scale must be positive and finite.");
        }

        // From the differences: ‖x‖² + ‖y‖² − 2x·y would cancel catastrophically for close points far from 0.
        var squared = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var difference = x[i] - y[i];
            squared += difference * difference;
        }

        return Math.Exp(-squared / (2 * lengthScale * lengthScale));
    }

    /// <summary>G[i, j] = k(xᵢ, xⱼ).</summary>
    public static double[,] Gram(double[,] points, Func<double[], double[], double> kernel)
    {
        RequirePoints(points, nameof(points));
        ArgumentNullException.ThrowIfNull(kernel);
        var n = points.GetLength(0);
        var rows = Enumerable.Range(0, n).Select(i => Row(points, i)).ToArray();
        var gram = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                gram[i, j] = gram[j, i] = kernel(rows[i], rows[j]);
            }
        }

        return gram;
    }

    /// <summary>α = (G + λI)⁻¹y.</summary>
    public static double[] FitRidge(double[,] gram, double[] targets, double lambda)
    {
        ArgumentNullException.ThrowIfNull(gram);
        ArgumentNullException.ThrowIfNull(targets);
        var n = gram.GetLength(0);
        if (n == 0)
        {
            throw new ArgumentException("The Gram matrix is empty.", nameof(gram));
        }

        if (gram.GetLength(1) != n)
        {
            throw new ArgumentException($"The Gram matrix must be square, not of shape {n}×{gram.GetLength(1)}.", nameof(gram));
        }

        if (targets.Length != n)
        {
            throw new ArgumentException($"There are {targets.Length} targets for {n} training points: the length must match.", nameof(targets));
        }

        if (double.IsNaN(lambda) || lambda < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be non-negative.");
        }

        var system = Matrix<double>.Build.DenseOfArray(gram) + (lambda * Matrix<double>.Build.DenseIdentity(n));

        // LU rather than Cholesky: with λ = 0 a Gram matrix may be only semi-definite, and rounding can make it fail.
        return system.Solve(Vector<double>.Build.DenseOfArray(targets)).ToArray();
    }

    /// <summary>Σᵢ αᵢ k(xᵢ, x).</summary>
    public static double[] PredictRidge(double[,] training, double[] alpha, double[,] queries, Func<double[], double[], double> kernel)
    {
        RequirePoints(training, nameof(training));
        RequirePoints(queries, nameof(queries));
        ArgumentNullException.ThrowIfNull(alpha);
        ArgumentNullException.ThrowIfNull(kernel);
        var n = training.GetLength(0);
        if (alpha.Length != n)
        {
            throw new ArgumentException($"α has length {alpha.Length} but there are {n} training points.", nameof(alpha));
        }

        if (queries.GetLength(1) != training.GetLength(1))
        {
            throw new ArgumentException("The queries must have the training points' length (columns).", nameof(queries));
        }

        var rows = Enumerable.Range(0, n).Select(i => Row(training, i)).ToArray();
        return
        [
            .. Enumerable.Range(0, queries.GetLength(0)).Select(q =>
            {
                var x = Row(queries, q);
                return Enumerable.Range(0, n).Sum(i => alpha[i] * kernel(rows[i], x));
            }),
        ];
    }

    private static double[] Row(double[,] a, int i) => [.. Enumerable.Range(0, a.GetLength(1)).Select(j => a[i, j])];

    private static void RequirePoints(double[,] points, string name)
    {
        ArgumentNullException.ThrowIfNull(points, name);
        if (points.Length == 0)
        {
            throw new ArgumentException("There are no points (empty).", name);
        }
    }

    private static void RequirePair(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"The points have different length ({x.Length} and {y.Length}).", nameof(y));
        }

        if (x.Length == 0)
        {
            throw new ArgumentException("The points are empty.", nameof(x));
        }
    }
}
