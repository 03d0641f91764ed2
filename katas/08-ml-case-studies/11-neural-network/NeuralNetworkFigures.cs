using MathForML.Figures;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The neural-network kata's figures, drawn from your <see cref="NeuralNetwork.Initialize"/>,
/// <see cref="NeuralNetwork.Train"/> and <see cref="NeuralNetwork.Predict"/> on XOR (read, don't edit).
/// </summary>
public static class NeuralNetworkFigures
{
    private static readonly double[,] XorInputs = { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 } };
    private static readonly int[] XorLabels = [0, 1, 1, 0];

    /// <summary>The decision regions of a 2-4-2 tanh network trained on XOR.</summary>
    /// <returns>The plot.</returns>
    [Figure("xor-decision-regions", "Your 2-4-2 tanh network, initialised with System.Random(1) and trained on the four XOR points by your Train (η = 0.5, 2000 steps). The black curve is where the two class probabilities are equal: the network bends it around the corners, which no single straight line (a linear model) can do.")]
    public static Plot XorDecisionRegions()
    {
        var network = NeuralNetwork.Train(NeuralNetwork.Initialize(2, 4, 2, Activation.Tanh, new Random(1)), XorInputs, XorLabels, 0.5, 2000);
        double Score(double x, double y)
        {
            var p = NeuralNetwork.Predict(network, new double[,] { { x, y } });
            return p[0, 1] - p[0, 0];
        }

        var plot = Charts.ScatterWithBoundary(
            "A hidden layer bends the boundary around XOR's corners",
            [new Series("class 0: (0, 0), (1, 1)", [0, 1], [0, 1]), new Series("class 1: (0, 1), (1, 0)", [0, 1], [1, 0])],
            Score, (-0.5, 1.5), (-0.5, 1.5));
        FigureStyle.Legend(plot, Alignment.UpperCenter);
        return plot;
    }

    /// <summary>The training loss on XOR for three seeded starts.</summary>
    /// <returns>The plot.</returns>
    [Figure("xor-loss", "The mean cross-entropy recorded by your Train for three seeded starts (System.Random(1, 2, 3)) on XOR, on a log scale: it starts near ln 2 (a coin flip), stays there for a few dozen steps while the hidden units turn towards useful directions, drops by two orders of magnitude within 300 steps once the four points are separated, then keeps falling slowly as the network grows more confident.")]
    public static Plot XorLoss()
    {
        var series = new List<Series>();
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var trace = new List<double>();
            NeuralNetwork.Train(NeuralNetwork.Initialize(2, 4, 2, Activation.Tanh, new Random(seed)), XorInputs, XorLabels, 0.5, 2000, trace);
            series.Add(new Series($"seed {seed}", [.. Enumerable.Range(0, trace.Count).Select(k => (double)k)], [.. trace]));
        }

        return Charts.LogScale("Cross-entropy on XOR falls from ln 2 once the hidden layer separates the points", "gradient-descent step", "mean cross-entropy (nats)", series, logX: false);
    }
}
