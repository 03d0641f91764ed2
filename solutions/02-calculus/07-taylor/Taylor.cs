namespace MathForML.Calculus;

/// <summary>Reference solution: Taylor polynomials of exp, sin and ln(1 + x), general coefficients, the Lagrange bound.</summary>
public static class Taylor
{
    /// <summary>Σ_{k=0..order} xᵏ/k!, each term from the previous one.</summary>
    public static double Exp(double x, int order)
    {
        RequireFinite(x, nameof(x));
        ArgumentOutOfRangeException.ThrowIfNegative(order);
        var (sum, term) = (0.0, 1.0);
        for (var k = 0; k <= order; k++)
        {
            if (k > 0)
            {
                term *= x / k;
            }
            sum += term;
        }
        return sum;
    }

    /// <summary>x − x³/3! + x⁵/5! − … over odd k ≤ order.</summary>
    public static double Sin(double x, int order)
    {
        RequireFinite(x, nameof(x));
        ArgumentOutOfRangeException.ThrowIfNegative(order);
        var (sum, term) = (0.0, x);
        for (var k = 1; k <= order; k += 2)
        {
            sum += term;
            term *= -x * x / ((k + 1.0) * (k + 2.0));
        }
        return sum;
    }

    /// <summary>Σ_{k=1..order} (−1)ᵏ⁺¹·xᵏ/k for |x| &lt; 1.</summary>
    public static double Log1p(double x, int order)
    {
        if (!(Math.Abs(x) < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The series of ln(1 + x) is used here only for |x| < 1.");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(order);
        var (sum, power) = (0.0, 1.0);
        for (var k = 1; k <= order; k++)
        {
            power *= x;
            sum += (k % 2 == 1 ? power : -power) / k;
        }
        return sum;
    }

    /// <summary>cₖ = f⁽ᵏ⁾(a)/k!.</summary>
    public static double[] Coefficients(double[] derivativesAtCenter)
    {
        ArgumentNullException.ThrowIfNull(derivativesAtCenter);
        if (derivativesAtCenter.Length == 0)
        {
            throw new ArgumentException("At least f(a) is needed; the array of derivatives is empty.", nameof(derivativesAtCenter));
        }

        // f⁽ᵏ⁾(a)/k! as f⁽ᵏ⁾(a)/2/3/…/k: the quotient shrinks monotonically to cₖ, so it neither overflows nor underflows
        // unless cₖ itself does. A running 1/k! would not do: it is subnormal from k = 171 and 0 from k = 178, although
        // cₖ can be an ordinary number there (30²⁰⁰/200! ≈ 3.4·10⁻⁸⁰).
        var coefficients = new double[derivativesAtCenter.Length];
        for (var k = 0; k < coefficients.Length; k++)
        {
            var coefficient = derivativesAtCenter[k];
            for (var j = 2; j <= k; j++)
            {
                coefficient /= j;
            }
            coefficients[k] = coefficient;
        }
        return coefficients;
    }

    /// <summary>Σₖ cₖ·(x − center)ᵏ by Horner's rule in t = x − center.</summary>
    public static double EvaluateAround(double[] coefficients, double x, double center) =>
        Derivatives.EvaluatePolynomial(coefficients, x - center);

    /// <summary>M·Π_{k=1..n+1} (|x − a|/k) = M·|x − a|ⁿ⁺¹/(n + 1)!.</summary>
    public static double LagrangeRemainderBound(double maxDerivative, double x, double center, int order)
    {
        if (double.IsNaN(maxDerivative) || maxDerivative < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDerivative), maxDerivative, "M bounds an absolute value: it must be non-negative.");
        }
        RequireFinite(x, nameof(x));
        RequireFinite(center, nameof(center));
        ArgumentOutOfRangeException.ThrowIfNegative(order);

        var distance = Math.Abs(x - center);
        var bound = maxDerivative;
        for (var k = 1; k <= order + 1; k++)
        {
            bound *= distance / k;
        }
        return bound;
    }

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{name} must be finite, but was {value}.", name);
        }
    }
}
