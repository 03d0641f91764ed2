namespace MathForML.Probability;

/// <summary>
/// The two limit theorems, measured: the law of large numbers (running means) and the central limit theorem
/// (standardised sums, compared with N(0, 1) by the Kolmogorov–Smirnov distance).
/// </summary>
public static class LimitTheorems
{
    /// <summary>The running means mₖ = (x₁ + … + xₖ)/k.</summary>
    /// <param name="values">The values, at least one.</param>
    /// <returns>The running means.</returns>
    public static double[] RunningMean(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException("The running mean of an empty sequence is undefined.", nameof(values));
        }

        var means = new double[values.Length];
        var mean = 0.0;
        for (var k = 1; k <= values.Length; k++)
        {
            // mₖ = mₖ₋₁ + (xₖ − mₖ₋₁)/k: the same number as the sum divided by k, but the sum is never formed, so values
            // near 1e308 cannot overflow it.
            mean += (values[k - 1] - mean) / k;
            means[k - 1] = mean;
        }

        return means;
    }

    /// <summary>Standardised sums (Σ Xᵢ − nμ)/(σ√n).</summary>
    /// <param name="random">The generator.</param>
    /// <param name="draw">One draw.</param>
    /// <param name="mean">μ.</param>
    /// <param name="stdDev">σ.</param>
    /// <param name="terms">n.</param>
    /// <param name="count">How many sums.</param>
    /// <returns>The sums.</returns>
    public static double[] StandardizedSums(Random random, Func<Random, double> draw, double mean, double stdDev, int terms, int count)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(draw);
        if (!double.IsFinite(mean))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "μ must be finite.");
        }

        if (!double.IsFinite(stdDev) || stdDev <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stdDev), stdDev, "σ must be finite and positive.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(terms, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(count);

        // The sum of n draws has mean nμ and standard deviation σ√n (variances add): subtract and divide by those.
        var scale = stdDev * Math.Sqrt(terms);
        var sums = new double[count];
        for (var s = 0; s < count; s++)
        {
            // Sum the deviations Xᵢ − μ rather than subtracting nμ at the end: no cancellation when μ is large.
            var total = 0.0;
            for (var i = 0; i < terms; i++)
            {
                total += draw(random) - mean;
            }

            sums[s] = total / scale;
        }

        return sums;
    }

    /// <summary>The Kolmogorov–Smirnov distance sup |Fₙ(x) − F(x)|.</summary>
    /// <param name="samples">The samples.</param>
    /// <param name="cdf">The CDF.</param>
    /// <returns>D.</returns>
    public static double KolmogorovSmirnovDistance(double[] samples, Func<double, double> cdf)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(cdf);
        if (samples.Length == 0)
        {
            throw new ArgumentException("The KS distance of an empty sample is undefined.", nameof(samples));
        }

        if (samples.Any(double.IsNaN))
        {
            throw new ArgumentException("The samples contain NaN, which has no place in a CDF.", nameof(samples));
        }

        var sorted = (double[])samples.Clone();
        Array.Sort(sorted);
        var n = sorted.Length;
        var distance = 0.0;
        for (var i = 0; i < n; i++)
        {
            // Fₙ jumps from i/n to (i + 1)/n at the (i + 1)-th smallest sample: compare F there with both levels.
            // With ties, the lower levels of the repeated values are never the largest gap, so no special case is needed.
            var f = cdf(sorted[i]);
            distance = Math.Max(distance, Math.Max(((i + 1.0) / n) - f, f - ((double)i / n)));
        }

        return distance;
    }
}
