namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: the determinant by Laplace (cofactor) expansion and from an LU factorisation.</summary>
public static class Determinants
{
    /// <summary>The largest size <see cref="ByCofactors"/> accepts: 8! = 40 320 products is still instant, 12! is not.</summary>
    private const int MaxCofactorSize = 8;

    /// <summary>det A = Σⱼ (−1)ʲ a₀ⱼ det M₀ⱼ, expanding along the first row; exact for small integer matrices.</summary>
    /// <param name="a">A square matrix of size at most 8 (not modified).</param>
    /// <returns>The determinant.</returns>
    public static double ByCofactors(double[,] a)
    {
        var n = SystemsGuard.RequireSquare(a, nameof(a));
        if (n > MaxCofactorSize)
        {
            throw new ArgumentOutOfRangeException(nameof(a), n, $"The matrix is too large for cofactor expansion (n = {n} > {MaxCofactorSize}): it costs about n! operations.");
        }
        return Expand(a);
    }

    /// <summary>det A = det(P)·Π uᵢᵢ from PA = LU, since det L = 1; 0 (or a rounding-level number) for a singular A.</summary>
    /// <param name="a">A square matrix (not modified).</param>
    /// <returns>The determinant.</returns>
    public static double ByLu(double[,] a)
    {
        var lu = LuDecomposition.Decompose(a); // validates a
        double determinant = lu.Sign;
        for (var i = 0; i < lu.Upper.GetLength(0); i++)
        {
            determinant *= lu.Upper[i, i];
        }
        return determinant;
    }

    private static double Expand(double[,] a)
    {
        var n = a.GetLength(0);
        if (n == 1)
        {
            return a[0, 0];
        }
        var determinant = 0.0;
        for (var j = 0; j < n; j++)
        {
            // The cofactor sign (−1)^(0+j) alternates along the first row: +, −, +, …
            var sign = j % 2 == 0 ? 1.0 : -1.0;
            determinant += sign * a[0, j] * Expand(Minor(a, j));
        }
        return determinant;
    }

    // The (n−1)×(n−1) minor M₀c: A without row 0 and without column c.
    private static double[,] Minor(double[,] a, int c)
    {
        var n = a.GetLength(0);
        var minor = new double[n - 1, n - 1];
        for (var i = 0; i < n - 1; i++)
        {
            for (var j = 0; j < n - 1; j++)
            {
                minor[i, j] = a[i + 1, j < c ? j : j + 1];
            }
        }
        return minor;
    }
}
