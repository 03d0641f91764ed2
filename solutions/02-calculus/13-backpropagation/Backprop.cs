namespace MathForML.Calculus;

/// <summary>Reference solution: forward pass, MSE loss and explicit matrix backpropagation.</summary>
public static class Backprop
{
    /// <summary>The N × o predictions.</summary>
    public static double[,] Forward(NetworkParameters parameters, double[,] inputs)
    {
        Validate(parameters, inputs, targets: null);
        return Pass(parameters, inputs).Outputs;
    }

    /// <summary>(1/(N·o)) Σ (ŷ − y)².</summary>
    public static double Loss(NetworkParameters parameters, double[,] inputs, double[,] targets) =>
        Backward(parameters, inputs, targets).Loss;

    /// <summary>The loss and its four gradients.</summary>
    public static NetworkGradients Backward(NetworkParameters parameters, double[,] inputs, double[,] targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        Validate(parameters, inputs, targets);
        var (w1, w2) = (parameters.W1, parameters.W2);
        var (samples, features) = (inputs.GetLength(0), inputs.GetLength(1));
        var (hiddenUnits, outputUnits) = (w1.GetLength(0), w2.GetLength(0));
        var (hidden, outputs) = Pass(parameters, inputs);

        // Loss and δŷ = ∂L/∂ŷ = 2(ŷ − y)/(N·o).
        var count = (double)samples * outputUnits;
        var loss = 0.0;
        var outputDelta = new double[samples, outputUnits];
        for (var n = 0; n < samples; n++)
        {
            for (var k = 0; k < outputUnits; k++)
            {
                var error = outputs[n, k] - targets[n, k];
                loss += error * error;
                outputDelta[n, k] = 2 * error / count;
            }
        }

        // Second layer: ŷₙ = W₂aₙ + b₂, so ∂L/∂W₂[k, j] = Σₙ δŷₙₖ aₙⱼ and ∂L/∂b₂[k] = Σₙ δŷₙₖ.
        var gradW2 = new double[outputUnits, hiddenUnits];
        var gradB2 = new double[outputUnits];

        // Back through W₂ (δa = W₂ᵀδŷ) and tanh (δz = δa ⊙ (1 − a²)).
        var hiddenDelta = new double[samples, hiddenUnits];
        for (var n = 0; n < samples; n++)
        {
            for (var k = 0; k < outputUnits; k++)
            {
                gradB2[k] += outputDelta[n, k];
                for (var j = 0; j < hiddenUnits; j++)
                {
                    gradW2[k, j] += outputDelta[n, k] * hidden[n, j];
                    hiddenDelta[n, j] += w2[k, j] * outputDelta[n, k];
                }
            }

            for (var j = 0; j < hiddenUnits; j++)
            {
                hiddenDelta[n, j] *= 1 - (hidden[n, j] * hidden[n, j]);
            }
        }

        // First layer: zₙ = W₁xₙ + b₁, so ∂L/∂W₁[j, i] = Σₙ δzₙⱼ xₙᵢ and ∂L/∂b₁[j] = Σₙ δzₙⱼ.
        var gradW1 = new double[hiddenUnits, features];
        var gradB1 = new double[hiddenUnits];
        for (var n = 0; n < samples; n++)
        {
            for (var j = 0; j < hiddenUnits; j++)
            {
                gradB1[j] += hiddenDelta[n, j];
                for (var i = 0; i < features; i++)
                {
                    gradW1[j, i] += hiddenDelta[n, j] * inputs[n, i];
                }
            }
        }

        return new NetworkGradients(loss / count, gradW1, gradB1, gradW2, gradB2);
    }

    /// <summary>The hidden activations a = tanh(W₁x + b₁) (N × h) and the outputs W₂a + b₂ (N × o).</summary>
    private static (double[,] Hidden, double[,] Outputs) Pass(NetworkParameters p, double[,] inputs)
    {
        var (samples, features) = (inputs.GetLength(0), inputs.GetLength(1));
        var (hiddenUnits, outputUnits) = (p.W1.GetLength(0), p.W2.GetLength(0));
        var hidden = new double[samples, hiddenUnits];
        var outputs = new double[samples, outputUnits];
        for (var n = 0; n < samples; n++)
        {
            for (var j = 0; j < hiddenUnits; j++)
            {
                var z = p.B1[j];
                for (var i = 0; i < features; i++)
                {
                    z += p.W1[j, i] * inputs[n, i];
                }

                hidden[n, j] = Math.Tanh(z);
            }

            for (var k = 0; k < outputUnits; k++)
            {
                var y = p.B2[k];
                for (var j = 0; j < hiddenUnits; j++)
                {
                    y += p.W2[k, j] * hidden[n, j];
                }

                outputs[n, k] = y;
            }
        }

        return (hidden, outputs);
    }

    private static void Validate(NetworkParameters parameters, double[,] inputs, double[,]? targets)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(parameters.W1, nameof(parameters));
        ArgumentNullException.ThrowIfNull(parameters.B1, nameof(parameters));
        ArgumentNullException.ThrowIfNull(parameters.W2, nameof(parameters));
        ArgumentNullException.ThrowIfNull(parameters.B2, nameof(parameters));
        var (hiddenUnits, outputUnits) = (parameters.W1.GetLength(0), parameters.W2.GetLength(0));
        var samples = inputs.GetLength(0);
        if (samples == 0 || hiddenUnits == 0 || outputUnits == 0)
        {
            throw new ArgumentException(
                $"The batch and every layer must be non-empty: {samples} samples, {hiddenUnits} hidden units, {outputUnits} outputs.",
                nameof(inputs));
        }

        if (inputs.GetLength(1) != parameters.W1.GetLength(1))
        {
            throw new ArgumentException(
                $"The inputs have {inputs.GetLength(1)} columns (features) but W1 has {parameters.W1.GetLength(1)} columns.",
                nameof(inputs));
        }

        if (parameters.B1.Length != hiddenUnits)
        {
            throw new ArgumentException($"B1 has length {parameters.B1.Length} but W1 has {hiddenUnits} rows.", nameof(parameters));
        }

        if (parameters.W2.GetLength(1) != hiddenUnits)
        {
            throw new ArgumentException(
                $"W2 has {parameters.W2.GetLength(1)} columns but the network has {hiddenUnits} hidden units.", nameof(parameters));
        }

        if (parameters.B2.Length != outputUnits)
        {
            throw new ArgumentException($"B2 has length {parameters.B2.Length} but W2 has {outputUnits} rows.", nameof(parameters));
        }

        if (targets is null)
        {
            return;
        }

        if (targets.GetLength(0) != samples || targets.GetLength(1) != outputUnits)
        {
            throw new ArgumentException(
                $"The targets are {targets.GetLength(0)}x{targets.GetLength(1)} but the predictions are {samples}x{outputUnits}.",
                nameof(targets));
        }
    }
}
