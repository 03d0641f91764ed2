namespace MathForML.Calculus;

/// <summary>Reference solution: Newton's method for roots, 1-D critical points and n-D critical points.</summary>
public static class Newton
{
    /// <summary>xₖ₊₁ = xₖ − f(xₖ)/f′(xₖ).</summary>
    public static double FindRoot(
        Func<double, double> f,
        Func<double, double> fPrime,
        double x0,
        double tolerance = 1e-12,
        int maxIterations = 100,
        IList<double>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(fPrime);
        RequireFinite(x0, nameof(x0));
        RequireSettings(tolerance, maxIterations);

        var x = x0;
        trace?.Add(x);
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var value = Finite(f(x), $"f({x})");
            if (value == 0)
            {
                return x;
            }

            var slope = Finite(fPrime(x), $"f′({x})");
            if (slope == 0)
            {
                throw new InvalidOperationException($"Newton's step is undefined: zero derivative at x = {x}.");
            }

            var step = value / slope;
            x -= step;
            trace?.Add(x);
            if (Math.Abs(step) <= tolerance * Math.Max(1, Math.Abs(x)))
            {
                return x;
            }
        }

        throw new InvalidOperationException($"Newton's method did not converge in {maxIterations} iterations.");
    }

    /// <summary>Newton's iteration on f′.</summary>
    public static double Minimize1D(
        Func<double, double> fPrime,
        Func<double, double> fSecond,
        double x0,
        double tolerance = 1e-12,
        int maxIterations = 100,
        IList<double>? trace = null) =>
        FindRoot(fPrime, fSecond, x0, tolerance, maxIterations, trace);

    /// <summary>xₖ₊₁ = xₖ + s with H(xₖ)·s = −∇f(xₖ).</summary>
    public static double[] Minimize(
        Func<double[], double[]> gradient,
        Func<double[], double[,]> hessian,
        double[] x0,
        double tolerance = 1e-12,
        int maxIterations = 100,
        IList<double[]>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(hessian);
        ArgumentNullException.ThrowIfNull(x0);
        if (x0.Length == 0)
        {
            throw new ArgumentException("The starting point is empty.", nameof(x0));
        }

        foreach (var entry in x0)
        {
            RequireFinite(entry, nameof(x0));
        }

        RequireSettings(tolerance, maxIterations);

        var n = x0.Length;
        var x = (double[])x0.Clone();
        trace?.Add((double[])x.Clone());
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var g = gradient((double[])x.Clone()) ?? throw new ArgumentException("The gradient returned null.", nameof(gradient));
            if (g.Length != n)
            {
                throw new ArgumentException($"The gradient has length {g.Length} but x has {n} entries.", nameof(gradient));
            }

            foreach (var entry in g)
            {
                Finite(entry, "the gradient");
            }

            if (g.All(entry => entry == 0))
            {
                return x;
            }

            var h = hessian((double[])x.Clone()) ?? throw new ArgumentException("The Hessian returned null.", nameof(hessian));
            if (h.GetLength(0) != n || h.GetLength(1) != n)
            {
                throw new ArgumentException($"The Hessian has shape {h.GetLength(0)}x{h.GetLength(1)} but should be {n}x{n}.", nameof(hessian));
            }

            foreach (var entry in h)
            {
                Finite(entry, "the Hessian");
            }

            var step = Elimination.TrySolve(h, [.. g.Select(entry => -entry)])
                ?? throw new InvalidOperationException("The Hessian is singular: Newton's step is undefined.");
            for (var i = 0; i < n; i++)
            {
                x[i] += step[i];
            }

            trace?.Add((double[])x.Clone());
            if (Norm(step) <= tolerance * Math.Max(1, Norm(x)))
            {
                return x;
            }
        }

        throw new InvalidOperationException($"Newton's method did not converge in {maxIterations} iterations.");
    }


    private static double Norm(double[] v)
    {
        // Scaled by the largest entry so that squaring cannot overflow.
        var largest = v.Max(Math.Abs);
        if (largest == 0)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var entry in v)
        {
            var scaled = entry / largest;
            sum += scaled * scaled;
        }

        return largest * Math.Sqrt(sum);
    }

    private static double Finite(double value, string what)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException($"{what} is not finite: {value}.");
        }

        return value;
    }

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The starting point must be finite.");
        }
    }

    private static void RequireSettings(double tolerance, int maxIterations)
    {
        if (double.IsNaN(tolerance) || tolerance <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
    }
}
