using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>The kernels kata's figure, drawn from your <see cref="Kernels.Gram"/>, <see cref="Kernels.FitRidge"/> and <see cref="Kernels.PredictRidge"/> (read, don't edit).</summary>
public static class KernelsFigures
{
    /// <summary>Kernel ridge regression with an RBF kernel of three widths on noisy samples of a sine.</summary>
    /// <returns>The plot.</returns>
    [Figure("kernel-ridge-widths", "Kernel ridge regression (λ = 0.01) with your RBF kernel on 25 noisy samples of sin x (noise σ = 0.2, TestData(5)). A narrow kernel (ℓ = 0.1) fits each point with its own bump and falls back to 0 between them; ℓ = 1 follows the sine; a wide kernel (ℓ = 5) is too stiff to bend and smooths the wave away.")]
    public static Plot KernelRidgeWidths()
    {
        var data = new TestData(5);
        var training = new double[25, 1];
        var targets = new double[25];
        for (var i = 0; i < 25; i++)
        {
            training[i, 0] = data.Random.Uniform(0, 2 * Math.PI);
            targets[i] = Math.Sin(training[i, 0]) + data.Random.Gaussian(0, 0.2);
        }

        var grid = Enumerable.Range(0, 300).Select(k => -0.3 + (k * (2 * Math.PI + 0.6) / 299)).ToArray();
        var queries = new double[grid.Length, 1];
        for (var k = 0; k < grid.Length; k++)
        {
            queries[k, 0] = grid[k];
        }

        var fits = new List<Series>();
        foreach (var width in new[] { 0.1, 1.0, 5.0 })
        {
            Func<double[], double[], double> rbf = (a, b) => Kernels.Rbf(a, b, width);
            var alpha = Kernels.FitRidge(Kernels.Gram(training, rbf), targets, 0.01);
            fits.Add(new Series($"RBF, ℓ = {width}", grid, Kernels.PredictRidge(training, alpha, queries, rbf)));
        }

        fits.Add(Series.Of("sin x (the truth)", grid, Math.Sin));
        return Charts.ScatterWithFit(
            "The RBF width decides between wiggling through every point and smoothing the wave away",
            "x", "y", new Series("25 noisy samples", [.. Enumerable.Range(0, 25).Select(i => training[i, 0])], targets), fits);
    }
}
