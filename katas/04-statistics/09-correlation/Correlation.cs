namespace MathForML.Statistics;

/// <summary>
/// How strongly two paired samples x₁ … xₙ and y₁ … yₙ move together: the sample covariance, Pearson's correlation r (linear
/// association) and Spearman's rank correlation ρ (monotone association), with average ranks for ties.
/// </summary>
/// <remarks>
/// Results must not depend on the units: adding 1e9 to every value or multiplying them by 1e-12 or 1e12 changes r and ρ
/// by no more than about 1e-6 (the offset itself rounds the data at that level). Bad input: null →
/// <see cref="ArgumentNullException"/>; x and y of different lengths → <see cref="ArgumentException"/> with "length";
/// fewer than two pairs → "two"; a NaN → "NaN"; for r and ρ, a sample without spread (all values, or all ranks, equal) →
/// "constant"; ranks of an empty sample → "empty". For a null, NaN-holding or constant sample the exception's
/// parameter name says which one it is: <c>x</c> or <c>y</c>.
/// Lesson: katas/04-statistics/09-correlation/README.md
/// </remarks>
public static class Correlation
{
    /// <summary>The sample covariance s_xy = Σ (x_i − x̄)(y_i − ȳ)/(n − 1).</summary>
    /// <param name="x">The first sample, n ≥ 2 values.</param>
    /// <param name="y">The second sample, paired with x (same length).</param>
    /// <returns>s_xy; 0 when either sample is constant.</returns>
    public static double Covariance(double[] x, double[] y)
    {
        // TODO: the means first.
        throw new NotImplementedException("TODO Correlation.Covariance: return Σ (x − x̄)(y − ȳ)/(n − 1), centring before multiplying.");
    }

    /// <summary>Pearson's correlation r = s_xy/(s_x s_y), in [−1, 1].</summary>
    /// <param name="x">The first sample, n ≥ 2 values, not constant.</param>
    /// <param name="y">The second sample, same length, not constant.</param>
    /// <returns>r, clamped to [−1, 1] against rounding.</returns>
    public static double Pearson(double[] x, double[] y)
    {
        // TODO: the same centred sums as the covariance, normalised.
        throw new NotImplementedException("TODO Correlation.Pearson: return r = s_xy/(s_x s_y).");
    }

    /// <summary>
    /// The ranks of the values, 1 for the smallest and n for the largest, in the order of the input; tied values share
    /// the average of the ranks they occupy ([10, 20, 20, 30] → [1, 2.5, 2.5, 4]). The input is not modified.
    /// </summary>
    /// <param name="values">The values, n ≥ 1, no NaN.</param>
    /// <returns>A new array of n ranks; they sum to n(n + 1)/2.</returns>
    public static double[] Ranks(double[] values)
    {
        // TODO: sort the positions by value, then walk through each group of equal values.
        throw new NotImplementedException("TODO Correlation.Ranks: return the 1-based ranks, tied values sharing their average rank.");
    }

    /// <summary>Spearman's rank correlation ρ: Pearson's r of the average ranks of x and of y, in [−1, 1].</summary>
    /// <param name="x">The first sample, n ≥ 2 values, not all equal.</param>
    /// <param name="y">The second sample, same length, not all equal.</param>
    /// <returns>ρ.</returns>
    public static double Spearman(double[] x, double[] y)
    {
        // TODO: reuse what you wrote.
        throw new NotImplementedException("TODO Correlation.Spearman: return Pearson's r of the ranks of x and y.");
    }
}
