namespace MathForML.Calculus;

/// <summary>Reference solution: the chain rule for scalar functions and for Jacobians.</summary>
public static class ChainRule
{
    /// <summary>outer · inner, the Jacobian of f ∘ g.</summary>
    public static double[,] ComposeJacobians(double[,] outer, double[,] inner)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(inner);
        var (p, m) = (outer.GetLength(0), outer.GetLength(1));
        var (rows, n) = (inner.GetLength(0), inner.GetLength(1));
        if (m != rows)
        {
            throw new ArgumentException(
                $"Cannot compose Jacobians of shapes {p}×{m} (outer) and {rows}×{n} (inner): " +
                $"the outer's {m} columns must match the inner's {rows} rows.", nameof(inner));
        }

        var composed = new double[p, n];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < m; k++)
                {
                    sum += outer[i, k] * inner[k, j];
                }
                composed[i, j] = sum;
            }
        }
        return composed;
    }

    /// <summary>f′(g(x)) · g′(x).</summary>
    public static double DerivativeOfComposition(Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime, double x)
    {
        ArgumentNullException.ThrowIfNull(fPrime);
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(gPrime);
        return fPrime(g(x)) * gPrime(x);
    }
}
