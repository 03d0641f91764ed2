namespace MathForML.CaseStudies;

/// <summary>
/// The pieces of a transformer layer: scaled dot-product attention softmax(QKᵀ/√d)·V with an optional causal mask, its
/// backward pass, multi-head attention, and layer normalisation.
/// </summary>
/// <remarks>
/// Q is n × d (one query per row), K is m × d and V is m × dᵥ (one key and one value per row). With the causal mask
/// (which needs m = n), query i may only attend to keys j ≤ i. Shape errors are <see cref="ArgumentException"/>s:
/// "empty" (no rows or columns), "columns" (Q and K differ in width, or a projection does not fit), "rows" (K and V
/// differ in length, or causal with m ≠ n, or the upstream gradient's shape), "heads" (no heads, or the head lists
/// differ in length). Null arguments throw <see cref="ArgumentNullException"/>. No argument is modified.
/// Lesson: katas/08-ml-case-studies/15-attention/README.md
/// </remarks>
public static class Attention
{
    /// <summary>
    /// The attention weights P = softmax(QKᵀ/√d) row by row (n × m), each row a probability vector; with
    /// <paramref name="causal"/>, P[i, j] = 0 exactly for j &gt; i. Finite for any finite scores (no overflow).
    /// </summary>
    /// <param name="queries">Q, n × d.</param>
    /// <param name="keys">K, m × d.</param>
    /// <param name="causal">Whether to mask the future.</param>
    /// <returns>P, n × m.</returns>
    public static double[,] Weights(double[,] queries, double[,] keys, bool causal)
    {
        // TODO: scaled scores, the mask, then a stable softmax of each row over the allowed keys.
        throw new NotImplementedException("TODO Attention.Weights: return softmax(QKᵀ/√d) per row, masked if causal.");
    }

    /// <summary>The attention output P·V (n × dᵥ), with P from <see cref="Weights"/>.</summary>
    /// <param name="queries">Q, n × d.</param>
    /// <param name="keys">K, m × d.</param>
    /// <param name="values">V, m × dᵥ.</param>
    /// <param name="causal">Whether to mask the future.</param>
    /// <returns>The outputs, n × dᵥ: row i is a weighted average of the rows of V.</returns>
    public static double[,] ScaledDotProduct(double[,] queries, double[,] keys, double[,] values, bool causal)
    {
        // TODO: the weights times V.
        throw new NotImplementedException("TODO Attention.ScaledDotProduct: return softmax(QKᵀ/√d)·V.");
    }

    /// <summary>
    /// The backward pass of <see cref="ScaledDotProduct"/>: given G = ∂L/∂O for the outputs O (n × dᵥ), the gradients
    /// ∂L/∂Q, ∂L/∂K and ∂L/∂V.
    /// </summary>
    /// <param name="queries">Q, n × d.</param>
    /// <param name="keys">K, m × d.</param>
    /// <param name="values">V, m × dᵥ.</param>
    /// <param name="causal">Whether the forward pass was masked.</param>
    /// <param name="outputGradient">G, n × dᵥ ("rows" otherwise).</param>
    /// <returns>The three gradients.</returns>
    public static AttentionGradients Backward(double[,] queries, double[,] keys, double[,] values, bool causal, double[,] outputGradient)
    {
        // TODO: through P·V, then through the row softmax, then through the scaled product QKᵀ/√d.
        throw new NotImplementedException("TODO Attention.Backward: return ∂L/∂Q, ∂L/∂K, ∂L/∂V from ∂L/∂O.");
    }

    /// <summary>
    /// Multi-head self-attention of X (n × d_model): for each head h, Qₕ = X·W_Q[h], Kₕ = X·W_K[h], Vₕ = X·W_V[h] (each
    /// projection d_model × d_head), Oₕ = <see cref="ScaledDotProduct"/>(Qₕ, Kₕ, Vₕ, causal); the heads' outputs are
    /// concatenated side by side (head 0 first) into n × (H·d_head) and multiplied by W_O ((H·d_head) × d_model).
    /// </summary>
    /// <param name="x">X, n × d_model.</param>
    /// <param name="queryProjections">W_Q, one per head.</param>
    /// <param name="keyProjections">W_K, one per head.</param>
    /// <param name="valueProjections">W_V, one per head.</param>
    /// <param name="outputProjection">W_O, (H·d_head) × d_model.</param>
    /// <param name="causal">Whether to mask the future.</param>
    /// <returns>n × d_model.</returns>
    public static double[,] MultiHead(
        double[,] x, IReadOnlyList<double[,]> queryProjections, IReadOnlyList<double[,]> keyProjections,
        IReadOnlyList<double[,]> valueProjections, double[,] outputProjection, bool causal)
    {
        // TODO: project, attend per head, concatenate, project back.
        throw new NotImplementedException("TODO Attention.MultiHead: return concat(head₁ … head_H)·W_O.");
    }

    /// <summary>
    /// Layer normalisation of every row: (xᵢ − μ)/√(σ² + ε) with the row's mean μ and population variance σ² (divide by
    /// the row length), computed in two passes. A constant row gives zeros, also with ε = 0 (its deviations are all 0).
    /// </summary>
    /// <param name="x">The rows to normalise, n × d.</param>
    /// <param name="epsilon">ε ≥ 0 (<see cref="ArgumentOutOfRangeException"/> with "non-negative" otherwise).</param>
    /// <returns>A new n × d array.</returns>
    public static double[,] LayerNorm(double[,] x, double epsilon = 1e-5)
    {
        // TODO: per row: the mean, the variance about it, then standardise.
        throw new NotImplementedException("TODO Attention.LayerNorm: return (x − μ)/√(σ² + ε) per row.");
    }
}
