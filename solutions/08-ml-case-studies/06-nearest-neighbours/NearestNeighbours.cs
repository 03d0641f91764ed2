namespace MathForML.CaseStudies;

/// <summary>
/// k-nearest neighbours: a query is answered by its k closest training samples (Euclidean distance) — the majority
/// class for classification, the mean target for regression. There is no training step: the data are the model.
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/06-nearest-neighbours/README.md</remarks>
public static class NearestNeighbours
{
    /// <summary>The indices of the k training samples closest to the query, nearest first (equal distances: lower index first).</summary>
    /// <param name="trainX">The training inputs, n × d.</param>
    /// <param name="query">The query, d entries.</param>
    /// <param name="k">How many neighbours, 1 … n.</param>
    /// <returns>k row indices of <paramref name="trainX"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No training samples ("empty"), a query of the wrong length ("columns"), or a non-finite value ("finite").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not in 1 … n.</exception>
    public static int[] Neighbours(double[,] trainX, double[] query, int k)
    {
        ArgumentNullException.ThrowIfNull(trainX);
        ArgumentNullException.ThrowIfNull(query);
        var (n, d) = (trainX.GetLength(0), trainX.GetLength(1));
        if (n == 0)
        {
            throw new ArgumentException("There are no training samples (empty).", nameof(trainX));
        }

        if (query.Length != d)
        {
            throw new ArgumentException($"The training data have {d} columns but the query has {query.Length} entries.", nameof(query));
        }

        if (!query.All(double.IsFinite) || trainX.Cast<double>().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value must be finite.", nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        // Squared distances order the samples exactly as distances do, without the square roots. OrderBy is stable, so
        // equal distances keep the lower index first.
        var squared = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, d).Sum(j => (trainX[i, j] - query[j]) * (trainX[i, j] - query[j]))).ToArray();
        return [.. Enumerable.Range(0, n).OrderBy(i => squared[i]).Take(k)];
    }

    /// <summary>The majority class among the k nearest neighbours; on a tied vote, the tied class of the nearest of those neighbours.</summary>
    /// <param name="trainX">The training inputs, n × d.</param>
    /// <param name="trainLabels">The training classes, n entries, non-negative.</param>
    /// <param name="query">The query, d entries.</param>
    /// <param name="k">How many neighbours vote, 1 … n.</param>
    /// <returns>The predicted class.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Neighbours"/>, labels of the wrong length ("labels", "samples") or negative ("non-negative").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not in 1 … n.</exception>
    public static int Classify(double[,] trainX, int[] trainLabels, double[] query, int k)
    {
        CheckLabels(trainX, trainLabels);
        var neighbours = Neighbours(trainX, query, k);
        var votes = neighbours.GroupBy(i => trainLabels[i]).ToDictionary(g => g.Key, g => g.Count());
        var most = votes.Values.Max();
        // Walking the neighbours nearest first, the first class with the most votes wins the tie.
        return neighbours.Select(i => trainLabels[i]).First(c => votes[c] == most);
    }

    /// <summary><see cref="Classify"/> for every row of <paramref name="queries"/>.</summary>
    /// <param name="trainX">The training inputs, n × d.</param>
    /// <param name="trainLabels">The training classes.</param>
    /// <param name="queries">The queries, m × d.</param>
    /// <param name="k">How many neighbours vote.</param>
    /// <returns>m predicted classes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Classify"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not in 1 … n.</exception>
    public static int[] ClassifyAll(double[,] trainX, int[] trainLabels, double[,] queries, int k)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return [.. Enumerable.Range(0, queries.GetLength(0)).Select(i => Classify(trainX, trainLabels, Row(queries, i), k))];
    }

    /// <summary>The mean target of the k nearest neighbours.</summary>
    /// <param name="trainX">The training inputs, n × d.</param>
    /// <param name="trainY">The training targets, n entries, finite.</param>
    /// <param name="query">The query, d entries.</param>
    /// <param name="k">How many neighbours to average, 1 … n.</param>
    /// <returns>The predicted target.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Neighbours"/>, or targets of the wrong length ("targets").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not in 1 … n.</exception>
    public static double Regress(double[,] trainX, double[] trainY, double[] query, int k)
    {
        ArgumentNullException.ThrowIfNull(trainX);
        ArgumentNullException.ThrowIfNull(trainY);
        if (trainY.Length != trainX.GetLength(0))
        {
            throw new ArgumentException($"{trainY.Length} targets for {trainX.GetLength(0)} training samples.", nameof(trainY));
        }

        return Neighbours(trainX, query, k).Average(i => trainY[i]);
    }

    private static double[] Row(double[,] x, int i) => [.. Enumerable.Range(0, x.GetLength(1)).Select(j => x[i, j])];

    private static void CheckLabels(double[,] trainX, int[] trainLabels)
    {
        ArgumentNullException.ThrowIfNull(trainX);
        ArgumentNullException.ThrowIfNull(trainLabels);
        if (trainLabels.Length != trainX.GetLength(0))
        {
            throw new ArgumentException($"{trainLabels.Length} labels for {trainX.GetLength(0)} training samples.", nameof(trainLabels));
        }

        if (trainLabels.Any(c => c < 0))
        {
            throw new ArgumentException("Every label must be a non-negative class index.", nameof(trainLabels));
        }
    }
}
