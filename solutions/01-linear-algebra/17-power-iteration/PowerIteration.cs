using System.Runtime.CompilerServices;

namespace MathForML.LinearAlgebra;

/// <summary>
/// Reference solution: power iteration xₖ₊₁ = Axₖ / ‖Axₖ‖ with the Rayleigh quotient as the eigenvalue estimate,
/// stopped when the residual ‖Ax − λx‖ is small compared with ‖A‖_F, and deflation for the next eigenpairs.
/// </summary>
public static class PowerIteration
{
    /// <summary>r(x) = xᵀAx / xᵀx for a non-zero x.</summary>
    public static double RayleighQuotient(double[,] a, double[] x)
    {
        RequireSquare(a);
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length != a.GetLength(0))
        {
            throw new ArgumentException($"x has length {x.Length} but the matrix is {a.GetLength(0)}×{a.GetLength(1)}.", nameof(x));
        }
        var largest = x.Max(Math.Abs);
        if (largest == 0)
        {
            throw new ArgumentException("The Rayleigh quotient of the zero vector is undefined (0/0).", nameof(x));
        }

        // r(x) does not change when x is scaled, so scale it to entries of at most 1: xᵀx cannot overflow.
        var y = x.Select(xi => xi / largest).ToArray();
        return Dot(y, Multiply(a, y)) / Dot(y, y);
    }

    /// <summary>The eigenpair of largest |λ| by power iteration.</summary>
    public static Eigenpair Dominant(double[,] a, int maxIterations = 10_000, double tolerance = 1e-12)
    {
        RequireSquare(a);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        if (!(tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive.");
        }

        var n = a.GetLength(0);
        var scale = FrobeniusNorm(a);
        var x = StartVector(n);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var y = Multiply(a, x);
            var value = Dot(x, y); // the Rayleigh quotient, since ‖x‖ = 1
            var residual = Norm(y.Select((yi, i) => yi - value * x[i]).ToArray());
            if (residual <= tolerance * scale)
            {
                return new Eigenpair(value, WithLargestEntryPositive(x));
            }
            // residual > 0 means y ≠ λx, so y ≠ 0 and can be normalised.
            var length = Norm(y);
            x = y.Select(yi => yi / length).ToArray();
        }
        throw new InvalidOperationException(
            $"Power iteration did not converge in {maxIterations} iterations: the matrix may have no single dominant eigenvalue (|λ₁| = |λ₂|, or a complex pair).");
    }

    /// <summary>The k eigenpairs of largest |λ| of a symmetric matrix, by power iteration and deflation A ← A − λvvᵀ.</summary>
    public static Eigenpair[] Top(double[,] symmetric, int k, int maxIterations = 10_000, double tolerance = 1e-12)
    {
        RequireSquare(symmetric);
        SystemsGuard.RequireSymmetric(symmetric, SymmetryTolerance, nameof(symmetric));
        var n = symmetric.GetLength(0);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);

        var b = (double[,])symmetric.Clone();
        var pairs = new Eigenpair[k];
        for (var found = 0; found < k; found++)
        {
            var pair = Dominant(b, maxIterations, tolerance);
            pairs[found] = pair;
            // Deflation: remove λvvᵀ, so the found eigenvalue becomes 0 and the others are untouched.
            var v = pair.Vector;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    b[i, j] -= pair.Value * v[i] * v[j];
                }
            }
        }
        return pairs;
    }

    /// <summary>Relative asymmetry accepted by Top: the rounding of a computed product such as QΛQᵀ, nothing more.</summary>
    private const double SymmetryTolerance = 1e-10;

    /// <summary>
    /// A fixed unit start vector with no special structure (entries from the golden-ratio sequence), so that it is
    /// almost never orthogonal to the dominant eigenvector; a fixed start keeps the results reproducible.
    /// </summary>
    private static double[] StartVector(int n)
    {
        var golden = (1 + Math.Sqrt(5)) / 2;
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            var t = (i + 1) * golden;
            x[i] = 0.5 + (t - Math.Floor(t));
        }
        var length = Norm(x);
        return x.Select(xi => xi / length).ToArray();
    }

    /// <summary>The sign convention: flip v if its largest-magnitude entry (the first, on ties) is negative.</summary>
    private static double[] WithLargestEntryPositive(double[] v)
    {
        var index = 0;
        for (var i = 1; i < v.Length; i++)
        {
            if (Math.Abs(v[i]) > Math.Abs(v[index]))
            {
                index = i;
            }
        }
        return v[index] < 0 ? v.Select(vi => -vi).ToArray() : v;
    }

    private static void RequireSquare(double[,] a, [CallerArgumentExpression(nameof(a))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(a, name);
        if (a.GetLength(0) != a.GetLength(1) || a.Length == 0)
        {
            throw new ArgumentException($"The matrix must be square and non-empty; it is {a.GetLength(0)}×{a.GetLength(1)}.", name);
        }
    }

    private static double[] Multiply(double[,] a, double[] x)
    {
        var y = new double[a.GetLength(0)];
        for (var i = 0; i < y.Length; i++)
        {
            for (var j = 0; j < x.Length; j++)
            {
                y[i] += a[i, j] * x[j];
            }
        }
        return y;
    }

    private static double Dot(double[] x, double[] y)
    {
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += x[i] * y[i];
        }
        return sum;
    }

    /// <summary>‖v‖₂, scaled by the largest entry so that squaring cannot overflow.</summary>
    private static double Norm(double[] v)
    {
        var scale = v.Max(Math.Abs);
        return scale == 0 ? 0 : scale * Math.Sqrt(v.Sum(x => (x / scale) * (x / scale)));
    }

    private static double FrobeniusNorm(double[,] a) => Norm(a.Cast<double>().ToArray());
}
