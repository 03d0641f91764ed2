namespace MathForML.Probability;

/// <summary>
/// The multivariate normal distribution N(μ, Σ) in d dimensions: its log-density through the Cholesky factor
/// Σ = LLᵀ, sampling as x = μ + Lz with z standard normal, and the marginal and conditional distributions of a
/// bivariate normal.
/// </summary>
/// <remarks>
/// μ has d ≥ 1 finite entries ("empty", "finite"); Σ is d × d ("shape"), symmetric to 1e-12 relative ("symmetric") and
/// positive definite ("positive definite"). Null arrays are <see cref="ArgumentNullException"/>s, the rest
/// <see cref="ArgumentException"/>s (<see cref="ArgumentOutOfRangeException"/> for a bad index or count).
/// Lesson: katas/03-probability/08-multivariate-normal/README.md
/// </remarks>
public static class MultivariateNormal
{
    /// <summary>
    /// The Cholesky factor of a symmetric positive definite matrix: the lower-triangular L with a positive diagonal and
    /// LLᵀ = Σ. [[4, 2], [2, 3]] gives L = [[2, 0], [1, √2]].
    /// </summary>
    /// <param name="covariance">Σ, d × d, symmetric positive definite.</param>
    /// <returns>A new d × d lower-triangular matrix (zeros above the diagonal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="covariance"/> is null.</exception>
    /// <exception cref="ArgumentException">Σ is empty, not square, not symmetric or not positive definite.</exception>
    public static double[,] Cholesky(double[,] covariance)
    {
        // TODO: validate; then column by column, the diagonal entry and the entries below it (lesson, "The Cholesky factor").
        throw new NotImplementedException("TODO MultivariateNormal.Cholesky: return the lower-triangular L with LLᵀ = Σ.");
    }

    /// <summary>
    /// ln N(x; μ, Σ) = −½ (d ln 2π + ln det Σ + (x − μ)ᵀ Σ⁻¹ (x − μ)), with ln det Σ = 2 Σᵢ ln Lᵢᵢ and the quadratic form
    /// ‖L⁻¹(x − μ)‖² by forward substitution — finite even where det Σ underflows (Σ = 10⁻³·I in 200 dimensions).
    /// </summary>
    /// <param name="x">The point, d finite entries.</param>
    /// <param name="mean">μ, d finite entries.</param>
    /// <param name="covariance">Σ, d × d, symmetric positive definite.</param>
    /// <returns>The log-density at x.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The shapes disagree or an argument is not valid (see the class remarks).</exception>
    public static double LogDensity(double[] x, double[] mean, double[,] covariance)
    {
        // TODO: Cholesky, then forward substitution; ln det Σ from the diagonal of L.
        throw new NotImplementedException("TODO MultivariateNormal.LogDensity: return ln N(x; μ, Σ).");
    }

    /// <summary>
    /// <paramref name="count"/> draws from N(μ, Σ): x = μ + Lz, where z has d independent standard normal entries made
    /// from uniform draws of <paramref name="random"/> by the Box–Muller transform (two uniforms, two normals).
    /// </summary>
    /// <param name="mean">μ, d finite entries.</param>
    /// <param name="covariance">Σ, d × d, symmetric positive definite.</param>
    /// <param name="count">The number of draws, at least 1.</param>
    /// <param name="random">The source of uniform draws (seeded by the caller).</param>
    /// <returns>An array of <paramref name="count"/> new arrays of d entries.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">An argument is not valid (see the class remarks).</exception>
    public static double[][] Sample(double[] mean, double[,] covariance, int count, Random random)
    {
        // TODO: Box–Muller standard normals z, then x = μ + Lz.
        throw new NotImplementedException("TODO MultivariateNormal.Sample: return count draws from N(μ, Σ).");
    }

    /// <summary>The marginal of component i of N(μ, Σ): N(μᵢ, Σᵢᵢ), returned as (mean, variance).</summary>
    /// <param name="mean">μ, d finite entries.</param>
    /// <param name="covariance">Σ, d × d, symmetric positive definite.</param>
    /// <param name="index">i, from 0 to d − 1.</param>
    /// <returns>(μᵢ, Σᵢᵢ).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0 … d − 1.</exception>
    /// <exception cref="ArgumentException">An argument is not valid (see the class remarks).</exception>
    public static (double Mean, double Variance) Marginal(double[] mean, double[,] covariance, int index)
    {
        // TODO: validate, then read it off.
        throw new NotImplementedException("TODO MultivariateNormal.Marginal: return (μᵢ, Σᵢᵢ).");
    }

    /// <summary>
    /// The conditional of x₁ given x₂ = <paramref name="x2"/> for a bivariate normal (x₁, x₂) ~ N(μ, Σ):
    /// N(μ₁ + (Σ₁₂/Σ₂₂)(x₂ − μ₂), Σ₁₁ − Σ₁₂²/Σ₂₂), returned as (mean, variance). (C# indices 0 and 1.)
    /// </summary>
    /// <param name="mean">μ, 2 finite entries.</param>
    /// <param name="covariance">Σ, 2 × 2, symmetric positive definite.</param>
    /// <param name="x2">The observed value of the second component, finite.</param>
    /// <returns>The conditional mean and variance of the first component.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">μ or Σ is not two-dimensional ("2"), or not valid; <paramref name="x2"/> is not finite ("finite").</exception>
    public static (double Mean, double Variance) ConditionalBivariate(double[] mean, double[,] covariance, double x2)
    {
        // TODO: the lesson's two formulas.
        throw new NotImplementedException("TODO MultivariateNormal.ConditionalBivariate: return the mean and variance of x₁ given x₂.");
    }
}
