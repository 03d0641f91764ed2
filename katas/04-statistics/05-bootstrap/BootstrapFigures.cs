using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The bootstrap kata's figure, drawn from your <see cref="Bootstrap"/> (read, don't edit).</summary>
public static class BootstrapFigures
{
    /// <summary>The bootstrap distribution of a median with its 95 % percentile interval.</summary>
    /// <returns>The plot.</returns>
    [Figure("bootstrap-median", "Your 4000 bootstrap replicates of the median of one seeded sample of 60 log-normal values, as a histogram, with the sample median and the ends of your 95 % percentile interval (the 2.5 % and 97.5 % quantiles of the replicates). The median of a resample can only be one of the data values or the average of two, so the histogram is spiky; the interval is not symmetric about the estimate, because the data are skewed.")]
    public static Plot BootstrapMedian()
    {
        var source = new SeededRandom(31);
        var data = Enumerable.Range(0, 60).Select(_ => Math.Exp(source.Gaussian())).ToArray();
        var replicates = Bootstrap.Replicates(data, DescriptiveStatistics.Median, 4000, new Random(31));
        var (low, high) = Bootstrap.PercentileInterval(data, DescriptiveStatistics.Median, 0.95, 4000, new Random(31));
        return Charts.HistogramWithMarkers(
            $"The median's 95 % percentile interval: [{low:0.00}, {high:0.00}]",
            "median of a resample",
            replicates,
            [("sample median", DescriptiveStatistics.Median(data)), ("95 % percentile interval", low), ("95 % percentile interval", high)],
            bins: 60);
    }
}
