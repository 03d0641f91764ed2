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
        throw new NotImplementedException("TODO LogisticRegression.Sigmoid: return the logistic sigmoid σ(z) = 1/(1 + e⁻ᶻ), in (0, 1) for finite z and never NaN");
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
        throw new NotImplementedException("TODO LogisticRegression.LogLoss: return the mean log-loss (binary cross-entropy) L(β) = −(1/n)·Σᵢ[yᵢ·log pᵢ + (1 − yᵢ)·log(1 − pᵢ)], pᵢ = σ(zᵢ), zᵢ = b + xᵢ·w, accurate even when pᵢ rounds to 0 or 1 (a sample with y = 1 and z = −800 costs 800, not ∞)");
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
        throw new NotImplementedException("TODO LogisticRegression.Gradient: return the gradient ∇L(β) = (1/n)·Σᵢ(pᵢ − yᵢ)·[1, xᵢ] of LogLoss");
    }

    /// <summary>The probabilities pᵢ = σ(b + xᵢ·w) that each sample is in class 1.</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="coefficients">β = [b, w₁, …, wₚ].</param>
    /// <returns>p, n entries in [0, 1].</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">β without p + 1 entries ("coefficients", stating the p + 1 expected).</exception>
    public static double[] PredictProbability(double[,] x, double[] coefficients)
    {
        throw new NotImplementedException("TODO LogisticRegression.PredictProbability: return the probabilities pᵢ = σ(b + xᵢ·w) that each sample is in class 1");
    }

    /// <summary>The predicted labels: 1 where pᵢ ≥ ½ (that is, zᵢ ≥ 0), else 0.</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="coefficients">β = [b, w₁, …, wₚ].</param>
    /// <returns>n labels, each 0 or 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">β without p + 1 entries ("coefficients", stating the p + 1 expected).</exception>
    public static int[] Predict(double[,] x, double[] coefficients)
    {
        throw new NotImplementedException("TODO LogisticRegression.Predict: return the predicted labels: 1 where pᵢ ≥ ½ (that is, zᵢ ≥ 0), else 0");
    }

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
        throw new NotImplementedException("TODO LogisticRegression.FitGradientDescent: return gradient descent from β = 0: a fixed number of steps β ← β − η·∇L(β)");
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
        throw new NotImplementedException("TODO LogisticRegression.FitNewton: return newton's method (IRLS) from β = 0: solve H·s = −∇L with the Hessian H = (1/n)·Σᵢ pᵢ(1 − pᵢ)·[1, xᵢ][1, xᵢ]ᵀ and step β ← β + s, until ‖s‖ ≤ tolerance·max(1, ‖β‖)");
    }
}
