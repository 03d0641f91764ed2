namespace MathForML.Calculus;

/// <summary>
/// The loss of a batch and its gradient with respect to every parameter; each gradient has the shape of its
/// parameter (∂L/∂W₁ is h × d, and so on).
/// </summary>
/// <param name="Loss">The mean squared error L of the batch.</param>
/// <param name="W1">∂L/∂W₁, h × d.</param>
/// <param name="B1">∂L/∂b₁, h entries.</param>
/// <param name="W2">∂L/∂W₂, o × h.</param>
/// <param name="B2">∂L/∂b₂, o entries.</param>
public sealed record NetworkGradients(double Loss, double[,] W1, double[] B1, double[,] W2, double[] B2);
