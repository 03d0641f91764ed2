namespace MathForML.NumericalMethods;

/// <summary>Reference solution: Jacobi, Gauss–Seidel and conjugate gradients.</summary>
public static class IterativeSolvers
{
    /// <summary>Jacobi sweeps.</summary>
    public static double[] Jacobi(double[,] a, double[] b, double tolerance = 1e-10, int maxIterations = 10_000, IList<double>? residuals = null) =>
        Sweeps(a, b, tolerance, maxIterations, residuals, inPlace: false, "Jacobi");

    /// <summary>Gauss–Seidel sweeps.</summary>
    public static double[] GaussSeidel(double[,] a, double[] b, double tolerance = 1e-10, int maxIterations = 10_000, IList<double>? residuals = null) =>
        Sweeps(a, b, tolerance, maxIterations, residuals, inPlace: true, "Gauss–Seidel");

    /// <summary>Conjugate gradients.</summary>
    public static double[] ConjugateGradient(double[,] a, double[] b, double tolerance = 1e-10, int maxIterations = 1_000, IList<double>? residuals = null)
    {
        var n = Validate(a, b, tolerance, maxIterations);
        var largest = 0.0;
        foreach (var entry in a)
        {
            largest = Math.Max(largest, Math.Abs(entry));
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (Math.Abs(a[i, j] - a[j, i]) > 1e-12 * largest)
                {
                    throw new ArgumentException($"Conjugate gradients need a symmetric matrix: a[{i},{j}] ≠ a[{j},{i}].", nameof(a));
                }
            }
        }

        var x = new double[n];
        var normB = Norm(b);
        if (normB == 0)
        {
            return x;
        }

        var r = (double[])b.Clone(); // r = b − A·0
        var p = (double[])r.Clone();
        var rr = Dot(r, r);
        residuals?.Add(1);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var ap = Multiply(a, p);
            var curvature = Dot(p, ap);
            if (curvature <= 0)
            {
                throw new ArgumentException($"The matrix is not positive definite: pᵀAp = {curvature} ≤ 0.", nameof(a));
            }

            var alpha = rr / curvature; // the minimiser of the energy along p
            for (var i = 0; i < n; i++)
            {
                x[i] += alpha * p[i];
                r[i] -= alpha * ap[i];
            }

            var rrNext = Dot(r, r);
            var relative = Math.Sqrt(rrNext) / normB;
            residuals?.Add(relative);
            if (relative <= tolerance)
            {
                return x;
            }

            var beta = rrNext / rr; // keeps the new direction A-conjugate to the previous ones
            for (var i = 0; i < n; i++)
            {
                p[i] = r[i] + (beta * p[i]);
            }

            rr = rrNext;
        }

        throw new InvalidOperationException($"Conjugate gradients did not converge in {maxIterations} iterations.");
    }

    private static double[] Sweeps(double[,] a, double[] b, double tolerance, int maxIterations, IList<double>? residuals, bool inPlace, string name)
    {
        var n = Validate(a, b, tolerance, maxIterations);
        for (var i = 0; i < n; i++)
        {
            if (a[i, i] == 0)
            {
                throw new ArgumentException($"{name} divides by the diagonal, and a[{i},{i}] is zero.", nameof(a));
            }
        }

        var x = new double[n];
        var normB = Norm(b);
        if (normB == 0)
        {
            return x;
        }

        residuals?.Add(1);
        var next = new double[n];
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var target = inPlace ? x : next; // Gauss–Seidel writes into x at once; Jacobi reads only the old x
            for (var i = 0; i < n; i++)
            {
                var sum = b[i];
                for (var j = 0; j < n; j++)
                {
                    if (j != i)
                    {
                        sum -= a[i, j] * x[j];
                    }
                }

                target[i] = sum / a[i, i];
            }

            if (!inPlace)
            {
                (x, next) = (next, x);
            }

            var relative = Norm(Residual(a, b, x)) / normB;
            residuals?.Add(relative);
            if (relative <= tolerance)
            {
                return x;
            }
        }

        throw new InvalidOperationException($"{name} did not converge in {maxIterations} iterations.");
    }

    private static int Validate(double[,] a, double[] b, double tolerance, int maxIterations)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var n = a.GetLength(0);
        if (n == 0 || a.GetLength(1) != n)
        {
            throw new ArgumentException($"A must be square and non-empty; it is {a.GetLength(0)}x{a.GetLength(1)}.", nameof(a));
        }

        if (b.Length != n)
        {
            throw new ArgumentException($"b has length {b.Length} but A is {n}x{n}.", nameof(b));
        }

        foreach (var entry in a)
        {
            if (!double.IsFinite(entry))
            {
                throw new ArgumentException("Every entry of A must be finite.", nameof(a));
            }
        }

        if (!b.All(double.IsFinite))
        {
            throw new ArgumentException("Every entry of b must be finite.", nameof(b));
        }

        if (!(tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        return n;
    }

    private static double[] Residual(double[,] a, double[] b, double[] x)
    {
        var ax = Multiply(a, x);
        return [.. b.Select((bi, i) => bi - ax[i])];
    }

    private static double[] Multiply(double[,] a, double[] v)
    {
        var n = v.Length;
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += a[i, j] * v[j];
            }

            result[i] = sum;
        }

        return result;
    }

    private static double Dot(double[] u, double[] v)
    {
        var sum = 0.0;
        for (var i = 0; i < u.Length; i++)
        {
            sum += u[i] * v[i];
        }

        return sum;
    }

    private static double Norm(double[] v) => Math.Sqrt(Dot(v, v));
}
