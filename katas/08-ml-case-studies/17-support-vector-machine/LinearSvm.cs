namespace MathForML.CaseStudies;

/// <summary>A linear classifier sign(w·x + b) with labels −1 and +1 (given code: read, don't edit).</summary>
/// <param name="Weights">w, one entry per feature.</param>
/// <param name="Bias">b.</param>
public sealed record LinearSvm(double[] Weights, double Bias)
{
    /// <summary>The score w·x + b: its sign is the class, its size (divided by ‖w‖) the distance to the boundary.</summary>
    /// <param name="x">A sample with as many features as <see cref="Weights"/>.</param>
    /// <returns>w·x + b.</returns>
    public double Score(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var score = Bias;
        for (var i = 0; i < Weights.Length; i++)
        {
            score += Weights[i] * x[i];
        }

        return score;
    }

    /// <summary>The predicted label: +1 when the score is ≥ 0, else −1.</summary>
    /// <param name="x">A sample.</param>
    /// <returns>+1 or −1.</returns>
    public int Predict(double[] x) => Score(x) >= 0 ? 1 : -1;
}
