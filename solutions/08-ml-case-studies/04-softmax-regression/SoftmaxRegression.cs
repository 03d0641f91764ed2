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
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Length == 0)
        {
            throw new ArgumentException("Softmax needs at least one score (empty).", nameof(scores));
        }

        if (!scores.All(double.IsFinite))
        {
            throw new ArgumentException("Every score must be finite.", nameof(scores));
        }

        // Subtracting the largest score changes nothing (numerator and denominator share the factor e^(−max)) and keeps
        // every exponent ≤ 0: no overflow, and the largest term is exactly 1, so the sum cannot underflow to 0.
        var max = scores.Max();
        var exps = scores.Select(z => Math.Exp(z - max)).ToArray();
        var sum = exps.Sum();
        return [.. exps.Select(e => e / sum)];
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
        var scores = Scores(x, labels, weights);
        var total = 0.0;
        for (var i = 0; i < labels.Length; i++)
        {
            var row = Row(scores, i);
            var max = row.Max();
            total += max + Math.Log(row.Sum(z => Math.Exp(z - max))) - row[labels[i]];
        }

        return total / labels.Length;
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
        var scores = Scores(x, labels, weights);
        var (n, p, k) = (x.GetLength(0), x.GetLength(1), weights.GetLength(0));
        var gradient = new double[k, p + 1];
        for (var i = 0; i < n; i++)
        {
            var probabilities = Softmax(Row(scores, i));
            for (var c = 0; c < k; c++)
            {
                var error = (probabilities[c] - (labels[i] == c ? 1 : 0)) / n;
                gradient[c, 0] += error;
                for (var j = 0; j < p; j++)
                {
                    gradient[c, j + 1] += error * x[i, j];
                }
            }
        }

        return gradient;
    }

    /// <summary>The class probabilities softmax(zᵢ) of every sample.</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="weights">W, K × (p + 1).</param>
    /// <returns>An n × K matrix whose rows sum to 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">W not K × (p + 1) with K ≥ 2 ("shape").</exception>
    public static double[,] PredictProbabilities(double[,] x, double[,] weights)
    {
        var scores = Linear(x, weights);
        var result = new double[scores.GetLength(0), scores.GetLength(1)];
        for (var i = 0; i < scores.GetLength(0); i++)
        {
            var probabilities = Softmax(Row(scores, i));
            for (var c = 0; c < probabilities.Length; c++)
            {
                result[i, c] = probabilities[c];
            }
        }

        return result;
    }

    /// <summary>The predicted class of every sample: the k with the largest score zᵢₖ (the lowest such k on a tie).</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="weights">W, K × (p + 1).</param>
    /// <returns>n labels in 0 … K − 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">W not K × (p + 1) with K ≥ 2 ("shape").</exception>
    public static int[] Predict(double[,] x, double[,] weights)
    {
        var scores = Linear(x, weights);
        var labels = new int[scores.GetLength(0)];
        for (var i = 0; i < labels.Length; i++)
        {
            for (var c = 1; c < scores.GetLength(1); c++)
            {
                if (scores[i, c] > scores[i, labels[i]])
                {
                    labels[i] = c;
                }
            }
        }

        return labels;
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
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive and finite.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var weights = new double[classes, x.GetLength(1) + 1];
        var loss = LogLoss(x, labels, weights);
        lossTrace?.Add(loss);
        for (var step = 0; step < iterations; step++)
        {
            var gradient = Gradient(x, labels, weights);
            for (var c = 0; c < classes; c++)
            {
                for (var j = 0; j < weights.GetLength(1); j++)
                {
                    weights[c, j] -= learningRate * gradient[c, j];
                }
            }

            if (lossTrace is not null)
            {
                lossTrace.Add(LogLoss(x, labels, weights));
            }
        }

        return weights;
    }

    private static double[] Row(double[,] m, int i) => [.. Enumerable.Range(0, m.GetLength(1)).Select(j => m[i, j])];

    private static double[,] Scores(double[,] x, int[] labels, double[,] weights)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        if (x.GetLength(0) == 0)
        {
            throw new ArgumentException("There are no samples (empty).", nameof(x));
        }

        if (labels.Length != x.GetLength(0))
        {
            throw new ArgumentException($"X has {x.GetLength(0)} rows but there are {labels.Length} labels.", nameof(labels));
        }

        if (x.Cast<double>().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every input must be finite.", nameof(x));
        }

        var scores = Linear(x, weights);
        if (labels.Any(c => c < 0 || c >= weights.GetLength(0)))
        {
            throw new ArgumentException($"Every label must be a class index in 0 … {weights.GetLength(0) - 1}.", nameof(labels));
        }

        return scores;
    }

    private static double[,] Linear(double[,] x, double[,] weights)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(weights);
        var (n, p, k) = (x.GetLength(0), x.GetLength(1), weights.GetLength(0));
        if (k < 2 || weights.GetLength(1) != p + 1)
        {
            throw new ArgumentException($"W must be K × (p + 1) = K × {p + 1} with K ≥ 2, but its shape is {k} × {weights.GetLength(1)}.", nameof(weights));
        }

        var scores = new double[n, k];
        for (var i = 0; i < n; i++)
        {
            for (var c = 0; c < k; c++)
            {
                scores[i, c] = weights[c, 0];
                for (var j = 0; j < p; j++)
                {
                    scores[i, c] += weights[c, j + 1] * x[i, j];
                }
            }
        }

        return scores;
    }
}
