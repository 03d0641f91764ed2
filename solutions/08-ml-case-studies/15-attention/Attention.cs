namespace MathForML.CaseStudies;

/// <summary>Reference solution: scaled dot-product attention, its backward pass, multi-head attention and layer norm.</summary>
public static class Attention
{
    /// <summary>softmax(QKᵀ/√d) per row, masked if causal.</summary>
    public static double[,] Weights(double[,] queries, double[,] keys, bool causal)
    {
        RequireMatrix(queries, nameof(queries));
        RequireMatrix(keys, nameof(keys));
        var (n, d, m) = (queries.GetLength(0), queries.GetLength(1), keys.GetLength(0));
        if (keys.GetLength(1) != d)
        {
            throw new ArgumentException($"Queries have {d} columns but keys {keys.GetLength(1)}: the columns must match.", nameof(keys));
        }

        if (causal && m != n)
        {
            throw new ArgumentException($"A causal mask needs as many keys as queries (rows: {m} keys, {n} queries).", nameof(keys));
        }

        var scale = 1 / Math.Sqrt(d);
        var weights = new double[n, m];
        for (var i = 0; i < n; i++)
        {
            // The causal mask: query i sees keys 0 … i only; the others keep weight exactly 0 (score −∞).
            var allowed = causal ? i + 1 : m;
            var scores = new double[allowed];
            for (var j = 0; j < allowed; j++)
            {
                var dot = 0.0;
                for (var c = 0; c < d; c++)
                {
                    dot += queries[i, c] * keys[j, c];
                }

                scores[j] = dot * scale;
            }

            // Stable softmax: subtract the row's largest score before exponentiating.
            var max = scores.Max();
            var sum = 0.0;
            for (var j = 0; j < allowed; j++)
            {
                scores[j] = Math.Exp(scores[j] - max);
                sum += scores[j];
            }

            for (var j = 0; j < allowed; j++)
            {
                weights[i, j] = scores[j] / sum;
            }
        }

        return weights;
    }

    /// <summary>P·V.</summary>
    public static double[,] ScaledDotProduct(double[,] queries, double[,] keys, double[,] values, bool causal)
    {
        RequireValues(keys, values);
        return Multiply(Weights(queries, keys, causal), values);
    }

    /// <summary>dV = PᵀG, dP = GVᵀ, dS = P ⊙ (dP − rowsum(P ⊙ dP)), dQ = dS·K/√d, dK = dSᵀ·Q/√d.</summary>
    public static AttentionGradients Backward(double[,] queries, double[,] keys, double[,] values, bool causal, double[,] outputGradient)
    {
        RequireValues(keys, values);
        ArgumentNullException.ThrowIfNull(outputGradient);
        var p = Weights(queries, keys, causal);
        var (n, d, m) = (queries.GetLength(0), queries.GetLength(1), keys.GetLength(0));
        if (outputGradient.GetLength(0) != n || outputGradient.GetLength(1) != values.GetLength(1))
        {
            throw new ArgumentException($"The output gradient must be {n}×{values.GetLength(1)} like the outputs (rows × columns).", nameof(outputGradient));
        }

        var dValues = Multiply(Transpose(p), outputGradient);
        var dWeights = Multiply(outputGradient, Transpose(values));

        // Through each row's softmax: ∂L/∂sᵢⱼ = pᵢⱼ(∂L/∂pᵢⱼ − Σₖ pᵢₖ ∂L/∂pᵢₖ). Masked entries have p = 0, so they get 0.
        var dScores = new double[n, m];
        for (var i = 0; i < n; i++)
        {
            var inner = 0.0;
            for (var j = 0; j < m; j++)
            {
                inner += p[i, j] * dWeights[i, j];
            }

            for (var j = 0; j < m; j++)
            {
                dScores[i, j] = p[i, j] * (dWeights[i, j] - inner);
            }
        }

        var scale = 1 / Math.Sqrt(d);
        return new AttentionGradients(
            Scaled(Multiply(dScores, keys), scale),
            Scaled(Multiply(Transpose(dScores), queries), scale),
            dValues);
    }

    /// <summary>concat(heads)·W_O.</summary>
    public static double[,] MultiHead(
        double[,] x, IReadOnlyList<double[,]> queryProjections, IReadOnlyList<double[,]> keyProjections,
        IReadOnlyList<double[,]> valueProjections, double[,] outputProjection, bool causal)
    {
        RequireMatrix(x, nameof(x));
        ArgumentNullException.ThrowIfNull(queryProjections);
        ArgumentNullException.ThrowIfNull(keyProjections);
        ArgumentNullException.ThrowIfNull(valueProjections);
        // W_O (null or misfitting) is checked by Project, like every head's projections.
        var heads = queryProjections.Count;
        if (heads == 0 || keyProjections.Count != heads || valueProjections.Count != heads)
        {
            throw new ArgumentException("Multi-head attention needs at least one head and one projection of each kind per head (heads).", nameof(queryProjections));
        }

        var outputs = new List<double[,]>();
        for (var h = 0; h < heads; h++)
        {
            var q = Project(x, queryProjections[h], nameof(queryProjections));
            var k = Project(x, keyProjections[h], nameof(keyProjections));
            var v = Project(x, valueProjections[h], nameof(valueProjections));
            outputs.Add(ScaledDotProduct(q, k, v, causal));
        }

        var n = x.GetLength(0);
        var width = outputs.Sum(o => o.GetLength(1));
        var concatenated = new double[n, width];
        var offset = 0;
        foreach (var o in outputs)
        {
            for (var i = 0; i < n; i++)
            {
                for (var c = 0; c < o.GetLength(1); c++)
                {
                    concatenated[i, offset + c] = o[i, c];
                }
            }

            offset += o.GetLength(1);
        }

        return Project(concatenated, outputProjection, nameof(outputProjection));
    }

    /// <summary>(x − μ)/√(σ² + ε) per row, two passes.</summary>
    public static double[,] LayerNorm(double[,] x, double epsilon = 1e-5)
    {
        RequireMatrix(x, nameof(x));
        if (double.IsNaN(epsilon) || epsilon < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "ε must be non-negative.");
        }

        var (n, d) = (x.GetLength(0), x.GetLength(1));
        var result = new double[n, d];
        for (var i = 0; i < n; i++)
        {
            var mean = 0.0;
            for (var j = 0; j < d; j++)
            {
                mean += x[i, j];
            }

            mean /= d;

            // Deviations from the mean, squared: no cancellation, unlike E[x²] − μ² for rows far from 0.
            var variance = 0.0;
            for (var j = 0; j < d; j++)
            {
                variance += (x[i, j] - mean) * (x[i, j] - mean);
            }

            variance /= d;
            var denominator = Math.Sqrt(variance + epsilon);
            for (var j = 0; j < d; j++)
            {
                result[i, j] = denominator == 0 ? 0 : (x[i, j] - mean) / denominator;
            }
        }

        return result;
    }

    private static double[,] Project(double[,] x, double[,] w, string name)
    {
        ArgumentNullException.ThrowIfNull(w, name);
        if (w.GetLength(0) != x.GetLength(1))
        {
            throw new ArgumentException($"A projection with {w.GetLength(0)} rows cannot multiply {x.GetLength(1)} columns.", name);
        }

        return Multiply(x, w);
    }

    private static double[,] Multiply(double[,] a, double[,] b)
    {
        var (n, k, m) = (a.GetLength(0), a.GetLength(1), b.GetLength(1));
        var c = new double[n, m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var sum = 0.0;
                for (var t = 0; t < k; t++)
                {
                    sum += a[i, t] * b[t, j];
                }

                c[i, j] = sum;
            }
        }

        return c;
    }

    private static double[,] Transpose(double[,] a)
    {
        var t = new double[a.GetLength(1), a.GetLength(0)];
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                t[j, i] = a[i, j];
            }
        }

        return t;
    }

    private static double[,] Scaled(double[,] a, double factor)
    {
        var s = new double[a.GetLength(0), a.GetLength(1)];
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                s[i, j] = a[i, j] * factor;
            }
        }

        return s;
    }

    private static void RequireValues(double[,] keys, double[,] values)
    {
        RequireMatrix(keys, nameof(keys));
        RequireMatrix(values, nameof(values));
        if (values.GetLength(0) != keys.GetLength(0))
        {
            throw new ArgumentException($"There are {keys.GetLength(0)} keys but {values.GetLength(0)} values: the rows must match.", nameof(values));
        }
    }

    private static void RequireMatrix(double[,] a, string name)
    {
        ArgumentNullException.ThrowIfNull(a, name);
        if (a.Length == 0)
        {
            throw new ArgumentException("The matrix is empty.", name);
        }
    }
}
