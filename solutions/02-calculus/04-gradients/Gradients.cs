namespace MathForML.Calculus;

/// <summary>Reference solution: partial, full and directional derivatives by central differences; the gradient check.</summary>
public static class Gradients
{
    private const double DirectionalStep = 1e-5;

    // Differences this small cannot be resolved by finite differences; they count as agreement.
    private const double AbsoluteFloor = 1e-8;

    /// <summary>(f(x + h·eᵢ) − f(x − h·eᵢ)) / (2h), on copies of x.</summary>
    public static double Partial(Func<double[], double> f, double[] x, int i, double h = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, x.Length);
        RequireStep(h);
        return CentralDifference(f, x, i, h);
    }

    /// <summary>The vector of central-difference partial derivatives.</summary>
    public static double[] Gradient(Func<double[], double> f, double[] x, double h = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0)
        {
            throw new ArgumentException("The point x is empty: a gradient needs at least one coordinate.", nameof(x));
        }
        RequireStep(h);

        var gradient = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            gradient[i] = CentralDifference(f, x, i, h);
        }
        return gradient;
    }

    /// <summary>The central difference of f along the unit vector d/‖d‖.</summary>
    public static double DirectionalDerivative(Func<double[], double> f, double[] x, double[] direction)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(direction);
        if (direction.Length != x.Length)
        {
            throw new ArgumentException(
                $"The direction has length {direction.Length} but x has length {x.Length}.", nameof(direction));
        }

        // ‖d‖ = s·‖d/s‖ with s = maxᵢ |dᵢ|: the scaled entries are at most 1, so squaring cannot overflow or underflow.
        var scale = 0.0;
        foreach (var d in direction)
        {
            if (!double.IsFinite(d))
            {
                throw new ArgumentException("Every entry of the direction must be finite.", nameof(direction));
            }
            scale = Math.Max(scale, Math.Abs(d));
        }
        if (scale == 0)
        {
            throw new ArgumentException("The direction is the zero vector: it points nowhere.", nameof(direction));
        }

        var sumOfSquares = 0.0;
        foreach (var d in direction)
        {
            sumOfSquares += (d / scale) * (d / scale);
        }
        var scaledNorm = Math.Sqrt(sumOfSquares);

        var forward = new double[x.Length];
        var backward = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var step = DirectionalStep * (direction[i] / scale / scaledNorm);
            forward[i] = x[i] + step;
            backward[i] = x[i] - step;
        }
        return (f(forward) - f(backward)) / (2 * DirectionalStep);
    }

    /// <summary>maxᵢ |aᵢ − nᵢ| / max(|aᵢ|, |nᵢ|), with differences up to 10⁻⁸ counted as 0 and non-finite entries as +∞.</summary>
    public static double MaxRelativeError(double[] analytic, double[] numerical)
    {
        ArgumentNullException.ThrowIfNull(analytic);
        ArgumentNullException.ThrowIfNull(numerical);
        if (analytic.Length != numerical.Length)
        {
            throw new ArgumentException(
                $"The analytic gradient has length {analytic.Length} but the numerical one has length {numerical.Length}.", nameof(numerical));
        }

        var worst = 0.0;
        for (var i = 0; i < analytic.Length; i++)
        {
            var (a, n) = (analytic[i], numerical[i]);
            if (!double.IsFinite(a) || !double.IsFinite(n))
            {
                return double.PositiveInfinity;
            }

            var difference = Math.Abs(a - n);
            if (difference > AbsoluteFloor)
            {
                worst = Math.Max(worst, difference / Math.Max(Math.Abs(a), Math.Abs(n)));
            }
        }
        return worst;
    }

    private static double CentralDifference(Func<double[], double> f, double[] x, int i, double h)
    {
        var plus = (double[])x.Clone();
        var minus = (double[])x.Clone();
        plus[i] += h;
        minus[i] -= h;
        return (f(plus) - f(minus)) / (2 * h);
    }

    private static void RequireStep(double h)
    {
        if (!double.IsFinite(h) || h <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(h), h, "The step h must be positive and finite.");
        }
    }
}
