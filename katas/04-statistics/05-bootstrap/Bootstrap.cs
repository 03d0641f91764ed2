namespace MathForML.Statistics;

/// <summary>
/// The nonparametric bootstrap: the sampling distribution of a statistic (a mean, a median, …) estimated by recomputing
/// it on resamples of the data drawn with replacement; its standard error and its percentile confidence interval.
/// </summary>
/// <remarks>
/// Draw every index of a resample with <c>random.Next(n)</c>, resample by resample, index by index, so that a seed fixes
/// the result. The statistic receives a new array of length n each time. Bad input: null → <see cref="ArgumentNullException"/>;
/// empty data → <see cref="ArgumentException"/> with "empty" (whatever the statistic would do with an empty array); too
/// few resamples or a confidence level outside (0, 1) ("between 0 and 1") → <see cref="ArgumentOutOfRangeException"/>.
/// Lesson: katas/04-statistics/05-bootstrap/README.md
/// </remarks>
public static class Bootstrap
{
    /// <summary>
    /// The bootstrap replicates θ*₁ … θ*_B: the statistic of B resamples, each of n values drawn from the data with
    /// replacement (n = the data's length). The data are not modified.
    /// </summary>
    /// <param name="data">The sample, n ≥ 1.</param>
    /// <param name="statistic">The statistic θ, e.g. <see cref="DescriptiveStatistics.Mean"/>.</param>
    /// <param name="resamples">B ≥ 1.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>B replicates, in the order drawn.</returns>
    public static double[] Replicates(double[] data, Func<double[], double> statistic, int resamples, Random random)
    {
        // TODO: B times: fill a resample with data[random.Next(n)], apply the statistic.
        throw new NotImplementedException("TODO Bootstrap.Replicates: return the statistic of B resamples drawn with replacement.");
    }

    /// <summary>The bootstrap standard error: the sample standard deviation (n − 1) of B replicates.</summary>
    /// <param name="data">The sample, n ≥ 1.</param>
    /// <param name="statistic">The statistic.</param>
    /// <param name="resamples">B ≥ 2.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The standard error, ≥ 0.</returns>
    public static double StandardError(double[] data, Func<double[], double> statistic, int resamples, Random random)
    {
        // TODO: the spread of the replicates.
        throw new NotImplementedException("TODO Bootstrap.StandardError: return the standard deviation of the replicates.");
    }

    /// <summary>
    /// The percentile interval at confidence level c: the type-7 quantiles (1 − c)/2 and (1 + c)/2 of B replicates
    /// (for c = 0.95, the 2.5 % and 97.5 % quantiles), drawn exactly as <see cref="Replicates"/> draws them.
    /// </summary>
    /// <param name="data">The sample, n ≥ 1.</param>
    /// <param name="statistic">The statistic.</param>
    /// <param name="confidence">c, strictly between 0 and 1.</param>
    /// <param name="resamples">B ≥ 1.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The interval (Low ≤ High).</returns>
    public static (double Low, double High) PercentileInterval(
        double[] data, Func<double[], double> statistic, double confidence, int resamples, Random random)
    {
        // TODO: two quantiles of the replicates.
        throw new NotImplementedException("TODO Bootstrap.PercentileInterval: return the (1 − c)/2 and (1 + c)/2 quantiles of the replicates.");
    }
}
