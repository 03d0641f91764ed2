using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Prerequisites;

/// <summary>Reference solution: the array loops of the earlier katas as MathNet.Numerics calls.</summary>
public static class MathNetBasics
{
    /// <summary>A dense vector copying the array.</summary>
    public static Vector<double> ToVector(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Vector<double>.Build.DenseOfArray(values);
    }

    /// <summary>A dense matrix copying the 2-D array.</summary>
    public static Matrix<double> ToMatrix(double[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Matrix<double>.Build.DenseOfArray(values);
    }

    /// <summary>v·w.</summary>
    public static double Dot(Vector<double> v, Vector<double> w)
    {
        RequireSameLength(v, w);
        return v.DotProduct(w);
    }

    /// <summary>v ⊙ w.</summary>
    public static Vector<double> Hadamard(Vector<double> v, Vector<double> w)
    {
        RequireSameLength(v, w);
        return v.PointwiseMultiply(w);
    }

    /// <summary>f applied to every entry, in a new vector.</summary>
    public static Vector<double> Apply(Vector<double> v, Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(f);
        return v.Map(f);
    }

    /// <summary>The rowCount × columnCount block at (firstRow, firstColumn).</summary>
    public static Matrix<double> Block(Matrix<double> m, int firstRow, int rowCount, int firstColumn, int columnCount)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.SubMatrix(firstRow, rowCount, firstColumn, columnCount);
    }

    /// <summary>μⱼ = (1/m) Σᵢ aᵢⱼ.</summary>
    public static Vector<double> ColumnMeans(Matrix<double> m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return m.ColumnSums() / m.RowCount;
    }

    /// <summary>y = Ax.</summary>
    public static Vector<double> Multiply(Matrix<double> a, Vector<double> x)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(x);
        if (x.Count != a.ColumnCount)
        {
            throw new ArgumentException($"A has {a.ColumnCount} columns but x has length {x.Count}; they must match.", nameof(x));
        }
        return a * x;
    }

    private static void RequireSameLength(Vector<double> v, Vector<double> w)
    {
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(w);
        if (v.Count != w.Count)
        {
            throw new ArgumentException($"The vectors must have the same length, but have length {v.Count} and {w.Count}.", nameof(w));
        }
    }
}
