namespace MathForML.Probability;

/// <summary>
/// The two limit theorems, measured: the law of large numbers (the running mean of independent draws settles at
/// their expectation) and the central limit theorem (standardised sums look more and more like N(0, 1), as measured
/// by the Kolmogorov–Smirnov distance).
/// </summary>
/// <remarks>Lesson: katas/03-probability/11-limit-theorems/README.md</remarks>
public static class LimitTheorems
{
    /// <summary>
    /// The running means m₁, …, mₙ of x₁, …, xₙ: mₖ = (x₁ + … + xₖ)/k, element k − 1 of the result (C# arrays count
    /// from 0). Must stay finite when every value is near 1e308 (a running sum would overflow).
    /// </summary>
    /// <param name="values">The values x₁, …, xₙ, at least one.</param>
    /// <returns>A new array of the n running means.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty ("empty").</exception>
    public static double[] RunningMean(double[] values)
    {
        throw new NotImplementedException("TODO LimitTheorems.RunningMean: return mₖ = (x₁ + … + xₖ)/k for every k.");
    }

    /// <summary>
    /// <paramref name="count"/> standardised sums Zₙ = (X₁ + … + Xₙ − nμ)/(σ√n) of n = <paramref name="terms"/> draws each:
    /// the draws are <paramref name="draw"/>(random), called n times for the first sum, then n times for the second, and
    /// so on. μ and σ are the mean and standard deviation of one draw.
    /// </summary>
    /// <param name="random">The generator handed to <paramref name="draw"/>.</param>
    /// <param name="draw">One draw of X from the generator.</param>
    /// <param name="mean">μ, finite.</param>
    /// <param name="stdDev">σ, finite and positive.</param>
    /// <param name="terms">n, at least 1.</param>
    /// <param name="count">How many sums, at least 0.</param>
    /// <returns>The standardised sums.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> or <paramref name="draw"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">σ is not finite and positive ("positive"), μ is not finite ("finite"), n &lt; 1 or count &lt; 0.</exception>
    public static double[] StandardizedSums(Random random, Func<Random, double> draw, double mean, double stdDev, int terms, int count)
    {
        throw new NotImplementedException("TODO LimitTheorems.StandardizedSums: return (Σ Xᵢ − nμ)/(σ√n) for count sums of n draws.");
    }

    /// <summary>
    /// The Kolmogorov–Smirnov distance D = sup over x of |Fₙ(x) − F(x)| between the empirical CDF Fₙ of the samples
    /// (any order, ties allowed) and the CDF F. Exact: the supremum is attained at a sample, just at or just before it.
    /// </summary>
    /// <param name="samples">The samples, at least one, none NaN.</param>
    /// <param name="cdf">The CDF F.</param>
    /// <returns>D, in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="samples"/> or <paramref name="cdf"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="samples"/> is empty ("empty") or contains NaN ("NaN").</exception>
    public static double KolmogorovSmirnovDistance(double[] samples, Func<double, double> cdf)
    {
        throw new NotImplementedException("TODO LimitTheorems.KolmogorovSmirnovDistance: return sup |Fₙ(x) − F(x)|.");
    }
}
