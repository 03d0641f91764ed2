namespace MathForML.CaseStudies;

/// <summary>
/// Softmax (multinomial logistic) regression for K classes: class k's score is zₖ = bₖ + x·wₖ, the probabilities are
/// softmax(z), and training minimises the mean cross-entropy. The weights are a K × (p + 1) matrix whose row k is
/// [bₖ, wₖ₁, …, wₖₚ].
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/04-softmax-regression/README.md</remarks>
public static class SoftmaxRegression
{
    /// <summary>The softmax softmax(z)ₖ = e^(zₖ) / Σⱼ e^(zⱼ), computed so that no exponential overflows (scores of ±1000 are fine).</summary>
    /// <param name="scores">The scores z, at least one, finite.</param>
    /// <returns>The probabilities, as many as the scores, positive or 0, summing to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentException">No scores ("empty") or a non-finite score ("finite").</exception>
    public static double[] Softmax(double[] scores)
    {
        throw new NotImplementedException("TODO SoftmaxRegression.Softmax: return the softmax softmax(z)ₖ = e^(zₖ) / Σⱼ e^(zⱼ), computed so that no exponential overflows (scores of ±1000 are fine)");
    }

    /// <summary>
    /// The mean cross-entropy L(W) = −(1/n)·Σᵢ log softmax(zᵢ)_{yᵢ} = (1/n)·Σᵢ [log Σₖ e^(zᵢₖ) − zᵢ,yᵢ], computed by log-sum-exp.
    /// </summary>
    /// <param name="x">The inputs, n × p, n ≥ 1.</param>
    /// <param name="labels">The classes, n entries in 0 … K − 1.</param>
    /// <param name="weights">W, K × (p + 1), K ≥ 2.</param>
    /// <returns>L(W) ≥ 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No samples ("empty"), rows ≠ labels ("rows"), a label outside 0 … K − 1 ("label", "class index"), a non-finite input ("finite"), or W not K × (p + 1) with K ≥ 2 ("shape").</exception>
    public static double LogLoss(double[,] x, int[] labels, double[,] weights)
    {
        throw new NotImplementedException("TODO SoftmaxRegression.LogLoss: return the mean cross-entropy L(W) = −(1/n)·Σᵢ log softmax(zᵢ)_{yᵢ} = (1/n)·Σᵢ [log Σₖ e^(zᵢₖ) − zᵢ,yᵢ], computed by log-sum-exp");
    }

    /// <summary>The gradient ∇L, a K × (p + 1) matrix with row k = (1/n)·Σᵢ (pᵢₖ − [yᵢ = k])·[1, xᵢ].</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="labels">The classes, in 0 … K − 1.</param>
    /// <param name="weights">W, K × (p + 1).</param>
    /// <returns>∇L, the shape of W.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogLoss"/>.</exception>
    public static double[,] Gradient(double[,] x, int[] labels, double[,] weights)
    {
        throw new NotImplementedException("TODO SoftmaxRegression.Gradient: return the gradient ∇L, a K × (p + 1) matrix with row k = (1/n)·Σᵢ (pᵢₖ − [yᵢ = k])·[1, xᵢ]");
    }

    /// <summary>The class probabilities softmax(zᵢ) of every sample.</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="weights">W, K × (p + 1).</param>
    /// <returns>An n × K matrix whose rows sum to 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">W not K × (p + 1) with K ≥ 2 ("shape").</exception>
    public static double[,] PredictProbabilities(double[,] x, double[,] weights)
    {
        throw new NotImplementedException("TODO SoftmaxRegression.PredictProbabilities: return the class probabilities softmax(zᵢ) of every sample");
    }

    /// <summary>The predicted class of every sample: the k with the largest score zᵢₖ (the lowest such k on a tie).</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="weights">W, K × (p + 1).</param>
    /// <returns>n labels in 0 … K − 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">W not K × (p + 1) with K ≥ 2 ("shape").</exception>
    public static int[] Predict(double[,] x, double[,] weights)
    {
        throw new NotImplementedException("TODO SoftmaxRegression.Predict: return the predicted class of every sample: the k with the largest score zᵢₖ (the lowest such k on a tie)");
    }

    /// <summary>Gradient descent from W = 0: a fixed number of steps W ← W − η·∇L(W).</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="labels">The classes, in 0 … K − 1.</param>
    /// <param name="classes">K, at least 2.</param>
    /// <param name="learningRate">η, positive and finite.</param>
    /// <param name="iterations">The number of steps, at least 1.</param>
    /// <param name="lossTrace">If not null, receives L at the start (ln K) and after every step.</param>
    /// <returns>W after the last step, K × (p + 1).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogLoss"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">K &lt; 2, η not positive and finite ("positive"), or <paramref name="iterations"/> &lt; 1.</exception>
    public static double[,] Fit(double[,] x, int[] labels, int classes, double learningRate, int iterations, IList<double>? lossTrace = null)
    {
        throw new NotImplementedException("TODO SoftmaxRegression.Fit: return gradient descent from W = 0: a fixed number of steps W ← W − η·∇L(W)");
    }
}
