namespace MathForML.LinearAlgebra;

/// <summary>
/// Reference solution: Gram–Schmidt orthonormalisation, classical and modified, and the thin QR
/// factorisation it produces. Qr uses the modified variant (it keeps the coefficients as R).
/// </summary>
public static class GramSchmidt
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>Classical Gram–Schmidt: each coefficient rₖⱼ = qₖ·aⱼ uses the original column aⱼ.</summary>
    public static double[,] Classical(double[,] a) => Orthonormalize(a, modified: false).Q;

    /// <summary>Modified Gram–Schmidt: each coefficient rₖⱼ = qₖ·v uses what is left of the column so far.</summary>
    public static double[,] Modified(double[,] a) => Orthonormalize(a, modified: true).Q;

    /// <summary>Thin QR by modified Gram–Schmidt: Q from the orthonormalised columns, R from the coefficients.</summary>
    public static QrFactors Qr(double[,] a) => Orthonormalize(a, modified: true);

    private static QrFactors Orthonormalize(double[,] a, bool modified)
    {
        ArgumentNullException.ThrowIfNull(a);
        var (m, n) = (a.GetLength(0), a.GetLength(1));
        if (m == 0 || n == 0)
        {
            throw new ArgumentException($"The matrix is empty ({m}×{n}): there are no columns to orthonormalise.", nameof(a));
        }
        if (m < n)
        {
            throw new ArgumentException($"A {m}×{n} matrix has more columns than rows: {n} columns cannot be independent in {m} dimensions.", nameof(a));
        }

        var q = new double[m, n];
        var r = new double[n, n];
        var v = new double[m];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < m; i++)
            {
                v[i] = a[i, j];
            }
            var columnNorm = Norm(v);

            for (var k = 0; k < j; k++)
            {
                // The only difference between the two variants: project the original column, or the remainder.
                var coefficient = 0.0;
                for (var i = 0; i < m; i++)
                {
                    coefficient += q[i, k] * (modified ? v[i] : a[i, j]);
                }
                r[k, j] = coefficient;
                for (var i = 0; i < m; i++)
                {
                    v[i] -= coefficient * q[i, k];
                }
            }

            // What is left of column j is rounding noise when the column lies in the span of the previous ones.
            var remainder = Norm(v);
            if (remainder <= m * Epsilon * columnNorm)
            {
                throw new ArgumentException($"Column {j} is (numerically) a combination of the columns before it: the columns are not linearly independent.", nameof(a));
            }
            r[j, j] = remainder;
            for (var i = 0; i < m; i++)
            {
                q[i, j] = v[i] / remainder;
            }
        }
        return new QrFactors(q, r);
    }

    /// <summary>‖v‖₂, scaled by the largest entry so that squaring cannot overflow or underflow.</summary>
    private static double Norm(double[] v)
    {
        var scale = 0.0;
        foreach (var x in v)
        {
            scale = Math.Max(scale, Math.Abs(x));
        }
        if (scale == 0)
        {
            return 0;
        }
        var sum = 0.0;
        foreach (var x in v)
        {
            var y = x / scale;
            sum += y * y;
        }
        return scale * Math.Sqrt(sum);
    }
}
