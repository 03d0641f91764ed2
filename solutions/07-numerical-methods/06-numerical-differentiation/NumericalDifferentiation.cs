using System.Numerics;

namespace MathForML.NumericalMethods;

/// <summary>Reference solution: difference quotients, the best step and the complex-step derivative.</summary>
public static class NumericalDifferentiation
{
    /// <summary>(f(x + h) − f(x))/h.</summary>
    public static double Forward(Func<double, double> f, double x, double h)
    {
        Require(f, x, h);
        return (f(x + h) - f(x)) / h;
    }

    /// <summary>(f(x) − f(x − h))/h.</summary>
    public static double Backward(Func<double, double> f, double x, double h)
    {
        Require(f, x, h);
        return (f(x) - f(x - h)) / h;
    }

    /// <summary>(f(x + h) − f(x − h))/(2h).</summary>
    public static double Central(Func<double, double> f, double x, double h)
    {
        Require(f, x, h);
        return (f(x + h) - f(x - h)) / (2 * h);
    }

    /// <summary>Im f(x + ih)/h.</summary>
    public static double ComplexStep(Func<Complex, Complex> f, double x, double h = 1e-20)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequirePoint(x, h);
        // f(x + ih) = f(x) + ih·f′(x) − h²f″(x)/2 − … : the imaginary part is h·f′(x) − h³f‴(x)/6, with no subtraction of
        // nearly equal numbers, so h can be as small as we like.
        return f(new Complex(x, h)).Imaginary / h;
    }

    /// <summary>The grid step with the smallest error.</summary>
    public static double BestStep(Func<Func<double, double>, double, double, double> rule, Func<double, double> f, double x, double exactDerivative)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(f);
        if (!double.IsFinite(x) || !double.IsFinite(exactDerivative))
        {
            throw new ArgumentOutOfRangeException(nameof(x), "The point and the exact derivative must be finite.");
        }

        var (best, smallest) = (1.0, double.PositiveInfinity);
        for (var k = 0; k <= 64; k++)
        {
            var h = Math.Pow(10, -k / 4.0);
            var error = Math.Abs(rule(f, x, h) - exactDerivative);
            if (error < smallest) // strictly smaller: the larger step wins a tie
            {
                (best, smallest) = (h, error);
            }
        }

        return best;
    }

    private static void Require(Func<double, double> f, double x, double h)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequirePoint(x, h);
    }

    private static void RequirePoint(double x, double h)
    {
        if (!double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The point must be finite.");
        }

        if (!(h > 0) || !double.IsFinite(h))
        {
            throw new ArgumentOutOfRangeException(nameof(h), h, "The step must be positive and finite.");
        }
    }
}
