namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: transpose, matrix and matrix–vector products, identity, trace and Hadamard product.</summary>
public static class MatrixOperations
{
    /// <summary>(Aᵀ)ᵢⱼ = aⱼᵢ.</summary>
    public static double[,] Transpose(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var (rows, columns) = (a.GetLength(0), a.GetLength(1));
        var transpose = new double[columns, rows];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                transpose[j, i] = a[i, j];
            }
        }
        return transpose;
    }

    /// <summary>(AB)ᵢⱼ = Σₗ aᵢₗbₗⱼ.</summary>
    public static double[,] Multiply(double[,] a, double[,] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (rows, inner, columns) = (a.GetLength(0), a.GetLength(1), b.GetLength(1));
        if (b.GetLength(0) != inner)
        {
            throw new ArgumentException(
                $"Cannot multiply a {Shape(a)} matrix by a {Shape(b)} matrix: A has {inner} columns but B has {b.GetLength(0)} rows.",
                nameof(b));
        }

        var product = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                double sum = 0;
                for (var l = 0; l < inner; l++)
                {
                    sum += a[i, l] * b[l, j];
                }
                product[i, j] = sum;
            }
        }
        return product;
    }

    /// <summary>(Ax)ᵢ = Σⱼ aᵢⱼxⱼ.</summary>
    public static double[] Multiply(double[,] a, double[] x)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(x);
        var (rows, columns) = (a.GetLength(0), a.GetLength(1));
        if (x.Length != columns)
        {
            throw new ArgumentException($"A is {Shape(a)}, so x needs one entry for each of its {columns} columns, but x has length {x.Length}.", nameof(x));
        }

        var product = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            double sum = 0;
            for (var j = 0; j < columns; j++)
            {
                sum += a[i, j] * x[j];
            }
            product[i] = sum;
        }
        return product;
    }

    /// <summary>The n×n identity matrix.</summary>
    public static double[,] Identity(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var identity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            identity[i, i] = 1;
        }
        return identity;
    }

    /// <summary>tr(A) = Σᵢ aᵢᵢ.</summary>
    public static double Trace(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.GetLength(0) != a.GetLength(1))
        {
            throw new ArgumentException($"The trace is defined for a square matrix only; this one is {Shape(a)}.", nameof(a));
        }

        double sum = 0;
        for (var i = 0; i < a.GetLength(0); i++)
        {
            sum += a[i, i];
        }
        return sum;
    }

    /// <summary>(A ⊙ B)ᵢⱼ = aᵢⱼbᵢⱼ.</summary>
    public static double[,] Hadamard(double[,] a, double[,] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (rows, columns) = (a.GetLength(0), a.GetLength(1));
        if (b.GetLength(0) != rows || b.GetLength(1) != columns)
        {
            throw new ArgumentException($"The Hadamard product needs two matrices of the same shape, but they are {Shape(a)} and {Shape(b)}.", nameof(b));
        }

        var product = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                product[i, j] = a[i, j] * b[i, j];
            }
        }
        return product;
    }

    private static string Shape(double[,] m) => $"{m.GetLength(0)}x{m.GetLength(1)}";
}
