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
        throw new NotImplementedException("TODO KMeans.SeedPlusPlus: return k-means++ seeding: the first centre is sample random.Next(n); each further centre is sample i with probability D(xᵢ)²/Σⱼ D(xⱼ)², drawn as the first i whose running sum of D² exceeds random.NextDouble()·Σⱼ D(xⱼ)²");
    }

    /// <summary>The assignment step: the index of each sample's nearest centroid (squared Euclidean distance; the lowest index on a tie).</summary>
    /// <param name="x">The data, n × d.</param>
    /// <param name="centroids">The centroids, k × d, k ≥ 1.</param>
    /// <returns>n labels in 0 … k − 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No samples or no centroids ("empty"), or column counts differ ("columns").</exception>
    public static int[] Assign(double[,] x, double[,] centroids)
    {
        throw new NotImplementedException("TODO KMeans.Assign: return the assignment step: the index of each sample's nearest centroid (squared Euclidean distance; the lowest index on a tie)");
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
        throw new NotImplementedException("TODO KMeans.UpdateCentroids: return the update step: each centroid becomes the mean of the samples labelled with it; a centroid with no samples keeps its previous position");
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
        throw new NotImplementedException("TODO KMeans.Inertia: return the inertia (within-cluster sum of squares) Σᵢ ‖xᵢ − c_{labelᵢ}‖²");
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
        throw new NotImplementedException("TODO KMeans.Fit: return k-means: SeedPlusPlus, Assign, then repeated UpdateCentroids and Assign until no label changes");
    }
}
