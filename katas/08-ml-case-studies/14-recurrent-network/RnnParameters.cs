namespace MathForML.CaseStudies;

/// <summary>
/// The parameters of a tanh RNN cell hₜ = tanh(Wₓxₜ + Wₕhₜ₋₁ + b) with d inputs and h hidden units (given code: read,
/// don't edit). The same record carries gradients ∂L/∂Wₓ, ∂L/∂Wₕ, ∂L/∂b.
/// </summary>
/// <param name="Wx">The input weights, h × d.</param>
/// <param name="Wh">The recurrent weights, h × h.</param>
/// <param name="B">The biases, h entries.</param>
public sealed record RnnParameters(double[,] Wx, double[,] Wh, double[] B)
{
    /// <summary>All parameters in one vector: Wₓ row by row, Wₕ row by row, b.</summary>
    /// <returns>A new vector of h·d + h·h + h entries.</returns>
    public double[] ToVector() => [.. Wx.Cast<double>(), .. Wh.Cast<double>(), .. B];

    /// <summary>Parameters of this shape read from θ in the order of <see cref="ToVector"/>.</summary>
    /// <param name="theta">h·d + h·h + h entries.</param>
    /// <returns>New parameters.</returns>
    /// <exception cref="ArgumentNullException">θ is null.</exception>
    /// <exception cref="ArgumentException">
    /// θ has the wrong length ("length"; the message gives θ's length, then the number of parameters).
    /// </exception>
    public RnnParameters WithVector(double[] theta)
    {
        ArgumentNullException.ThrowIfNull(theta);
        var (h, d) = (Wx.GetLength(0), Wx.GetLength(1));
        if (theta.Length != (h * d) + (h * h) + h)
        {
            throw new ArgumentException($"θ has length {theta.Length}, but these parameters have {(h * d) + (h * h) + h}.", nameof(theta));
        }

        var (wx, wh) = (new double[h, d], new double[h, h]);
        var next = 0;
        for (var i = 0; i < h; i++)
        {
            for (var j = 0; j < d; j++)
            {
                wx[i, j] = theta[next++];
            }
        }

        for (var i = 0; i < h; i++)
        {
            for (var j = 0; j < h; j++)
            {
                wh[i, j] = theta[next++];
            }
        }

        return new RnnParameters(wx, wh, theta[next..]);
    }
}
