namespace MathForML.Statistics;

/// <summary>
/// The summaries of a sample x₁ … xₙ: its centre (mean, median, mode), its spread (range, population and sample
/// variance and standard deviation, type-7 quantiles, interquartile range) and its shape (skewness, excess kurtosis).
/// </summary>
/// <remarks>
/// Every method takes the sample as a <c>double[]</c>, never modifies it, and rejects bad input the same way: null
/// (<see cref="ArgumentNullException"/>), an empty array (<see cref="ArgumentException"/>, "empty") and an array
/// containing NaN (<see cref="ArgumentException"/>, "NaN").
/// Lesson: katas/04-statistics/01-descriptive-statistics/README.md
/// </remarks>
public static class DescriptiveStatistics
{
    /// <summary>
    /// The mean x̄ = (1/n) Σ xᵢ. Must not overflow when the values are finite: the mean of three copies of 10³⁰⁸ is 10³⁰⁸.
    /// Accurate to a few ulps.
    /// </summary>
    /// <param name="values">The sample, n ≥ 1.</param>
    /// <returns>The mean.</returns>
    public static double Mean(double[] values)
    {
        // TODO: sum, then divide — but think about what Σ xᵢ does when every xᵢ is 1e308.
        throw new NotImplementedException("TODO DescriptiveStatistics.Mean: return (1/n) Σ xᵢ without overflowing.");
    }

    /// <summary>The median: the middle sorted value, or the average of the two middle values when n is even.</summary>
    /// <param name="values">The sample, n ≥ 1.</param>
    /// <returns>The median.</returns>
    public static double Median(double[] values)
    {
        // TODO: sort a copy (never the caller's array).
        throw new NotImplementedException("TODO DescriptiveStatistics.Median: return the middle of the sorted values.");
    }

    /// <summary>The mode: the most frequent value; when several values are equally frequent, the smallest of them.</summary>
    /// <param name="values">The sample, n ≥ 1.</param>
    /// <returns>The mode.</returns>
    public static double Mode(double[] values)
    {
        // TODO: equal values sit next to each other once sorted.
        throw new NotImplementedException("TODO DescriptiveStatistics.Mode: return the most frequent value (the smallest on a tie).");
    }

    /// <summary>The range max − min.</summary>
    /// <param name="values">The sample, n ≥ 1.</param>
    /// <returns>The range, ≥ 0.</returns>
    public static double Range(double[] values)
    {
        // TODO: one pass for the largest and the smallest value.
        throw new NotImplementedException("TODO DescriptiveStatistics.Range: return max − min.");
    }

    /// <summary>
    /// The population variance σ² = (1/n) Σ (xᵢ − x̄)². Relative error about 1e-12 or better even when the values
    /// share a large offset (10⁹ + small values).
    /// </summary>
    /// <param name="values">The sample, n ≥ 1 (one value has variance 0).</param>
    /// <returns>The population variance, ≥ 0.</returns>
    public static double PopulationVariance(double[] values)
    {
        // TODO: sum the squared deviations from the mean.
        throw new NotImplementedException("TODO DescriptiveStatistics.PopulationVariance: return (1/n) Σ (xᵢ − x̄)².");
    }

    /// <summary>The sample variance s² = (1/(n − 1)) Σ (xᵢ − x̄)², as accurate as <see cref="PopulationVariance"/>.</summary>
    /// <param name="values">The sample, n ≥ 2.</param>
    /// <returns>The sample variance, ≥ 0.</returns>
    /// <exception cref="ArgumentException">Fewer than two values (message says "two").</exception>
    public static double Variance(double[] values)
    {
        // TODO: the same sum of squared deviations, another denominator.
        throw new NotImplementedException("TODO DescriptiveStatistics.Variance: return (1/(n − 1)) Σ (xᵢ − x̄)².");
    }

    /// <summary>The population standard deviation σ = √σ².</summary>
    /// <param name="values">The sample, n ≥ 1.</param>
    /// <returns>σ, ≥ 0.</returns>
    public static double PopulationStandardDeviation(double[] values)
    {
        // TODO: one line.
        throw new NotImplementedException("TODO DescriptiveStatistics.PopulationStandardDeviation: return √σ².");
    }

    /// <summary>The sample standard deviation s = √s².</summary>
    /// <param name="values">The sample, n ≥ 2.</param>
    /// <returns>s, ≥ 0.</returns>
    /// <exception cref="ArgumentException">Fewer than two values ("two").</exception>
    public static double StandardDeviation(double[] values)
    {
        // TODO: one line.
        throw new NotImplementedException("TODO DescriptiveStatistics.StandardDeviation: return √s².");
    }

    /// <summary>
    /// The p-quantile of type 7 (R's default, MathNet's <c>QuantileDefinition.R7</c>): linear interpolation between
    /// the sorted values at position h = (n − 1)·p, counted from 0. Q(0) is the minimum, Q(1) the maximum, Q(½) the median.
    /// </summary>
    /// <param name="values">The sample, n ≥ 1.</param>
    /// <param name="p">The probability, in [0, 1].</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] or NaN ("[0, 1]").</exception>
    public static double Quantile(double[] values, double p)
    {
        // TODO: sort a copy, find h, interpolate between the two sorted values around it.
        throw new NotImplementedException("TODO DescriptiveStatistics.Quantile: return the type-7 quantile at h = (n − 1)·p.");
    }

    /// <summary>The interquartile range Q(0.75) − Q(0.25), with type-7 quantiles.</summary>
    /// <param name="values">The sample, n ≥ 1.</param>
    /// <returns>The IQR, ≥ 0.</returns>
    public static double InterquartileRange(double[] values)
    {
        // TODO: two quantiles.
        throw new NotImplementedException("TODO DescriptiveStatistics.InterquartileRange: return Q(0.75) − Q(0.25).");
    }

    /// <summary>
    /// The moment skewness g₁ = m₃ / m₂^(3/2), where mₖ = (1/n) Σ (xᵢ − x̄)ᵏ (MathNet's <c>PopulationSkewness</c>).
    /// Scale-free: the same for the values times 1e-90 or 1e90, where a fourth power of a raw deviation under- or overflows.
    /// </summary>
    /// <param name="values">The sample, n ≥ 1, not all equal.</param>
    /// <returns>g₁.</returns>
    /// <exception cref="ArgumentException">All values are equal (message says "constant").</exception>
    public static double Skewness(double[] values)
    {
        // TODO: central moments m₂ and m₃ of deviations divided by a common scale first.
        throw new NotImplementedException("TODO DescriptiveStatistics.Skewness: return m₃ / m₂^(3/2).");
    }

    /// <summary>
    /// The excess kurtosis g₂ = m₄ / m₂² − 3 (0 for a normal distribution; MathNet's <c>PopulationKurtosis</c>).
    /// Scale-free like <see cref="Skewness"/>.
    /// </summary>
    /// <param name="values">The sample, n ≥ 1, not all equal.</param>
    /// <returns>g₂.</returns>
    /// <exception cref="ArgumentException">All values are equal ("constant").</exception>
    public static double ExcessKurtosis(double[] values)
    {
        // TODO: central moments m₂ and m₄.
        throw new NotImplementedException("TODO DescriptiveStatistics.ExcessKurtosis: return m₄ / m₂² − 3.");
    }
}
