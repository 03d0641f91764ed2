using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The bias–variance kata's figures, drawn from your <see cref="BiasVariance"/> (read, don't edit).</summary>
public static class BiasVarianceFigures
{
    /// <summary>Bias², variance and expected test error of polynomial fits against the degree: the U-curve.</summary>
    /// <returns>The plot.</returns>
    [Figure("bias-variance-u-curve", "Your decomposition for polynomial fits of degree 0 … 13 to 15 noisy values of sin 2πx on [0, 1] (noise σ = 0.3, 400 training sets, 19 test points), on a log scale: bias² falls by three orders of magnitude (at high degrees what is left is mostly the simulation's own error, about variance/400), variance rises, and their sum plus the noise σ² = 0.09 (dashed) — the expected test error — is U-shaped, lowest around degree 3–5.")]
    public static Plot UCurve()
    {
        double[] trainX = [.. Enumerable.Range(0, 15).Select(i => i / 14.0)];
        double[] testX = [.. Enumerable.Range(1, 19).Select(i => i / 20.0)];
        var random = new SeededRandom(41);
        var degrees = Enumerable.Range(0, 14).ToArray();
        var parts = degrees
            .Select(d => BiasVariance.Decompose(x => Math.Sin(2 * Math.PI * x), trainX, () => random.Gaussian(0, 0.3), 0.09, d, testX, 400))
            .ToArray();
        double[] xs = [.. degrees.Select(d => (double)d)];
        var best = degrees.MinBy(d => parts[d].ExpectedTestError);
        return Charts.LogScaleWithReferences(
            $"Bias² falls, variance rises: the test error is lowest at degree {best}",
            "polynomial degree d",
            "squared error (log scale)",
            [
                new Series("bias²", xs, [.. parts.Select(p => p.BiasSquared)]),
                new Series("variance", xs, [.. parts.Select(p => p.Variance)]),
                new Series("expected test error = bias² + variance + noise", xs, [.. parts.Select(p => p.ExpectedTestError)]),
            ],
            [new Series("noise σ² = 0.09", xs, [.. xs.Select(_ => 0.09)])],
            logX: false,
            markers: true,
            legend: Alignment.UpperCenter);
    }

    /// <summary>The simulated bias of the 1/n and 1/(n − 1) variance estimators against n, with −σ²/n.</summary>
    /// <returns>The plot.</returns>
    [Figure("variance-estimator-bias", "Your simulated bias of the two variance estimators on normal samples with σ² = 4, for n = 2 … 20 (4000 samples each): dividing by n underestimates σ² by σ²/n on average (the dashed curve −σ²/n), dividing by n − 1 is unbiased (the dotted line 0).")]
    public static Plot EstimatorBias()
    {
        var random = new SeededRandom(42);
        double[] sizes = [.. Enumerable.Range(2, 19).Select(n => (double)n)];
        double[] population = [.. sizes.Select(n => BiasVariance.EstimatorBias(DescriptiveStatistics.PopulationVariance, () => random.Gaussian(0, 2), 4, (int)n, 4000))];
        double[] sample = [.. sizes.Select(n => BiasVariance.EstimatorBias(DescriptiveStatistics.Variance, () => random.Gaussian(0, 2), 4, (int)n, 4000))];
        return Charts.CurvesWithPoints(
            "Dividing by n is biased by −σ²/n; dividing by n − 1 is not",
            "sample size n",
            "simulated bias E[estimate] − σ²",
            [],
            [new Series("1/n variance", sizes, population), new Series("1/(n − 1) variance", sizes, sample)],
            references: [Series.Of("−σ²/n", sizes, n => -4 / n), Series.Of("0", sizes, _ => 0)],
            corner: Alignment.LowerRight);
    }
}
