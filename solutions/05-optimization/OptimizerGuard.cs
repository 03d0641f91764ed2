namespace MathForML.Optimization;

/// <summary>
/// The argument checks and small vector helpers the reference optimisers of this topic share, so that every one of them
/// reports bad input and divergence with the same exception types and message words.
/// </summary>
internal static class OptimizerGuard
{
    /// <summary>A starting point: not null, not empty, finite entries.</summary>
    public static void RequireStart(double[] x0, string name = "x0")
    {
        ArgumentNullException.ThrowIfNull(x0, name);
        if (x0.Length == 0)
        {
            throw new ArgumentException("The starting point is empty.", name);
        }

        if (!x0.All(double.IsFinite))
        {
            throw new ArgumentOutOfRangeException(name, "Every entry of the starting point must be finite.");
        }
    }

    /// <summary>A positive, finite setting such as a learning rate.</summary>
    public static void RequirePositive(double value, string name)
    {
        if (!(value > 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be positive and finite.");
        }
    }

    /// <summary>A setting in [0, 1), such as a momentum or decay coefficient.</summary>
    public static void RequireFraction(double value, string name)
    {
        if (!(value >= 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must lie in [0, 1).");
        }
    }

    /// <summary>A positive tolerance and at least one iteration.</summary>
    public static void RequireSettings(double tolerance, int maxIterations)
    {
        RequirePositive(tolerance, nameof(tolerance));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
    }

    /// <summary>The gradient at a copy of x, checked for its length.</summary>
    public static double[] Gradient(Func<double[], double[]> gradient, double[] x)
    {
        var g = gradient((double[])x.Clone()) ?? throw new ArgumentException("The gradient function returned null.", nameof(gradient));
        if (g.Length != x.Length)
        {
            throw new ArgumentException($"The gradient has length {g.Length} but x has {x.Length} entries.", nameof(gradient));
        }

        if (!g.All(double.IsFinite))
        {
            throw new InvalidOperationException("The iteration diverged: the gradient is not finite.");
        }

        return g;
    }

    /// <summary>Throws the "diverged" error when an iterate has left the finite numbers.</summary>
    public static void RequireFiniteIterate(double[] x, int k)
    {
        if (!x.All(double.IsFinite))
        {
            throw new InvalidOperationException($"The iteration diverged: iterate {k} is not finite.");
        }
    }

    /// <summary>The Euclidean norm, scaled so that neither overflow nor underflow spoils it.</summary>
    public static double Norm(double[] v)
    {
        var scale = 0.0;
        foreach (var e in v)
        {
            scale = Math.Max(scale, Math.Abs(e));
        }

        if (scale == 0 || !double.IsFinite(scale))
        {
            return scale;
        }

        var sum = 0.0;
        foreach (var e in v)
        {
            var r = e / scale;
            sum += r * r;
        }

        return scale * Math.Sqrt(sum);
    }

    /// <summary>The dot product.</summary>
    public static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
