namespace MathForML.CaseStudies;

/// <summary>The result of backpropagation through time (given code: read, don't edit).</summary>
/// <param name="Loss">The loss L = ½‖h_T − y‖².</param>
/// <param name="Parameters">∂L/∂Wₓ, ∂L/∂Wₕ and ∂L/∂b, shaped like the parameters.</param>
/// <param name="Inputs">∂L/∂xₜ for t = 1 … T (entry t − 1), each with d entries: how much the loss still feels input t.</param>
public sealed record RnnGradients(double Loss, RnnParameters Parameters, double[][] Inputs);
