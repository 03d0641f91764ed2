namespace MathForML.Calculus;

/// <summary>
/// Backpropagation through a two-layer tanh network with mean-squared-error loss, on a batch of N samples.
/// Inputs are N × d (one sample per row), targets N × o. For sample n:
/// zₙ = W₁xₙ + b₁, aₙ = tanh(zₙ), ŷₙ = W₂aₙ + b₂, and the loss is the mean over all N·o entries,
/// L = (1/(N·o)) Σₙ Σₖ (ŷₙₖ − yₙₖ)².
/// The backward pass applies the chain rule layer by layer, from the loss back to the first layer, with explicit
/// matrices (a graph of <see cref="Node"/> objects from the previous kata would give the same numbers, much more slowly).
/// No input array is modified.
/// </summary>
/// <remarks>
/// Shape errors are <see cref="ArgumentException"/>s whose message contains: "empty" (no samples, or a layer with no units),
/// "columns" (inputs do not have one column per column of W₁), "B1" (b₁'s length is not W₁'s row count),
/// "hidden" (W₂ does not have one column per hidden unit), "B2" (b₂'s length is not W₂'s row count),
/// "targets" (targets are not N × o). Null arguments or parameter arrays throw <see cref="ArgumentNullException"/>.
/// Lesson: katas/02-calculus/13-backpropagation/README.md
/// </remarks>
public static class Backprop
{
    /// <summary>The forward pass: the predictions ŷₙ = W₂·tanh(W₁xₙ + b₁) + b₂ for every sample, N × o.</summary>
    /// <param name="parameters">The network.</param>
    /// <param name="inputs">The batch, N × d.</param>
    /// <returns>The predictions, N × o (row n for sample n).</returns>
    /// <exception cref="ArgumentNullException">An argument or parameter array is null.</exception>
    /// <exception cref="ArgumentException">A shape does not fit (see the remarks on the class for the message words).</exception>
    public static double[,] Forward(NetworkParameters parameters, double[,] inputs)
    {
        // TODO: for each sample, compute the hidden activations tanh(W₁x + b₁), then the outputs W₂a + b₂.
        throw new NotImplementedException("TODO Backprop.Forward: return the N × o predictions W₂·tanh(W₁xₙ + b₁) + b₂.");
    }

    /// <summary>The mean squared error L = (1/(N·o)) Σₙ Σₖ (ŷₙₖ − yₙₖ)² of the batch.</summary>
    /// <param name="parameters">The network.</param>
    /// <param name="inputs">The batch, N × d.</param>
    /// <param name="targets">The targets, N × o.</param>
    /// <returns>The loss.</returns>
    /// <exception cref="ArgumentNullException">An argument or parameter array is null.</exception>
    /// <exception cref="ArgumentException">A shape does not fit (see the remarks on the class for the message words).</exception>
    public static double Loss(NetworkParameters parameters, double[,] inputs, double[,] targets)
    {
        // TODO: run the forward pass and average the squared differences over all N·o entries.
        throw new NotImplementedException("TODO Backprop.Loss: return (1/(N·o)) Σ (ŷ − y)².");
    }

    /// <summary>
    /// The loss and its gradients ∂L/∂W₁, ∂L/∂b₁, ∂L/∂W₂, ∂L/∂b₂ by backpropagation: the chain rule applied layer by
    /// layer from the loss back to the first layer (derived in the lesson), with explicit loops.
    /// </summary>
    /// <param name="parameters">The network.</param>
    /// <param name="inputs">The batch, N × d.</param>
    /// <param name="targets">The targets, N × o.</param>
    /// <returns>The loss (equal to <see cref="Loss"/>) and the four gradients, each shaped like its parameter.</returns>
    /// <exception cref="ArgumentNullException">An argument or parameter array is null.</exception>
    /// <exception cref="ArgumentException">A shape does not fit (see the remarks on the class for the message words).</exception>
    public static NetworkGradients Backward(NetworkParameters parameters, double[,] inputs, double[,] targets)
    {
        // TODO: keep the hidden activations from the forward pass; start from δŷ and work backwards layer by layer.
        throw new NotImplementedException("TODO Backprop.Backward: return the loss and ∂L/∂W₁, ∂L/∂b₁, ∂L/∂W₂, ∂L/∂b₂.");
    }
}
