using MathForML.Figures;
using MathNet.Numerics.Distributions;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The confidence-interval kata's figure, drawn from your <see cref="ConfidenceIntervals"/> (read, don't edit).</summary>
public static class ConfidenceIntervalsFigures
{
    /// <summary>100 simulated 95 % t intervals against the true mean.</summary>
    /// <returns>The plot.</returns>
    [Figure("hundred-intervals", "Your 95 % t intervals from 100 seeded samples of n = 10 values of N(5, 2²), one per row. About 95 of them contain the true mean μ = 5 (blue); the misses are drawn in vermillion. Each interval is random — its centre x̄ and its width, through s, change from sample to sample — while μ stays put: the 95 % describes the procedure, not any single interval.")]
    public static Plot HundredIntervals()
    {
        var random = new Random(12);
        var intervals = Enumerable.Range(0, 100)
            .Select(_ => ConfidenceIntervals.TInterval([.. Enumerable.Range(0, 10).Select(_ => Normal.Sample(random, 5, 2))], 0.95))
            .ToList();
        var misses = intervals.Count(i => i.Low > 5 || i.High < 5);
        return Charts.IntervalsAgainstTruth($"{100 - misses} of 100 intervals cover μ = 5; {misses} miss", "x", intervals, 5);
    }
}
