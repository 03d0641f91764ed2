namespace MathForML.CaseStudies;

/// <summary>
/// Weight initialisation: the standard deviation each <see cref="InitScheme"/> gives a layer, seeded weight matrices,
/// and the variance of the pre-activations z = W·a through a deep stack of layers, which shows whether a scheme keeps
/// the signal's scale, blows it up or lets it die.
/// </summary>
/// <remarks>
/// Sizes must be at least 1 (<see cref="ArgumentOutOfRangeException"/>); null arguments throw
/// <see cref="ArgumentNullException"/>. Randomness comes only from the <see cref="Random"/> passed in.
/// Lesson: katas/08-ml-case-studies/12-weight-initialization/README.md
/// </remarks>
public static class WeightInitialization
{
    /// <summary>The standard deviation σ of the weights: 1, 0.01, √(2/(fan_in + fan_out)) or √(2/fan_in).</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="fanIn">The layer's number of inputs, at least 1.</param>
    /// <param name="fanOut">The layer's number of outputs, at least 1.</param>
    /// <returns>σ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A fan is below 1, or the scheme is unknown ("unknown").</exception>
    public static double StandardDeviation(InitScheme scheme, int fanIn, int fanOut)
    {
        // TODO: one case per scheme (the lesson derives each).
        throw new NotImplementedException("TODO WeightInitialization.StandardDeviation: return σ of the scheme.");
    }

    /// <summary>
    /// A fan_out × fan_in weight matrix (row i holds the weights into output i) of independent N(0, σ²) draws,
    /// σ = <see cref="StandardDeviation"/>, each σ·<see cref="NormalSampler.Next"/>(random), row by row.
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="fanIn">The number of inputs (columns), at least 1.</param>
    /// <param name="fanOut">The number of outputs (rows), at least 1.</param>
    /// <param name="random">The seeded source of randomness.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A fan is below 1.</exception>
    public static double[,] Weights(InitScheme scheme, int fanIn, int fanOut, Random random)
    {
        // TODO: scale standard normal draws by σ.
        throw new NotImplementedException("TODO WeightInitialization.Weights: return a fan_out × fan_in matrix of N(0, σ²) draws.");
    }

    /// <summary>
    /// Pushes a batch through <paramref name="layers"/> square dense layers without biases and reports, for each layer
    /// l = 1 … L, the variance of its pre-activations zₗ = Wₗ·aₗ₋₁ over all samples × width entries (the population
    /// variance: divide by the number of entries, and square the deviations from the mean, since E[z²] − E[z]² loses
    /// every digit when the mean is large beside the spread). The input a₀ is a samples × width batch of N(0, 1) draws
    /// (sample by sample, <see cref="NormalSampler.Next"/>); then for each layer in turn W = <see cref="Weights"/>(scheme,
    /// width, width, random), zₗ = W·aₗ₋₁ per sample, and aₗ = activation(zₗ) entry by entry.
    /// </summary>
    /// <param name="scheme">The initialisation of every layer.</param>
    /// <param name="activation">The element-wise activation (x => x for a linear network).</param>
    /// <param name="width">Units per layer, at least 1.</param>
    /// <param name="layers">The depth L, at least 1.</param>
    /// <param name="samples">The batch size, at least 1.</param>
    /// <param name="random">The seeded source of randomness.</param>
    /// <returns>L variances; entry l − 1 belongs to layer l. Overflow shows as ∞, not as an exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activation"/> or <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A size is below 1.</exception>
    public static double[] PreActivationVariances(
        InitScheme scheme, Func<double, double> activation, int width, int layers, int samples, Random random)
    {
        // TODO: draw the inputs, then per layer: weights, z = W·a for every sample, the variance of z, a = f(z).
        throw new NotImplementedException("TODO WeightInitialization.PreActivationVariances: return Var(zₗ) for each layer l.");
    }
}
