namespace MathForML.CaseStudies;

/// <summary>
/// A neural network from scratch: activations and their derivatives, a stable softmax and its Jacobian, and a
/// two-layer perceptron (<see cref="Mlp"/>) for classification — forward pass, mean cross-entropy loss,
/// backpropagation, seeded initialisation and full-batch gradient descent.
/// </summary>
/// <remarks>
/// Batches are N × d arrays (one sample per row) with labels in 0 … k − 1. Shape errors are
/// <see cref="ArgumentException"/>s naming the problem: "empty" (no samples), "columns" (inputs do not have one
/// column per column of W₁), "length" (labels not one per sample), "label" (a label outside 0 … k − 1, a range the
/// message states, e.g. "0 … 2" for k = 3); null arguments throw <see cref="ArgumentNullException"/>. No argument is
/// modified.
/// Lesson: katas/08-ml-case-studies/11-neural-network/README.md
/// </remarks>
public static class NeuralNetwork
{
    /// <summary>f(z) for ReLU max(0, z), tanh z or the sigmoid σ(z) = 1/(1 + e⁻ᶻ), finite for every finite z (σ(800) = 1, not NaN).</summary>
    /// <param name="activation">Which function.</param>
    /// <param name="z">The pre-activation.</param>
    /// <returns>f(z).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activation"/> is not one of the three ("unknown").</exception>
    public static double Activate(Activation activation, double z)
    {
        // TODO: one case per activation; keep e^z from overflowing in the sigmoid.
        throw new NotImplementedException("TODO NeuralNetwork.Activate: return ReLU, tanh or the sigmoid of z.");
    }

    /// <summary>f′(z): 0 or 1 for ReLU (0 at z = 0), 1 − tanh² z, σ(z)(1 − σ(z)); finite for every finite z.</summary>
    /// <param name="activation">Which function.</param>
    /// <param name="z">The pre-activation.</param>
    /// <returns>f′(z).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activation"/> is not one of the three ("unknown").</exception>
    public static double Derivative(Activation activation, double z)
    {
        // TODO: write each derivative in terms of the function's own value where you can.
        throw new NotImplementedException("TODO NeuralNetwork.Derivative: return f′(z) for ReLU, tanh or the sigmoid.");
    }

    /// <summary>softmax(z)ᵢ = e^{zᵢ}/Σⱼ e^{zⱼ}, finite for any finite z (logits near 1000 included).</summary>
    /// <param name="z">The logits, at least one.</param>
    /// <returns>A new probability vector of the same length.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="z"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="z"/> is empty ("empty").</exception>
    public static double[] Softmax(double[] z)
    {
        // TODO: the lesson's stability trick, then exponentiate and normalise.
        throw new NotImplementedException("TODO NeuralNetwork.Softmax: return e^{zᵢ}/Σ e^{zⱼ} without overflow.");
    }

    /// <summary>The Jacobian J[i, j] = ∂softmax(z)ᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ) with s = softmax(z).</summary>
    /// <param name="z">The logits, at least one.</param>
    /// <returns>The n × n Jacobian.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="z"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="z"/> is empty ("empty").</exception>
    public static double[,] SoftmaxJacobian(double[] z)
    {
        // TODO: diag(s) − s·sᵀ.
        throw new NotImplementedException("TODO NeuralNetwork.SoftmaxJacobian: return sᵢ(δᵢⱼ − sⱼ).");
    }

    /// <summary>The forward pass: class probabilities softmax(W₂·f(W₁xₙ + b₁) + b₂) for every sample, N × k.</summary>
    /// <param name="network">The network.</param>
    /// <param name="inputs">The batch, N × d.</param>
    /// <returns>Row n holds the k class probabilities of sample n.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No samples ("empty") or the wrong number of columns ("columns").</exception>
    public static double[,] Predict(Mlp network, double[,] inputs)
    {
        // TODO: per sample: hidden layer, output logits, softmax.
        throw new NotImplementedException("TODO NeuralNetwork.Predict: return the N × k class probabilities.");
    }

    /// <summary>
    /// The mean cross-entropy L = −(1/N) Σₙ log pₙ,yₙ, with log p computed as zᵧ − log Σ e^{zⱼ} (log-sum-exp), so that it
    /// stays finite when a probability underflows to 0.
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="inputs">The batch, N × d.</param>
    /// <param name="labels">The class of each sample.</param>
    /// <returns>L in nats.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A shape or label problem (see the remarks for the message words).</exception>
    public static double Loss(Mlp network, double[,] inputs, int[] labels)
    {
        // TODO: the logits of each sample, then the log-softmax of its label.
        throw new NotImplementedException("TODO NeuralNetwork.Loss: return the mean cross-entropy −(1/N) Σ log p(yₙ).");
    }

    /// <summary>The gradient of <see cref="Loss"/> by backpropagation: an <see cref="Mlp"/> holding ∂L/∂W₁, ∂L/∂b₁, ∂L/∂W₂, ∂L/∂b₂.</summary>
    /// <param name="network">The network.</param>
    /// <param name="inputs">The batch, N × d.</param>
    /// <param name="labels">The class of each sample.</param>
    /// <returns>The gradient, shaped like the network (same activation).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A shape or label problem (see the remarks for the message words).</exception>
    public static Mlp Gradients(Mlp network, double[,] inputs, int[] labels)
    {
        // TODO: forward, keeping z₁ and a; then the output error p − onehot(y), and back through W₂ and f′(z₁).
        throw new NotImplementedException("TODO NeuralNetwork.Gradients: return ∂L/∂θ by backpropagation.");
    }

    /// <summary>
    /// A new network with weights drawn uniformly from [−r, r], r = √(6/(fan_in + fan_out)) per layer (W₁: fan_in = d,
    /// fan_out = h; W₂: h and k), and zero biases; the draws come from <paramref name="random"/>, W₁ row by row first.
    /// </summary>
    /// <param name="inputs">d, at least 1.</param>
    /// <param name="hidden">h, at least 1.</param>
    /// <param name="classes">k, at least 2.</param>
    /// <param name="activation">The hidden activation.</param>
    /// <param name="random">The source of randomness (seeded by the caller).</param>
    /// <returns>The network.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is too small.</exception>
    public static Mlp Initialize(int inputs, int hidden, int classes, Activation activation, Random random)
    {
        // TODO: one uniform draw per weight, scaled to [−r, r].
        throw new NotImplementedException("TODO NeuralNetwork.Initialize: return a network with uniform [−r, r] weights and zero biases.");
    }

    /// <summary>
    /// Full-batch gradient descent θ ← θ − η·∇L(θ) for <paramref name="epochs"/> steps. If <paramref name="lossTrace"/>
    /// is not null it receives the loss before every step and after the last (epochs + 1 values).
    /// </summary>
    /// <param name="network">The starting network (not modified).</param>
    /// <param name="inputs">The batch, N × d.</param>
    /// <param name="labels">The class of each sample.</param>
    /// <param name="learningRate">η, positive and finite.</param>
    /// <param name="epochs">The number of steps, at least 0.</param>
    /// <param name="lossTrace">If not null, receives the losses.</param>
    /// <returns>The trained network.</returns>
    /// <exception cref="ArgumentNullException">An argument other than the trace is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">η is not positive and finite ("learning rate"), or epochs is negative.</exception>
    /// <exception cref="ArgumentException">A shape or label problem (see the remarks for the message words).</exception>
    public static Mlp Train(Mlp network, double[,] inputs, int[] labels, double learningRate, int epochs, IList<double>? lossTrace = null)
    {
        // TODO: repeat: gradient, step every parameter (ToVector/WithVector help), record the loss.
        throw new NotImplementedException("TODO NeuralNetwork.Train: return the network after gradient descent.");
    }
}
