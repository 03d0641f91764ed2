using MathForML.Figures;
using MathNet.Numerics.Distributions;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The Metropolis–Hastings kata's figures, drawn from your <see cref="MetropolisHastings"/> (read, don't edit).</summary>
public static class MetropolisHastingsFigures
{
    /// <summary>The target: 0.3·N(−2, 0.7²) + 0.7·N(2, 1), two modes with a valley between them.</summary>
    private static double Target(double x) => (0.3 * Normal.PDF(-2, 0.7, x)) + (0.7 * Normal.PDF(2, 1, x));

    /// <summary>Its log-density, computed from the density (fine here: the chain never goes far enough to underflow).</summary>
    private static double LogTarget(double x) => Math.Log(Target(x));

    /// <summary>Traces of three chains with steps too small, about right and too large.</summary>
    /// <returns>The plot.</returns>
    [Figure("traces", "The first 1500 states of your Sample on the two-mode target 0.3·N(−2, 0.7²) + 0.7·N(2, 1) from x₀ = 0 (seed 15), with steps 0.05, 2.5 and 50. The tiny step creeps and stays in one mode; the huge step is rejected most of the time and draws flat lines; the middle step hops between the modes. The legend gives your acceptance rates and effective sample sizes.")]
    public static Plot Traces()
    {
        var series = ((double[])[0.05, 2.5, 50]).Select(step =>
        {
            var (samples, rate) = MetropolisHastings.Sample(LogTarget, 0, step, 1500, new Random(15));
            var ess = MetropolisHastings.EffectiveSampleSize(samples);
            return new Series($"step {step}: acceptance {rate:0.00}, ESS {ess:0}", Enumerable.Range(0, samples.Length).Select(t => (double)t).ToArray(), samples);
        }).ToList();
        var plot = Charts.Curves("Too small creeps, too large sticks, in between mixes", "iteration t", "state xₜ", series);
        FigureStyle.Legend(plot, Alignment.LowerRight);
        return plot;
    }

    /// <summary>The histogram of a well-tuned chain against the target density.</summary>
    /// <returns>The plot.</returns>
    [Figure("histogram", "50 000 states of your Sample (step 2.5, 1000 burn-in steps, seed 15) on the two-mode target: the histogram reproduces both modes and their 30 : 70 weights, although the chain only ever evaluated the density at single points.")]
    public static Plot Histogram()
    {
        var (samples, rate) = MetropolisHastings.Sample(LogTarget, 0, 2.5, 50_000, new Random(15), 1000);
        return Charts.HistogramWithDensity($"The chain's histogram is the target (acceptance {rate:0.00})", "x", samples, Target, 60);
    }
}
