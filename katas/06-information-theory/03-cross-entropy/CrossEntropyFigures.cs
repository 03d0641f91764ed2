using MathForML.Figures;
using ScottPlot;

namespace MathForML.InformationTheory.Figures;

/// <summary>The cross-entropy kata's figures, drawn from your <see cref="CrossEntropy"/> and <see cref="Entropy"/> (read, don't edit).</summary>
public static class CrossEntropyFigures
{
    /// <summary>H(p, q) of two coins p as the model coin q varies, with their entropies H(p) as floors.</summary>
    /// <returns>The plot.</returns>
    [Figure("cross-entropy-over-the-model", "Your CrossEntropy.Bits(p, q) for a true coin p with P(heads) = 0.2 or 0.5, scored by a model coin q with P(heads) = q: every model pays at least the entropy H(p) (dashed, from your Entropy.Bits), and only the true coin q = p (diamond) pays exactly that. Models that call a possible outcome nearly impossible (q → 0 or 1) pay without bound.")]
    public static Plot CrossEntropyOverTheModel()
    {
        double[] truths = [0.2, 0.5];
        var qs = Enumerable.Range(1, 199).Select(i => i / 200.0).ToArray();
        var curves = truths.Select(t => Series.Of($"H(p, q), p = {t}", qs, q => CrossEntropy.Bits([t, 1 - t], [q, 1 - q]))).ToArray();
        var floors = truths.Select(t => new Series($"H(p) for p = {t}: {Entropy.Bits([t, 1 - t]):0.###}", [0, 1], [Entropy.Bits([t, 1 - t]), Entropy.Bits([t, 1 - t])])).ToArray();
        var minima = new Series("q = p", truths, [.. truths.Select(t => CrossEntropy.Bits([t, 1 - t], [t, 1 - t]))]);
        var plot = Charts.CurvesWithPoints(
            "Any model but the truth costs extra bits: H(p, q) ≥ H(p)", "model's probability of heads q", "cross-entropy (bits)",
            curves, [], [minima], floors, corner: Alignment.UpperCenter);
        plot.Axes.SetLimits(0, 1, 0, 4);
        return plot;
    }
}
