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
        throw new NotImplementedException("TODO NearestNeighbours.Neighbours: return the indices of the k training samples closest to the query, nearest first (equal distances: lower index first)");
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
        throw new NotImplementedException("TODO NearestNeighbours.Classify: return the majority class among the k nearest neighbours; on a tied vote, the tied class of the nearest of those neighbours");
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
        throw new NotImplementedException("TODO NearestNeighbours.ClassifyAll: return classify for every row of queries");
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
        throw new NotImplementedException("TODO NearestNeighbours.Regress: return the mean target of the k nearest neighbours");
    }
}
