namespace MathForML.Optimization;

/// <summary>Reference solution: mini-batch stochastic gradient descent with a fresh seeded shuffle every epoch.</summary>
public static class StochasticGradientDescent
{
    /// <summary>A uniformly random permutation of 0 … n − 1 by Fisher–Yates.</summary>
    public static int[] ShuffledOrder(int sampleCount, Random random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sampleCount);
        ArgumentNullException.ThrowIfNull(random);
        var order = new int[sampleCount];
        for (var i = 0; i < sampleCount; i++)
        {
            order[i] = i;
        }

        // Position i receives a uniform choice among the i + 1 entries not yet placed (those at 0 … i).
        for (var i = sampleCount - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    /// <summary>Epochs of updates x ← x − η·g(batch) over consecutive batches of a fresh shuffle.</summary>
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
        ArgumentNullException.ThrowIfNull(batchGradient);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleCount, 1);
        OptimizerGuard.RequireStart(x0);
        OptimizerGuard.RequirePositive(learningRate, nameof(learningRate));
        if (batchSize < 1 || batchSize > sampleCount)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, $"The batch size must lie in 1 … {sampleCount} (the sample count).");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);

        var x = (double[])x0.Clone();
        epochTrace?.Add((double[])x.Clone());
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            // The first shuffle also rejects a null random source (ArgumentNullException for "random"), before any step.
            var order = ShuffledOrder(sampleCount, random);
            for (var start = 0; start < sampleCount; start += batchSize)
            {
                // The last batch holds the remainder when batchSize does not divide the sample count.
                var batch = order[start..Math.Min(start + batchSize, sampleCount)];
                var g = batchGradient((double[])x.Clone(), batch) ?? throw new ArgumentException("The batch gradient returned null.", nameof(batchGradient));
                if (g.Length != x.Length)
                {
                    throw new ArgumentException($"The batch gradient has length {g.Length} but x has {x.Length} entries.", nameof(batchGradient));
                }

                for (var i = 0; i < x.Length; i++)
                {
                    x[i] -= learningRate * g[i];
                }

                OptimizerGuard.RequireFiniteIterate(x, epoch + 1);
            }

            epochTrace?.Add((double[])x.Clone());
        }

        return x;
    }
}
