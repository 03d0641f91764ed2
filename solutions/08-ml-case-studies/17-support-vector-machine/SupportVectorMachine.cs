namespace MathForML.CaseStudies;

/// <summary>Reference solution: the hinge-loss objective, its sub-gradient and Pegasos.</summary>
public static class SupportVectorMachine
{
    /// <summary>(λ/2)(‖w‖² + b²) + (1/n) Σ max(0, 1 − yᵢ(w·xᵢ + b)).</summary>
    public static double Objective(LinearSvm model, double[,] features, int[] labels, double lambda)
    {
        ArgumentNullException.ThrowIfNull(model);
        Validate(features, labels, lambda, model);
        var n = features.GetLength(0);
        var hinge = 0.0;
        for (var i = 0; i < n; i++)
        {
            hinge += Math.Max(0, 1 - (labels[i] * model.Score(Row(features, i))));
        }

        return (0.5 * lambda * (model.Weights.Sum(w => w * w) + (model.Bias * model.Bias))) + (hinge / n);
    }

    /// <summary>λw − (1/n) Σ_{margin &lt; 1} yᵢxᵢ, and λb − (1/n) Σ_{margin &lt; 1} yᵢ for b.</summary>
    public static double[] Subgradient(LinearSvm model, double[,] features, int[] labels, double lambda)
    {
        ArgumentNullException.ThrowIfNull(model);
        Validate(features, labels, lambda, model);
        var (n, d) = (features.GetLength(0), features.GetLength(1));
        var g = new double[d + 1];
        for (var j = 0; j < d; j++)
        {
            g[j] = lambda * model.Weights[j];
        }

        g[d] = lambda * model.Bias;

        for (var i = 0; i < n; i++)
        {
            var x = Row(features, i);
            if (labels[i] * model.Score(x) < 1)
            {
                for (var j = 0; j < d; j++)
                {
                    g[j] -= labels[i] * x[j] / n;
                }

                g[d] -= (double)labels[i] / n;
            }
        }

        return g;
    }

    /// <summary>Pegasos with η = 1/(λt).</summary>
    public static LinearSvm Train(double[,] features, int[] labels, double lambda, int iterations, Random random)
    {
        Validate(features, labels, lambda, model: null);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentNullException.ThrowIfNull(random);
        var (n, d) = (features.GetLength(0), features.GetLength(1));
        var w = new double[d];
        var b = 0.0;
        for (var t = 1; t <= iterations; t++)
        {
            var i = random.Next(n);
            var eta = 1 / (lambda * t);
            var x = Row(features, i);
            var margin = labels[i] * new LinearSvm(w, b).Score(x);

            // The regulariser's gradient λ(w, b) always shrinks both; a sample inside the margin also pulls towards yᵢ(xᵢ, 1).
            // (Without the shrink of b, its early steps of size 1/λ would leave it wandering far from the optimum.)
            for (var j = 0; j < d; j++)
            {
                w[j] *= 1 - (eta * lambda);
            }

            b *= 1 - (eta * lambda);

            if (margin < 1)
            {
                for (var j = 0; j < d; j++)
                {
                    w[j] += labels[i] * eta * x[j];
                }

                b += labels[i] * eta;
            }
        }

        return new LinearSvm(w, b);
    }

    private static double[] Row(double[,] a, int i) => [.. Enumerable.Range(0, a.GetLength(1)).Select(j => a[i, j])];

    private static void Validate(double[,] features, int[] labels, double lambda, LinearSvm? model)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(labels);
        if (features.GetLength(0) == 0 || features.GetLength(1) == 0)
        {
            throw new ArgumentException("There are no samples or no features (empty).", nameof(features));
        }

        if (labels.Length != features.GetLength(0))
        {
            throw new ArgumentException($"There are {labels.Length} labels for {features.GetLength(0)} samples: the length must match.", nameof(labels));
        }

        if (labels.Any(y => y != 1 && y != -1))
        {
            throw new ArgumentException("Every label must be −1 or +1.", nameof(labels));
        }

        if (!double.IsFinite(lambda) || lambda <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "λ must be positive and finite.");
        }

        if (model is not null)
        {
            ArgumentNullException.ThrowIfNull(model.Weights, nameof(model));
            if (model.Weights.Length != features.GetLength(1))
            {
                throw new ArgumentException($"The model has {model.Weights.Length} weights for {features.GetLength(1)} features: the length must match.", nameof(model));
            }
        }
    }
}
