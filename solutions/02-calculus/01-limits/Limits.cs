namespace MathForML.Calculus;

/// <summary>Reference solution: one-sided limits by Richardson extrapolation of samples at a ± h.</summary>
public static class Limits
{
    // Steps h₀, h₀/2, …, h₀/2¹⁹: the smallest (≈ 2·10⁻⁷·h₀) is still far above the spacing of doubles near a.
    private const int MaxRows = 20;

    // Always build a few rows before trusting the stopping rule: the first differences say little.
    private const int MinRows = 4;

    // Stop once the newest diagonal estimate moves twice as far as the best error seen: rounding has taken over.
    private const double Growth = 2;

    private const double DefaultTolerance = 1e-6;

    /// <summary>lim_{x→a⁻} f(x), extrapolated from f(a − h).</summary>
    public static double FromLeft(Func<double, double> f, double a) => OneSided(f, a, side: -1);

    /// <summary>lim_{x→a⁺} f(x), extrapolated from f(a + h).</summary>
    public static double FromRight(Func<double, double> f, double a) => OneSided(f, a, side: +1);

    /// <summary>The two-sided limit: the midpoint of the one-sided limits, which must agree.</summary>
    public static double Estimate(Func<double, double> f, double a)
    {
        var (left, right) = (FromLeft(f, a), FromRight(f, a));
        if (IsJump(left, right, DefaultTolerance))
        {
            throw new ArgumentException(
                $"The limit of f at {a} does not exist: f has a jump there, from {left} (left) to {right} (right).", nameof(f));
        }
        return (left + right) / 2;
    }

    /// <summary>Whether |L⁻ − L⁺| exceeds tolerance · max(1, |L⁻|, |L⁺|).</summary>
    public static bool HasJumpAt(Func<double, double> f, double a, double tolerance = 1e-6)
    {
        if (double.IsNaN(tolerance) || tolerance < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be non-negative.");
        }
        return IsJump(FromLeft(f, a), FromRight(f, a), tolerance);
    }

    private static bool IsJump(double left, double right, double tolerance) =>
        Math.Abs(left - right) > tolerance * Math.Max(1, Math.Max(Math.Abs(left), Math.Abs(right)));

    /// <summary>Richardson extrapolation of g(h) = f(a + side·h) to h = 0 with the step halved on every row.</summary>
    private static double OneSided(Func<double, double> f, double a, int side)
    {
        ArgumentNullException.ThrowIfNull(f);
        if (!double.IsFinite(a))
        {
            throw new ArgumentException($"The point a must be finite, but was {a}.", nameof(a));
        }

        // Absolute steps near 0, relative ones for large |a| (a + h must differ from a).
        var h = Math.Max(0.1, 1e-4 * Math.Abs(a));
        var previous = new double[MaxRows];
        var current = new double[MaxRows];
        // Row 1 always replaces these: its first extrapolated entry has a finite error estimate.
        var best = double.NaN;
        var bestError = double.PositiveInfinity;
        for (var i = 0; i < MaxRows; i++, h /= 2)
        {
            current[0] = Sample(f, a + (side * h), side);

            // T[i, j] removes the h^j term from T[i, j−1] using the coarser T[i−1, j−1].
            var factor = 1.0;
            for (var j = 1; j <= i; j++)
            {
                factor *= 2;
                current[j] = current[j - 1] + ((current[j - 1] - previous[j - 1]) / (factor - 1));
                var error = Math.Max(Math.Abs(current[j] - current[j - 1]), Math.Abs(current[j] - previous[j - 1]));
                if (error <= bestError)
                {
                    (best, bestError) = (current[j], error);
                }
            }

            if (i >= MinRows && Math.Abs(current[i] - previous[i - 1]) >= Growth * bestError)
            {
                break;
            }
            (previous, current) = (current, previous);
        }
        return best;
    }

    private static double Sample(Func<double, double> f, double x, int side)
    {
        var value = f(x);
        if (!double.IsFinite(value))
        {
            var where = side < 0 ? "left" : "right";
            throw new ArgumentException($"f must be finite just to the {where} of the point, but f({x}) = {value}.", nameof(f));
        }
        return value;
    }
}
