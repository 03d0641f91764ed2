using MathNet.Numerics.LinearAlgebra;

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
        CheckModel(model);
        CheckData(x, model.Means.GetLength(1));
        var (n, d, k) = (x.GetLength(0), x.GetLength(1), model.Weights.Length);
        var result = new double[n, k];
        for (var c = 0; c < k; c++)
        {
            var cholesky = Cholesky(model.Covariances[c]);
            var logDet = 2 * Enumerable.Range(0, d).Sum(j => Math.Log(cholesky.Factor[j, j]));
            for (var i = 0; i < n; i++)
            {
                var difference = Vector<double>.Build.Dense(d, j => x[i, j] - model.Means[c, j]);
                // (x − μ)ᵀΣ⁻¹(x − μ) = ‖L⁻¹(x − μ)‖² with Σ = LLᵀ: a triangular solve, no inverse.
                var whitened = cholesky.Factor.Solve(difference);
                var mahalanobis = whitened.DotProduct(whitened);
                result[i, c] = Math.Log(model.Weights[c]) - (0.5 * ((d * Math.Log(2 * Math.PI)) + logDet + mahalanobis));
            }
        }

        return result;
    }

    /// <summary>The responsibilities rᵢₖ = πₖN(xᵢ | μₖ, Σₖ) / Σⱼ πⱼN(xᵢ | μⱼ, Σⱼ), computed from <see cref="LogJoint"/> by log-sum-exp.</summary>
    /// <param name="model">The mixture.</param>
    /// <param name="x">The data, n × d.</param>
    /// <returns>An n × k matrix whose rows sum to 1, finite even for samples far from every component.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogJoint"/>.</exception>
    public static double[,] Responsibilities(GaussianMixtureModel model, double[,] x)
    {
        var joint = LogJoint(model, x);
        var (n, k) = (joint.GetLength(0), joint.GetLength(1));
        var result = new double[n, k];
        for (var i = 0; i < n; i++)
        {
            var total = LogSumExp(joint, i);
            for (var c = 0; c < k; c++)
            {
                result[i, c] = Math.Exp(joint[i, c] - total);
            }
        }

        return result;
    }

    /// <summary>The log-likelihood Σᵢ log Σₖ πₖN(xᵢ | μₖ, Σₖ), each inner sum by log-sum-exp.</summary>
    /// <param name="model">The mixture.</param>
    /// <param name="x">The data, n × d.</param>
    /// <returns>The log-likelihood.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogJoint"/>.</exception>
    public static double LogLikelihood(GaussianMixtureModel model, double[,] x)
    {
        var joint = LogJoint(model, x);
        return Enumerable.Range(0, joint.GetLength(0)).Sum(i => LogSumExp(joint, i));
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
        CheckData(x, null);
        ArgumentNullException.ThrowIfNull(responsibilities);
        if (!(regularization >= 0) || !double.IsFinite(regularization))
        {
            throw new ArgumentOutOfRangeException(nameof(regularization), regularization, "The regularisation must be non-negative and finite.");
        }

        var (n, d, k) = (x.GetLength(0), x.GetLength(1), responsibilities.GetLength(1));
        if (responsibilities.GetLength(0) != n || k == 0)
        {
            throw new ArgumentException($"Responsibilities must be n × k = {n} × k rows by components, but are {responsibilities.GetLength(0)} × {k}.", nameof(responsibilities));
        }

        if (responsibilities.Cast<double>().Any(r => !(r >= 0 && r <= 1)))
        {
            throw new ArgumentException("Every responsibility must lie in [0, 1].", nameof(responsibilities));
        }

        var weights = new double[k];
        var means = new double[k, d];
        var covariances = new double[k][,];
        for (var c = 0; c < k; c++)
        {
            var total = Enumerable.Range(0, n).Sum(i => responsibilities[i, c]);
            if (total == 0)
            {
                throw new ArgumentException($"Component {c} has no responsibility at all (empty): its mean is undefined.", nameof(responsibilities));
            }

            weights[c] = total / n;
            for (var j = 0; j < d; j++)
            {
                means[c, j] = Enumerable.Range(0, n).Sum(i => responsibilities[i, c] * x[i, j]) / total;
            }

            var covariance = new double[d, d];
            for (var a = 0; a < d; a++)
            {
                for (var b = a; b < d; b++)
                {
                    var sum = 0.0;
                    for (var i = 0; i < n; i++)
                    {
                        sum += responsibilities[i, c] * (x[i, a] - means[c, a]) * (x[i, b] - means[c, b]);
                    }

                    covariance[a, b] = covariance[b, a] = (sum / total) + (a == b ? regularization : 0);
                }
            }

            covariances[c] = covariance;
        }

        return new GaussianMixtureModel(weights, means, covariances);
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
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        if (!(tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive.");
        }

        var model = initial;
        var logLikelihood = LogLikelihood(model, x);
        logLikelihoodTrace?.Add(logLikelihood);
        modelTrace?.Add(model);
        for (var step = 0; step < maxIterations; step++)
        {
            model = MStep(x, Responsibilities(model, x), regularization);
            var next = LogLikelihood(model, x);
            logLikelihoodTrace?.Add(next);
            modelTrace?.Add(model);
            if (next - logLikelihood <= tolerance * Math.Max(1, Math.Abs(next)))
            {
                return model;
            }

            logLikelihood = next;
        }

        throw new InvalidOperationException($"EM did not converge in {maxIterations} steps.");
    }

    private static double LogSumExp(double[,] values, int row)
    {
        // log Σ e^(aₖ) = m + log Σ e^(aₖ − m) with m = max aₖ: the largest term is 1, nothing overflows or underflows to 0.
        var m = Enumerable.Range(0, values.GetLength(1)).Max(c => values[row, c]);
        return m + Math.Log(Enumerable.Range(0, values.GetLength(1)).Sum(c => Math.Exp(values[row, c] - m)));
    }

    private static MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double> Cholesky(double[,] covariance)
    {
        try
        {
            return Matrix<double>.Build.DenseOfArray(covariance).Cholesky();
        }
        catch (ArgumentException)
        {
            throw new ArgumentException("Every covariance must be symmetric positive definite.", nameof(covariance));
        }
    }

    private static void CheckModel(GaussianMixtureModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (k, d) = (model.Weights.Length, model.Means.GetLength(1));
        if (k == 0 || model.Means.GetLength(0) != k || model.Covariances.Length != k
            || model.Covariances.Any(s => s.GetLength(0) != d || s.GetLength(1) != d))
        {
            throw new ArgumentException("The mixture's shape is inconsistent: k weights, k × d means and k covariances of d × d are needed.", nameof(model));
        }

        if (model.Weights.Any(w => !(w > 0)))
        {
            throw new ArgumentException("Every mixing weight must be positive.", nameof(model));
        }
    }

    private static void CheckData(double[,] x, int? columns)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(0) == 0)
        {
            throw new ArgumentException("There are no samples (empty).", nameof(x));
        }

        if (columns is { } d && x.GetLength(1) != d)
        {
            throw new ArgumentException($"The mixture has {d} features but the data have {x.GetLength(1)} columns.", nameof(x));
        }

        if (x.Cast<double>().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every value must be finite.", nameof(x));
        }
    }
}
