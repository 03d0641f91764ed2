using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace MathForML.Verification;

/// <summary>
/// Independent reference results from MathNet.Numerics, for tests that compare a kata's hand-written
/// algorithm with a trusted library. Thin wrappers: plain arrays in, plain arrays out.
/// </summary>
public static class Oracle
{
    /// <summary>Copies a two-dimensional array into a MathNet dense matrix.</summary>
    /// <param name="a">The matrix entries, rows × columns.</param>
    /// <returns>A new matrix; later changes to <paramref name="a"/> do not affect it.</returns>
    public static Matrix<double> ToMatrix(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return Matrix<double>.Build.DenseOfArray(a);
    }

    /// <summary>Copies an array into a MathNet dense vector.</summary>
    /// <param name="v">The vector entries.</param>
    /// <returns>A new vector; later changes to <paramref name="v"/> do not affect it.</returns>
    public static Vector<double> ToVector(double[] v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return Vector<double>.Build.DenseOfArray(v);
    }

    /// <summary>The Euclidean norm ‖v‖₂ = √(Σᵢ vᵢ²), computed by MathNet.</summary>
    /// <param name="v">The vector entries.</param>
    /// <returns>‖v‖₂ ≥ 0.</returns>
    public static double Norm(double[] v) => ToVector(v).L2Norm();

    /// <summary>Solves the square system <c>A x = b</c> by LU decomposition with partial pivoting.</summary>
    /// <param name="a">A square, non-singular matrix.</param>
    /// <param name="b">The right-hand side, one entry per row of <paramref name="a"/>.</param>
    /// <returns>The solution <c>x</c>.</returns>
    /// <exception cref="ArgumentException">The shapes do not fit, or the matrix is singular (the solution is not finite).</exception>
    public static double[] Solve(double[,] a, double[] b)
    {
        RequireSquare(a);
        ArgumentNullException.ThrowIfNull(b);
        if (b.Length != a.GetLength(0))
        {
            throw new ArgumentException($"b has {b.Length} entries but the matrix has {a.GetLength(0)} rows.", nameof(b));
        }

        var x = ToMatrix(a).LU().Solve(ToVector(b)).ToArray();
        if (!x.All(double.IsFinite))
        {
            throw new ArgumentException("The matrix is singular: LU produced a non-finite solution.", nameof(a));
        }

        return x;
    }

    /// <summary>The determinant of a square matrix, from its LU decomposition.</summary>
    /// <param name="a">A square matrix.</param>
    /// <returns>The determinant (1 for a 0×0 matrix).</returns>
    public static double Determinant(double[,] a)
    {
        RequireSquare(a);
        return a.Length == 0 ? 1 : ToMatrix(a).Determinant();
    }

    /// <summary>The inverse of a square, non-singular matrix.</summary>
    /// <param name="a">A square matrix.</param>
    /// <returns>The inverse as a new array.</returns>
    public static double[,] Inverse(double[,] a)
    {
        RequireSquare(a);
        return ToMatrix(a).Inverse().ToArray();
    }

    /// <summary>The eigenvalues of a symmetric matrix in ascending order (MathNet's symmetric eigen-solver).</summary>
    /// <param name="a">A square matrix, symmetric within <see cref="Tolerance.Default"/>.</param>
    /// <returns>The eigenvalues, smallest first.</returns>
    /// <exception cref="ArgumentException">The matrix is not square or not symmetric (the solver would silently use only half of it).</exception>
    public static double[] SymmetricEigenvalues(double[,] a)
    {
        RequireSquare(a);
        var n = a.GetLength(0);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (!Tolerance.Default.IsClose(a[i, j], a[j, i]))
                {
                    throw new ArgumentException($"The matrix is not symmetric: a[{i}, {j}] = {Describe.Number(a[i, j])} but a[{j}, {i}] = {Describe.Number(a[j, i])}.", nameof(a));
                }
            }
        }

        return SymmetricEigenvaluesUnchecked(a);
    }

    /// <summary>The singular values in descending order.</summary>
    /// <param name="a">Any matrix.</param>
    /// <returns>min(rows, columns) singular values, largest first.</returns>
    public static double[] SingularValues(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Length == 0)
        {
            return [];
        }

        var values = ToMatrix(a).Svd(computeVectors: false).S.ToArray();
        Array.Sort(values, (x, y) => y.CompareTo(x));
        return values;
    }

    /// <summary>
    /// The numerical rank: the number of singular values above <c>max(rows, columns) · σmax · ε</c>,
    /// the usual threshold below which a singular value cannot be told apart from rounding error.
    /// </summary>
    /// <param name="a">Any matrix.</param>
    /// <returns>The rank.</returns>
    public static int Rank(double[,] a)
    {
        var values = SingularValues(a);
        if (values.Length == 0)
        {
            return 0;
        }

        var threshold = Math.Max(a.GetLength(0), a.GetLength(1)) * values[0] * MachineEpsilon;
        return values.Count(s => s > threshold);
    }

    /// <summary>The 2-norm condition number σmax / σmin (infinite when the matrix is singular).</summary>
    /// <param name="a">A non-empty matrix.</param>
    /// <returns>The condition number, at least 1.</returns>
    public static double ConditionNumber(double[,] a)
    {
        var values = SingularValues(a);
        if (values.Length == 0)
        {
            throw new ArgumentException("The condition number of an empty matrix is undefined.", nameof(a));
        }

        return values[^1] == 0 ? double.PositiveInfinity : values[0] / values[^1];
    }

    /// <summary>The least-squares solution of <c>A x ≈ b</c> (minimising ‖A x − b‖₂) by Householder QR.</summary>
    /// <param name="a">A matrix with at least as many rows as columns and full column rank.</param>
    /// <param name="b">The right-hand side, one entry per row of <paramref name="a"/>.</param>
    /// <returns>The coefficients <c>x</c>, one per column of <paramref name="a"/>.</returns>
    /// <exception cref="ArgumentException">The shapes do not fit, or the columns are linearly dependent.</exception>
    public static double[] LeastSquares(double[,] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (b.Length != a.GetLength(0))
        {
            throw new ArgumentException($"b has {b.Length} entries but the matrix has {a.GetLength(0)} rows.", nameof(b));
        }

        if (a.GetLength(0) < a.GetLength(1))
        {
            throw new ArgumentException($"Least squares needs at least as many rows as columns; the matrix is {Describe.Shape(a)}.", nameof(a));
        }

        var x = ToMatrix(a).QR(QRMethod.Thin).Solve(ToVector(b)).ToArray();
        if (!x.All(double.IsFinite))
        {
            throw new ArgumentException("The matrix is rank deficient: QR produced a non-finite solution.", nameof(a));
        }

        return x;
    }

    /// <summary>Eigenvalues of a matrix already known to be square and symmetric, ascending.</summary>
    internal static double[] SymmetricEigenvaluesUnchecked(double[,] a)
    {
        if (a.Length == 0)
        {
            return [];
        }

        var values = ToMatrix(a).Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).ToArray();
        Array.Sort(values);
        return values;
    }

    /// <summary>Machine epsilon for double, 2⁻⁵² (the gap between 1 and the next double).</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    private static void RequireSquare(double[,] a, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(a))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(a, name);
        if (a.GetLength(0) != a.GetLength(1))
        {
            throw new ArgumentException($"The matrix must be square; it is {Describe.Shape(a)}.", name);
        }
    }
}
