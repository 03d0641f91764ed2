using MathNet.Numerics.LinearAlgebra;

namespace MathForML.NumericalMethods;

/// <summary>Reference solution: least squares by normal equations, MGS, Householder (plain and refined) and the SVD.</summary>
public static class LeastSquares
{
    /// <summary>Solve AᵀA·x = Aᵀy.</summary>
    public static double[] NormalEquations(double[,] a, double[] y)
    {
        var (m, n) = Validate(a, y);
        var g = new double[n, n];
        var rhs = new double[n];
        for (var j = 0; j < n; j++)
        {
            for (var k = 0; k < n; k++)
            {
                var sum = 0.0;
                for (var i = 0; i < m; i++)
                {
                    sum += a[i, j] * a[i, k];
                }

                g[j, k] = sum;
            }

            var t = 0.0;
            for (var i = 0; i < m; i++)
            {
                t += a[i, j] * y[i];
            }

            rhs[j] = t;
        }

        return SolveByElimination(g, rhs);
    }

    /// <summary>Modified Gram–Schmidt QR, with y orthogonalised alongside the columns.</summary>
    public static double[] ModifiedGramSchmidt(double[,] a, double[] y)
    {
        var (m, n) = Validate(a, y);
        var scale = PowerOfTwoScales(a);
        var q = new double[m, n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                q[i, j] = a[i, j] / scale[j];
            }
        }

        var r = new double[n, n];
        var z = (double[])y.Clone();
        var c = new double[n];
        for (var k = 0; k < n; k++)
        {
            var norm = 0.0;
            for (var i = 0; i < m; i++)
            {
                norm += q[i, k] * q[i, k];
            }

            norm = Math.Sqrt(norm);
            if (norm == 0)
            {
                throw new InvalidOperationException($"The columns are linearly dependent (rank deficient at column {k}).");
            }

            r[k, k] = norm;
            for (var i = 0; i < m; i++)
            {
                q[i, k] /= norm;
            }

            // Modified: project the CURRENT (already partly orthogonalised) columns, and y, onto q_k at once.
            for (var j = k + 1; j < n; j++)
            {
                var dot = 0.0;
                for (var i = 0; i < m; i++)
                {
                    dot += q[i, k] * q[i, j];
                }

                r[k, j] = dot;
                for (var i = 0; i < m; i++)
                {
                    q[i, j] -= dot * q[i, k];
                }
            }

            var projection = 0.0;
            for (var i = 0; i < m; i++)
            {
                projection += q[i, k] * z[i];
            }

            c[k] = projection;
            for (var i = 0; i < m; i++)
            {
                z[i] -= projection * q[i, k];
            }
        }

        return Unscale(BackSubstitute(r, c), scale);
    }

    /// <summary>Householder QR of the column-scaled matrix.</summary>
    public static double[] Householder(double[,] a, double[] y)
    {
        Validate(a, y);
        return new HouseholderQr(a).Solve(y);
    }

    /// <summary>Householder QR plus one step of refinement with a compensated residual.</summary>
    public static double[] RefinedHouseholder(double[,] a, double[] y)
    {
        var (m, n) = Validate(a, y);
        var qr = new HouseholderQr(a);
        var x = qr.Solve(y);
        // r = y − A·x with every product and sum error-free (FMA for products, TwoSum for sums): the residual is
        // a small difference of large numbers, and its leading digits are exactly what rounding would destroy.
        var residual = new double[m];
        for (var i = 0; i < m; i++)
        {
            var (sum, error) = (y[i], 0.0);
            for (var j = 0; j < n; j++)
            {
                var product = -a[i, j] * x[j];
                var productError = Math.FusedMultiplyAdd(-a[i, j], x[j], -product); // exactly −a·x − fl(−a·x)
                var next = sum + product;
                var virtualProduct = next - sum;
                error += (sum - (next - virtualProduct)) + (product - virtualProduct) + productError; // TwoSum's exact error
                sum = next;
            }

            residual[i] = sum + error;
        }

        // x* − x = A⁺(y − A·x): the same factorisation gives the correction.
        var correction = qr.Solve(residual);
        for (var j = 0; j < n; j++)
        {
            x[j] += correction[j];
        }

        return x;
    }

    /// <summary>x = V·Σ⁻¹·Uᵀy from MathNet's SVD of the column-scaled matrix.</summary>
    public static double[] Svd(double[,] a, double[] y)
    {
        var (m, n) = Validate(a, y);
        var scale = PowerOfTwoScales(a);
        var scaled = Matrix<double>.Build.Dense(m, n, (i, j) => a[i, j] / scale[j]);
        var svd = scaled.Svd(computeVectors: true);
        if (svd.S[n - 1] == 0)
        {
            throw new InvalidOperationException("The columns are linearly dependent (rank deficient): a singular value is 0.");
        }

        var x = new double[n];
        for (var k = 0; k < n; k++)
        {
            var coordinate = svd.U.Column(k).DotProduct(Vector<double>.Build.DenseOfArray(y)) / svd.S[k];
            for (var j = 0; j < n; j++)
            {
                x[j] += svd.VT[k, j] * coordinate;
            }
        }

        return Unscale(x, scale);
    }

    /// <summary>A Householder QR factorisation of A·D⁻¹, D = diag(power-of-two column scales), kept to solve for several right-hand sides.</summary>
    private sealed class HouseholderQr
    {
        private readonly double[,] _r;       // R above the diagonal; the reflectors' vectors below and on it (in _v)
        private readonly double[][] _v;
        private readonly double[] _scale;
        private readonly int _m;
        private readonly int _n;

        public HouseholderQr(double[,] a)
        {
            (_m, _n) = (a.GetLength(0), a.GetLength(1));
            _scale = PowerOfTwoScales(a);
            _r = new double[_m, _n];
            for (var i = 0; i < _m; i++)
            {
                for (var j = 0; j < _n; j++)
                {
                    _r[i, j] = a[i, j] / _scale[j];
                }
            }

            _v = new double[_n][];
            for (var k = 0; k < _n; k++)
            {
                var norm = 0.0;
                for (var i = k; i < _m; i++)
                {
                    norm += _r[i, k] * _r[i, k];
                }

                norm = Math.Sqrt(norm);
                if (norm == 0)
                {
                    throw new InvalidOperationException($"The columns are linearly dependent (rank deficient at column {k}).");
                }

                // Reflect column k onto −sign(r_kk)·‖·‖·e_k: v = x − α·e_k with α of the opposite sign, so no cancellation.
                var alpha = _r[k, k] >= 0 ? -norm : norm;
                var v = new double[_m];
                for (var i = k; i < _m; i++)
                {
                    v[i] = _r[i, k];
                }

                v[k] -= alpha;
                _v[k] = v;
                for (var j = k; j < _n; j++)
                {
                    Reflect(v, k, j);
                }
            }
        }

        public double[] Solve(double[] y)
        {
            var b = (double[])y.Clone();
            for (var k = 0; k < _n; k++)
            {
                var v = _v[k];
                var (dot, vv) = (0.0, 0.0);
                for (var i = k; i < _m; i++)
                {
                    dot += v[i] * b[i];
                    vv += v[i] * v[i];
                }

                var factor = dot * 2 / vv;
                for (var i = k; i < _m; i++)
                {
                    b[i] -= factor * v[i];
                }
            }

            return Unscale(BackSubstitute(_r, b), _scale); // reads only R, the upper triangle of the first n rows
        }

        private void Reflect(double[] v, int k, int column)
        {
            var (dot, vv) = (0.0, 0.0);
            for (var i = k; i < _m; i++)
            {
                dot += v[i] * _r[i, column];
                vv += v[i] * v[i];
            }

            var factor = dot * 2 / vv;
            for (var i = k; i < _m; i++)
            {
                _r[i, column] -= factor * v[i];
            }
        }
    }

    /// <summary>Each column's 2-norm rounded to a power of two: dividing by it is exact and brings every column near unit length.</summary>
    private static double[] PowerOfTwoScales(double[,] a)
    {
        var (m, n) = (a.GetLength(0), a.GetLength(1));
        var scales = new double[n];
        for (var j = 0; j < n; j++)
        {
            var largest = 0.0;
            for (var i = 0; i < m; i++)
            {
                largest = Math.Max(largest, Math.Abs(a[i, j]));
            }

            var sum = 0.0;
            for (var i = 0; i < m; i++)
            {
                sum += (a[i, j] / largest) * (a[i, j] / largest); // scaled by the largest entry: no overflow
            }

            scales[j] = Math.ScaleB(1, (int)Math.Round(Math.Log2(largest * Math.Sqrt(sum))));
        }

        return scales;
    }

    private static double[] Unscale(double[] x, double[] scale)
    {
        for (var j = 0; j < x.Length; j++)
        {
            x[j] /= scale[j];
        }

        return x;
    }

    /// <summary>Solves the upper-triangular R·x = c (only the upper triangle of r's first n rows and the first n entries of c are used).</summary>
    private static double[] BackSubstitute(double[,] r, double[] c)
    {
        var n = r.GetLength(1);
        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = c[i];
            for (var j = i + 1; j < n; j++)
            {
                sum -= r[i, j] * x[j];
            }

            x[i] = sum / r[i, i];
        }

        return x;
    }

    /// <summary>Gaussian elimination with partial pivoting on a copy.</summary>
    private static double[] SolveByElimination(double[,] g, double[] rhs)
    {
        var n = rhs.Length;
        for (var k = 0; k < n; k++)
        {
            var pivot = k;
            for (var i = k + 1; i < n; i++)
            {
                if (Math.Abs(g[i, k]) > Math.Abs(g[pivot, k]))
                {
                    pivot = i;
                }
            }

            if (g[pivot, k] == 0)
            {
                throw new InvalidOperationException($"The normal matrix is singular: the columns are linearly dependent (rank deficient at column {k}).");
            }

            if (pivot != k)
            {
                for (var j = 0; j < n; j++)
                {
                    (g[k, j], g[pivot, j]) = (g[pivot, j], g[k, j]);
                }

                (rhs[k], rhs[pivot]) = (rhs[pivot], rhs[k]);
            }

            for (var i = k + 1; i < n; i++)
            {
                var factor = g[i, k] / g[k, k];
                for (var j = k; j < n; j++)
                {
                    g[i, j] -= factor * g[k, j];
                }

                rhs[i] -= factor * rhs[k];
            }
        }

        return BackSubstitute(g, rhs);
    }

    private static (int Rows, int Columns) Validate(double[,] a, double[] y)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(y);
        var (m, n) = (a.GetLength(0), a.GetLength(1));
        if (m == 0 || n == 0)
        {
            throw new ArgumentException("The design matrix is empty.", nameof(a));
        }

        if (m < n)
        {
            throw new ArgumentException($"Least squares needs at least as many rows as columns; A is {m}x{n}.", nameof(a));
        }

        if (y.Length != m)
        {
            throw new ArgumentException($"y has length {y.Length} but A has {m} rows.", nameof(y));
        }

        foreach (var entry in a)
        {
            if (!double.IsFinite(entry))
            {
                throw new ArgumentException("Every entry of A must be finite.", nameof(a));
            }
        }

        if (!y.All(double.IsFinite))
        {
            throw new ArgumentException("Every entry of y must be finite.", nameof(y));
        }

        for (var j = 0; j < n; j++)
        {
            var zero = true;
            for (var i = 0; i < m && zero; i++)
            {
                zero = a[i, j] == 0;
            }

            if (zero)
            {
                throw new ArgumentException($"Column {j} is zero: the columns are linearly dependent (rank deficient).", nameof(a));
            }
        }

        return (m, n);
    }
}
