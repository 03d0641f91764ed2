namespace MathForML.LinearAlgebra;

/// <summary>
/// Matrices as <c>double[,]</c>: the entry aᵢⱼ in row i and column j (numbered from 1 in math) is <c>a[i - 1, j - 1]</c>
/// in C#; an m×n matrix has <c>a.GetLength(0)</c> = m rows and <c>a.GetLength(1)</c> = n columns. The basic operations
/// of matrix algebra, each returning a new array and leaving its inputs unchanged. Shapes are written
/// "rows x columns", e.g. "2x3".
/// </summary>
/// <remarks>Lesson: katas/01-linear-algebra/05-matrix-operations/README.md</remarks>
public static class MatrixOperations
{
    /// <summary>
    /// The transpose Aᵀ of an m×n matrix: the n×m matrix with (Aᵀ)ᵢⱼ = aⱼᵢ (rows become columns).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    public static double[,] Transpose(double[,] a)
    {
        // TODO: allocate an n×m result and copy a[i, j] to position [j, i].
        throw new NotImplementedException("TODO MatrixOperations.Transpose: return the n×m matrix with entry [j, i] = a[i, j].");
    }

    /// <summary>
    /// The matrix product AB of an m×k matrix A and a k×n matrix B: the m×n matrix with
    /// (AB)ᵢⱼ = Σₗ aᵢₗbₗⱼ — the dot product of row i of A with column j of B. A's column count must equal B's row count.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A's column count differs from B's row count; the message names both shapes (e.g. "2x3" and "4x2").
    /// </exception>
    public static double[,] Multiply(double[,] a, double[,] b)
    {
        // TODO: check the inner dimensions, then three nested loops: row i, column j, and the sum over l.
        throw new NotImplementedException("TODO MatrixOperations.Multiply: return the m×n product with (AB)ᵢⱼ = Σₗ aᵢₗbₗⱼ.");
    }

    /// <summary>
    /// The matrix–vector product Ax of an m×n matrix A and a vector x of length n: the vector of length m with
    /// (Ax)ᵢ = Σⱼ aᵢⱼxⱼ (row i of A dotted with x). It is also the linear combination Σⱼ xⱼ·(column j of A).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException">x's length differs from A's column count (the message says "columns" and "length").</exception>
    public static double[] Multiply(double[,] a, double[] x)
    {
        // TODO: check the shapes, then one dot product per row.
        throw new NotImplementedException("TODO MatrixOperations.Multiply: return Ax, one entry Σⱼ aᵢⱼxⱼ per row of A.");
    }

    /// <summary>
    /// The n×n identity matrix I: 1 on the main diagonal, 0 elsewhere, so that AI = A and IA = A.
    /// <c>Identity(0)</c> is the empty 0×0 matrix.
    /// </summary>
    /// <param name="n">The size, non-negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    public static double[,] Identity(int n)
    {
        // TODO: a new double[n, n] is all zeros already; set the diagonal.
        throw new NotImplementedException("TODO MatrixOperations.Identity: return the n×n matrix with ones on the diagonal.");
    }

    /// <summary>
    /// The trace tr(A) = Σᵢ aᵢᵢ of a square matrix, the sum of its diagonal (0 for the 0×0 matrix).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not square (the message says "square").</exception>
    public static double Trace(double[,] a)
    {
        // TODO: check the shape, then add a[i, i].
        throw new NotImplementedException("TODO MatrixOperations.Trace: return Σᵢ aᵢᵢ of a square matrix.");
    }

    /// <summary>
    /// The Hadamard (entrywise) product A ⊙ B of two matrices of the same shape: (A ⊙ B)ᵢⱼ = aᵢⱼbᵢⱼ.
    /// Not the matrix product: no sums, just matching entries multiplied.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentException">The shapes differ; the message names both shapes (e.g. "2x3" and "3x2").</exception>
    public static double[,] Hadamard(double[,] a, double[,] b)
    {
        // TODO: check both dimensions match, then multiply entry by entry.
        throw new NotImplementedException("TODO MatrixOperations.Hadamard: return the matrix of products aᵢⱼbᵢⱼ.");
    }
}
