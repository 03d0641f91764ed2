namespace MathForML.Probability;

/// <summary>
/// Turning uniform random numbers into draws from other distributions: inverse-transform sampling, the Box–Muller
/// transform for normal draws, and rejection sampling from a density under a constant envelope.
/// </summary>
public static class Sampling
{
    /// <summary>How many proposals in a row may be rejected before the envelope is declared hopeless.</summary>
    private const int MaxConsecutiveRejections = 1_000_000;

    /// <summary>Draws x = F⁻¹(u), one uniform u per draw.</summary>
    /// <param name="random">The source of uniform numbers.</param>
    /// <param name="inverseCdf">The quantile function F⁻¹.</param>
    /// <param name="count">How many draws.</param>
    /// <returns>The draws.</returns>
    public static double[] InverseTransform(Random random, Func<double, double> inverseCdf, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(inverseCdf);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var draws = new double[count];
        for (var i = 0; i < count; i++)
        {
            // P(F⁻¹(U) ≤ x) = P(U ≤ F(x)) = F(x): the quantile function turns a uniform draw into a draw from F.
            draws[i] = inverseCdf(random.NextDouble());
        }

        return draws;
    }

    /// <summary>Exponential draws −ln(1 − u)/λ.</summary>
    /// <param name="random">The source of uniform numbers.</param>
    /// <param name="rate">The rate λ.</param>
    /// <param name="count">How many draws.</param>
    /// <returns>The draws.</returns>
    public static double[] Exponential(Random random, double rate, int count)
    {
        if (!double.IsFinite(rate) || rate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "The rate λ must be finite and positive.");
        }

        // F(x) = 1 − e^(−λx), so F⁻¹(u) = −ln(1 − u)/λ; NextDouble is in [0, 1), so 1 − u is never 0.
        // Dividing by λ (rather than multiplying by a precomputed 1/λ) keeps rates of 1e-12 and 1e12 exactly scaled.
        // InverseTransform rejects a null generator.
        return InverseTransform(random, u => -Math.Log(1 - u) / rate, count);
    }

    /// <summary>Standard normal draws by Box–Muller.</summary>
    /// <param name="random">The source of uniform numbers.</param>
    /// <param name="count">How many draws.</param>
    /// <returns>The draws.</returns>
    public static double[] BoxMuller(Random random, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var draws = new double[count];
        for (var i = 0; i < count; i += 2)
        {
            // The radius² of a standard 2-D normal point is exponential with mean 2, its angle uniform:
            // r = √(−2 ln(1 − u₁)) is an inverse transform, θ = 2πu₂.
            var r = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble()));
            var theta = 2 * Math.PI * random.NextDouble();
            draws[i] = r * Math.Cos(theta);
            if (i + 1 < count)
            {
                draws[i + 1] = r * Math.Sin(theta);
            }
        }

        return draws;
    }

    /// <summary>Draws from f on [low, high) by rejection under the envelope M.</summary>
    /// <param name="random">The source of uniform numbers.</param>
    /// <param name="density">The target density, up to a constant.</param>
    /// <param name="low">The left end.</param>
    /// <param name="high">The right end.</param>
    /// <param name="bound">The envelope M.</param>
    /// <param name="count">How many draws.</param>
    /// <returns>The accepted draws.</returns>
    public static double[] Rejection(Random random, Func<double, double> density, double low, double high, double bound, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(density);
        // A NaN end fails the comparison; an infinite end, or a width that overflows ([−1e308, 1e308]), is an infinite width.
        if (!(high > low) || !double.IsFinite(high - low))
        {
            throw new ArgumentException($"The interval [{low}, {high}) must be finite and non-empty.", nameof(high));
        }

        if (!double.IsFinite(bound) || bound <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bound), bound, "The envelope M must be finite and positive.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var draws = new double[count];
        var accepted = 0;
        var rejectedInARow = 0;
        while (accepted < count)
        {
            var x = low + ((high - low) * random.NextDouble());
            var fx = density(x);
            if (!(fx >= 0 && fx <= bound))
            {
                throw new InvalidOperationException($"f({x}) = {fx} is not within [0, M = {bound}]: the envelope must bound the density.");
            }

            // The point (x, u·M) is uniform under the box of height M; keeping it when it falls under the curve f
            // makes x's density proportional to f.
            if (random.NextDouble() * bound < fx)
            {
                draws[accepted++] = x;
                rejectedInARow = 0;
            }
            else if (++rejectedInARow >= MaxConsecutiveRejections)
            {
                throw new InvalidOperationException($"{MaxConsecutiveRejections} proposals in a row were rejected: the density is (almost) 0 on the interval, or M is far too large.");
            }
        }

        return draws;
    }
}
