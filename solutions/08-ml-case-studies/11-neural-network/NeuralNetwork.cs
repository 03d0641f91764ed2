namespace MathForML.CaseStudies;

/// <summary>Reference solution: activations, softmax, and a two-layer perceptron trained by backpropagation.</summary>
public static class NeuralNetwork
{
    /// <summary>f(z).</summary>
    public static double Activate(Activation activation, double z) => activation switch
    {
        Activation.ReLU => Math.Max(0, z),
        Activation.Tanh => Math.Tanh(z),
        Activation.Sigmoid => Sigmoid(z),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation."),
    };

    /// <summary>f′(z).</summary>
    public static double Derivative(Activation activation, double z)
    {
        switch (activation)
        {
            case Activation.ReLU:
                return z > 0 ? 1 : 0;
            case Activation.Tanh:
                var t = Math.Tanh(z);
                return 1 - (t * t);
            case Activation.Sigmoid:
                var s = Sigmoid(z);
                return s * (1 - s);
            default:
                throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
        }
    }

    /// <summary>softmax(z), shifted by max z so that no exponential overflows.</summary>
    public static double[] Softmax(double[] z)
    {
        RequireLogits(z);
        var max = z.Max();
        var exps = z.Select(zi => Math.Exp(zi - max)).ToArray();
        var sum = exps.Sum();
        return [.. exps.Select(e => e / sum)];
    }

    /// <summary>diag(s) − s·sᵀ.</summary>
    public static double[,] SoftmaxJacobian(double[] z)
    {
        var s = Softmax(z);
        var jacobian = new double[s.Length, s.Length];
        for (var i = 0; i < s.Length; i++)
        {
            for (var j = 0; j < s.Length; j++)
            {
                jacobian[i, j] = s[i] * ((i == j ? 1 : 0) - s[j]);
            }
        }

        return jacobian;
    }

    /// <summary>softmax(W₂·f(W₁x + b₁) + b₂) per row.</summary>
    public static double[,] Predict(Mlp network, double[,] inputs)
    {
        RequireBatch(network, inputs);
        var (n, k) = (inputs.GetLength(0), network.W2.GetLength(0));
        var probabilities = new double[n, k];
        for (var s = 0; s < n; s++)
        {
            var p = Softmax(Forward(network, Row(inputs, s)).Logits);
            for (var c = 0; c < k; c++)
            {
                probabilities[s, c] = p[c];
            }
        }

        return probabilities;
    }

    /// <summary>−(1/N) Σ log p(yₙ) via log-sum-exp.</summary>
    public static double Loss(Mlp network, double[,] inputs, int[] labels)
    {
        RequireLabelled(network, inputs, labels);
        var n = inputs.GetLength(0);
        var total = 0.0;
        for (var s = 0; s < n; s++)
        {
            var logits = Forward(network, Row(inputs, s)).Logits;
            total += LogSumExp(logits) - logits[labels[s]];
        }

        return total / n;
    }

    /// <summary>Backpropagation, sample by sample, averaged over the batch.</summary>
    public static Mlp Gradients(Mlp network, double[,] inputs, int[] labels)
    {
        RequireLabelled(network, inputs, labels);
        var (n, d) = (inputs.GetLength(0), inputs.GetLength(1));
        var (h, k) = (network.W1.GetLength(0), network.W2.GetLength(0));
        var (gW1, gB1, gW2, gB2) = (new double[h, d], new double[h], new double[k, h], new double[k]);
        for (var s = 0; s < n; s++)
        {
            var x = Row(inputs, s);
            var (z1, a, logits) = Forward(network, x);

            // Output error: ∂(−log p_y)/∂z₂ = p − onehot(y), averaged over the N samples.
            var delta2 = Softmax(logits);
            delta2[labels[s]] -= 1;
            for (var c = 0; c < k; c++)
            {
                delta2[c] /= n;
                gB2[c] += delta2[c];
                for (var j = 0; j < h; j++)
                {
                    gW2[c, j] += delta2[c] * a[j];
                }
            }

            // Back through W₂ (∂L/∂a = W₂ᵀδ₂), then through the activation (times f′(z₁), element-wise).
            for (var j = 0; j < h; j++)
            {
                var upstream = 0.0;
                for (var c = 0; c < k; c++)
                {
                    upstream += network.W2[c, j] * delta2[c];
                }

                var delta1 = upstream * Derivative(network.Hidden, z1[j]);
                gB1[j] += delta1;
                for (var i = 0; i < d; i++)
                {
                    gW1[j, i] += delta1 * x[i];
                }
            }
        }

        return new Mlp(gW1, gB1, gW2, gB2, network.Hidden);
    }

    /// <summary>Uniform [−r, r] weights with r = √(6/(fan_in + fan_out)), zero biases.</summary>
    public static Mlp Initialize(int inputs, int hidden, int classes, Activation activation, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(hidden, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        return new Mlp(Uniform(hidden, inputs, random), new double[hidden], Uniform(classes, hidden, random), new double[classes], activation);
    }

    /// <summary>θ ← θ − η∇L(θ), epochs times.</summary>
    public static Mlp Train(Mlp network, double[,] inputs, int[] labels, double learningRate, int epochs, IList<double>? lossTrace = null)
    {
        RequireLabelled(network, inputs, labels);
        if (!double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive and finite.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(epochs);
        var current = network.WithVector(network.ToVector());
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            lossTrace?.Add(Loss(current, inputs, labels));
            var theta = current.ToVector();
            var gradient = Gradients(current, inputs, labels).ToVector();
            for (var i = 0; i < theta.Length; i++)
            {
                theta[i] -= learningRate * gradient[i];
            }

            current = current.WithVector(theta);
        }

        lossTrace?.Add(Loss(current, inputs, labels));
        return current;
    }

    /// <summary>The hidden pre-activations z₁, the hidden activations a and the output logits z₂ of one sample.</summary>
    private static (double[] Z1, double[] A, double[] Logits) Forward(Mlp network, double[] x)
    {
        var z1 = Dense(network.W1, network.B1, x);
        var a = z1.Select(z => Activate(network.Hidden, z)).ToArray();
        return (z1, a, Dense(network.W2, network.B2, a));
    }

    /// <summary>W·x + b.</summary>
    private static double[] Dense(double[,] w, double[] b, double[] x)
    {
        var result = new double[w.GetLength(0)];
        for (var i = 0; i < result.Length; i++)
        {
            var sum = b[i];
            for (var j = 0; j < x.Length; j++)
            {
                sum += w[i, j] * x[j];
            }

            result[i] = sum;
        }

        return result;
    }

    /// <summary>σ(z) in the form whose exponential never overflows: e^z/(1 + e^z) for z &lt; 0.</summary>
    private static double Sigmoid(double z)
    {
        if (z >= 0)
        {
            return 1 / (1 + Math.Exp(-z));
        }

        var e = Math.Exp(z);
        return e / (1 + e);
    }

    private static double LogSumExp(double[] z)
    {
        var max = z.Max();
        return max + Math.Log(z.Sum(zi => Math.Exp(zi - max)));
    }

    private static double[,] Uniform(int rows, int columns, Random random)
    {
        var r = Math.Sqrt(6.0 / (rows + columns));
        var w = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                w[i, j] = r * ((2 * random.NextDouble()) - 1);
            }
        }

        return w;
    }

    private static double[] Row(double[,] a, int i) => [.. Enumerable.Range(0, a.GetLength(1)).Select(j => a[i, j])];

    private static void RequireLogits(double[] z)
    {
        ArgumentNullException.ThrowIfNull(z);
        if (z.Length == 0)
        {
            throw new ArgumentException("The logits are empty.", nameof(z));
        }
    }

    private static void RequireBatch(Mlp network, double[,] inputs)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.GetLength(0) == 0)
        {
            throw new ArgumentException("The batch is empty.", nameof(inputs));
        }

        if (inputs.GetLength(1) != network.W1.GetLength(1))
        {
            throw new ArgumentException($"The inputs have {inputs.GetLength(1)} columns but W₁ expects {network.W1.GetLength(1)}.", nameof(inputs));
        }
    }

    private static void RequireLabelled(Mlp network, double[,] inputs, int[] labels)
    {
        RequireBatch(network, inputs);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != inputs.GetLength(0))
        {
            throw new ArgumentException($"There are {labels.Length} labels for {inputs.GetLength(0)} samples: the length must match.", nameof(labels));
        }

        var k = network.W2.GetLength(0);
        if (labels.Any(y => y < 0 || y >= k))
        {
            throw new ArgumentException($"Every label must be in 0 … {k - 1}.", nameof(labels));
        }
    }
}
