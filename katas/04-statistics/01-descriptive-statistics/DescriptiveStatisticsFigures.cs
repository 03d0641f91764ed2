using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The descriptive-statistics kata's figure, drawn from your <see cref="DescriptiveStatistics"/> (read, don't edit).</summary>
public static class DescriptiveStatisticsFigures
{
    /// <summary>Box plots of a symmetric, a skewed and a heavy-tailed sample, from your quartiles.</summary>
    /// <returns>The plot.</returns>
    [Figure("box-plots", "Box plots of three seeded samples of 200 values, each with mean 0 and standard deviation 1 in the population: normal, exponential (shifted) and log-normal (standardised). The box runs from your Q(0.25) to your Q(0.75) with your median inside; the whiskers reach the most extreme values within 1.5·IQR of the box and the circles are the values beyond. The normal box is symmetric; the skewed samples have a short lower whisker, a long upper one and outliers on one side only.")]
    public static Plot BoxPlots()
    {
        var random = new SeededRandom(2024);
        var normal = Enumerable.Range(0, 200).Select(_ => random.Gaussian()).ToArray();
        var exponential = Enumerable.Range(0, 200).Select(_ => -Math.Log(1 - random.NextDouble()) - 1).ToArray();
        // exp(Z/2) has mean e^(1/8) and variance e^(1/4)(e^(1/4) − 1).
        var (logMean, logSd) = (Math.Exp(0.125), Math.Sqrt(Math.Exp(0.25) * (Math.Exp(0.25) - 1)));
        var logNormal = Enumerable.Range(0, 200).Select(_ => (Math.Exp(random.Gaussian() / 2) - logMean) / logSd).ToArray();
        var boxes = new[] { ("normal", normal), ("exponential", exponential), ("log-normal", logNormal) }.Select(Summary).ToList();
        var skewness = DescriptiveStatistics.Skewness(exponential);
        return Charts.BoxPlots($"Your quartiles: skewed samples have lopsided boxes (exponential g₁ = {skewness:0.00})", "value", boxes);
    }

    /// <summary>A box plot's summary of a sample from your quartiles: whiskers to the last values within 1.5·IQR of the box.</summary>
    internal static BoxSummary Summary((string Label, double[] Values) sample)
    {
        var (label, x) = sample;
        var (q1, q3) = (DescriptiveStatistics.Quantile(x, 0.25), DescriptiveStatistics.Quantile(x, 0.75));
        var fence = 1.5 * DescriptiveStatistics.InterquartileRange(x);
        var inside = x.Where(v => v >= q1 - fence && v <= q3 + fence).ToArray();
        return new BoxSummary(
            $"{label} (median {DescriptiveStatistics.Median(x):0.00})",
            inside.Min(), q1, DescriptiveStatistics.Median(x), q3, inside.Max(),
            [.. x.Where(v => v < q1 - fence || v > q3 + fence)]);
    }
}
