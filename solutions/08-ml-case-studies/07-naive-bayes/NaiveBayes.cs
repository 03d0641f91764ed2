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
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        if (!(smoothing >= 0) || !double.IsFinite(smoothing))
        {
            throw new ArgumentOutOfRangeException(nameof(smoothing), smoothing, "The smoothing must be non-negative and finite.");
        }

        var (n, d) = (x.GetLength(0), x.GetLength(1));
        CheckData(x, d);
        if (labels.Length != n)
        {
            throw new ArgumentException($"X has {n} rows but there are {labels.Length} labels.", nameof(labels));
        }

        if (labels.Any(c => c < 0 || c >= classes))
        {
            throw new ArgumentException($"Every label must be a class index in 0 … {classes - 1}.", nameof(labels));
        }

        var counts = new int[classes];
        foreach (var c in labels)
        {
            counts[c]++;
        }

        if (Array.IndexOf(counts, 0) is var empty and >= 0)
        {
            throw new ArgumentException($"Class {empty} has no samples: its mean and variance are undefined.", nameof(labels));
        }

        var means = new double[classes, d];
        var variances = new double[classes, d];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < d; j++)
            {
                means[labels[i], j] += x[i, j] / counts[labels[i]];
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < d; j++)
            {
                var deviation = x[i, j] - means[labels[i], j];
                variances[labels[i], j] += deviation * deviation / counts[labels[i]];
            }
        }

        // ε is relative to the data's own scale, so that the smoothing means the same in mm as in km.
        var largest = Enumerable.Range(0, d).Max(j =>
        {
            var mean = Enumerable.Range(0, n).Average(i => x[i, j]);
            return Enumerable.Range(0, n).Average(i => (x[i, j] - mean) * (x[i, j] - mean));
        });
        var epsilon = smoothing * largest;
        for (var c = 0; c < classes; c++)
        {
            for (var j = 0; j < d; j++)
            {
                variances[c, j] += epsilon;
                if (!(variances[c, j] > 0))
                {
                    throw new ArgumentException($"Feature {j} of class {c} has zero variance (use a positive smoothing).", nameof(x));
                }
            }
        }

        return new NaiveBayesModel([.. counts.Select(k => Math.Log((double)k / n))], means, variances);
    }

    /// <summary>The log joint log P(c) + Σⱼ log N(xᵢⱼ | μcⱼ, σ²cⱼ) of every sample and class, with log N(v | μ, σ²) = −½·[log 2πσ² + (v − μ)²/σ²].</summary>
    /// <param name="model">The model.</param>
    /// <param name="x">The inputs, m × d.</param>
    /// <returns>An m × K matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The wrong number of columns ("columns"), no samples ("empty"), or a non-finite value ("finite").</exception>
    public static double[,] LogJoint(NaiveBayesModel model, double[,] x)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (k, d) = (model.LogPriors.Length, model.Means.GetLength(1));
        CheckData(x, d);
        var result = new double[x.GetLength(0), k];
        for (var i = 0; i < x.GetLength(0); i++)
        {
            for (var c = 0; c < k; c++)
            {
                var sum = model.LogPriors[c];
                for (var j = 0; j < d; j++)
                {
                    var deviation = x[i, j] - model.Means[c, j];
                    sum -= 0.5 * (Math.Log(2 * Math.PI * model.Variances[c, j]) + (deviation * deviation / model.Variances[c, j]));
                }

                result[i, c] = sum;
            }
        }

        return result;
    }

    /// <summary>The posteriors P(c | xᵢ) = exp(log joint − log Σ_c' exp(log joint)), by log-sum-exp: rows sum to 1 even when every density underflows.</summary>
    /// <param name="model">The model.</param>
    /// <param name="x">The inputs, m × d.</param>
    /// <returns>An m × K matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogJoint"/>.</exception>
    public static double[,] PredictProbabilities(NaiveBayesModel model, double[,] x)
    {
        var joint = LogJoint(model, x);
        var (m, k) = (joint.GetLength(0), joint.GetLength(1));
        for (var i = 0; i < m; i++)
        {
            var max = Enumerable.Range(0, k).Max(c => joint[i, c]);
            var total = max + Math.Log(Enumerable.Range(0, k).Sum(c => Math.Exp(joint[i, c] - max)));
            for (var c = 0; c < k; c++)
            {
                joint[i, c] = Math.Exp(joint[i, c] - total);
            }
        }

        return joint;
    }

    /// <summary>The most probable class of every sample: the largest log joint (the lowest class index on a tie).</summary>
    /// <param name="model">The model.</param>
    /// <param name="x">The inputs, m × d.</param>
    /// <returns>m classes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogJoint"/>.</exception>
    public static int[] Predict(NaiveBayesModel model, double[,] x)
    {
        var joint = LogJoint(model, x);
        return [.. Enumerable.Range(0, joint.GetLength(0)).Select(i => Enumerable.Range(0, joint.GetLength(1)).MaxBy(c => joint[i, c]))];
    }

    private static void CheckData(double[,] x, int columns)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(0) == 0)
        {
            throw new ArgumentException("There are no samples (empty).", nameof(x));
        }

        if (x.GetLength(1) != columns)
        {
            throw new ArgumentException($"The model has {columns} features but the data have {x.GetLength(1)} columns.", nameof(x));
        }

        if (x.Cast<double>().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value must be finite.", nameof(x));
        }
    }
}
