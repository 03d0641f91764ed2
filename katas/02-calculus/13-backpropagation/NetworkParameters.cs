namespace MathForML.Calculus;

/// <summary>
/// The parameters of a two-layer network ŷ = W₂·tanh(W₁x + b₁) + b₂ with d inputs, h hidden units and o outputs.
/// </summary>
/// <param name="W1">The first layer's weights, h × d (row j holds the weights into hidden unit j).</param>
/// <param name="B1">The first layer's biases, h entries.</param>
/// <param name="W2">The second layer's weights, o × h (row k holds the weights into output k).</param>
/// <param name="B2">The second layer's biases, o entries.</param>
public sealed record NetworkParameters(double[,] W1, double[] B1, double[,] W2, double[] B2);
