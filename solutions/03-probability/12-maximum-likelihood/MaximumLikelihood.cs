namespace MathForML.Probability;

/// <summary>
/// Maximum likelihood: closed forms for the Bernoulli, Poisson and Gaussian models, the Gaussian log-likelihood and
/// its score, and gradient ascent.
/// </summary>
public static class MaximumLikelihood
{
    /// <summary>ln √(2π).</summary>
    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>The Bernoulli MLE: the fraction of ones.</summary>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>p̂.</returns>
    public static double BernoulliMle(int[] outcomes)
    {
        RequireData(outcomes);
        if (outcomes.Any(y => y is not (0 or 1)))
        {
            throw new ArgumentException("Every Bernoulli outcome must be 0 or 1.", nameof(outcomes));
        }

        // ℓ(p) = k ln p + (n − k) ln(1 − p) has ℓ′(p) = k/p − (n − k)/(1 − p) = 0 at p = k/n.
        return outcomes.Sum() / (double)outcomes.Length;
    }

    /// <summary>The Poisson MLE: the mean count.</summary>
    /// <param name="counts">The counts.</param>
    /// <returns>λ̂.</returns>
    public static double PoissonMle(int[] counts)
    {
        RequireData(counts);
        if (counts.Any(k => k < 0))
        {
            throw new ArgumentException("A Poisson count cannot be negative.", nameof(counts));
        }

        // ℓ(λ) = Σ kᵢ ln λ − nλ − Σ ln kᵢ! has ℓ′(λ) = Σ kᵢ/λ − n = 0 at λ = mean. Sum in long: no int overflow.
        return counts.Sum(k => (long)k) / (double)counts.Length;
    }

    /// <summary>The Gaussian MLE: the mean and the variance with divisor n.</summary>
    /// <param name="x">The data.</param>
    /// <returns>(μ̂, σ̂²).</returns>
    public static (double Mean, double Variance) GaussianMle(double[] x)
    {
        RequireData(x);
        var mean = x.Average();

        // Two passes: squared deviations from the mean, never E[x²] − E[x]², which cancels catastrophically when the
        // data share a large offset. The MLE divides by n (not n − 1): it maximises the likelihood, it is not unbiased.
        var sumOfSquares = 0.0;
        foreach (var v in x)
        {
            sumOfSquares += (v - mean) * (v - mean);
        }

        return (mean, sumOfSquares / x.Length);
    }

    /// <summary>Σ ln φ(xᵢ; μ, e^ρ).</summary>
    /// <param name="x">The data.</param>
    /// <param name="mean">μ.</param>
    /// <param name="logStdDev">ρ.</param>
    /// <returns>ℓ(μ, ρ).</returns>
    public static double GaussianLogLikelihood(double[] x, double mean, double logStdDev)
    {
        RequireData(x);
        var sigma = Math.Exp(logStdDev);
        var total = 0.0;
        foreach (var v in x)
        {
            var z = (v - mean) / sigma;
            total += (-0.5 * z * z) - logStdDev - LogSqrtTwoPi;
        }

        return total;
    }

    /// <summary>(∂ℓ/∂μ, ∂ℓ/∂ρ).</summary>
    /// <param name="x">The data.</param>
    /// <param name="mean">μ.</param>
    /// <param name="logStdDev">ρ.</param>
    /// <returns>The score.</returns>
    public static double[] GaussianScore(double[] x, double mean, double logStdDev)
    {
        RequireData(x);
        var sigma = Math.Exp(logStdDev);

        // With zᵢ = (xᵢ − μ)/σ: ∂/∂μ of −zᵢ²/2 is zᵢ/σ, and ∂/∂ρ of −zᵢ²/2 − ρ is zᵢ² − 1 (σ = e^ρ, so ∂σ/∂ρ = σ).
        var (dMean, dLogStd) = (0.0, 0.0);
        foreach (var v in x)
        {
            var z = (v - mean) / sigma;
            dMean += z / sigma;
            dLogStd += (z * z) - 1;
        }

        return [dMean, dLogStd];
    }

    /// <summary>Gradient ascent θ ← θ + η·g(θ).</summary>
    /// <param name="gradient">The gradient.</param>
    /// <param name="start">θ₀.</param>
    /// <param name="learningRate">η.</param>
    /// <param name="tolerance">The relative step size at which to stop.</param>
    /// <param name="maxIterations">The largest number of steps.</param>
    /// <param name="trace">Receives θ₀ and every iterate, or null.</param>
    /// <returns>The maximiser found.</returns>
    public static double[] GradientAscent(
        Func<double[], double[]> gradient, double[] start, double learningRate, double tolerance = 1e-10, int maxIterations = 100_000,
        IList<double[]>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        RequireData(start);
        if (!start.All(double.IsFinite))
        {
            throw new ArgumentException("The start must be finite.", nameof(start));
        }

        if (!double.IsFinite(learningRate) || learningRate <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate η must be finite and positive.");
        }

        if (!(tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);

        var theta = (double[])start.Clone();
        trace?.Add((double[])theta.Clone());
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            var g = gradient((double[])theta.Clone());
            if (g is null || g.Length != theta.Length)
            {
                throw new ArgumentException($"The gradient must have length {theta.Length}, but it has length {g?.Length.ToString() ?? "null"}.", nameof(gradient));
            }

            // Ascent: move WITH the gradient (descent, θ − ηg, would find a minimum or run away from the maximum).
            var step = g.Select(gi => learningRate * gi).ToArray();
            var thetaNorm = Norm(theta);
            for (var i = 0; i < theta.Length; i++)
            {
                theta[i] += step[i];
            }

            if (!theta.All(double.IsFinite))
            {
                throw new InvalidOperationException("An iterate is not finite: the learning rate is too large for this function.");
            }

            trace?.Add((double[])theta.Clone());
            if (Norm(step) <= tolerance * Math.Max(1, thetaNorm))
            {
                return theta;
            }
        }

        throw new InvalidOperationException($"Gradient ascent did not converge within {maxIterations} iterations.");
    }

    /// <summary>
    /// The Euclidean norm of a finite vector (the start and every iterate are checked, and a step is measured only after
    /// the iterate it leads to), scaled by the largest entry so that squares of entries near 1e155 cannot overflow.
    /// </summary>
    private static double Norm(double[] v)
    {
        var scale = v.Max(Math.Abs);
        if (scale == 0)
        {
            return 0;
        }

        return scale * Math.Sqrt(v.Sum(x => (x / scale) * (x / scale)));
    }

    private static void RequireData<T>(T[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            throw new ArgumentException("The data are empty: a likelihood needs at least one observation.", nameof(values));
        }
    }
}
