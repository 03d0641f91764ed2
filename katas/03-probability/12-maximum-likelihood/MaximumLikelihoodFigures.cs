using MathForML.Figures;
using MathNet.Numerics.Distributions;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The maximum-likelihood kata's figures, drawn from your <see cref="MaximumLikelihood"/> (read, don't edit).</summary>
public static class MaximumLikelihoodFigures
{
    /// <summary>Gradient ascent on the Gaussian log-likelihood surface, ending at the closed-form MLE.</summary>
    /// <returns>The plot.</returns>
    [Figure("likelihood-ascent", "Contours of your GaussianLogLikelihood ℓ(μ, ρ)/n for 200 draws of N(2, 1.5²) (seed 12), with the trace of your GradientAscent on your GaussianScore/n from (μ, ρ) = (−1, 1.5), η = 0.3. It climbs across the contours and stops on the closed-form GaussianMle (μ̂, ln σ̂), the orange point.")]
    public static Plot LikelihoodAscent()
    {
        var random = new Random(12);
        var x = Enumerable.Range(0, 200).Select(_ => Normal.Sample(random, 2, 1.5)).ToArray();
        var trace = new List<double[]>();
        MaximumLikelihood.GradientAscent(
            p => MaximumLikelihood.GaussianScore(x, p[0], p[1]).Select(g => g / x.Length).ToArray(), [-1, 1.5], 0.3, 1e-10, trace: trace);
        var (mean, variance) = MaximumLikelihood.GaussianMle(x);
        return Charts.PathsOnContours(
            $"Gradient ascent climbs to the closed form: μ̂ = {mean:0.000}, σ̂ = {Math.Sqrt(variance):0.000}",
            (mu, rho) => -MaximumLikelihood.GaussianLogLikelihood(x, mu, rho) / x.Length, (-1.5, 3.5), (-0.5, 2),
            [Series.Path($"gradient ascent ({trace.Count - 1} steps)", trace), Series.Path("closed-form MLE (μ̂, ln σ̂)", [[mean, 0.5 * Math.Log(variance)]])],
            z => Math.Log(z), 16);
    }
}
