namespace MathForML.CaseStudies;

/// <summary>The gradients of a scalar loss with respect to attention's three inputs (given code: read, don't edit).</summary>
/// <param name="Queries">∂L/∂Q, shaped like Q (n × d).</param>
/// <param name="Keys">∂L/∂K, shaped like K (m × d).</param>
/// <param name="Values">∂L/∂V, shaped like V (m × dᵥ).</param>
public sealed record AttentionGradients(double[,] Queries, double[,] Keys, double[,] Values);
