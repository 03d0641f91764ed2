namespace MathForML.Optimization;

/// <summary>Reference solution: the learning rate ηₜ at step t = 0, 1, 2, … of common schedules.</summary>
public static class LearningRateSchedules
{
    /// <summary>η₀·γ^⌊t/s⌋.</summary>
    public static double Step(double initial, double factor, int stepSize, int t)
    {
        RequireRate(initial, nameof(initial));
        RequireFactor(factor, nameof(factor));
        ArgumentOutOfRangeException.ThrowIfLessThan(stepSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(t);
        return initial * Math.Pow(factor, t / stepSize);
    }

    /// <summary>η₀·γᵗ.</summary>
    public static double Exponential(double initial, double decay, int t)
    {
        RequireRate(initial, nameof(initial));
        RequireFactor(decay, nameof(decay));
        ArgumentOutOfRangeException.ThrowIfNegative(t);
        return initial * Math.Pow(decay, t);
    }

    /// <summary>ηmin + ½(η₀ − ηmin)(1 + cos(πt/T)) for t ≤ T, ηmin after.</summary>
    public static double Cosine(double initial, double minimum, int totalSteps, int t)
    {
        RequireRate(initial, nameof(initial));
        RequireMinimum(minimum, initial);
        ArgumentOutOfRangeException.ThrowIfLessThan(totalSteps, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(t);

        // Past T the cosine would climb again; the schedule stays at its floor instead: t is held at T, where
        // 1 + cos π = 0 exactly, leaving ηmin itself.
        var s = Math.Min(t, totalSteps);
        return minimum + (0.5 * (initial - minimum) * (1 + Math.Cos(Math.PI * s / totalSteps)));
    }

    /// <summary>η·t/W for t &lt; W, η from t = W on.</summary>
    public static double LinearWarmup(double peak, int warmupSteps, int t)
    {
        RequireRate(peak, nameof(peak));
        ArgumentOutOfRangeException.ThrowIfLessThan(warmupSteps, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(t);
        return t >= warmupSteps ? peak : peak * t / warmupSteps;
    }

    /// <summary>Linear warm-up to the peak at t = W, then cosine annealing from the peak at W to the minimum at T.</summary>
    public static double WarmupCosine(double peak, double minimum, int warmupSteps, int totalSteps, int t)
    {
        RequireRate(peak, nameof(peak));
        RequireMinimum(minimum, peak);
        ArgumentOutOfRangeException.ThrowIfLessThan(warmupSteps, 1);
        if (totalSteps <= warmupSteps)
        {
            throw new ArgumentOutOfRangeException(nameof(totalSteps), totalSteps, "The total number of steps must exceed the warm-up steps.");
        }

        // A negative t is rejected by LinearWarmup (t < W), under the same name.
        return t < warmupSteps
            ? LinearWarmup(peak, warmupSteps, t)
            : Cosine(peak, minimum, totalSteps - warmupSteps, t - warmupSteps);
    }

    private static void RequireRate(double rate, string name)
    {
        if (!(rate > 0) || !double.IsFinite(rate))
        {
            throw new ArgumentOutOfRangeException(name, rate, "The learning rate must be positive and finite.");
        }
    }

    private static void RequireFactor(double factor, string name)
    {
        if (!(factor > 0 && factor <= 1))
        {
            throw new ArgumentOutOfRangeException(name, factor, "The factor must lie in (0, 1].");
        }
    }

    private static void RequireMinimum(double minimum, double initial)
    {
        if (!(minimum >= 0 && minimum <= initial))
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "The minimum must lie in [0, initial].");
        }
    }
}
