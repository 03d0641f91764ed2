namespace MathForML.Probability;

/// <summary>
/// Variational inference: approximate a target density p̃ (known up to a constant) by the Gaussian q = N(μ, σ²),
/// σ = e^ρ, that maximises the evidence lower bound ELBO(μ, ρ) = E_q[ln p̃(z)] + H[q], with gradients estimated by the
/// reparameterisation z = μ + σε, ε ~ N(0, 1).
/// </summary>
/// <remarks>Lesson: katas/03-probability/16-variational-inference/README.md</remarks>
public static class VariationalInference
{
    /// <summary>
    /// The Monte Carlo ELBO and its reparameterised gradient at (μ, ρ) for the given standard normal draws ε₁ … ε_S:
    /// with zₛ = μ + e^ρ·εₛ, ELBO ≈ (1/S) Σ ln p̃(zₛ) + H[q], H[q] = ρ + ½ ln(2πe) the entropy of q, and the gradient is the
    /// exact gradient of that estimate with respect to μ and ρ (the εₛ held fixed).
    /// </summary>
    /// <param name="logTarget">ln p̃(z), up to a constant.</param>
    /// <param name="logTargetGradient">d ln p̃(z)/dz.</param>
    /// <param name="mean">μ, finite.</param>
    /// <param name="logStdDev">ρ = ln σ, finite.</param>
    /// <param name="epsilons">The draws ε₁ … ε_S, at least one.</param>
    /// <returns>(ELBO estimate, ∂/∂μ, ∂/∂ρ).</returns>
    /// <exception cref="ArgumentNullException">A delegate or <paramref name="epsilons"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="epsilons"/> is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">μ or ρ is not finite ("finite").</exception>
    public static (double Elbo, double GradientMean, double GradientLogStdDev) ElboEstimate(
        Func<double, double> logTarget, Func<double, double> logTargetGradient, double mean, double logStdDev, double[] epsilons)
    {
        throw new NotImplementedException("TODO VariationalInference.ElboEstimate: return the Monte Carlo ELBO at (μ, ρ) and its gradient.");
    }

    /// <summary>
    /// Stochastic gradient ascent on the ELBO from (μ₀, ρ₀): each of the <paramref name="iterations"/> steps draws
    /// S = <paramref name="samplesPerStep"/> values εₛ ~ N(0, 1) from <paramref name="random"/> (MathNet's
    /// <c>Normal.Sample(random, 0, 1)</c> will do), computes <see cref="ElboEstimate"/> at the current (μ, ρ), records its
    /// ELBO in the trace, and moves μ and ρ by η times their gradients.
    /// </summary>
    /// <param name="logTarget">ln p̃(z), up to a constant.</param>
    /// <param name="logTargetGradient">d ln p̃(z)/dz.</param>
    /// <param name="initialMean">μ₀, finite.</param>
    /// <param name="initialLogStdDev">ρ₀, finite.</param>
    /// <param name="learningRate">η, finite and positive.</param>
    /// <param name="iterations">The number of steps, at least 1.</param>
    /// <param name="samplesPerStep">S, at least 1.</param>
    /// <param name="random">The generator for the draws.</param>
    /// <returns>The fitted μ, the fitted σ = e^ρ, and the ELBO estimate of every step (length <paramref name="iterations"/>).</returns>
    /// <exception cref="ArgumentNullException">A delegate or <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">η is not finite and positive ("positive"), another setting is out of
    /// range, or a start is not finite ("finite"; the exception names <paramref name="initialMean"/> or <paramref name="initialLogStdDev"/>).</exception>
    /// <exception cref="InvalidOperationException">μ, ρ or the ELBO becomes NaN or infinite ("finite").</exception>
    public static (double Mean, double StdDev, double[] ElboTrace) FitGaussian(
        Func<double, double> logTarget, Func<double, double> logTargetGradient, double initialMean, double initialLogStdDev,
        double learningRate, int iterations, int samplesPerStep, Random random)
    {
        throw new NotImplementedException("TODO VariationalInference.FitGaussian: return the (μ, σ) reached by gradient ascent on the ELBO, and the ELBO trace.");
    }
}
