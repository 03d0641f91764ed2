namespace MathForML.Statistics;

/// <summary>
/// Reference solution: the summaries of a sample — centre (mean, median, mode), spread (range, variances, standard
/// deviations, quantiles, IQR) and shape (skewness, excess kurtosis).
/// </summary>
public static class DescriptiveStatistics
{
    /// <summary>The mean x̄ = (1/n) Σ xᵢ, without overflow and with a correction pass.</summary>
    public static double Mean(double[] values)
    {
        Require(values);
        return MeanOf(values);
    }

    /// <summary>The middle of the sorted values (the average of the two middle ones when n is even).</summary>
    public static double Median(double[] values) => Quantile(values, 0.5);

    /// <summary>The most frequent value; among equally frequent values, the smallest.</summary>
    public static double Mode(double[] values)
    {
        var sorted = Sorted(values);
        var (best, bestCount) = (sorted[0], 0);
        var start = 0;
        for (var i = 1; i <= sorted.Length; i++)
        {
            // A run of equal values ends at i; a strictly longer run replaces the best, so ties keep the smaller value.
            if (i == sorted.Length || sorted[i] != sorted[start])
            {
                if (i - start > bestCount)
                {
                    (best, bestCount) = (sorted[start], i - start);
                }

                start = i;
            }
        }

        return best;
    }

    /// <summary>max − min.</summary>
    public static double Range(double[] values)
    {
        Require(values);
        return values.Max() - values.Min();
    }

    /// <summary>The population variance (1/n) Σ (xᵢ − x̄)².</summary>
    public static double PopulationVariance(double[] values)
    {
        Require(values);
        return SumOfSquaredDeviations(values) / values.Length;
    }

    /// <summary>The sample variance s² = (1/(n − 1)) Σ (xᵢ − x̄)².</summary>
    public static double Variance(double[] values)
    {
        Require(values);
        if (values.Length < 2)
        {
            throw new ArgumentException("The sample variance needs at least two values (it divides by n − 1).", nameof(values));
        }

        return SumOfSquaredDeviations(values) / (values.Length - 1);
    }

    /// <summary>√ of the population variance.</summary>
    public static double PopulationStandardDeviation(double[] values) => Math.Sqrt(PopulationVariance(values));

    /// <summary>The sample standard deviation s = √s².</summary>
    public static double StandardDeviation(double[] values) => Math.Sqrt(Variance(values));

    /// <summary>The type-7 quantile: linear interpolation between order statistics at h = (n − 1)·p.</summary>
    public static double Quantile(double[] values, double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability p must lie in [0, 1].");
        }

        var sorted = Sorted(values);
        var h = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(h);
        if (below == sorted.Length - 1)
        {
            return sorted[below];
        }

        // x₍ₖ₎ + (h − k)(x₍ₖ₊₁₎ − x₍ₖ₎), written so that equal neighbours give exactly their value.
        return sorted[below] + ((h - below) * (sorted[below + 1] - sorted[below]));
    }

    /// <summary>Q(0.75) − Q(0.25) with type-7 quantiles.</summary>
    public static double InterquartileRange(double[] values) => Quantile(values, 0.75) - Quantile(values, 0.25);

    /// <summary>The moment skewness g₁ = m₃ / m₂^(3/2), with mₖ = (1/n) Σ (xᵢ − x̄)ᵏ.</summary>
    public static double Skewness(double[] values)
    {
        var (m2, m3, _) = CentralMoments(values);
        return m3 / Math.Pow(m2, 1.5);
    }

    /// <summary>The excess kurtosis g₂ = m₄ / m₂² − 3.</summary>
    public static double ExcessKurtosis(double[] values)
    {
        var (m2, _, m4) = CentralMoments(values);
        return (m4 / (m2 * m2)) - 3;
    }

    private static (double M2, double M3, double M4) CentralMoments(double[] values)
    {
        Require(values);
        var mean = MeanOf(values);
        // Standardising by the largest deviation first keeps the fourth powers far from overflow and underflow.
        var scale = values.Max(x => Math.Abs(x - mean));
        if (scale == 0)
        {
            throw new ArgumentException("Skewness and kurtosis are undefined for constant values (zero variance).", nameof(values));
        }

        var (m2, m3, m4) = (0.0, 0.0, 0.0);
        foreach (var x in values)
        {
            var d = (x - mean) / scale;
            m2 += d * d;
            m3 += d * d * d;
            m4 += d * d * d * d;
        }

        var n = values.Length;
        return (m2 / n, m3 / n, m4 / n);
    }

    private static double MeanOf(double[] values)
    {
        // Dividing each term first cannot overflow; the second pass adds the mean of the residuals, which removes the
        // rounding error of the first pass almost entirely.
        var n = values.Length;
        var mean = values.Sum(x => x / n);
        var correction = values.Sum(x => (x - mean) / n);
        return mean + correction;
    }

    private static double SumOfSquaredDeviations(double[] values)
    {
        // Two passes: deviations from the mean are small, so their squares carry all the digits.
        var mean = MeanOf(values);
        var sum = 0.0;
        foreach (var x in values)
        {
            sum += (x - mean) * (x - mean);
        }

        return sum;
    }

    private static double[] Sorted(double[] values)
    {
        Require(values);
        var copy = (double[])values.Clone();
        Array.Sort(copy);
        return copy;
    }

    private static void Require(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException("The values are empty: a summary needs at least one value.", nameof(values));
        }

        if (values.Any(double.IsNaN))
        {
            throw new ArgumentException("The values contain NaN, which has no place in an ordering or a sum.", nameof(values));
        }
    }
}
