using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Prerequisites;

/// <summary>
/// MathNet.Numerics vectors and matrices: each method is one or two library calls, and the tests check it
/// against the plain loop over arrays. Indices are 0-based, as in C#.
/// </summary>
/// <remarks>Lesson: katas/00-prerequisites/05-mathnet-basics/README.md</remarks>
public static class MathNetBasics
{
    /// <summary>
    /// A dense vector holding a copy of <paramref name="values"/> (later changes to the array do not leak in).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static Vector<double> ToVector(double[] values)
    {
        // TODO: use Vector<double>.Build.
        throw new NotImplementedException("TODO MathNetBasics.ToVector: build a dense vector that copies the array.");
    }

    /// <summary>
    /// A dense matrix holding a copy of <paramref name="values"/>, entry [i, j] in row i and column j.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static Matrix<double> ToMatrix(double[,] values)
    {
        // TODO: use Matrix<double>.Build.
        throw new NotImplementedException("TODO MathNetBasics.ToMatrix: build a dense matrix that copies the 2-D array.");
    }

    /// <summary>
    /// The dot product v·w = Σᵢ vᵢwᵢ.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> or <paramref name="w"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ (the message says "length" and gives both, v's first, then w's).</exception>
    public static double Dot(Vector<double> v, Vector<double> w)
    {
        // TODO: check the lengths yourself (a clear message beats the library's generic one), then call the library.
        throw new NotImplementedException("TODO MathNetBasics.Dot: return Σᵢ vᵢwᵢ; reject vectors of different lengths.");
    }

    /// <summary>
    /// The elementwise (Hadamard) product (v ⊙ w)ᵢ = vᵢwᵢ.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> or <paramref name="w"/> is null.</exception>
    /// <exception cref="ArgumentException">The lengths differ (the message says "length" and gives both, v's first, then w's).</exception>
    public static Vector<double> Hadamard(Vector<double> v, Vector<double> w)
    {
        // TODO: the library calls it a pointwise multiplication.
        throw new NotImplementedException("TODO MathNetBasics.Hadamard: return the entrywise product vᵢwᵢ.");
    }

    /// <summary>
    /// A new vector with f applied to every entry, rᵢ = f(vᵢ); <paramref name="v"/> itself is unchanged.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="v"/> or <paramref name="f"/> is null.</exception>
    public static Vector<double> Apply(Vector<double> v, Func<double, double> f)
    {
        // TODO: one library call maps a function over a vector into a new vector.
        throw new NotImplementedException("TODO MathNetBasics.Apply: return a new vector holding f(vᵢ).");
    }

    /// <summary>
    /// The block of <paramref name="rowCount"/> rows starting at <paramref name="firstRow"/> and
    /// <paramref name="columnCount"/> columns starting at <paramref name="firstColumn"/>, as a new matrix:
    /// r[i, j] = m[firstRow + i, firstColumn + j].
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="m"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The block does not fit inside the matrix.</exception>
    public static Matrix<double> Block(Matrix<double> m, int firstRow, int rowCount, int firstColumn, int columnCount)
    {
        // TODO: the library calls a block a sub-matrix.
        throw new NotImplementedException("TODO MathNetBasics.Block: return the rowCount × columnCount block starting at (firstRow, firstColumn).");
    }

    /// <summary>
    /// The column means μⱼ = (1/m) Σᵢ aᵢⱼ of an m×n matrix: a vector of length n, one mean per column.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="m"/> is null.</exception>
    public static Vector<double> ColumnMeans(Matrix<double> m)
    {
        // TODO: a reduction over the rows, divided by the number of rows.
        throw new NotImplementedException("TODO MathNetBasics.ColumnMeans: return the mean of each column.");
    }

    /// <summary>
    /// The matrix–vector product y = Ax, yᵢ = Σⱼ aᵢⱼxⱼ, of an m×n matrix A and a vector x of length n (y has length m).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException">x's length differs from A's column count (the message gives both, e.g. "A has 2 columns but x has length 3").</exception>
    public static Vector<double> Multiply(Matrix<double> a, Vector<double> x)
    {
        // TODO: check the shapes, then let the library multiply.
        throw new NotImplementedException("TODO MathNetBasics.Multiply: return Ax; reject x whose length is not A's column count.");
    }
}
