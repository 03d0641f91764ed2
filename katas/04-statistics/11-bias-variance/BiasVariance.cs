namespace MathForML.Statistics;

/// <summary>
/// Bias and variance measured by simulation: the bias E[θ̂] − θ of an estimator, and the decomposition of the expected
/// squared test error of a polynomial least-squares fit into bias² + variance + noise.
/// </summary>
/// <remarks>
/// Randomness comes only from the draw functions you are given, called in the order stated. Bad input: null →
/// <see cref="ArgumentNullException"/>; counts or a degree out of range → <see cref="ArgumentOutOfRangeException"/>;
/// an empty set of points or a degree the points cannot determine → <see cref="ArgumentException"/> with the word
/// named below.
/// Lesson: katas/04-statistics/11-bias-variance/README.md
/// </remarks>
public static class BiasVariance
{
    /// <summary>
    /// The Monte Carlo bias of an estimator: R times, fill a new array with <paramref name="sampleSize"/> calls of
    /// <paramref name="draw"/> and apply the estimator; return the average estimate minus <paramref name="trueValue"/>.
    /// </summary>
    /// <param name="estimator">θ̂, e.g. <see cref="DescriptiveStatistics.PopulationVariance"/> (it may keep or modify its array).</param>
    /// <param name="draw">One draw from the population.</param>
    /// <param name="trueValue">θ, the population value the estimator aims at (e.g. σ²).</param>
    /// <param name="sampleSize">n ≥ 1 draws per sample.</param>
    /// <param name="repetitions">R ≥ 2 samples.</param>
    /// <returns>(1/R)·Σ θ̂ᵣ − θ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 1 or R &lt; 2.</exception>
    public static double EstimatorBias(Func<double[], double> estimator, Func<double> draw, double trueValue, int sampleSize, int repetitions)
    {
        // TODO: average R estimates, each on a fresh sample of n draws.
        throw new NotImplementedException("TODO BiasVariance.EstimatorBias: return the average of R estimates minus the true value.");
    }

    /// <summary>
    /// The bias–variance decomposition of a degree-d polynomial least-squares fit. R times: draw a training set
    /// yᵢ = f(xᵢ) + <paramref name="noise"/>() for the training points in order, fit the polynomial, predict at every test
    /// point. Then, at each test point x₀, with ŷ₁(x₀) … ŷ_R(x₀) the predictions and ȳ(x₀) their average: bias² =
    /// (ȳ(x₀) − f(x₀))², variance = (1/R)·Σᵣ (ŷᵣ(x₀) − ȳ(x₀))² (divide by R, not R − 1), noise = σ², and expected test error
    /// = (1/R)·Σᵣ (f(x₀) − ŷᵣ(x₀))² + σ². Each part is averaged over the test points, so that bias² + variance + noise =
    /// expected test error up to rounding.
    /// </summary>
    /// <param name="f">The true function.</param>
    /// <param name="trainX">The n training inputs, fixed across training sets (not modified).</param>
    /// <param name="noise">One draw of the label noise, mean 0.</param>
    /// <param name="noiseVariance">σ² ≥ 0, the variance of <paramref name="noise"/>'s draws.</param>
    /// <param name="degree">d, with 0 ≤ d &lt; n.</param>
    /// <param name="testX">The test points, at least one.</param>
    /// <param name="repetitions">R ≥ 2 training sets.</param>
    /// <returns>The four parts, averaged over the test points.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="testX"/> or <paramref name="trainX"/> is empty ("empty", with the empty one as the parameter name), or d ≥ n ("points").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">d &lt; 0, R &lt; 2, or σ² negative ("negative").</exception>
    public static BiasVarianceDecomposition Decompose(
        Func<double, double> f, double[] trainX, Func<double> noise, double noiseVariance, int degree, double[] testX, int repetitions)
    {
        // TODO: collect the R predictions at every test point, then their mean and spread (MathNet's Fit.Polynomial may fit).
        throw new NotImplementedException("TODO BiasVariance.Decompose: return bias², variance, noise and expected test error of the degree-d fits.");
    }
}
