namespace MathForML.LinearAlgebra;

/// <summary>Reference solution: batched linear predictions and cosine-similarity search over embeddings.</summary>
public static class LinearModels
{
    /// <summary>ŷᵢ = b + Σⱼ xᵢⱼwⱼ for every row i.</summary>
    public static double[] Predict(double[,] features, double[] weights, double bias)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        var (samples, columns) = (features.GetLength(0), features.GetLength(1));
        if (weights.Length != columns)
        {
            throw new ArgumentException($"The features have {columns} columns but there are {weights.Length} weights; a linear model needs one weight per column.", nameof(weights));
        }

        var predictions = new double[samples];
        for (var i = 0; i < samples; i++)
        {
            var sum = bias;
            for (var j = 0; j < columns; j++)
            {
                sum += features[i, j] * weights[j];
            }
            predictions[i] = sum;
        }
        return predictions;
    }

    /// <summary>
    /// Scores each row by its cosine with the query (0 for a zero row), then sorts the row indices by score, highest
    /// first, ties by index. The query is normalised once; each row is divided by its largest |entry| before squaring.
    /// </summary>
    public static int[] NearestByCosine(double[,] embeddings, double[] query, int k)
    {
        ArgumentNullException.ThrowIfNull(embeddings);
        ArgumentNullException.ThrowIfNull(query);
        var (rows, columns) = (embeddings.GetLength(0), embeddings.GetLength(1));
        if (query.Length != columns)
        {
            throw new ArgumentException($"The embeddings have {columns} columns but the query has {query.Length} entries; they must match.", nameof(query));
        }
        var q = Norms.Normalize(query, nameof(query));
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, rows);

        var scores = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            double largest = 0;
            for (var j = 0; j < columns; j++)
            {
                largest = Math.Max(largest, Math.Abs(embeddings[i, j]));
            }
            if (largest == 0)
            {
                continue; // A zero row has no direction: it keeps the neutral score 0.
            }

            double dot = 0, squares = 0;
            for (var j = 0; j < columns; j++)
            {
                var x = embeddings[i, j] / largest;
                dot += x * q[j];
                squares += x * x;
            }
            scores[i] = dot / Math.Sqrt(squares);
        }

        return Enumerable.Range(0, rows)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i)
            .Take(k)
            .ToArray();
    }
}
