namespace MathForML.CaseStudies;

/// <summary>
/// k-means clustering: k-means++ seeding (each new centre drawn with probability proportional to the squared distance
/// D(x)² to the nearest centre chosen so far) and Lloyd's iterations (assign each sample to its nearest centroid, move
/// each centroid to the mean of its samples). Data are n samples × d features.
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/08-k-means/README.md</remarks>
public static class KMeans
{
    /// <summary>
    /// k-means++ seeding: the first centre is sample random.Next(n); each further centre is sample i with probability
    /// D(xᵢ)²/Σⱼ D(xⱼ)², drawn as the first i whose running sum of D² exceeds random.NextDouble()·Σⱼ D(xⱼ)².
    /// </summary>
    /// <param name="x">The data, n × d.</param>
    /// <param name="k">The number of centres, 1 … n.</param>
    /// <param name="random">The source of randomness (seeded by the caller).</param>
    /// <returns>The k centres, k × d, each a copy of a sample.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No samples ("empty"), a non-finite value ("finite"), or fewer than k distinct samples ("distinct").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not in 1 … n.</exception>
    public static double[,] SeedPlusPlus(double[,] x, int k, Random random)
    {
        Validate(x);
        ArgumentNullException.ThrowIfNull(random);
        var (n, d) = (x.GetLength(0), x.GetLength(1));
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, n);
        var centres = new double[k, d];
        Copy(x, random.Next(n), centres, 0);
        // nearest[i] = D(xᵢ)², the squared distance to the closest centre chosen so far.
        var nearest = Enumerable.Range(0, n).Select(i => SquaredDistance(x, i, centres, 0)).ToArray();
        for (var c = 1; c < k; c++)
        {
            var total = nearest.Sum();
            if (total == 0)
            {
                throw new ArgumentException($"Only {c} distinct samples: k-means++ cannot pick {k} distinct centres.", nameof(x));
            }

            var target = random.NextDouble() * total;
            var chosen = 0;
            var running = nearest[0];
            while (running <= target && chosen < n - 1)
            {
                chosen++;
                running += nearest[chosen];
            }

            // Rounding in the running sum could in principle land on a sample with D² = 0; step back to the last one with D² > 0.
            while (nearest[chosen] == 0)
            {
                chosen--;
            }

            Copy(x, chosen, centres, c);
            for (var i = 0; i < n; i++)
            {
                nearest[i] = Math.Min(nearest[i], SquaredDistance(x, i, centres, c));
            }
        }

        return centres;
    }

    /// <summary>The assignment step: the index of each sample's nearest centroid (squared Euclidean distance; the lowest index on a tie).</summary>
    /// <param name="x">The data, n × d.</param>
    /// <param name="centroids">The centroids, k × d, k ≥ 1.</param>
    /// <returns>n labels in 0 … k − 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No samples or no centroids ("empty"), or column counts differ ("columns").</exception>
    public static int[] Assign(double[,] x, double[,] centroids)
    {
        CheckCentroids(x, centroids);
        var labels = new int[x.GetLength(0)];
        for (var i = 0; i < labels.Length; i++)
        {
            var best = SquaredDistance(x, i, centroids, 0);
            for (var c = 1; c < centroids.GetLength(0); c++)
            {
                var distance = SquaredDistance(x, i, centroids, c);
                if (distance < best)
                {
                    (best, labels[i]) = (distance, c);
                }
            }
        }

        return labels;
    }

    /// <summary>The update step: each centroid becomes the mean of the samples labelled with it; a centroid with no samples keeps its previous position.</summary>
    /// <param name="x">The data, n × d.</param>
    /// <param name="labels">The cluster of each sample, in 0 … k − 1.</param>
    /// <param name="previous">The current centroids, k × d (not modified).</param>
    /// <returns>The new centroids, k × d.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Shapes that do not fit ("columns"; a label array whose length is not n, "samples"), or a label outside 0 … k − 1 ("range").</exception>
    public static double[,] UpdateCentroids(double[,] x, int[] labels, double[,] previous)
    {
        CheckLabels(x, labels, previous);
        var (k, d) = (previous.GetLength(0), previous.GetLength(1));
        var sums = new double[k, d];
        var counts = new int[k];
        for (var i = 0; i < labels.Length; i++)
        {
            counts[labels[i]]++;
            for (var j = 0; j < d; j++)
            {
                sums[labels[i], j] += x[i, j];
            }
        }

        for (var c = 0; c < k; c++)
        {
            for (var j = 0; j < d; j++)
            {
                sums[c, j] = counts[c] == 0 ? previous[c, j] : sums[c, j] / counts[c];
            }
        }

        return sums;
    }

    /// <summary>The inertia (within-cluster sum of squares) Σᵢ ‖xᵢ − c_{labelᵢ}‖².</summary>
    /// <param name="x">The data, n × d.</param>
    /// <param name="centroids">The centroids, k × d.</param>
    /// <param name="labels">The cluster of each sample, in 0 … k − 1.</param>
    /// <returns>The inertia, ≥ 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="UpdateCentroids"/>.</exception>
    public static double Inertia(double[,] x, double[,] centroids, int[] labels)
    {
        CheckLabels(x, labels, centroids);
        return Enumerable.Range(0, labels.Length).Sum(i => SquaredDistance(x, i, centroids, labels[i]));
    }

    /// <summary>
    /// k-means: <see cref="SeedPlusPlus"/>, <see cref="Assign"/>, then repeated <see cref="UpdateCentroids"/> and
    /// <see cref="Assign"/> until no label changes.
    /// </summary>
    /// <param name="x">The data, n × d.</param>
    /// <param name="k">The number of clusters, 1 … n.</param>
    /// <param name="random">The source of randomness for the seeding.</param>
    /// <param name="maxIterations">The largest number of update steps, at least 1.</param>
    /// <param name="inertiaTrace">If not null, receives the inertia after the first assignment and after every update-and-assign step.</param>
    /// <param name="centroidTrace">If not null, receives the seeds and the centroids after every update (copies).</param>
    /// <returns>The final centroids, labels, inertia and the number of update steps.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="SeedPlusPlus"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> or <paramref name="maxIterations"/> is out of range.</exception>
    /// <exception cref="InvalidOperationException">The labels still change after <paramref name="maxIterations"/> updates ("converge").</exception>
    public static KMeansResult Fit(
        double[,] x, int k, Random random, int maxIterations = 300, IList<double>? inertiaTrace = null, IList<double[,]>? centroidTrace = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        var centroids = SeedPlusPlus(x, k, random);
        centroidTrace?.Add((double[,])centroids.Clone());
        var labels = Assign(x, centroids);
        inertiaTrace?.Add(Inertia(x, centroids, labels));
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            centroids = UpdateCentroids(x, labels, centroids);
            centroidTrace?.Add((double[,])centroids.Clone());
            var next = Assign(x, centroids);
            inertiaTrace?.Add(Inertia(x, centroids, next));
            if (next.SequenceEqual(labels))
            {
                return new KMeansResult(centroids, next, Inertia(x, centroids, next), iteration);
            }

            labels = next;
        }

        throw new InvalidOperationException($"k-means did not converge: labels still changed after {maxIterations} updates.");
    }

    private static double SquaredDistance(double[,] x, int i, double[,] centres, int c)
    {
        var sum = 0.0;
        for (var j = 0; j < x.GetLength(1); j++)
        {
            var difference = x[i, j] - centres[c, j];
            sum += difference * difference;
        }

        return sum;
    }

    private static void Copy(double[,] x, int i, double[,] centres, int c)
    {
        for (var j = 0; j < x.GetLength(1); j++)
        {
            centres[c, j] = x[i, j];
        }
    }

    private static void Validate(double[,] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(0) == 0 || x.GetLength(1) == 0)
        {
            throw new ArgumentException("The data have no samples or no features (empty).", nameof(x));
        }

        if (x.Cast<double>().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value must be finite.", nameof(x));
        }
    }

    private static void CheckCentroids(double[,] x, double[,] centroids)
    {
        Validate(x);
        ArgumentNullException.ThrowIfNull(centroids);
        if (centroids.GetLength(0) == 0)
        {
            throw new ArgumentException("There are no centroids (empty).", nameof(centroids));
        }

        if (centroids.GetLength(1) != x.GetLength(1))
        {
            throw new ArgumentException($"The data have {x.GetLength(1)} columns but the centroids {centroids.GetLength(1)}.", nameof(centroids));
        }
    }

    private static void CheckLabels(double[,] x, int[] labels, double[,] centroids)
    {
        CheckCentroids(x, centroids);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length != x.GetLength(0))
        {
            throw new ArgumentException($"{labels.Length} labels for {x.GetLength(0)} samples.", nameof(labels));
        }

        if (labels.Any(c => c < 0 || c >= centroids.GetLength(0)))
        {
            throw new ArgumentException($"A label is out of range: every label must be a cluster index in 0 … k − 1 (k = {centroids.GetLength(0)} centroids).", nameof(labels));
        }
    }
}
