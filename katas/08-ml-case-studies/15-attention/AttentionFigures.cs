using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>The attention kata's figure, drawn from your <see cref="Attention.Weights"/> (read, don't edit).</summary>
public static class AttentionFigures
{
    /// <summary>The attention weights of a seeded 8-token sequence, without and with the causal mask.</summary>
    /// <returns>The plot.</returns>
    [Figure("attention-weights", "The weights P = softmax(QKᵀ/√d) from your Weights for 8 seeded tokens (TestData(3), d = 4, queries scaled by 2 so the rows are peaked). Row i is query i's distribution over the keys (columns). Left: every query sees every key. Right: the causal mask leaves the upper triangle empty (exactly 0) — token i attends to tokens 0 … i only, and each row still sums to 1.")]
    public static Plot AttentionWeights()
    {
        var data = new TestData(3);
        var q = data.Matrix(8, 4, -2, 2);
        var k = data.Matrix(8, 4, -1, 1);
        return Charts.Matrices(
            "Attention weights: each row is a distribution; the mask removes the future",
            [("no mask", Attention.Weights(q, k, causal: false)), ("causal mask", Attention.Weights(q, k, causal: true))]);
    }
}
