namespace MathForML.Calculus;

/// <summary>Reference solution: the second-derivative test, with Jacobi eigenvalues.</summary>
public static class CriticalPoints
{
    // Machine epsilon, 2⁻⁵² (double.Epsilon is something else: the smallest positive double).
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>The one-variable second-derivative test.</summary>
    public static CriticalPointKind Classify1D(double secondDerivative, double tolerance = 1e-10)
    {
        if (!double.IsFinite(secondDerivative))
        {
            throw new ArgumentOutOfRangeException(nameof(secondDerivative), secondDerivative, "The second derivative must be finite.");
        }

        RequireTolerance(tolerance);
        return Classify([secondDerivative], tolerance);
    }

    /// <summary>Eigenvalues of a symmetric matrix, ascending, by cyclic Jacobi rotations.</summary>
    public static double[] SymmetricEigenvalues(double[,] symmetric, int maxSweeps = 100)
    {
        var scale = RequireSquareFinite(symmetric);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSweeps, 1);
        RequireSymmetric(symmetric, 1e-10 * scale);
        var n = symmetric.GetLength(0);
        if (scale == 0)
        {
            return new double[n];
        }

        // Work on the symmetric part scaled to entries of at most 1: no overflow in the squares below.
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                a[i, j] = 0.5 * (symmetric[i, j] + symmetric[j, i]) / scale;
            }
        }

        var threshold = n * Epsilon * FrobeniusNorm(a);
        for (var sweep = 0; OffDiagonalNorm(a) > threshold; sweep++)
        {
            if (sweep == maxSweeps)
            {
                throw new InvalidOperationException($"Jacobi eigenvalues did not converge in {maxSweeps} sweeps.");
            }

            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    Rotate(a, p, q);
                }
            }
        }

        var eigenvalues = new double[n];
        for (var i = 0; i < n; i++)
        {
            eigenvalues[i] = a[i, i] * scale;
        }

        Array.Sort(eigenvalues);
        return eigenvalues;
    }

    /// <summary>The second-derivative test from the signs of the Hessian's eigenvalues.</summary>
    public static CriticalPointKind ClassifyByHessian(double[,] hessian, double tolerance = 1e-10)
    {
        var scale = RequireSquareFinite(hessian);
        RequireTolerance(tolerance);
        RequireSymmetric(hessian, tolerance * Math.Max(1, scale));
        var n = hessian.GetLength(0);
        var symmetricPart = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                symmetricPart[i, j] = 0.5 * (hessian[i, j] + hessian[j, i]);
            }
        }

        return Classify(SymmetricEigenvalues(symmetricPart), tolerance);
    }

    private static CriticalPointKind Classify(double[] eigenvalues, double tolerance)
    {
        var largest = eigenvalues.Max(Math.Abs);
        var zero = tolerance * Math.Max(1, largest);
        var positive = eigenvalues.Any(l => l > zero);
        var negative = eigenvalues.Any(l => l < -zero);
        if (positive && negative)
        {
            return CriticalPointKind.Saddle;
        }

        if (eigenvalues.Any(l => Math.Abs(l) <= zero))
        {
            return CriticalPointKind.Inconclusive;
        }

        return positive ? CriticalPointKind.Minimum : CriticalPointKind.Maximum;
    }

    /// <summary>Applies the rotation JᵀAJ in the (p, q) plane that makes a[p, q] = a[q, p] = 0.</summary>
    private static void Rotate(double[,] a, int p, int q)
    {
        if (a[p, q] == 0)
        {
            return;
        }

        // cot 2φ = θ; t = tan φ is the smaller root of t² + 2θt − 1 = 0, which keeps the rotation angle ≤ π/4.
        var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        var t = (theta >= 0 ? 1 : -1) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        var c = 1 / Math.Sqrt((t * t) + 1);
        var s = t * c;
        var n = a.GetLength(0);
        for (var k = 0; k < n; k++)
        {
            // Columns p and q of A·J.
            var (kp, kq) = (a[k, p], a[k, q]);
            a[k, p] = (c * kp) - (s * kq);
            a[k, q] = (s * kp) + (c * kq);
        }

        for (var k = 0; k < n; k++)
        {
            // Rows p and q of Jᵀ·(AJ).
            var (pk, qk) = (a[p, k], a[q, k]);
            a[p, k] = (c * pk) - (s * qk);
            a[q, k] = (s * pk) + (c * qk);
        }

        // Exactly zero rather than a rounding residue.
        a[p, q] = 0;
        a[q, p] = 0;
    }

    private static double OffDiagonalNorm(double[,] a)
    {
        var sum = 0.0;
        var n = a.GetLength(0);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j)
                {
                    sum += a[i, j] * a[i, j];
                }
            }
        }

        return Math.Sqrt(sum);
    }

    private static double FrobeniusNorm(double[,] a)
    {
        var sum = 0.0;
        foreach (var entry in a)
        {
            sum += entry * entry;
        }

        return Math.Sqrt(sum);
    }

    /// <summary>Checks the matrix is non-empty, square and finite; returns its largest absolute entry.</summary>
    private static double RequireSquareFinite(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Length == 0)
        {
            throw new ArgumentException("The matrix is empty.", nameof(a));
        }

        if (a.GetLength(0) != a.GetLength(1))
        {
            throw new ArgumentException($"The matrix must be square, but it is {a.GetLength(0)}x{a.GetLength(1)}.", nameof(a));
        }

        var largest = 0.0;
        foreach (var entry in a)
        {
            if (!double.IsFinite(entry))
            {
                throw new ArgumentException($"Every entry must be finite, but one is {entry}.", nameof(a));
            }

            largest = Math.Max(largest, Math.Abs(entry));
        }

        return largest;
    }

    private static void RequireSymmetric(double[,] a, double allowed)
    {
        var n = a.GetLength(0);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (Math.Abs(a[i, j] - a[j, i]) > allowed)
                {
                    throw new ArgumentException($"The matrix is not symmetric: entry [{i}, {j}] is {a[i, j]} but [{j}, {i}] is {a[j, i]}.", nameof(a));
                }
            }
        }
    }

    private static void RequireTolerance(double tolerance)
    {
        if (double.IsNaN(tolerance) || tolerance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be non-negative.");
        }
    }
}
