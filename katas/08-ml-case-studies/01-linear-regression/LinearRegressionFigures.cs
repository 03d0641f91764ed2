using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The linear-regression kata's figures, drawn from your <see cref="LinearRegression.FitQr"/>,
/// <see cref="LinearRegression.RSquared"/> and <see cref="LinearRegression.FitGradientDescent"/> (read, don't edit).
/// </summary>
public static class LinearRegressionFigures
{
    /// <summary>Anscombe's set I with your fitted line.</summary>
    /// <returns>The plot.</returns>
    [Figure("anscombe-i", "Set I of Anscombe's quartet: a noisy straight line, the case least squares is made for. Your FitQr's line ŷ ≈ 3.00 + 0.500x passes through the middle of the cloud.")]
    public static Plot AnscombeI() => Anscombe(0, "I: a noisy line — the fit describes it");

    /// <summary>Anscombe's set II with your fitted line.</summary>
    /// <returns>The plot.</returns>
    [Figure("anscombe-ii", "Set II: the points lie on a smooth parabola. The same line ŷ ≈ 3.00 + 0.500x, with the same R², misses the curvature completely.")]
    public static Plot AnscombeII() => Anscombe(1, "II: a parabola — a line is the wrong model");

    /// <summary>Anscombe's set III with your fitted line.</summary>
    /// <returns>The plot.</returns>
    [Figure("anscombe-iii", "Set III: ten points on an exact line and one outlier at x = 13. The single outlier tilts the least-squares line away from the other ten.")]
    public static Plot AnscombeIII() => Anscombe(2, "III: one outlier tilts the line");

    /// <summary>Anscombe's set IV with your fitted line.</summary>
    /// <returns>The plot.</returns>
    [Figure("anscombe-iv", "Set IV: ten points share x = 8 and one sits at x = 19. The slope is decided by that one point alone — and it is the same slope as in sets I–III.")]
    public static Plot AnscombeIV() => Anscombe(3, "IV: one point decides the slope");

    /// <summary>The loss of gradient descent per step for three learning rates, against the least-squares minimum.</summary>
    /// <returns>The plot.</returns>
    [Figure("gradient-descent-loss", "The excess loss L(βₖ) − L(β̂) of your FitGradientDescent per step, on 50 seeded samples with three features uniform on [−1, 1], for three step sizes η (β̂ from your FitQr). Larger steps fall faster, as long as η stays below 2 divided by the largest eigenvalue of the Hessian (1/n)DᵀD; the fastest reaches the rounding floor near 10⁻¹⁷ after 80 steps.")]
    public static Plot GradientDescentLoss()
    {
        var set = new TestData(1).Regression(50, [2, -1, 0.5], intercept: 1, noiseStdDev: 0.2);
        var best = LinearRegression.Predict(set.Features, LinearRegression.FitQr(set.Features, set.Targets));
        var minimum = set.Targets.Zip(best, (t, p) => (t - p) * (t - p)).Sum() / (2 * 50);
        var series = new List<Series>();
        foreach (var eta in new[] { 0.05, 0.2, 0.8 })
        {
            var trace = new List<double>();
            LinearRegression.FitGradientDescent(set.Features, set.Targets, eta, 150, trace);
            series.Add(new Series($"η = {eta}", [.. Enumerable.Range(0, trace.Count).Select(k => (double)k)], [.. trace.Select(l => l - minimum)]));
        }

        return Charts.LogScale("Gradient descent closes the gap to the least-squares loss geometrically", "step k", "L(βₖ) − min L", series, logX: false);
    }

    private static Plot Anscombe(int index, string title)
    {
        var set = DataSets.AnscombeQuartet()[index];
        var x = new double[set.X.Length, 1];
        for (var i = 0; i < set.X.Length; i++)
        {
            x[i, 0] = set.X[i];
        }

        var beta = LinearRegression.FitQr(x, set.Y);
        var r2 = LinearRegression.RSquared(set.Y, LinearRegression.Predict(x, beta));
        var line = Series.Of($"ŷ = {beta[0]:0.00} + {beta[1]:0.000}x, R² = {r2:0.00}", [3, 20], t => beta[0] + (beta[1] * t));
        var plot = Charts.CurvesWithPoints(title, "x", "y", [line], [new Series($"set {set.Name} (11 points)", set.X, set.Y)], corner: Alignment.LowerRight);
        plot.Axes.SetLimits(2, 21, 2, 14);
        return plot;
    }
}
