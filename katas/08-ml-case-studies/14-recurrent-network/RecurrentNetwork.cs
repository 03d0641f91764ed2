namespace MathForML.CaseStudies;

/// <summary>
/// A recurrent network: the tanh cell hₜ = tanh(Wₓxₜ + Wₕhₜ₋₁ + b) unrolled over a sequence x₁ … x_T from h₀ = 0,
/// the loss L = ½‖h_T − y‖² on the last state, and its gradient by backpropagation through time (BPTT) — with respect
/// to the parameters and to every input, which shows how the influence of early inputs vanishes.
/// </summary>
/// <remarks>
/// Shapes: Wₓ is h × d, Wₕ h × h ("shape" otherwise), b has h entries ("shape"); the sequence has at least one step
/// ("empty") and every xₜ has d entries ("length"); the target has one entry per hidden unit ("target" and
/// "hidden unit"). All are <see cref="ArgumentException"/>s; null arguments, parameters holding a null array and a null
/// step of the sequence throw <see cref="ArgumentNullException"/>. No argument is modified.
/// Lesson: katas/08-ml-case-studies/14-recurrent-network/README.md
/// </remarks>
public static class RecurrentNetwork
{
    /// <summary>The hidden states h₁ … h_T of the unrolled cell, from h₀ = 0.</summary>
    /// <param name="parameters">The cell.</param>
    /// <param name="inputs">The sequence: inputs[t − 1] = xₜ.</param>
    /// <returns>T new arrays of h entries; entry t − 1 is hₜ.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A shape problem (see the remarks).</exception>
    public static double[][] Forward(RnnParameters parameters, double[][] inputs)
    {
        // TODO: one step of the cell per input, feeding each state into the next.
        throw new NotImplementedException("TODO RecurrentNetwork.Forward: return h₁ … h_T with hₜ = tanh(Wₓxₜ + Wₕhₜ₋₁ + b).");
    }

    /// <summary>L = ½‖h_T − y‖², the squared distance of the last state from the target.</summary>
    /// <param name="parameters">The cell.</param>
    /// <param name="inputs">The sequence.</param>
    /// <param name="target">y, h entries.</param>
    /// <returns>L.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A shape problem (see the remarks).</exception>
    public static double Loss(RnnParameters parameters, double[][] inputs, double[] target)
    {
        // TODO: run Forward and compare its last state with the target.
        throw new NotImplementedException("TODO RecurrentNetwork.Loss: return ½‖h_T − y‖².");
    }

    /// <summary>Backpropagation through time: L and its gradients with respect to Wₓ, Wₕ, b and every input xₜ.</summary>
    /// <param name="parameters">The cell.</param>
    /// <param name="inputs">The sequence.</param>
    /// <param name="target">y, h entries.</param>
    /// <returns>The loss and the gradients.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A shape problem (see the remarks).</exception>
    public static RnnGradients Backward(RnnParameters parameters, double[][] inputs, double[] target)
    {
        // TODO: forward keeping every state; then from t = T down to 1: δₜ, accumulate the gradients, pass δ back through Wₕ.
        throw new NotImplementedException("TODO RecurrentNetwork.Backward: return ∂L/∂θ and ∂L/∂xₜ by backpropagation through time.");
    }
}
