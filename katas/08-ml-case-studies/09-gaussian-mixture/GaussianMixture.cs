namespace MathForML.CaseStudies;

/// <summary>
/// Gaussian mixture models fitted by expectation–maximisation: log-densities, responsibilities by log-sum-exp, the
/// log-likelihood, the M-step, and EM iterations whose log-likelihood never decreases. Data are n samples × d features.
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/09-gaussian-mixture/README.md</remarks>
public static class GaussianMixture
{
    /// <summary>
    /// The log joint densities log πₖ + log N(xᵢ | μₖ, Σₖ), with
    /// log N(x | μ, Σ) = −½·[d·log 2π + log det Σ + (x − μ)ᵀΣ⁻¹(x − μ)] (det and solves by MathNet's Cholesky).
    /// </summary>
    /// <param name="model">The mixture.</param>
    /// <param name="x">The data, n × d.</param>
    /// <returns>An n × k matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No samples ("empty"), a non-finite value ("finite"), shapes that do not fit ("columns", "shape"), or a covariance that is not positive definite ("positive definite").</exception>
    public static double[,] LogJoint(GaussianMixtureModel model, double[,] x)
    {
        throw new NotImplementedException("TODO GaussianMixture.LogJoint: return the log joint densities log πₖ + log N(xᵢ | μₖ, Σₖ), with log N(x | μ, Σ) = −½·[d·log 2π + log det Σ + (x − μ)ᵀΣ⁻¹(x − μ)] (det and solves by MathNet's Cholesky)");
    }

    /// <summary>The responsibilities rᵢₖ = πₖN(xᵢ | μₖ, Σₖ) / Σⱼ πⱼN(xᵢ | μⱼ, Σⱼ), computed from <see cref="LogJoint"/> by log-sum-exp.</summary>
    /// <param name="model">The mixture.</param>
    /// <param name="x">The data, n × d.</param>
    /// <returns>An n × k matrix whose rows sum to 1, finite even for samples far from every component.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogJoint"/>.</exception>
    public static double[,] Responsibilities(GaussianMixtureModel model, double[,] x)
    {
        throw new NotImplementedException("TODO GaussianMixture.Responsibilities: return the responsibilities rᵢₖ = πₖN(xᵢ | μₖ, Σₖ) / Σⱼ πⱼN(xᵢ | μⱼ, Σⱼ), computed from LogJoint by log-sum-exp");
    }

    /// <summary>The log-likelihood Σᵢ log Σₖ πₖN(xᵢ | μₖ, Σₖ), each inner sum by log-sum-exp.</summary>
    /// <param name="model">The mixture.</param>
    /// <param name="x">The data, n × d.</param>
    /// <returns>The log-likelihood.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogJoint"/>.</exception>
    public static double LogLikelihood(GaussianMixtureModel model, double[,] x)
    {
        throw new NotImplementedException("TODO GaussianMixture.LogLikelihood: return the log-likelihood Σᵢ log Σₖ πₖN(xᵢ | μₖ, Σₖ), each inner sum by log-sum-exp");
    }

    /// <summary>
    /// The M-step: with Nₖ = Σᵢ rᵢₖ, πₖ = Nₖ/n, μₖ = Σᵢ rᵢₖxᵢ/Nₖ and Σₖ = Σᵢ rᵢₖ(xᵢ − μₖ)(xᵢ − μₖ)ᵀ/Nₖ + ε·I.
    /// </summary>
    /// <param name="x">The data, n × d.</param>
    /// <param name="responsibilities">r, n × k, rows summing to 1, entries in [0, 1].</param>
    /// <param name="regularization">ε ≥ 0, added to every covariance's diagonal so that it stays positive definite.</param>
    /// <returns>The new mixture.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Shapes that do not fit ("rows"), entries outside [0, 1] ("[0, 1]"), or a component with Nₖ = 0 ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">ε is negative or not finite ("non-negative").</exception>
    public static GaussianMixtureModel MStep(double[,] x, double[,] responsibilities, double regularization = 1e-6)
    {
        throw new NotImplementedException("TODO GaussianMixture.MStep: return the M-step: with Nₖ = Σᵢ rᵢₖ, πₖ = Nₖ/n, μₖ = Σᵢ rᵢₖxᵢ/Nₖ and Σₖ = Σᵢ rᵢₖ(xᵢ − μₖ)(xᵢ − μₖ)ᵀ/Nₖ + ε·I");
    }

    /// <summary>
    /// EM from <paramref name="initial"/>: repeat E-step (<see cref="Responsibilities"/>) and <see cref="MStep"/> until the
    /// log-likelihood gains at most tolerance·max(1, |ℓ|), ℓ the log-likelihood after the step.
    /// </summary>
    /// <param name="x">The data, n × d.</param>
    /// <param name="initial">The starting mixture.</param>
    /// <param name="maxIterations">The largest number of EM steps, at least 1.</param>
    /// <param name="tolerance">The relative gain at which to stop, positive.</param>
    /// <param name="regularization">ε for <see cref="MStep"/>.</param>
    /// <param name="logLikelihoodTrace">If not null, receives ℓ of the initial mixture and after every EM step.</param>
    /// <param name="modelTrace">If not null, receives the initial mixture and the one after every EM step.</param>
    /// <returns>The fitted mixture.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogJoint"/> and <see cref="MStep"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxIterations"/> is below 1, or the tolerance is not positive ("positive").</exception>
    /// <exception cref="InvalidOperationException">No convergence within <paramref name="maxIterations"/> steps ("converge").</exception>
    public static GaussianMixtureModel Fit(
        double[,] x, GaussianMixtureModel initial, int maxIterations = 500, double tolerance = 1e-10, double regularization = 1e-6,
        IList<double>? logLikelihoodTrace = null, IList<GaussianMixtureModel>? modelTrace = null)
    {
        throw new NotImplementedException("TODO GaussianMixture.Fit: return eM from initial: repeat E-step (Responsibilities) and MStep until the log-likelihood gains at most tolerance·max(1, |ℓ|)");
    }
}
