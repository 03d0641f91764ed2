using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The logistic-regression kata's figures, drawn from your <see cref="LogisticRegression.FitNewton"/> and
/// <see cref="LogisticRegression.FitGradientDescent"/> on iris versicolor against virginica (read, don't edit).
/// </summary>
public static class LogisticRegressionFigures
{
    /// <summary>The petals of versicolor and virginica with the fitted boundary b + w₁x₁ + w₂x₂ = 0.</summary>
    /// <returns>The plot.</returns>
    [Figure("logistic-boundary", "Petal length x₁ and width x₂ of the 100 iris versicolor and virginica flowers, and the line b + w₁x₁ + w₂x₂ = 0 where your FitNewton's model gives p = ½. The species overlap near the line: no straight line separates them all, so the minimum of the log-loss is finite.")]
    public static Plot Boundary()
    {
        var (x, y) = Petals();
        var beta = LogisticRegression.FitNewton(x, y);
        var correct = LogisticRegression.Predict(x, beta).Zip(y, (p, t) => p == t).Count(c => c);
        Series Class(int label, string name)
        {
            var rows = Enumerable.Range(0, y.Length).Where(i => y[i] == label).ToArray();
            return new Series(name, [.. rows.Select(i => x[i, 0])], [.. rows.Select(i => x[i, 1])]);
        }

        var plot = Charts.ScatterWithBoundary(
            $"One line, p = ½, classifies {correct} of 100 flowers",
            [Class(0, "versicolor"), Class(1, "virginica")],
            (a, b) => beta[0] + (beta[1] * a) + (beta[2] * b),
            (2.8, 7.1), (0.9, 2.6));
        plot.XLabel("petal length x₁ (cm)");
        plot.YLabel("petal width x₂ (cm)");
        FigureStyle.Legend(plot, Alignment.UpperLeft);
        return plot;
    }

    /// <summary>The log-loss per iteration of gradient descent and of Newton's method, above the minimum.</summary>
    /// <returns>The plot.</returns>
    [Figure("logistic-loss", "The log-loss above its minimum, L(βₖ) − L(β̂), per iteration on the same 100 flowers: your FitGradientDescent (η = 0.1) creeps down linearly — the petal measurements are not centred, so the loss is a long narrow valley — while your FitNewton reaches rounding level in a handful of steps.")]
    public static Plot Loss()
    {
        var (x, y) = Petals();
        var newton = new List<double>();
        var beta = LogisticRegression.FitNewton(x, y, lossTrace: newton);
        var minimum = LogisticRegression.LogLoss(x, y, beta);
        var descent = new List<double>();
        LogisticRegression.FitGradientDescent(x, y, 0.1, 2000, descent);
        Series Gap(string label, List<double> trace) =>
            new(label, [.. Enumerable.Range(0, trace.Count).Select(k => (double)k)], [.. trace.Select(l => l - minimum)]);
        var plot = Charts.LogScale("Newton needs a handful of steps, gradient descent thousands", "iteration k", "L(βₖ) − min L",
            [Gap("gradient descent, η = 0.1", descent), Gap($"Newton / IRLS ({newton.Count - 1} steps)", newton)], logX: false, markers: false);
        return plot;
    }

    private static (double[,] X, int[] Y) Petals()
    {
        var iris = DataSets.Iris();
        var rows = Enumerable.Range(0, iris.Labels.Length).Where(i => iris.Labels[i] > 0).ToArray();
        var x = new double[rows.Length, 2];
        for (var i = 0; i < rows.Length; i++)
        {
            (x[i, 0], x[i, 1]) = (iris.Features[rows[i], 2], iris.Features[rows[i], 3]);
        }

        return (x, [.. rows.Select(i => iris.Labels[i] - 1)]);
    }
}
