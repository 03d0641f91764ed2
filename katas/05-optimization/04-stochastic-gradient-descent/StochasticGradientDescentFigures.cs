using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>The SGD kata's figures, drawn from your <see cref="StochasticGradientDescent.Minimize"/> (read, don't edit).</summary>
public static class StochasticGradientDescentFigures
{
    /// <summary>The training loss per epoch for three batch sizes.</summary>
    /// <returns>The plot.</returns>
    [Figure("loss-per-epoch", "The mean squared error (halved) after each epoch of your Minimize on 64 seeded noisy samples (σ = 0.3, so the best possible value is about σ²/2 = 0.045), η = 0.1, for batch sizes 1, 8 and 64 (full batch): smaller batches take more steps per pass and get near the floor in fewer epochs, but with a constant η they jitter around it instead of settling.")]
    public static Plot LossPerEpoch()
    {
        var set = new TestData(7).Regression(64, [2, -1], noiseStdDev: 0.3);
        var series = new List<Series>();
        foreach (var batch in new[] { 1, 8, 64 })
        {
            var trace = new List<double[]>();
            StochasticGradientDescent.Minimize((w, b) => Gradient(set.Features, set.Targets, w, b), 64, [0, 0], 0.1, batch, 40, new Random(3), trace);
            series.Add(new Series(
                batch == 64 ? "batch 64 (full batch)" : $"batch {batch}",
                [.. Enumerable.Range(0, trace.Count).Select(k => (double)k)],
                [.. trace.Select(w => Loss(set.Features, set.Targets, w))]));
        }

        return Charts.LogScale("Small batches reach the noise floor in fewer epochs", "epoch", "½·mean squared error", series, logX: false, markers: true);
    }

    private static double Loss(double[,] x, double[] y, double[] w) =>
        Enumerable.Range(0, y.Length).Select(i => 0.5 * Math.Pow((x[i, 0] * w[0]) + (x[i, 1] * w[1]) - y[i], 2)).Average();

    private static double[] Gradient(double[,] x, double[] y, double[] w, int[] batch)
    {
        var g = new double[2];
        foreach (var i in batch)
        {
            var r = (x[i, 0] * w[0]) + (x[i, 1] * w[1]) - y[i];
            g[0] += r * x[i, 0] / batch.Length;
            g[1] += r * x[i, 1] / batch.Length;
        }

        return g;
    }
}
