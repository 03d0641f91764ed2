using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The backpropagation kata's figures, drawn from your <see cref="Backprop.Backward"/> (read, don't edit).
/// </summary>
public static class BackpropFigures
{
    /// <summary>Gradient steps taken.</summary>
    private const int Steps = 500;

    /// <summary>The loss of a 3-4-2 tanh network trained by gradient descent on your gradients.</summary>
    /// <returns>The plot.</returns>
    [Figure("training-loss", "A 3-4-2 tanh network (seeded weights) fitted to 40 seeded samples of y = (sin x₁ + x₂x₃/4, cos x₂ − x₁/2) by gradient descent θ ← θ − η∇L for 500 steps, every gradient from your Backward. The loss falls steadily, faster with the larger step η = 0.2, and the curves flatten where four hidden units can fit no better.")]
    public static Plot TrainingLoss()
    {
        var data = new TestData(2024);
        var x = data.Matrix(40, 3, -2, 2);
        var y = new double[40, 2];
        for (var n = 0; n < 40; n++)
        {
            y[n, 0] = Math.Sin(x[n, 0]) + (x[n, 1] * x[n, 2] / 4);
            y[n, 1] = Math.Cos(x[n, 1]) - (x[n, 0] / 2);
        }

        var start = new NetworkParameters(data.Matrix(4, 3), data.Vector(4), data.Matrix(2, 4), data.Vector(2));
        Series Train(double eta)
        {
            var p = start;
            var losses = new double[Steps + 1];
            for (var step = 0; step < Steps; step++)
            {
                var g = Backprop.Backward(p, x, y);
                losses[step] = g.Loss;
                p = new NetworkParameters(Minus(p.W1, g.W1, eta), Minus(p.B1, g.B1, eta), Minus(p.W2, g.W2, eta), Minus(p.B2, g.B2, eta));
            }

            losses[Steps] = Backprop.Loss(p, x, y);
            return new Series($"η = {eta}: loss {losses[0]:0.00} → {losses[Steps]:0.000}", Enumerable.Range(0, Steps + 1).Select(k => (double)k).ToArray(), losses);
        }

        var (fast, slow) = (Train(0.2), Train(0.05));
        return Charts.LogScale(
            $"Descent on Backward's gradients: L falls {fast.Ys[0] / fast.Ys[^1]:0}× in {Steps} steps", "gradient step", "mean squared error L",
            [fast, slow], logX: false);
    }

    private static double[,] Minus(double[,] a, double[,] g, double eta)
    {
        var result = (double[,])a.Clone();
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                result[i, j] -= eta * g[i, j];
            }
        }

        return result;
    }

    private static double[] Minus(double[] a, double[] g, double eta) => a.Select((v, i) => v - (eta * g[i])).ToArray();
}
