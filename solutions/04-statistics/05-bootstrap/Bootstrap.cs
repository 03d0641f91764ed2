namespace MathForML.Statistics;

/// <summary>
/// Reference solution: the nonparametric bootstrap — resample the data with replacement, recompute the statistic,
/// and read its standard error and percentile interval off the replicates.
/// </summary>
public static class Bootstrap
{
    /// <summary>The statistic of B resamples of size n drawn with replacement.</summary>
    public static double[] Replicates(double[] data, Func<double[], double> statistic, int resamples, Random random)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentNullException.ThrowIfNull(random);
        if (data.Length == 0)
        {
            throw new ArgumentException("The data are empty: there is nothing to resample.", nameof(data));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 1);
        var n = data.Length;
        var replicates = new double[resamples];
        var resample = new double[n];
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < n; i++)
            {
                resample[i] = data[random.Next(n)];
            }

            // A fresh copy for the statistic, which may keep or modify what it is given.
            replicates[b] = statistic((double[])resample.Clone());
        }

        return replicates;
    }

    /// <summary>The sample standard deviation of the replicates.</summary>
    public static double StandardError(double[] data, Func<double[], double> statistic, int resamples, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 2);
        return DescriptiveStatistics.StandardDeviation(Replicates(data, statistic, resamples, random));
    }

    /// <summary>The (1 − c)/2 and (1 + c)/2 type-7 quantiles of the replicates.</summary>
    public static (double Low, double High) PercentileInterval(
        double[] data, Func<double[], double> statistic, double confidence, int resamples, Random random)
    {
        if (double.IsNaN(confidence) || confidence <= 0 || confidence >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie strictly between 0 and 1.");
        }

        var replicates = Replicates(data, statistic, resamples, random);
        return (DescriptiveStatistics.Quantile(replicates, (1 - confidence) / 2), DescriptiveStatistics.Quantile(replicates, (1 + confidence) / 2));
    }
}
