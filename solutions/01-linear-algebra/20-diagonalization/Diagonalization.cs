namespace MathForML.LinearAlgebra;

/// <summary>
/// Reference solution: A = PDP⁻¹ and what it buys — matrix powers Aᵏ = PDᵏP⁻¹ and matrix functions f(A) = Pf(D)P⁻¹.
/// Powers and functions use the symmetric case P = Q (orthogonal, from <see cref="JacobiEigen"/>), where P⁻¹ = Qᵀ.
/// </summary>
public static class Diagonalization
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>P·diag(d)·P⁻¹ for an invertible P; P⁻¹ by Gauss–Jordan elimination with partial pivoting.</summary>
    public static double[,] Reconstruct(double[,] p, double[] d)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(d);
        var n = p.GetLength(0);
        if (n != p.GetLength(1) || n == 0)
        {
            throw new ArgumentException($"P must be square and non-empty; it is {n}×{p.GetLength(1)}.", nameof(p));
        }
        if (d.Length != n)
        {
            throw new ArgumentException($"d has length {d.Length} but P is {n}×{n}: one eigenvalue per column of P.", nameof(d));
        }

        var inverse = Invert(p);
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                for (var k = 0; k < n; k++)
                {
                    a[i, j] += p[i, k] * d[k] * inverse[k, j];
                }
            }
        }
        return a;
    }

    /// <summary>Aᵏ = QΛᵏQᵀ for a symmetric A; k = 0 gives I, k &lt; 0 needs an invertible A.</summary>
    public static double[,] Power(double[,] symmetric, int k)
    {
        var eigen = JacobiEigen.Decompose(symmetric);
        if (k < 0)
        {
            // An eigenvalue that is rounding noise compared with the largest one counts as zero.
            var largest = eigen.Values.Max(Math.Abs);
            var smallest = eigen.Values.Min(Math.Abs);
            if (smallest <= eigen.Values.Length * Epsilon * largest)
            {
                throw new ArgumentException($"A negative power needs an invertible matrix, but this one is singular (an eigenvalue is {smallest:g3}).", nameof(symmetric));
            }
        }
        return Compose(eigen, eigen.Values.Select(lambda => Math.Pow(lambda, k)).ToArray());
    }

    /// <summary>f(A) = Q·f(Λ)·Qᵀ for a symmetric A: f applied to each eigenvalue, eigenvectors kept.</summary>
    public static double[,] Apply(double[,] symmetric, Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var eigen = JacobiEigen.Decompose(symmetric);
        var values = new double[eigen.Values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = f(eigen.Values[i]);
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"f is not defined at the eigenvalue {eigen.Values[i]:g6} (it returned {values[i]}).", nameof(f));
            }
        }
        return Compose(eigen, values);
    }

    /// <summary>Q·diag(values)·Qᵀ.</summary>
    private static double[,] Compose(SymmetricEigen eigen, double[] values)
    {
        var q = eigen.Vectors;
        var n = values.Length;
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                for (var k = 0; k < n; k++)
                {
                    a[i, j] += q[i, k] * values[k] * q[j, k];
                }
            }
        }
        return a;
    }

    /// <summary>P⁻¹ by Gauss–Jordan on [P | I] with partial pivoting.</summary>
    private static double[,] Invert(double[,] p)
    {
        var n = p.GetLength(0);
        var work = (double[,])p.Clone();
        var inverse = new double[n, n];
        var largest = 0.0;
        for (var i = 0; i < n; i++)
        {
            inverse[i, i] = 1;
            for (var j = 0; j < n; j++)
            {
                largest = Math.Max(largest, Math.Abs(p[i, j]));
            }
        }

        for (var col = 0; col < n; col++)
        {
            // Partial pivoting: the largest entry of the column (at or below the diagonal) becomes the pivot.
            var pivot = col;
            for (var i = col + 1; i < n; i++)
            {
                if (Math.Abs(work[i, col]) > Math.Abs(work[pivot, col]))
                {
                    pivot = i;
                }
            }
            if (Math.Abs(work[pivot, col]) <= n * Epsilon * largest)
            {
                throw new ArgumentException("P is singular: its columns are not independent eigenvectors, so P⁻¹ does not exist.", nameof(p));
            }
            SwapRows(work, pivot, col);
            SwapRows(inverse, pivot, col);

            var scale = work[col, col];
            for (var j = 0; j < n; j++)
            {
                work[col, j] /= scale;
                inverse[col, j] /= scale;
            }
            for (var i = 0; i < n; i++)
            {
                if (i != col)
                {
                    var factor = work[i, col];
                    for (var j = 0; j < n; j++)
                    {
                        work[i, j] -= factor * work[col, j];
                        inverse[i, j] -= factor * inverse[col, j];
                    }
                }
            }
        }
        return inverse;
    }

    private static void SwapRows(double[,] m, int a, int b)
    {
        for (var j = 0; j < m.GetLength(1); j++)
        {
            (m[a, j], m[b, j]) = (m[b, j], m[a, j]);
        }
    }
}
