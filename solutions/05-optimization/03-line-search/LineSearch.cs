namespace MathForML.Optimization;

/// <summary>Reference solution: backtracking (Armijo) line search, and steepest descent that uses it.</summary>
public static class LineSearch
{
    /// <summary>The first t in t₀, ρt₀, ρ²t₀, … with f(x + td) ≤ f(x) + c·t·∇f(x)ᵀd.</summary>
    public static double Backtracking(
        Func<double[], double> f,
        double[] x,
        double[] gradientAtX,
        double[] direction,
        double initialStep = 1,
        double shrink = 0.5,
        double sufficientDecrease = 1e-4,
        int maxHalvings = 60)
    {
        ArgumentNullException.ThrowIfNull(f);
        OptimizerGuard.RequireStart(x, nameof(x));
        ArgumentNullException.ThrowIfNull(gradientAtX);
        ArgumentNullException.ThrowIfNull(direction);
        if (gradientAtX.Length != x.Length || direction.Length != x.Length)
        {
            throw new ArgumentException($"The gradient has length {gradientAtX.Length} and the direction {direction.Length}, but x has {x.Length} entries.", nameof(direction));
        }

        OptimizerGuard.RequirePositive(initialStep, nameof(initialStep));
        if (!(shrink > 0 && shrink < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(shrink), shrink, "The shrink factor must lie in (0, 1).");
        }

        if (!(sufficientDecrease > 0 && sufficientDecrease < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(sufficientDecrease), sufficientDecrease, "The sufficient-decrease constant must lie in (0, 1).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(maxHalvings);

        // The slope of t ↦ f(x + td) at t = 0; it must be negative, or no small step can decrease f.
        var slope = OptimizerGuard.Dot(gradientAtX, direction);
        if (!(slope < 0))
        {
            throw new ArgumentException($"The direction is not a descent direction: ∇f(x)ᵀd = {slope:g3} is not negative.", nameof(direction));
        }

        var fx = f((double[])x.Clone());
        if (!double.IsFinite(fx))
        {
            throw new ArgumentException($"f(x) = {fx} is not finite at the starting point.", nameof(x));
        }

        var t = initialStep;
        var trial = new double[x.Length];
        for (var halvings = 0; ; halvings++)
        {
            for (var i = 0; i < x.Length; i++)
            {
                trial[i] = x[i] + (t * direction[i]);
            }

            // A trial value that is NaN or ±∞ (a point outside f's domain, or on its edge) is never accepted.
            var value = f((double[])trial.Clone());
            if (double.IsFinite(value) && value <= fx + (sufficientDecrease * t * slope))
            {
                return t;
            }

            if (halvings == maxHalvings)
            {
                throw new InvalidOperationException($"The line search did not converge: no sufficient decrease after {maxHalvings} reductions of the step.");
            }

            t *= shrink;
        }
    }

    /// <summary>Steepest descent xₖ₊₁ = xₖ − tₖ∇f(xₖ) with tₖ from <see cref="Backtracking"/> (started at t = 1).</summary>
    public static double[] Minimize(
        Func<double[], double> f,
        Func<double[], double[]> gradient,
        double[] x0,
        double tolerance = 1e-8,
        int maxIterations = 10_000,
        IList<double[]>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(gradient);
        OptimizerGuard.RequireStart(x0);
        OptimizerGuard.RequireSettings(tolerance, maxIterations);

        var x = (double[])x0.Clone();
        trace?.Add((double[])x.Clone());
        for (var k = 0; ; k++)
        {
            var g = OptimizerGuard.Gradient(gradient, x);
            if (OptimizerGuard.Norm(g) <= tolerance)
            {
                return x;
            }

            if (k == maxIterations)
            {
                throw new InvalidOperationException($"Steepest descent did not converge in {maxIterations} iterations.");
            }

            var direction = g.Select(v => -v).ToArray();
            var t = Backtracking(f, x, g, direction);
            for (var i = 0; i < x.Length; i++)
            {
                x[i] += t * direction[i];
            }

            trace?.Add((double[])x.Clone());
        }
    }
}
