namespace MathForML.Optimization;

/// <summary>
/// Reference solution: the common losses of regression and classification, each the mean over n examples, and their
/// gradients with respect to the predictions (or logits, or scores).
/// </summary>
public static class LossFunctions
{
    /// <summary>(1/n) Σ (pᵢ − tᵢ)².</summary>
    public static double MeanSquaredError(double[] predictions, double[] targets)
    {
        var n = RequirePairs(predictions, targets);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            // Subtract first: (p − t)² keeps the digits of a small residual between large values; p² − 2pt + t² loses them.
            var r = predictions[i] - targets[i];
            sum += r * r;
        }

        return sum / n;
    }

    /// <summary>∂MSE/∂pᵢ = 2(pᵢ − tᵢ)/n.</summary>
    public static double[] MeanSquaredErrorGradient(double[] predictions, double[] targets)
    {
        var n = RequirePairs(predictions, targets);
        var gradient = new double[n];
        for (var i = 0; i < n; i++)
        {
            gradient[i] = 2 * (predictions[i] - targets[i]) / n;
        }

        return gradient;
    }

    /// <summary>(1/n) Σ |pᵢ − tᵢ|.</summary>
    public static double MeanAbsoluteError(double[] predictions, double[] targets)
    {
        var n = RequirePairs(predictions, targets);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += Math.Abs(predictions[i] - targets[i]);
        }

        return sum / n;
    }

    /// <summary>sign(pᵢ − tᵢ)/n, with sign(0) = 0.</summary>
    public static double[] MeanAbsoluteErrorGradient(double[] predictions, double[] targets)
    {
        var n = RequirePairs(predictions, targets);
        var gradient = new double[n];
        for (var i = 0; i < n; i++)
        {
            gradient[i] = (double)Math.Sign(predictions[i] - targets[i]) / n;
        }

        return gradient;
    }

    /// <summary>(1/n) Σ hδ(pᵢ − tᵢ) with hδ(r) = r²/2 for |r| ≤ δ and δ(|r| − δ/2) beyond.</summary>
    public static double Huber(double[] predictions, double[] targets, double delta)
    {
        var n = RequirePairs(predictions, targets);
        RequireDelta(delta);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var a = Math.Abs(predictions[i] - targets[i]);
            sum += a <= delta ? 0.5 * a * a : delta * (a - (0.5 * delta));
        }

        return sum / n;
    }

    /// <summary>clamp(pᵢ − tᵢ, −δ, δ)/n.</summary>
    public static double[] HuberGradient(double[] predictions, double[] targets, double delta)
    {
        var n = RequirePairs(predictions, targets);
        RequireDelta(delta);
        var gradient = new double[n];
        for (var i = 0; i < n; i++)
        {
            gradient[i] = Math.Clamp(predictions[i] - targets[i], -delta, delta) / n;
        }

        return gradient;
    }

    /// <summary>(1/n) Σ [softplus(zᵢ) − yᵢzᵢ], softplus(z) = log(1 + eᶻ) = max(z, 0) + log(1 + e^−|z|).</summary>
    public static double BinaryCrossEntropy(double[] logits, double[] labels)
    {
        var n = RequirePairs(logits, labels);
        RequireProbabilities(labels);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            var z = logits[i];
            sum += Softplus(z) - (labels[i] * z);
        }

        return sum / n;
    }

    /// <summary>(σ(zᵢ) − yᵢ)/n.</summary>
    public static double[] BinaryCrossEntropyGradient(double[] logits, double[] labels)
    {
        var n = RequirePairs(logits, labels);
        RequireProbabilities(labels);
        var gradient = new double[n];
        for (var i = 0; i < n; i++)
        {
            gradient[i] = (Sigmoid(logits[i]) - labels[i]) / n;
        }

        return gradient;
    }

    /// <summary>(1/n) Σᵢ [log Σₖ exp(zᵢₖ) − zᵢ,cᵢ], with the row maximum subtracted inside the log-sum-exp.</summary>
    public static double CategoricalCrossEntropy(double[,] logits, int[] classes)
    {
        var (n, k) = RequireClasses(logits, classes);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += LogSumExp(logits, i, k) - logits[i, classes[i]];
        }

        return sum / n;
    }

    /// <summary>(softmax(zᵢ)ₖ − [k = cᵢ])/n.</summary>
    public static double[,] CategoricalCrossEntropyGradient(double[,] logits, int[] classes)
    {
        var (n, k) = RequireClasses(logits, classes);
        var gradient = new double[n, k];
        for (var i = 0; i < n; i++)
        {
            var lse = LogSumExp(logits, i, k);
            for (var j = 0; j < k; j++)
            {
                var softmax = Math.Exp(logits[i, j] - lse);
                gradient[i, j] = (softmax - (j == classes[i] ? 1 : 0)) / n;
            }
        }

        return gradient;
    }

    /// <summary>(1/n) Σ max(0, 1 − yᵢsᵢ) with yᵢ ∈ {−1, +1}.</summary>
    public static double Hinge(double[] scores, double[] labels)
    {
        var n = RequirePairs(scores, labels);
        RequireSigns(labels);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += Math.Max(0, 1 - (labels[i] * scores[i]));
        }

        return sum / n;
    }

    /// <summary>−yᵢ/n where yᵢsᵢ &lt; 1, else 0.</summary>
    public static double[] HingeGradient(double[] scores, double[] labels)
    {
        var n = RequirePairs(scores, labels);
        RequireSigns(labels);
        var gradient = new double[n];
        for (var i = 0; i < n; i++)
        {
            gradient[i] = labels[i] * scores[i] < 1 ? -labels[i] / n : 0;
        }

        return gradient;
    }

    /// <summary>log(1 + eᶻ) without overflow: for z = 1000 it is 1000 + log(1 + e⁻¹⁰⁰⁰) = 1000.</summary>
    private static double Softplus(double z) => Math.Max(z, 0) + Math.Log(1 + Math.Exp(-Math.Abs(z)));

    /// <summary>1/(1 + e⁻ᶻ): for z ≪ 0 the exponential overflows to ∞ and the quotient is 0, as it should be.</summary>
    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static double LogSumExp(double[,] logits, int row, int k)
    {
        var max = double.NegativeInfinity;
        for (var j = 0; j < k; j++)
        {
            max = Math.Max(max, logits[row, j]);
        }

        var sum = 0.0;
        for (var j = 0; j < k; j++)
        {
            sum += Math.Exp(logits[row, j] - max);
        }

        return max + Math.Log(sum);
    }

    private static int RequirePairs(double[] first, double[] second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Length != second.Length)
        {
            throw new ArgumentException($"The lengths differ: {first.Length} predictions but {second.Length} targets.", nameof(second));
        }

        if (first.Length == 0)
        {
            throw new ArgumentException("The inputs are empty: a mean over no examples is undefined.", nameof(first));
        }

        return first.Length;
    }

    private static void RequireDelta(double delta)
    {
        if (!(delta > 0) || !double.IsFinite(delta))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "Huber's delta must be positive and finite.");
        }
    }

    private static void RequireProbabilities(double[] labels)
    {
        foreach (var y in labels)
        {
            if (!(y >= 0 && y <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(labels), y, "Every label must lie in [0, 1].");
            }
        }
    }

    private static void RequireSigns(double[] labels)
    {
        foreach (var y in labels)
        {
            if (y is not (1 or -1))
            {
                throw new ArgumentOutOfRangeException(nameof(labels), y, "Every hinge label must be −1 or +1.");
            }
        }
    }

    private static (int Rows, int Columns) RequireClasses(double[,] logits, int[] classes)
    {
        ArgumentNullException.ThrowIfNull(logits);
        ArgumentNullException.ThrowIfNull(classes);
        var (n, k) = (logits.GetLength(0), logits.GetLength(1));
        if (n != classes.Length)
        {
            throw new ArgumentException($"The lengths differ: {n} rows of logits but {classes.Length} classes.", nameof(classes));
        }

        if (n == 0 || k == 0)
        {
            throw new ArgumentException("The logits are empty.", nameof(logits));
        }

        foreach (var c in classes)
        {
            if (c < 0 || c >= k)
            {
                throw new ArgumentOutOfRangeException(nameof(classes), c, $"Every class index must lie in 0 … {k - 1}.");
            }
        }

        return (n, k);
    }
}
