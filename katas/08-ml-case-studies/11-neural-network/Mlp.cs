namespace MathForML.CaseStudies;

/// <summary>
/// A two-layer perceptron for classification (given code: read, don't edit): a = f(W₁x + b₁) with the element-wise
/// <see cref="Hidden"/> activation f, then class probabilities p = softmax(W₂a + b₂). With d inputs, h hidden units and
/// k classes, W₁ is h × d, b₁ has h entries, W₂ is k × h and b₂ has k entries. The same record also carries gradients:
/// an <see cref="Mlp"/> whose arrays hold ∂L/∂W₁, ∂L/∂b₁, ∂L/∂W₂, ∂L/∂b₂.
/// </summary>
/// <param name="W1">The hidden layer's weights, h × d.</param>
/// <param name="B1">The hidden layer's biases, h entries.</param>
/// <param name="W2">The output layer's weights, k × h.</param>
/// <param name="B2">The output layer's biases, k entries.</param>
/// <param name="Hidden">The hidden layer's activation.</param>
public sealed record Mlp(double[,] W1, double[] B1, double[,] W2, double[] B2, Activation Hidden)
{
    /// <summary>All parameters in one vector θ: W₁ row by row, b₁, W₂ row by row, b₂ (for gradient checks and updates).</summary>
    /// <returns>A new vector of h·d + h + k·h + k entries.</returns>
    public double[] ToVector() => [.. W1.Cast<double>(), .. B1, .. W2.Cast<double>(), .. B2];

    /// <summary>A network of this one's shape and activation with the parameters read from θ (the order of <see cref="ToVector"/>).</summary>
    /// <param name="theta">The parameters, h·d + h + k·h + k entries.</param>
    /// <returns>A new network; θ is not kept.</returns>
    /// <exception cref="ArgumentNullException">θ is null.</exception>
    /// <exception cref="ArgumentException">
    /// θ has the wrong length ("length"; the message gives θ's length, then the network's number of parameters).
    /// </exception>
    public Mlp WithVector(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var (h, d, k) = (W1.GetLength(0), W1.GetLength(1), W2.GetLength(0));
        if (theta.Length != (h * d) + h + (k * h) + k)
        {
            throw new ArgumentException($"θ has length {theta.Length}, but this network has {(h * d) + h + (k * h) + k} parameters.", nameof(theta));
        }

        var next = 0;
        var w1 = new double[h, d];
        for (var i = 0; i < h; i++)
        {
            for (var j = 0; j < d; j++)
            {
                w1[i, j] = theta[next++];
            }
        }

        var b1 = theta[next..(next += h)];
        var w2 = new double[k, h];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < h; j++)
            {
                w2[i, j] = theta[next++];
            }
        }

        return new Mlp(w1, b1, w2, theta[next..], Hidden);
    }
}
