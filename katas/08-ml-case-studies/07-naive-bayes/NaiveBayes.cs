namespace MathForML.CaseStudies;

/// <summary>
/// Gaussian naive Bayes: each class c has a prior P(c) and, for every feature j independently, a normal density with
/// mean μcⱼ and variance σ²cⱼ; the posterior P(c | x) ∝ P(c)·Πⱼ N(xⱼ | μcⱼ, σ²cⱼ) is computed in log space.
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/07-naive-bayes/README.md</remarks>
public static class NaiveBayes
{
    /// <summary>
    /// The maximum-likelihood fit: log priors log(n_c/n), per-class means, per-class variances with denominator n_c, each
    /// variance plus ε = smoothing·(the largest variance of any feature over all the data).
    /// </summary>
    /// <param name="x">The inputs, n × d.</param>
    /// <param name="labels">The classes, n entries in 0 … K − 1.</param>
    /// <param name="classes">K, at least 2; every class needs a sample.</param>
    /// <param name="smoothing">The variance smoothing factor, non-negative and finite (1e-9 by default).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No samples ("empty"), rows ≠ labels ("rows"), a label outside 0 … K − 1 ("label", naming K − 1), a class without samples ("no samples"), a non-finite value ("finite"), or all variances 0 ("variance").</exception>
    /// <exception cref="ArgumentOutOfRangeException">K &lt; 2, or the smoothing is negative or not finite ("non-negative").</exception>
    public static NaiveBayesModel Fit(double[,] x, int[] labels, int classes, double smoothing = 1e-9)
    {
        throw new NotImplementedException("TODO NaiveBayes.Fit: return the maximum-likelihood fit: log priors log(n_c/n), per-class means, per-class variances with denominator n_c, each variance plus ε = smoothing·(the largest variance of any feature over all the data)");
    }

    /// <summary>The log joint log P(c) + Σⱼ log N(xᵢⱼ | μcⱼ, σ²cⱼ) of every sample and class, with log N(v | μ, σ²) = −½·[log 2πσ² + (v − μ)²/σ²].</summary>
    /// <param name="model">The model.</param>
    /// <param name="x">The inputs, m × d.</param>
    /// <returns>An m × K matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The wrong number of columns ("columns"), no samples ("empty"), or a non-finite value ("finite").</exception>
    public static double[,] LogJoint(NaiveBayesModel model, double[,] x)
    {
        throw new NotImplementedException("TODO NaiveBayes.LogJoint: return the log joint log P(c) + Σⱼ log N(xᵢⱼ | μcⱼ, σ²cⱼ) of every sample and class, with log N(v | μ, σ²) = −½·[log 2πσ² + (v − μ)²/σ²]");
    }

    /// <summary>The posteriors P(c | xᵢ) = exp(log joint − log Σ_c' exp(log joint)), by log-sum-exp: rows sum to 1 even when every density underflows.</summary>
    /// <param name="model">The model.</param>
    /// <param name="x">The inputs, m × d.</param>
    /// <returns>An m × K matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogJoint"/>.</exception>
    public static double[,] PredictProbabilities(NaiveBayesModel model, double[,] x)
    {
        throw new NotImplementedException("TODO NaiveBayes.PredictProbabilities: return the posteriors P(c | xᵢ) = exp(log joint − log Σ_c' exp(log joint)), by log-sum-exp: rows sum to 1 even when every density underflows");
    }

    /// <summary>The most probable class of every sample: the largest log joint (the lowest class index on a tie).</summary>
    /// <param name="model">The model.</param>
    /// <param name="x">The inputs, m × d.</param>
    /// <returns>m classes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogJoint"/>.</exception>
    public static int[] Predict(NaiveBayesModel model, double[,] x)
    {
        throw new NotImplementedException("TODO NaiveBayes.Predict: return the most probable class of every sample: the largest log joint (the lowest class index on a tie)");
    }
}
