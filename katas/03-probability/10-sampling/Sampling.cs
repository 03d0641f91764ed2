namespace MathForML.Probability;

/// <summary>
/// Turning uniform random numbers into draws from other distributions: inverse-transform sampling, the Box–Muller
/// transform for normal draws, and rejection sampling from a density under a constant envelope. Every uniform number
/// comes from the caller's <see cref="Random"/>, so a seed fixes the whole sample.
/// </summary>
/// <remarks>
/// Uniform numbers are u = random.NextDouble() ∈ [0, 1), consumed in the order stated by each method, so that a
/// generator that returns chosen values gives checkable results. Errors: a null generator or delegate →
/// <see cref="ArgumentNullException"/>; a negative count → <see cref="ArgumentOutOfRangeException"/>.
/// Lesson: katas/03-probability/10-sampling/README.md
/// </remarks>
public static class Sampling
{
    /// <summary>
    /// <paramref name="count"/> draws x = F⁻¹(u), one u = random.NextDouble() per draw, in order.
    /// </summary>
    /// <param name="random">The source of uniform numbers.</param>
    /// <param name="inverseCdf">The quantile function F⁻¹ of the target distribution.</param>
    /// <param name="count">How many draws, at least 0.</param>
    /// <returns>The draws.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> or <paramref name="inverseCdf"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static double[] InverseTransform(Random random, Func<double, double> inverseCdf, int count)
    {
        throw new NotImplementedException("TODO Sampling.InverseTransform: return inverseCdf(u) for count uniform draws u.");
    }

    /// <summary>
    /// <paramref name="count"/> exponential draws with rate λ (mean 1/λ) by inverse transform: x = −ln(1 − u)/λ with one
    /// u = random.NextDouble() per draw (1 − u ∈ (0, 1], so x is finite). Rates near 1e-12 and 1e12 included.
    /// </summary>
    /// <param name="random">The source of uniform numbers.</param>
    /// <param name="rate">The rate λ, finite and positive.</param>
    /// <param name="count">How many draws, at least 0.</param>
    /// <returns>The draws.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not finite and positive ("positive"), or <paramref name="count"/> is negative.</exception>
    public static double[] Exponential(Random random, double rate, int count)
    {
        throw new NotImplementedException("TODO Sampling.Exponential: return −ln(1 − u)/λ for count uniform draws u.");
    }

    /// <summary>
    /// <paramref name="count"/> standard normal draws by the Box–Muller transform. Each pair uses u₁ then u₂ (two calls of
    /// random.NextDouble()): r = √(−2 ln(1 − u₁)), θ = 2πu₂, and the pair is (r cos θ, r sin θ), in that order. For an
    /// odd count the second value of the last pair is dropped.
    /// </summary>
    /// <param name="random">The source of uniform numbers.</param>
    /// <param name="count">How many draws, at least 0.</param>
    /// <returns>The draws.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static double[] BoxMuller(Random random, int count)
    {
        throw new NotImplementedException("TODO Sampling.BoxMuller: return count normal draws (r cos θ, r sin θ, …).");
    }

    /// <summary>
    /// <paramref name="count"/> draws from the density f on [low, high) by rejection under the constant envelope M
    /// (<paramref name="bound"/>, with f ≤ M on the interval; f need not be normalised). Each proposal uses
    /// x = low + (high − low)·u₁ and then u₂ (two calls of random.NextDouble()) and is accepted when u₂·M &lt; f(x);
    /// proposals are repeated until <paramref name="count"/> are accepted.
    /// </summary>
    /// <param name="random">The source of uniform numbers.</param>
    /// <param name="density">The target density f, up to a constant factor.</param>
    /// <param name="low">The left end of the interval, finite.</param>
    /// <param name="high">The right end, finite and greater than <paramref name="low"/>.</param>
    /// <param name="bound">The envelope M, finite and positive.</param>
    /// <param name="count">How many draws, at least 0.</param>
    /// <returns>The accepted draws, in the order they were accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> or <paramref name="density"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is empty or not finite ("interval").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is not finite and positive ("positive"), or <paramref name="count"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">f(x) &gt; M or f(x) is negative or NaN at a proposal ("bound"), or 1 000 000 proposals in a row are rejected ("rejected").</exception>
    public static double[] Rejection(Random random, Func<double, double> density, double low, double high, double bound, int count)
    {
        throw new NotImplementedException("TODO Sampling.Rejection: return count proposals accepted when u·M < f(x).");
    }
}
