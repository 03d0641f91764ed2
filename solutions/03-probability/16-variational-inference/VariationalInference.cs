using MathNet.Numerics.Distributions;

namespace MathForML.Probability;

/// <summary>
/// Variational inference with a Gaussian q = N(μ, e^{2ρ}), maximising the ELBO by reparameterised gradients.
/// </summary>
public static class VariationalInference
{
    /// <summary>½ ln(2πe): the entropy of N(0, 1). The entropy of N(μ, σ²) is this plus ln σ = ρ.</summary>
    private static readonly double StandardNormalEntropy = 0.5 * (1 + Math.Log(2 * Math.PI));

    /// <summary>The Monte Carlo ELBO and its gradient for fixed draws ε.</summary>
    /// <param name="logTarget">ln p̃.</param>
    /// <param name="logTargetGradient">(ln p̃)′.</param>
    /// <param name="mean">μ.</param>
    /// <param name="logStdDev">ρ.</param>
    /// <param name="epsilons">The draws.</param>
    /// <returns>(ELBO, ∂/∂μ, ∂/∂ρ).</returns>
    public static (double Elbo, double GradientMean, double GradientLogStdDev) ElboEstimate(
        Func<double, double> logTarget, Func<double, double> logTargetGradient, double mean, double logStdDev, double[] epsilons)
    {
        ArgumentNullException.ThrowIfNull(logTarget);
        ArgumentNullException.ThrowIfNull(logTargetGradient);
        ArgumentNullException.ThrowIfNull(epsilons);
        if (epsilons.Length == 0)
        {
            throw new ArgumentException("The ELBO needs at least one draw ε, but epsilons is empty.", nameof(epsilons));
        }

        if (!double.IsFinite(mean) || !double.IsFinite(logStdDev))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), $"μ = {mean} and ρ = {logStdDev} must be finite.");
        }

        var sigma = Math.Exp(logStdDev);
        var (logTargetSum, gradientMeanSum, gradientLogStdSum) = (0.0, 0.0, 0.0);
        foreach (var epsilon in epsilons)
        {
            // Reparameterisation: z is a differentiable function of (μ, ρ), with ∂z/∂μ = 1 and ∂z/∂ρ = σε, so the chain
            // rule carries the target's gradient back to the parameters.
            var z = mean + (sigma * epsilon);
            var g = logTargetGradient(z);
            logTargetSum += logTarget(z);
            gradientMeanSum += g;
            gradientLogStdSum += g * sigma * epsilon;
        }

        var s = epsilons.Length;

        // The entropy ρ + ½ ln(2πe) is exact, not estimated; its derivative in ρ is 1. Without it q collapses to a point.
        return ((logTargetSum / s) + logStdDev + StandardNormalEntropy, gradientMeanSum / s, (gradientLogStdSum / s) + 1);
    }

    /// <summary>Stochastic gradient ascent on the ELBO.</summary>
    /// <param name="logTarget">ln p̃.</param>
    /// <param name="logTargetGradient">(ln p̃)′.</param>
    /// <param name="initialMean">μ₀.</param>
    /// <param name="initialLogStdDev">ρ₀.</param>
    /// <param name="learningRate">η.</param>
    /// <param name="iterations">The number of steps.</param>
    /// <param name="samplesPerStep">S.</param>
    /// <param name="random">The generator.</param>
    /// <returns>(μ, σ, ELBO trace).</returns>
    public static (double Mean, double StdDev, double[] ElboTrace) FitGaussian(
        Func<double, double> logTarget, Func<double, double> logTargetGradient, double initialMean, double initialLogStdDev,
        double learningRate, int iterations, int samplesPerStep, Random random)
    {
        // The delegates are checked by ElboEstimate, which the first step calls before anything else; the start is
        // checked here, so that the error names this method's parameters.
        ArgumentNullException.ThrowIfNull(random);
        if (!double.IsFinite(initialMean))
        {
            throw new ArgumentOutOfRangeException(nameof(initialMean), initialMean, "The starting mean μ₀ must be finite.");
        }

        if (!double.IsFinite(initialLogStdDev))
        {
            throw new ArgumentOutOfRangeException(nameof(initialLogStdDev), initialLogStdDev, "The starting log standard deviation ρ₀ must be finite.");
        }

        if (!double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate η must be finite and positive.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(samplesPerStep, 1);

        var (mean, logStdDev) = (initialMean, initialLogStdDev);
        var trace = new double[iterations];
        var epsilons = new double[samplesPerStep];
        for (var t = 0; t < iterations; t++)
        {
            for (var s = 0; s < samplesPerStep; s++)
            {
                epsilons[s] = Normal.Sample(random, 0, 1);
            }

            var (elbo, gradientMean, gradientLogStdDev) = ElboEstimate(logTarget, logTargetGradient, mean, logStdDev, epsilons);
            trace[t] = elbo;
            mean += learningRate * gradientMean;
            logStdDev += learningRate * gradientLogStdDev;
            if (!double.IsFinite(elbo) || !double.IsFinite(mean) || !double.IsFinite(logStdDev))
            {
                throw new InvalidOperationException($"At step {t} the ELBO or q's parameters stopped being finite: the learning rate is too large.");
            }
        }

        return (mean, Math.Exp(logStdDev), trace);
    }
}
