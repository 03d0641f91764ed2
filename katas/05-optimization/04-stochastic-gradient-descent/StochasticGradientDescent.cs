namespace MathForML.Optimization;

/// <summary>
/// Mini-batch stochastic gradient descent: each epoch shuffles the n samples (with the caller's seeded
/// <see cref="Random"/>), cuts the shuffled order into consecutive batches and takes one step x ← x − η·g per batch,
/// where g is the gradient of the loss on that batch alone.
/// </summary>
/// <remarks>Lesson: katas/05-optimization/04-stochastic-gradient-descent/README.md</remarks>
public static class StochasticGradientDescent
{
    /// <summary>
    /// A uniformly random permutation of 0 … n − 1 by the Fisher–Yates shuffle, with exactly this use of the random
    /// source: start from (0, 1, …, n − 1); for i = n − 1 down to 1, j = random.Next(i + 1), swap entries i and j.
    /// </summary>
    /// <param name="sampleCount">n, at least 0.</param>
    /// <param name="random">The random source (seeded by the caller).</param>
    /// <returns>The permutation, a new array of length n.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleCount"/> is negative.</exception>
    public static int[] ShuffledOrder(int sampleCount, Random random)
    {
        // TODO: Fisher–Yates, from the end.
        throw new NotImplementedException("TODO StochasticGradientDescent.ShuffledOrder: return a Fisher–Yates permutation of 0 … n − 1.");
    }

    /// <summary>
    /// Runs <paramref name="epochs"/> epochs. Each epoch takes a fresh <see cref="ShuffledOrder"/>(n, random) and visits
    /// it in consecutive batches of <paramref name="batchSize"/> indices (the last batch holds the remainder when
    /// batchSize does not divide n), stepping x ← x − η·batchGradient(x, batch) after each. The batch gradient receives a
    /// copy of x and the batch's indices; it should return the gradient of the mean loss over those samples.
    /// </summary>
    /// <param name="batchGradient">(x, indices) ↦ the gradient on those samples, one entry per coordinate.</param>
    /// <param name="sampleCount">n, at least 1.</param>
    /// <param name="x0">The start, finite; not modified.</param>
    /// <param name="learningRate">η, positive and finite.</param>
    /// <param name="batchSize">The batch size, 1 … n.</param>
    /// <param name="epochs">The number of passes over the data, at least 1.</param>
    /// <param name="random">The random source for the shuffles.</param>
    /// <param name="epochTrace">If not null, receives a copy of x₀ and of x after every epoch.</param>
    /// <returns>x after the last epoch, a new array.</returns>
    /// <exception cref="ArgumentNullException">A delegate, x₀ or the random source is null.</exception>
    /// <exception cref="ArgumentException">x₀ is empty ("empty"); the batch gradient is null ("null") or has the wrong length ("length").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range (a batch size outside 1 … n says "batch size").</exception>
    /// <exception cref="InvalidOperationException">An iterate is not finite ("diverged").</exception>
    public static double[] Minimize(
        Func<double[], int[], double[]> batchGradient,
        int sampleCount,
        double[] x0,
        double learningRate,
        int batchSize,
        int epochs,
        Random random,
        IList<double[]>? epochTrace = null)
    {
        // TODO: epochs of shuffled batches, one step per batch.
        throw new NotImplementedException("TODO StochasticGradientDescent.Minimize: return x after the epochs of mini-batch steps x ← x − η·g(batch).");
    }
}
