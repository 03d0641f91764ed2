namespace MathForML.NumericalMethods;

/// <summary>Reference solution: trapezoid, Simpson, Gauss–Legendre and adaptive Simpson quadrature.</summary>
public static class Quadrature
{
    /// <summary>The composite trapezoid rule.</summary>
    public static double Trapezoid(Func<double, double> f, double a, double b, int n)
    {
        RequireInterval(f, a, b);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var h = (b - a) / n;
        var sum = (f(a) + f(b)) / 2;
        for (var i = 1; i < n; i++)
        {
            sum += f(a + (i * h)); // a + i·h, not repeated additions of h, which accumulate rounding
        }

        return h * sum;
    }

    /// <summary>The composite Simpson rule.</summary>
    public static double Simpson(Func<double, double> f, double a, double b, int n)
    {
        RequireInterval(f, a, b);
        if (n < 2 || n % 2 != 0)
        {
            throw new ArgumentException($"Simpson's rule needs an even number of subintervals, at least 2; got {n}.", nameof(n));
        }

        var h = (b - a) / n;
        var sum = f(a) + f(b);
        for (var i = 1; i < n; i++)
        {
            sum += (i % 2 == 1 ? 4 : 2) * f(a + (i * h));
        }

        return h / 3 * sum;
    }

    /// <summary>n-point Gauss–Legendre.</summary>
    public static double GaussLegendre(Func<double, double> f, double a, double b, int n)
    {
        RequireInterval(f, a, b);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 100);
        var (half, middle) = ((b - a) / 2, (a + b) / 2);
        var sum = 0.0;
        for (var i = 1; i <= n; i++)
        {
            // The ith root of Pₙ lies near cos(π(i − 1/4)/(n + 1/2)); Newton's method polishes it.
            var x = Math.Cos(Math.PI * (i - 0.25) / (n + 0.5));
            for (var iteration = 0; iteration < 100; iteration++)
            {
                var (value, slope) = Legendre(n, x);
                var step = value / slope;
                x -= step;
                if (Math.Abs(step) <= 1e-16)
                {
                    break;
                }
            }

            var (_, derivative) = Legendre(n, x);
            var weight = 2 / ((1 - (x * x)) * derivative * derivative);
            sum += weight * f(middle + (half * x));
        }

        return half * sum;
    }

    /// <summary>Adaptive Simpson with Richardson's correction.</summary>
    public static double AdaptiveSimpson(Func<double, double> f, double a, double b, double tolerance = 1e-10, int maxDepth = 50)
    {
        RequireInterval(f, a, b);
        if (!(tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        var m = a + ((b - a) / 2);
        var (fa, fm, fb) = (f(a), f(m), f(b));
        return Refine(f, a, b, fa, fm, fb, SimpsonPanel(a, b, fa, fm, fb), tolerance, maxDepth);
    }

    private static double Refine(Func<double, double> f, double a, double b, double fa, double fm, double fb, double whole, double tolerance, int depth)
    {
        var m = a + ((b - a) / 2);
        var (leftMiddle, rightMiddle) = (a + ((m - a) / 2), m + ((b - m) / 2));
        var (fl, fr) = (f(leftMiddle), f(rightMiddle));
        var left = SimpsonPanel(a, m, fa, fl, fm);
        var right = SimpsonPanel(m, b, fm, fr, fb);
        var difference = left + right - whole;
        // Simpson's error is ∝ h⁵: halving h divides it by 16, so whole − true ≈ 16·(halves − true) and
        // halves − true ≈ difference/15. Accept when that estimate is within the tolerance.
        if (Math.Abs(difference) <= 15 * tolerance)
        {
            return left + right + (difference / 15);
        }

        if (depth <= 1)
        {
            throw new InvalidOperationException($"Adaptive Simpson did not converge: [{a}, {b}] still fails the error test at the maximum depth.");
        }

        return Refine(f, a, m, fa, fl, fm, left, tolerance / 2, depth - 1) + Refine(f, m, b, fm, fr, fb, right, tolerance / 2, depth - 1);
    }

    private static double SimpsonPanel(double a, double b, double fa, double fm, double fb) => (b - a) / 6 * (fa + (4 * fm) + fb);

    /// <summary>Pₙ(x) and Pₙ′(x) by the recurrence (k + 1)Pₖ₊₁ = (2k + 1)x·Pₖ − k·Pₖ₋₁.</summary>
    private static (double Value, double Derivative) Legendre(int n, double x)
    {
        var (previous, current) = (1.0, x);
        for (var k = 1; k < n; k++)
        {
            (previous, current) = (current, ((((2 * k) + 1) * x * current) - (k * previous)) / (k + 1));
        }

        // Pₙ′(x) = n(x·Pₙ − Pₙ₋₁)/(x² − 1), valid inside (−1, 1) where the nodes are (for n = 1 it is (x² − 1)/(x² − 1) = 1).
        return (current, n * ((x * current) - previous) / ((x * x) - 1));
    }

    private static void RequireInterval(Func<double, double> f, double a, double b)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!double.IsFinite(a) || !double.IsFinite(b) || a >= b)
        {
            throw new ArgumentException($"The interval [{a}, {b}] must be finite with a < b.");
        }
    }
}
