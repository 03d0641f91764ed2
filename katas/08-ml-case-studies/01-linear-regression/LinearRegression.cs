namespace MathForML.CaseStudies;

/// <summary>
/// Ordinary least squares ŷ = b + x·w: the coefficients [b, w₁, …, wₚ] minimising the residual sum of squares, found
/// three ways (normal equations, QR, gradient descent), with R² and the maximum-likelihood noise variance.
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/01-linear-regression/README.md</remarks>
public static class LinearRegression
{
    /// <summary>The coefficients β solving the normal equations DᵀD·β = Dᵀy, D = [1 X], with DᵀD formed from the raw columns.</summary>
    /// <param name="x">The inputs, n samples × p features (no column of ones).</param>
    /// <param name="y">The targets, n entries.</param>
    /// <returns>β = [b, w₁, …, wₚ], a new array of p + 1 entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="ArgumentException">No samples ("empty"), rows ≠ targets ("rows"), fewer samples than coefficients ("fewer", naming the p + 1 needed), a non-finite value ("finite"), or DᵀD not positive definite ("rank").</exception>
    public static double[] FitNormalEquations(double[,] x, double[] y)
    {
        throw new NotImplementedException("TODO LinearRegression.FitNormalEquations: return the coefficients β solving the normal equations DᵀD·β = Dᵀy, D = [1 X], with DᵀD formed from the raw columns");
    }

    /// <summary>The least-squares coefficients by MathNet's Householder QR of D = [1 X]: R·β = Qᵀy.</summary>
    /// <param name="x">The inputs, n samples × p features (no column of ones).</param>
    /// <param name="y">The targets, n entries.</param>
    /// <returns>β = [b, w₁, …, wₚ], a new array of p + 1 entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="FitNormalEquations"/>; dependent columns, |Rⱼⱼ| ≤ 10⁻¹²·‖column j of D‖ ("rank").</exception>
    public static double[] FitQr(double[,] x, double[] y)
    {
        throw new NotImplementedException("TODO LinearRegression.FitQr: return the least-squares coefficients by MathNet's Householder QR of D = [1 X]: R·β = Qᵀy");
    }

    /// <summary>
    /// The coefficients after gradient descent from β = 0 on the loss L(β) = (1/2n)·Σᵢ(ŷᵢ − yᵢ)², a fixed number of steps β ← β − η∇L.
    /// </summary>
    /// <param name="x">The inputs, n samples × p features.</param>
    /// <param name="y">The targets, n entries.</param>
    /// <param name="learningRate">The step size η, positive and finite.</param>
    /// <param name="iterations">The number of steps, at least 1.</param>
    /// <param name="lossTrace">If not null, receives L at the start and after every step (iterations + 1 values).</param>
    /// <returns>β = [b, w₁, …, wₚ] after the last step.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="FitNormalEquations"/> (no rank check).</exception>
    /// <exception cref="ArgumentOutOfRangeException">η not positive and finite ("positive"), or <paramref name="iterations"/> &lt; 1.</exception>
    public static double[] FitGradientDescent(double[,] x, double[] y, double learningRate, int iterations, IList<double>? lossTrace = null)
    {
        throw new NotImplementedException("TODO LinearRegression.FitGradientDescent: return the coefficients after gradient descent from β = 0 on the loss L(β) = (1/2n)·Σᵢ(ŷᵢ − yᵢ)², a fixed number of steps β ← β − η∇L");
    }

    /// <summary>The predictions ŷᵢ = b + Σⱼ wⱼxᵢⱼ.</summary>
    /// <param name="x">The inputs, n × p.</param>
    /// <param name="coefficients">β = [b, w₁, …, wₚ].</param>
    /// <returns>ŷ, n entries.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="coefficients"/> does not have p + 1 entries ("coefficients", naming the p + 1 expected).</exception>
    public static double[] Predict(double[,] x, double[] coefficients)
    {
        throw new NotImplementedException("TODO LinearRegression.Predict: return the predictions ŷᵢ = b + Σⱼ wⱼxᵢⱼ");
    }

    /// <summary>The coefficient of determination R² = 1 − RSS/TSS, RSS = Σ(yᵢ − ŷᵢ)², TSS = Σ(yᵢ − ȳ)².</summary>
    /// <param name="y">The targets, at least one, not all equal.</param>
    /// <param name="predictions">ŷ, as many as <paramref name="y"/>.</param>
    /// <returns>R² (1 for a perfect fit, 0 for predicting ȳ, negative for worse).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Empty ("empty"), lengths differ ("length"), or all targets equal, TSS = 0 ("constant").</exception>
    public static double RSquared(double[] y, double[] predictions)
    {
        throw new NotImplementedException("TODO LinearRegression.RSquared: return the coefficient of determination R² = 1 − RSS/TSS, RSS = Σ(yᵢ − ŷᵢ)², TSS = Σ(yᵢ − ȳ)²");
    }

    /// <summary>The maximum-likelihood noise variance of the model y = ŷ + ε, ε ~ N(0, σ²): σ̂² = RSS/n.</summary>
    /// <param name="y">The targets, at least one.</param>
    /// <param name="predictions">ŷ, as many as <paramref name="y"/>.</param>
    /// <returns>σ̂² = (1/n)·Σ(yᵢ − ŷᵢ)².</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Empty ("empty") or lengths differ ("length").</exception>
    public static double NoiseVariance(double[] y, double[] predictions)
    {
        throw new NotImplementedException("TODO LinearRegression.NoiseVariance: return the maximum-likelihood noise variance of the model y = ŷ + ε, ε ~ N(0, σ²): σ̂² = RSS/n");
    }
}
