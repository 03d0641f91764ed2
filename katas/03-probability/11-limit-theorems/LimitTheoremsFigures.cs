using MathForML.Figures;
using MathNet.Numerics.Distributions;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The limit-theorems kata's figures, drawn from your <see cref="LimitTheorems"/> (read, don't edit).</summary>
public static class LimitTheoremsFigures
{
    /// <summary>Running means of die rolls inside the band μ ± σ/√n.</summary>
    /// <returns>The plot.</returns>
    [Figure("running-mean", "Three sequences of 10 000 fair-die rolls (seeds 1–3) and your RunningMean of each: they wander early and settle at μ = 3.5, mostly inside the band μ ± σ/√n (σ = √(35/12) ≈ 1.71), which narrows tenfold for every hundredfold n.")]
    public static Plot RunningMean()
    {
        var paths = Enumerable.Range(1, 3).Select(seed =>
        {
            var random = new Random(seed);
            var rolls = Enumerable.Range(0, 10_000).Select(_ => (double)random.Next(1, 7)).ToArray();
            var means = LimitTheorems.RunningMean(rolls);
            return new Series($"die rolls, seed {seed}", Enumerable.Range(1, means.Length).Select(n => (double)n).ToArray(), means);
        }).ToList();
        var sigma = Math.Sqrt(35.0 / 12);
        return Charts.EstimatesWithBand(
            "The running mean settles at 3.5 within ±σ/√n", "running mean mₙ", paths, 3.5, n => sigma / Math.Sqrt(n), "μ ± σ/√n");
    }

    /// <summary>Histograms of standardised sums of exponential draws for n = 1, 2, 5, 30.</summary>
    /// <returns>The plot.</returns>
    [Figure("clt-histograms", "Your StandardizedSums of n Exponential(1) draws (20 000 sums each, seed 11) for n = 1, 2, 5, 30, as density outlines against the N(0, 1) density: the skewed exponential (nothing below −1) becomes a bell; the legend gives your KolmogorovSmirnovDistance to N(0, 1).")]
    public static Plot CentralLimitHistograms()
    {
        var panels = ((int[])[1, 2, 5, 30]).Select(n =>
        {
            var z = LimitTheorems.StandardizedSums(new Random(11), r => Exponential.Sample(r, 1), 1, 1, n, 20_000);
            var d = LimitTheorems.KolmogorovSmirnovDistance(z, t => Normal.CDF(0, 1, t));
            return ($"n = {n}: KS distance {d:0.000}", z);
        }).ToList();
        return Charts.HistogramOutlines(
            "Standardised sums of exponentials approach N(0, 1)", "zₙ = (Σ Xᵢ − n)/√n", panels, z => Normal.PDF(0, 1, z), (-3.5, 4.5), 48);
    }
}
