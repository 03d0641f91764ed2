using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>The recurrent-network kata's figure, drawn from your <see cref="RecurrentNetwork.Backward"/> (read, don't edit).</summary>
public static class RecurrentNetworkFigures
{
    /// <summary>‖∂L/∂xₜ‖ against t for three scales of the recurrent weights.</summary>
    /// <returns>The plot.</returns>
    [Figure("vanishing-gradient", "How strongly the loss on the last of 40 steps still depends on each input: ‖∂L/∂xₜ‖ from your Backward, for a seeded 4-input, 8-unit tanh cell whose recurrent matrix Wₕ is a random orthogonal matrix times a gain (TestData(7)). With gain 0.5 the influence of early inputs shrinks by about 0.5 per step — 40 steps back it is gone; gain 1 keeps it much longer; gain 2 saturates the tanh units, whose small derivatives 1 − h² make it vanish too.")]
    public static Plot VanishingGradient()
    {
        var series = new List<Series>();
        foreach (var gain in new[] { 0.5, 1.0, 2.0 })
        {
            var data = new TestData(7);
            var wh = data.Orthogonal(8);
            for (var i = 0; i < 8; i++)
            {
                for (var j = 0; j < 8; j++)
                {
                    wh[i, j] *= gain;
                }
            }

            var cell = new RnnParameters(data.Matrix(8, 4), wh, new double[8]);
            var inputs = Enumerable.Range(0, 40).Select(_ => data.Vector(4)).ToArray();
            var gradients = RecurrentNetwork.Backward(cell, inputs, data.Vector(8, -0.5, 0.5)).Inputs;
            series.Add(new Series(
                $"Wₕ = {gain}·Q (orthogonal Q)",
                [.. Enumerable.Range(1, 40).Select(t => (double)t)],
                [.. gradients.Select(g => Math.Sqrt(g.Sum(v => v * v)))]));
        }

        var plot = Charts.LogScale("Early inputs fade from the gradient: the vanishing gradient through time", "input step t (of 40)", "‖∂L/∂xₜ‖", series, logX: false, markers: true);
        FigureStyle.Legend(plot, Alignment.LowerRight);
        return plot;
    }
}
