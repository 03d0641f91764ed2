using MathForML.Figures;
using ScottPlot;

namespace MathForML.InformationTheory.Figures;

/// <summary>The entropy kata's figures, drawn from your <see cref="Entropy"/> (read, don't edit).</summary>
public static class EntropyFigures
{
    /// <summary>The binary entropy H(p, 1 − p) over p, in bits and in nats.</summary>
    /// <returns>The plot.</returns>
    [Figure("binary-entropy", "Your Entropy.Bits and Entropy.Nats of a coin that shows heads with probability p: 0 for a sure outcome (p = 0 or 1, where 0 · log 0 = 0), largest for the fair coin, exactly 1 bit = ln 2 ≈ 0.693 nats at p = ½, and symmetric about ½. The nats curve is the bits curve times ln 2.")]
    public static Plot BinaryEntropy()
    {
        var ps = Enumerable.Range(0, 201).Select(i => i / 200.0).ToArray();
        var bits = Series.Of("H in bits (Entropy.Bits)", ps, p => Entropy.Bits([p, 1 - p]));
        var nats = Series.Of("H in nats (Entropy.Nats)", ps, p => Entropy.Nats([p, 1 - p]));
        var half = Entropy.Bits([0.5, 0.5]);
        var plot = Charts.Curves($"A coin is most uncertain when fair: H(½) = {half:0.###} bit", "probability of heads p", "entropy H(p, 1 − p)", [bits, nats]);
        FigureStyle.Legend(plot, Alignment.LowerCenter);
        return plot;
    }
}
