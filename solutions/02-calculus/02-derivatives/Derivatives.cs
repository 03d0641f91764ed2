namespace MathForML.Calculus;

/// <summary>Reference solution: difference quotients and exact polynomial derivatives.</summary>
public static class Derivatives
{
    /// <summary>(f(x + h) − f(x)) / h.</summary>
    public static double ForwardDifference(Func<double, double> f, double x, double h)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireStep(h);
        return (f(x + h) - f(x)) / h;
    }

    /// <summary>(f(x + h) − f(x − h)) / (2h).</summary>
    public static double CentralDifference(Func<double, double> f, double x, double h)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireStep(h);
        return (f(x + h) - f(x - h)) / (2 * h);
    }

    /// <summary>[c₁, 2c₂, …, n·cₙ], or [0] for a constant.</summary>
    public static double[] PolynomialDerivative(double[] coefficients)
    {
        RequireCoefficients(coefficients);
        if (coefficients.Length == 1)
        {
            return [0];
        }

        var derivative = new double[coefficients.Length - 1];
        for (var k = 1; k < coefficients.Length; k++)
        {
            derivative[k - 1] = k * coefficients[k];
        }
        return derivative;
    }

    /// <summary>c₀ + x·(c₁ + x·(c₂ + … + x·cₙ)).</summary>
    public static double EvaluatePolynomial(double[] coefficients, double x)
    {
        RequireCoefficients(coefficients);
        var value = coefficients[^1];
        for (var k = coefficients.Length - 2; k >= 0; k--)
        {
            value = (value * x) + coefficients[k];
        }
        return value;
    }

    private static void RequireStep(double h)
    {
        if (!double.IsFinite(h) || h <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(h), h, "The step h must be positive and finite.");
        }
    }

    private static void RequireCoefficients(double[] coefficients)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Length == 0)
        {
            throw new ArgumentException("A polynomial needs at least one coefficient; the array is empty.", nameof(coefficients));
        }
    }
}
