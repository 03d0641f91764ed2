namespace MathForML.Calculus;

/// <summary>Reference solution: a dual number (value, derivative) whose arithmetic applies the derivative rules.</summary>
/// <param name="Value">The value f(x).</param>
/// <param name="Derivative">The derivative f′(x).</param>
public readonly record struct Dual(double Value, double Derivative)
{
    /// <summary>(value, 0).</summary>
    public static Dual Constant(double value) => new(value, 0);

    /// <summary>(value, 1).</summary>
    public static Dual Variable(double value) => new(value, 1);

    /// <summary>(f + g, f′ + g′).</summary>
    public static Dual operator +(Dual u, Dual v) => new(u.Value + v.Value, u.Derivative + v.Derivative);

    /// <summary>(f + c, f′).</summary>
    public static Dual operator +(Dual u, double c) => new(u.Value + c, u.Derivative);

    /// <summary>(c + f, f′).</summary>
    public static Dual operator +(double c, Dual u) => new(c + u.Value, u.Derivative);

    /// <summary>(f − g, f′ − g′).</summary>
    public static Dual operator -(Dual u, Dual v) => new(u.Value - v.Value, u.Derivative - v.Derivative);

    /// <summary>(f − c, f′).</summary>
    public static Dual operator -(Dual u, double c) => new(u.Value - c, u.Derivative);

    /// <summary>(c − f, −f′).</summary>
    public static Dual operator -(double c, Dual u) => new(c - u.Value, -u.Derivative);

    /// <summary>(−f, −f′).</summary>
    public static Dual operator -(Dual u) => new(-u.Value, -u.Derivative);

    /// <summary>(fg, f′g + fg′).</summary>
    public static Dual operator *(Dual u, Dual v) =>
        new(u.Value * v.Value, (u.Derivative * v.Value) + (u.Value * v.Derivative));

    /// <summary>(cf, cf′).</summary>
    public static Dual operator *(Dual u, double c) => new(u.Value * c, u.Derivative * c);

    /// <summary>(cf, cf′).</summary>
    public static Dual operator *(double c, Dual u) => new(c * u.Value, c * u.Derivative);

    /// <summary>(f/g, (f′ − (f/g)·g′)/g).</summary>
    public static Dual operator /(Dual u, Dual v)
    {
        // Dividing by g twice instead of by g² avoids overflowing g² for large g.
        var quotient = u.Value / v.Value;
        return new(quotient, (u.Derivative - (quotient * v.Derivative)) / v.Value);
    }

    /// <summary>(f/c, f′/c).</summary>
    public static Dual operator /(Dual u, double c) => new(u.Value / c, u.Derivative / c);

    /// <summary>(c/f, −(c/f)·f′/f).</summary>
    public static Dual operator /(double c, Dual u)
    {
        var quotient = c / u.Value;
        return new(quotient, -quotient * u.Derivative / u.Value);
    }

    /// <summary>(sin f, cos f · f′).</summary>
    public static Dual Sin(Dual u) => new(Math.Sin(u.Value), Math.Cos(u.Value) * u.Derivative);

    /// <summary>(cos f, −sin f · f′).</summary>
    public static Dual Cos(Dual u) => new(Math.Cos(u.Value), -Math.Sin(u.Value) * u.Derivative);

    /// <summary>(e^f, e^f · f′).</summary>
    public static Dual Exp(Dual u)
    {
        var exp = Math.Exp(u.Value);
        return new(exp, exp * u.Derivative);
    }

    /// <summary>(ln f, f′/f).</summary>
    public static Dual Log(Dual u) => new(Math.Log(u.Value), u.Derivative / u.Value);

    /// <summary>(f^p, p·f^{p−1}·f′), and (1, 0) for p = 0.</summary>
    public static Dual Pow(Dual u, double p) =>
        p == 0 ? new(1, 0) : new(Math.Pow(u.Value, p), p * Math.Pow(u.Value, p - 1) * u.Derivative);

    /// <summary>(√f, f′/(2√f)).</summary>
    public static Dual Sqrt(Dual u)
    {
        var root = Math.Sqrt(u.Value);
        return new(root, u.Derivative / (2 * root));
    }
}

/// <summary>Reference solution: derivatives and gradients by evaluating on dual numbers.</summary>
public static class ForwardMode
{
    /// <summary>f′(x) = f(Dual.Variable(x)).Derivative.</summary>
    public static double Derivative(Func<Dual, Dual> f, double x)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireFinite(x, nameof(x));
        return f(Dual.Variable(x)).Derivative;
    }

    /// <summary>∇f(x), one dual pass per coordinate.</summary>
    public static double[] Gradient(Func<Dual[], Dual> f, double[] x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        foreach (var xi in x)
        {
            RequireFinite(xi, nameof(x));
        }

        var gradient = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            // Direction eᵢ: only coordinate i moves, so the output's derivative is ∂f/∂xᵢ.
            var point = new Dual[x.Length];
            for (var j = 0; j < x.Length; j++)
            {
                point[j] = j == i ? Dual.Variable(x[j]) : Dual.Constant(x[j]);
            }

            gradient[i] = f(point).Derivative;
        }

        return gradient;
    }

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The point must be finite.");
        }
    }
}
