using MathForML.Figures;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>The loss-functions kata's figures, drawn from your <see cref="LossFunctions"/> (read, don't edit).</summary>
public static class LossFunctionsFigures
{
    private static readonly double[] Xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

    /// <summary>Ten points near y = 1 + x/2, the last one an outlier at y = 20.</summary>
    private static readonly double[] Ys = [1.1, 1.4, 2.1, 2.4, 3.1, 3.4, 4.1, 4.4, 5.1, 20];

    /// <summary>The three regression losses of one residual r, as functions of r.</summary>
    /// <returns>The plot.</returns>
    [Figure("regression-losses", "Your MeanSquaredError, MeanAbsoluteError and Huber (δ = 1) of a single residual r: the square grows without bound (a residual of 3 costs 9), the absolute value and Huber's line only linearly; Huber is the parabola r²/2 inside ±δ.")]
    public static Plot RegressionLosses()
    {
        var r = Enumerable.Range(0, 121).Select(i => -3 + (i * 0.05)).ToArray();
        return Charts.Curves(
            "A large residual costs its square under MSE, only its size under MAE and Huber", "residual r = p − t", "loss",
            [
                Series.Of("MSE: r²", r, v => LossFunctions.MeanSquaredError([v], [0])),
                Series.Of("MAE: |r|", r, v => LossFunctions.MeanAbsoluteError([v], [0])),
                Series.Of("Huber, δ = 1", r, v => LossFunctions.Huber([v], [0], 1)),
            ]);
    }

    /// <summary>Straight-line fits under the three losses, pulled (or not) by one outlier.</summary>
    /// <returns>The plot.</returns>
    [Figure("outlier-pull", "Lines y = a + bx fitted to ten points by descending YOUR gradients (the chain rule turns ∂L/∂pᵢ into ∂L/∂a = Σ ∂L/∂pᵢ and ∂L/∂b = Σ xᵢ·∂L/∂pᵢ). One outlier at (9, 20) tilts the MSE line; the MAE and Huber lines stay with the other nine points.")]
    public static Plot OutlierPull()
    {
        var mse = FitLine(LossFunctions.MeanSquaredErrorGradient, 0.02, decaying: false);
        var mae = FitLine(LossFunctions.MeanAbsoluteErrorGradient, 0.5, decaying: true);
        var huber = FitLine((p, t) => LossFunctions.HuberGradient(p, t, 1), 0.1, decaying: false);
        var line = new[] { -0.5, 9.5 };
        return Charts.ScatterWithFit(
            $"The outlier tilts the MSE line (slope {mse.B:0.00}); MAE ({mae.B:0.00}) and Huber ({huber.B:0.00}) ignore it",
            "x", "y",
            new Series("data (outlier at x = 9)", Xs, Ys),
            [
                Series.Of("MSE fit", line, x => mse.A + (mse.B * x)),
                Series.Of("MAE fit", line, x => mae.A + (mae.B * x)),
                Series.Of("Huber fit (δ = 1)", line, x => huber.A + (huber.B * x)),
            ]);
    }

    /// <summary>The classification losses of one example with label +1, against the logit (or score).</summary>
    /// <returns>The plot.</returns>
    [Figure("classification-losses", "Your BinaryCrossEntropy (label y = 1, against the logit z) and Hinge (label +1, against the score s): both fall towards 0 for confident right answers and grow like a line for confident wrong ones; the hinge is exactly 0 beyond the margin s = 1.")]
    public static Plot ClassificationLosses()
    {
        var z = Enumerable.Range(0, 121).Select(i => -4 + (i * 0.05)).ToArray();
        return Charts.Curves(
            "Cross-entropy never quite reaches 0; the hinge does at margin 1", "logit z (or score s), true label positive", "loss",
            [
                Series.Of("binary cross-entropy, y = 1", z, v => LossFunctions.BinaryCrossEntropy([v], [1])),
                Series.Of("hinge, y = +1", z, v => LossFunctions.Hinge([v], [1])),
            ]);
    }

    /// <summary>(a, b) of the line minimising a loss, by (sub)gradient descent from (0, 0) with the loss's own gradient.</summary>
    private static (double A, double B) FitLine(Func<double[], double[], double[]> gradient, double rate, bool decaying)
    {
        var (a, b) = (0.0, 0.0);
        var (sumA, sumB, count) = (0.0, 0.0, 0);
        const int Steps = 20000;
        for (var k = 0; k < Steps; k++)
        {
            var predictions = Xs.Select(x => a + (b * x)).ToArray();
            var g = gradient(predictions, Ys);
            var (ga, gb) = (g.Sum(), g.Select((gi, i) => gi * Xs[i]).Sum());

            // A subgradient method needs shrinking steps (and averaging) to settle; a smooth loss does not.
            var step = decaying ? rate / Math.Sqrt(k + 1) : rate;
            a -= step * ga;
            b -= step * gb / 10;
            if (k >= Steps / 2)
            {
                (sumA, sumB, count) = (sumA + a, sumB + b, count + 1);
            }
        }

        return decaying ? (sumA / count, sumB / count) : (a, b);
    }
}
