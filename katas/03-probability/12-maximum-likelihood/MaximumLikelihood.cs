namespace MathForML.Probability;

/// <summary>
/// Maximum likelihood: the parameter values under which the observed data are most probable. Closed forms for the
/// Bernoulli, Poisson and Gaussian models, the Gaussian log-likelihood and its gradient (the score), and a general
/// gradient-ascent maximiser that must agree with the closed forms.
/// </summary>
/// <remarks>
/// The Gaussian is parameterised by (μ, ρ) with σ = e^ρ, so every real ρ is a valid standard deviation.
/// Errors: null arrays → <see cref="ArgumentNullException"/>; empty data → <see cref="ArgumentException"/> with "empty".
/// Lesson: katas/03-probability/12-maximum-likelihood/README.md
/// </remarks>
public static class MaximumLikelihood
{
    /// <summary>The Bernoulli MLE p̂ of outcomes that are each 0 or 1.</summary>
    /// <param name="outcomes">The outcomes, at least one, each 0 or 1.</param>
    /// <returns>p̂ in [0, 1].</returns>
    /// <exception cref="ArgumentException">Empty ("empty") or an outcome other than 0 and 1 ("0 or 1").</exception>
    public static double BernoulliMle(int[] outcomes)
    {
        throw new NotImplementedException("TODO MaximumLikelihood.BernoulliMle: return the p that maximises Π p^yᵢ(1 − p)^(1 − yᵢ).");
    }

    /// <summary>The Poisson MLE λ̂ of non-negative counts.</summary>
    /// <param name="counts">The counts, at least one, none negative.</param>
    /// <returns>λ̂ ≥ 0.</returns>
    /// <exception cref="ArgumentException">Empty ("empty") or a negative count ("negative").</exception>
    public static double PoissonMle(int[] counts)
    {
        throw new NotImplementedException("TODO MaximumLikelihood.PoissonMle: return the λ that maximises Π λ^kᵢ e^(−λ)/kᵢ!.");
    }

    /// <summary>
    /// The Gaussian MLE (μ̂, σ̂²) of the data: the mean and the variance that maximise the likelihood (which divisor is
    /// the point of the kata). Accurate to 1e-9 relative for data with a large common offset (1e9 + small values) and
    /// at scales near 1e-12.
    /// </summary>
    /// <param name="x">The data, at least one value.</param>
    /// <returns>(μ̂, σ̂²).</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty ("empty").</exception>
    public static (double Mean, double Variance) GaussianMle(double[] x)
    {
        throw new NotImplementedException("TODO MaximumLikelihood.GaussianMle: return the (μ, σ²) that maximise the Gaussian likelihood.");
    }

    /// <summary>The Gaussian log-likelihood ℓ(μ, ρ) = Σᵢ ln φ(xᵢ; μ, σ = e^ρ) of the data.</summary>
    /// <param name="x">The data, at least one value.</param>
    /// <param name="mean">μ.</param>
    /// <param name="logStdDev">ρ = ln σ.</param>
    /// <returns>ℓ(μ, ρ).</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty ("empty").</exception>
    public static double GaussianLogLikelihood(double[] x, double mean, double logStdDev)
    {
        throw new NotImplementedException("TODO MaximumLikelihood.GaussianLogLikelihood: return Σ ln φ(xᵢ; μ, e^ρ).");
    }

    /// <summary>The score: the gradient (∂ℓ/∂μ, ∂ℓ/∂ρ) of <see cref="GaussianLogLikelihood"/>, a new array of length 2.</summary>
    /// <param name="x">The data, at least one value.</param>
    /// <param name="mean">μ.</param>
    /// <param name="logStdDev">ρ = ln σ.</param>
    /// <returns>(∂ℓ/∂μ, ∂ℓ/∂ρ).</returns>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty ("empty").</exception>
    public static double[] GaussianScore(double[] x, double mean, double logStdDev)
    {
        throw new NotImplementedException("TODO MaximumLikelihood.GaussianScore: return (∂ℓ/∂μ, ∂ℓ/∂ρ).");
    }

    /// <summary>
    /// A maximiser of a function given by its gradient g: θₖ₊₁ = θₖ + η·g(θₖ) from θ₀ = <paramref name="start"/>, stopping
    /// after the first step with ‖η·g(θₖ)‖ ≤ tolerance·max(1, ‖θₖ‖) (Euclidean norms) and returning θₖ₊₁. If
    /// <paramref name="trace"/> is given, θ₀ and every iterate are appended to it as copies. The start is not modified.
    /// </summary>
    /// <param name="gradient">The gradient g, returning an array of the same length as its argument.</param>
    /// <param name="start">θ₀, at least one finite entry.</param>
    /// <param name="learningRate">η, finite and positive.</param>
    /// <param name="tolerance">The relative step size at which to stop, positive.</param>
    /// <param name="maxIterations">The largest number of steps, at least 1.</param>
    /// <param name="trace">Receives θ₀ and every iterate, or null.</param>
    /// <returns>The maximiser found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gradient"/> or <paramref name="start"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="start"/> is empty ("empty") or has an entry that is not finite
    /// ("finite"), or the gradient returns null or an array of the wrong length ("length", naming the expected and the
    /// actual length, or "null").</exception>
    /// <exception cref="ArgumentOutOfRangeException">η or the tolerance is not positive ("positive"), or the iteration cap
    /// is below 1.</exception>
    /// <exception cref="InvalidOperationException">An iterate is not finite ("finite"), or no convergence within <paramref name="maxIterations"/> steps ("converge").</exception>
    public static double[] GradientAscent(
        Func<double[], double[]> gradient, double[] start, double learningRate, double tolerance = 1e-10, int maxIterations = 100_000,
        IList<double[]>? trace = null)
    {
        throw new NotImplementedException("TODO MaximumLikelihood.GradientAscent: return the point reached by θ ← θ + η·g(θ).");
    }
}
