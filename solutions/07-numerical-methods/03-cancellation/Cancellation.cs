namespace MathForML.NumericalMethods;

/// <summary>Reference solution: stable quadratic roots, log1p, expm1 and the two variance formulas.</summary>
public static class Cancellation
{
    /// <summary>The roots of a·x² + b·x + c.</summary>
    public static (double Smaller, double Larger) QuadraticRoots(double a, double b, double c)
    {
        if (!double.IsFinite(a) || !double.IsFinite(b) || !double.IsFinite(c))
        {
            throw new ArgumentException("The coefficients must be finite.");
        }

        if (a == 0)
        {
            throw new ArgumentException("The x² coefficient a is zero: the equation is not quadratic.", nameof(a));
        }

        // Dividing by (the power of two nearest below) the largest magnitude changes no root and keeps b² and 4ac far
        // from overflow and underflow; a power of two divides exactly, so no rounding is added.
        var scale = Math.ScaleB(1, Math.ILogB(Math.Max(Math.Abs(a), Math.Max(Math.Abs(b), Math.Abs(c)))));
        (a, b, c) = (a / scale, b / scale, c / scale);
        var discriminant = (b * b) - (4 * a * c);
        if (discriminant < 0)
        {
            throw new ArgumentException($"The roots are not real: the discriminant b² − 4ac = {discriminant} is negative.");
        }

        // q = −(b + sign(b)·√D)/2 adds two numbers of the same sign: no cancellation. Then x₁ = q/a and x₂ = c/q
        // (the product of the roots is c/a).
        var q = -0.5 * (b + (Math.CopySign(1, b) * Math.Sqrt(discriminant)));
        if (q == 0)
        {
            return (0, 0); // b = 0 and D = 0 force c = 0: the double root 0
        }

        var (first, second) = (q / a, c / q);
        return first <= second ? (first, second) : (second, first);
    }

    /// <summary>log(1 + x).</summary>
    public static double Log1p(double x)
    {
        if (double.IsNaN(x) || x < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "log(1 + x) needs x ≥ -1.");
        }

        if (double.IsPositiveInfinity(x))
        {
            return x;
        }

        var u = 1 + x;
        if (u == 1)
        {
            return x; // |x| < ε/2: log(1 + x) = x − x²/2 + … = x to within a relative |x|/2
        }

        // u = 1 + x + δ exactly; log(u)/(u − 1) is a smooth function of u, so evaluating it at the computed u and
        // multiplying by the true x cancels the rounding δ to first order (u − 1 is exact by Sterbenz' lemma).
        return Math.Log(u) * x / (u - 1);
    }

    /// <summary>eˣ − 1.</summary>
    public static double Expm1(double x)
    {
        if (double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "eˣ − 1 of NaN is undefined.");
        }

        var u = Math.Exp(x);
        if (u == 1)
        {
            return x; // |x| below about ε/2: eˣ − 1 = x + x²/2 + … = x
        }

        var uMinus1 = u - 1;
        if (uMinus1 == -1 || double.IsPositiveInfinity(u))
        {
            return uMinus1; // eˣ underflows to 0 (result −1) or overflows (result +∞): no correction to make
        }

        // The same trick as Log1p: (u − 1)/log(u) at the computed u, times the true x.
        return uMinus1 * x / Math.Log(u);
    }

    /// <summary>(Σx² − (Σx)²/n)/(n − 1).</summary>
    public static double NaiveVariance(double[] values)
    {
        RequireSample(values);
        var (sum, sumOfSquares) = (0.0, 0.0);
        foreach (var x in values)
        {
            sum += x;
            sumOfSquares += x * x;
        }

        return (sumOfSquares - (sum * sum / values.Length)) / (values.Length - 1);
    }

    /// <summary>Σ(xᵢ − x̄)²/(n − 1).</summary>
    public static double TwoPassVariance(double[] values)
    {
        RequireSample(values);
        var mean = 0.0;
        foreach (var x in values)
        {
            mean += x;
        }

        mean /= values.Length;
        var sum = 0.0;
        foreach (var x in values)
        {
            var deviation = x - mean;
            sum += deviation * deviation;
        }

        return sum / (values.Length - 1);
    }

    private static void RequireSample(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length < 2)
        {
            throw new ArgumentException($"A sample variance needs at least two values; got {values.Length}.", nameof(values));
        }

        if (!values.All(double.IsFinite))
        {
            throw new ArgumentException("Every value must be finite.", nameof(values));
        }
    }
}
