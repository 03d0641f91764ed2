using MathNet.Numerics.LinearAlgebra;

namespace MathForML.CaseStudies;

/// <summary>
/// Binary logistic regression p(y = 1 | x) = σ(b + x·w): the sigmoid, the mean log-loss and its gradient, and training
/// by gradient descent and by Newton's method (iteratively reweighted least squares). Coefficients are β = [b, w₁, …, wₚ].
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/03-logistic-regression/README.md</remarks>
public static class LogisticRegression
{
    /// <summary>The logistic sigmoid σ(z) = 1/(1 + e⁻ᶻ), in (0, 1) for finite z and never NaN.</summary>
    /// <param name="z">The score.</param>
    /// <returns>σ(z).</returns>
    public static double Sigmoid(double z)
    {
        // For z < 0 write σ(z) = eᶻ/(1 + eᶻ): no e⁻ᶻ that could overflow to ∞.
        if (z >= 0)
        {
            return 1 / (1 + Math.Exp(-z));
        }

        var e = Math.Exp(z);
        return e / (1 + e);
    }

    /// <summary>
    /// The mean log-loss (binary cross-entropy) L(β) = −(1/n)·Σᵢ[yᵢ·log pᵢ + (1 − yᵢ)·log(1 − pᵢ)], pᵢ = σ(zᵢ), zᵢ = b + xᵢ·w,
    /// accurate even when pᵢ rounds to 0 or 1 (a sample with y = 1 and z = −800 costs 800, not ∞).
    /// </summary>
    /// <param name="x">The inputs, n × p, n ≥ 1.</param>
    /// <param name="y">The labels, n entries, each 0 or 1.</param>
    /// <param name="coefficients">β = [b, w₁, …, wₚ].</param>
    /// <returns>L(β) ≥ 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No samples ("empty"), rows ≠ labels ("rows"), a label not 0 or 1 ("label"), a non-finite input ("finite"), or β without p + 1 entries ("coefficients", stating the p + 1 expected).</exception>
    public static double LogLoss(double[,] x, int[] y, double[] coefficients)
    {
        var scores = Scores(x, y, coefficients);
        // −log σ(z) = softplus(−z) and −log(1 − σ(z)) = softplus(z), with softplus(t) = max(t, 0) + log(1 + e^(−|t|)).
        return scores.Select((z, i) => Softplus(y[i] == 1 ? -z : z)).Average();
    }

    /// <summary>The gradient ∇L(β) = (1/n)·Σᵢ(pᵢ − yᵢ)·[1, xᵢ] of <see cref="LogLoss"/>.</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="y">The labels, 0 or 1.</param>
    /// <param name="coefficients">β = [b, w₁, …, wₚ].</param>
    /// <returns>∇L, p + 1 entries.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogLoss"/>.</exception>
    public static double[] Gradient(double[,] x, int[] y, double[] coefficients)
    {
        var scores = Scores(x, y, coefficients);
        var (n, p) = (x.GetLength(0), x.GetLength(1));
        var gradient = new double[p + 1];
        for (var i = 0; i < n; i++)
        {
            var error = Sigmoid(scores[i]) - y[i];
            gradient[0] += error / n;
            for (var j = 0; j < p; j++)
            {
                gradient[j + 1] += error * x[i, j] / n;
            }
        }

        return gradient;
    }

    /// <summary>The probabilities pᵢ = σ(b + xᵢ·w) that each sample is in class 1.</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="coefficients">β = [b, w₁, …, wₚ].</param>
    /// <returns>p, n entries in [0, 1].</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">β without p + 1 entries ("coefficients", stating the p + 1 expected).</exception>
    public static double[] PredictProbability(double[,] x, double[] coefficients) =>
        [.. Linear(x, coefficients).Select(Sigmoid)];

    /// <summary>The predicted labels: 1 where pᵢ ≥ ½ (that is, zᵢ ≥ 0), else 0.</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="coefficients">β = [b, w₁, …, wₚ].</param>
    /// <returns>n labels, each 0 or 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">β without p + 1 entries ("coefficients", stating the p + 1 expected).</exception>
    public static int[] Predict(double[,] x, double[] coefficients) =>
        [.. Linear(x, coefficients).Select(z => z >= 0 ? 1 : 0)];

    /// <summary>Gradient descent from β = 0: a fixed number of steps β ← β − η·∇L(β).</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="y">The labels, 0 or 1.</param>
    /// <param name="learningRate">The step size η, positive and finite.</param>
    /// <param name="iterations">The number of steps, at least 1.</param>
    /// <param name="lossTrace">If not null, receives L at the start and after every step (iterations + 1 values).</param>
    /// <returns>β after the last step.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogLoss"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">η not positive and finite ("positive"), or <paramref name="iterations"/> &lt; 1.</exception>
    public static double[] FitGradientDescent(double[,] x, int[] y, double learningRate, int iterations, IList<double>? lossTrace = null)
    {
        // The data are validated by the first Gradient (or LogLoss) call.
        ArgumentNullException.ThrowIfNull(x);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRate), learningRate, "The learning rate must be positive and finite.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        var beta = new double[x.GetLength(1) + 1];
        lossTrace?.Add(LogLoss(x, y, beta));
        for (var step = 0; step < iterations; step++)
        {
            var gradient = Gradient(x, y, beta);
            for (var j = 0; j < beta.Length; j++)
            {
                beta[j] -= learningRate * gradient[j];
            }

            lossTrace?.Add(LogLoss(x, y, beta));
        }

        return beta;
    }

    /// <summary>
    /// Newton's method (IRLS) from β = 0: solve H·s = −∇L with the Hessian H = (1/n)·Σᵢ pᵢ(1 − pᵢ)·[1, xᵢ][1, xᵢ]ᵀ and step
    /// β ← β + s, until ‖s‖ ≤ tolerance·max(1, ‖β‖).
    /// </summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="y">The labels, 0 or 1.</param>
    /// <param name="maxIterations">The largest number of Newton steps, at least 1.</param>
    /// <param name="tolerance">The relative step size at which to stop, positive.</param>
    /// <param name="lossTrace">If not null, receives L at the start and after every step.</param>
    /// <returns>The minimiser β̂.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="LogLoss"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxIterations"/> &lt; 1, or a tolerance not positive ("positive").</exception>
    /// <exception cref="InvalidOperationException">No convergence within <paramref name="maxIterations"/> steps, or a singular Hessian, as on separable classes ("converge").</exception>
    public static double[] FitNewton(double[,] x, int[] y, int maxIterations = 50, double tolerance = 1e-10, IList<double>? lossTrace = null)
    {
        // The data are validated by the first Gradient (or LogLoss) call, before the first step.
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        if (!(tolerance > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be positive.");
        }

        var (n, p) = (x.GetLength(0), x.GetLength(1));
        var design = Matrix<double>.Build.Dense(n, p + 1, (i, j) => j == 0 ? 1 : x[i, j - 1]);
        var beta = new double[p + 1];
        lossTrace?.Add(LogLoss(x, y, beta));
        for (var step = 0; step < maxIterations; step++)
        {
            var gradient = Vector<double>.Build.DenseOfArray(Gradient(x, y, beta));
            var probabilities = PredictProbability(x, beta);
            // H = (1/n)·DᵀWD with W = diag(pᵢ(1 − pᵢ)): each sample weighted by how uncertain the model still is about it.
            var weighted = Matrix<double>.Build.Dense(n, p + 1, (i, j) => design[i, j] * probabilities[i] * (1 - probabilities[i]) / n);
            var hessian = design.TransposeThisAndMultiply(weighted);
            double[] s;
            try
            {
                s = hessian.Cholesky().Solve(-gradient).ToArray();
            }
            catch (ArgumentException)
            {
                throw new InvalidOperationException($"Newton's method did not converge: the Hessian became singular after {step} steps (are the classes separable?).");
            }

            for (var j = 0; j <= p; j++)
            {
                beta[j] += s[j];
            }

            lossTrace?.Add(LogLoss(x, y, beta));
            if (Norm(s) <= tolerance * Math.Max(1, Norm(beta)))
            {
                return beta;
            }
        }

        throw new InvalidOperationException($"Newton's method did not converge in {maxIterations} steps (are the classes separable?).");
    }

    private static double Softplus(double t) => Math.Max(t, 0) + LogOnePlus(Math.Exp(-Math.Abs(t)));

    /// <summary>log(1 + u) for 0 ≤ u ≤ 1, accurate when u is tiny (where 1 + u rounds to 1 and log gives 0).</summary>
    private static double LogOnePlus(double u)
    {
        var v = 1 + u;
        // v − 1 is the part of u that survived the rounding of 1 + u; rescaling by u/(v − 1) restores the rest.
        return v == 1 ? u : Math.Log(v) * u / (v - 1);
    }

    private static double Norm(double[] v) => Math.Sqrt(v.Sum(a => a * a));

    private static double[] Scores(double[,] x, int[] y, double[] coefficients)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.GetLength(0) == 0)
        {
            throw new ArgumentException("There are no samples (empty).", nameof(x));
        }

        if (y.Length != x.GetLength(0))
        {
            throw new ArgumentException($"X has {x.GetLength(0)} rows but there are {y.Length} labels.", nameof(y));
        }

        if (y.Any(label => label is not (0 or 1)))
        {
            throw new ArgumentException("Every label must be 0 or 1.", nameof(y));
        }

        if (x.Cast<double>().Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException("Every input must be finite.", nameof(x));
        }

        return Linear(x, coefficients);
    }

    private static double[] Linear(double[,] x, double[] coefficients)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Length != x.GetLength(1) + 1)
        {
            throw new ArgumentException($"Expected p + 1 = {x.GetLength(1) + 1} coefficients (intercept first), got {coefficients.Length}.", nameof(coefficients));
        }

        var z = new double[x.GetLength(0)];
        for (var i = 0; i < z.Length; i++)
        {
            z[i] = coefficients[0];
            for (var j = 0; j < x.GetLength(1); j++)
            {
                z[i] += coefficients[j + 1] * x[i, j];
            }
        }

        return z;
    }
}
