using MathForML.Figures;
using MathNet.Numerics.Distributions;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The sampling kata's figures, drawn from your <see cref="Sampling"/> samplers (read, don't edit).</summary>
public static class SamplingFigures
{
    /// <summary>Your Box–Muller draws against the standard normal density.</summary>
    /// <returns>The plot.</returns>
    [Figure("box-muller-histogram", "20 000 draws of your BoxMuller (seed 10) as a density histogram, with the standard normal density φ(z) = e^(−z²/2)/√(2π): the bars follow the curve, tails included.")]
    public static Plot BoxMullerHistogram() =>
        Charts.HistogramWithDensity(
            "Box–Muller: r = √(−2 ln(1 − u₁)), θ = 2πu₂ give N(0, 1)", "z", Sampling.BoxMuller(new Random(10), 20_000),
            z => Normal.PDF(0, 1, z), 50);

    /// <summary>Your rejection sampler's draws from Beta(2, 5) against its density.</summary>
    /// <returns>The plot.</returns>
    [Figure("rejection-histogram", "20 000 draws of your Rejection sampler (seed 10) from f(x) = 30x(1 − x)⁴, the Beta(2, 5) density, under the envelope M = 2.5 on [0, 1): the histogram follows f. About 1/M = 40 % of the proposals were accepted.")]
    public static Plot RejectionHistogram() =>
        Charts.HistogramWithDensity(
            "Rejection under M = 2.5 reproduces the Beta(2, 5) density", "x",
            Sampling.Rejection(new Random(10), x => 30 * x * Math.Pow(1 - x, 4), 0, 1, 2.5, 20_000),
            x => Beta.PDF(2, 5, x), 50);

    /// <summary>Your exponential draws against the exponential density.</summary>
    /// <returns>The plot.</returns>
    [Figure("exponential-histogram", "20 000 draws of your Exponential (λ = 1.5, seed 10) by inverse transform x = −ln(1 − u)/λ, with the density λe^(−λx): mean 1/λ ≈ 0.67.")]
    public static Plot ExponentialHistogram() =>
        Charts.HistogramWithDensity(
            "Inverse transform: −ln(1 − u)/λ is exponential with rate λ", "x", Sampling.Exponential(new Random(10), 1.5, 20_000),
            x => MathNet.Numerics.Distributions.Exponential.PDF(1.5, x), 50);
}
