using MathForML.Figures;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The sampling kata's figure, drawn from your <see cref="SamplingSchemes"/> (read, don't edit).</summary>
public static class SamplingSchemesFigures
{
    /// <summary>How often each position of a stream ends in the reservoir, against the uniform k/N.</summary>
    /// <returns>The plot.</returns>
    [Figure("reservoir-inclusion", "The share of 20 000 seeded runs in which each of the N = 50 items of a stream ended in your reservoir of k = 5, and likewise for your SampleWithoutReplacement(50, 5). Both scatter around the uniform k/N = 0.1 (the flat line) with the binomial noise √(0.1·0.9/20 000) ≈ 0.002: an early item, which had to survive 45 later chances of being replaced, is kept exactly as often as the last one.")]
    public static Plot ReservoirInclusion()
    {
        const int N = 50, K = 5, Runs = 20_000;
        var random = new Random(8);
        var (reservoir, direct) = (new double[N], new double[N]);
        for (var t = 0; t < Runs; t++)
        {
            foreach (var i in SamplingSchemes.Reservoir(Enumerable.Range(0, N), K, random))
            {
                reservoir[i] += 1.0 / Runs;
            }

            foreach (var i in SamplingSchemes.SampleWithoutReplacement(N, K, random))
            {
                direct[i] += 1.0 / Runs;
            }
        }

        var positions = Enumerable.Range(1, N).Select(i => (double)i).ToArray();
        var plot = Charts.Curves(
            "Every item of the stream is kept with probability k/N",
            "position of the item in the stream", "share of runs in the sample",
            [new Series("your Reservoir(k = 5)", positions, reservoir), new Series("your SampleWithoutReplacement(50, 5)", positions, direct),
             new Series("k/N = 0.1", [1, N], [0.1, 0.1])]);
        plot.Axes.SetLimitsY(0, 0.2);
        return plot;
    }
}
