namespace MathForML.LinearAlgebra;

/// <summary>
/// Reference solution: the Moore–Penrose pseudo-inverse A⁺ = VΣ⁺Uᵀ from the SVD (<see cref="Svd"/>), where Σ⁺
/// inverts the singular values above a tolerance and leaves the others at 0.
/// </summary>
public static class PseudoInverse
{
    private const double Epsilon = 2.220446049250313e-16;

    /// <summary>A⁺ = Σ_{σᵢ &gt; tol} vᵢuᵢᵀ / σᵢ (n×m); tol defaults to max(m, n)·ε·σ₁.</summary>
    public static double[,] Compute(double[,] a, double? tolerance = null)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (tolerance is { } given && !(given >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), given, "The tolerance must be non-negative.");
        }
        var (m, n) = (a.GetLength(0), a.GetLength(1));
        var svd = Svd.Decompose(a);
        var cutoff = tolerance ?? DefaultTolerance(svd, m, n);

        var pseudo = new double[n, m];
        for (var k = 0; k < svd.SingularValues.Length; k++)
        {
            var sigma = svd.SingularValues[k];
            if (sigma > cutoff)
            {
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < m; j++)
                    {
                        pseudo[i, j] += svd.V[i, k] * svd.U[j, k] / sigma;
                    }
                }
            }
        }
        return pseudo;
    }

    /// <summary>x = A⁺b: the least-squares solution of Ax ≈ b with the smallest ‖x‖₂.</summary>
    public static double[] MinimumNormSolution(double[,] a, double[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (m, n) = (a.GetLength(0), a.GetLength(1));
        if (b.Length != m)
        {
            throw new ArgumentException($"b has length {b.Length} but A has {m} rows.", nameof(b));
        }
        var svd = Svd.Decompose(a);
        var cutoff = DefaultTolerance(svd, m, n);

        // x = Σ_{σₖ > tol} (uₖ·b / σₖ) vₖ, without forming A⁺.
        var x = new double[n];
        for (var k = 0; k < svd.SingularValues.Length; k++)
        {
            var sigma = svd.SingularValues[k];
            if (sigma > cutoff)
            {
                var coefficient = 0.0;
                for (var i = 0; i < m; i++)
                {
                    coefficient += svd.U[i, k] * b[i];
                }
                coefficient /= sigma;
                for (var i = 0; i < n; i++)
                {
                    x[i] += coefficient * svd.V[i, k];
                }
            }
        }
        return x;
    }

    /// <summary>max(m, n)·ε·σ₁: singular values below it cannot be told apart from rounding error.</summary>
    private static double DefaultTolerance(SvdFactors svd, int m, int n) => Math.Max(m, n) * Epsilon * svd.SingularValues[0];
}
