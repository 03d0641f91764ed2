namespace MathForML.CaseStudies;

/// <summary>Standard normal draws from a <see cref="Random"/> by the Box–Muller transform (given code: read, don't edit).</summary>
public static class NormalSampler
{
    /// <summary>One draw from N(0, 1): √(−2 ln u₁)·cos(2πu₂) with u₁ in (0, 1] and u₂ in [0, 1), two uniform draws per call.</summary>
    /// <param name="random">The source of uniform draws.</param>
    /// <returns>The draw.</returns>
    public static double Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u1 = 1 - random.NextDouble(); // in (0, 1]: the logarithm stays finite
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
