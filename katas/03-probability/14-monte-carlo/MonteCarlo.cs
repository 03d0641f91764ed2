namespace MathForML.Probability;

/// <summary>
/// Monte Carlo estimation: π from random darts, an expectation E[f(X)] as a sample mean with its standard error, and
/// importance sampling, which draws from a proposal q instead of the target p and reweights by p/q.
/// </summary>
/// <remarks>
/// Standard errors are s/√n with s the sample standard deviation (divisor n − 1) of the n averaged values.
/// Errors: null generators or delegates → <see cref="ArgumentNullException"/>; too few samples →
/// <see cref="ArgumentOutOfRangeException"/>.
/// Lesson: katas/03-probability/14-monte-carlo/README.md
/// </remarks>
public static class MonteCarlo
{
    /// <summary>
    /// π estimated as 4 × (fraction of darts inside the quarter disc): each dart is (x, y) = (u₁, u₂), two calls of
    /// random.NextDouble(), and lands inside when x² + y² ≤ 1. If given, <paramref name="inside"/> and
    /// <paramref name="outside"/> receive each dart as a new array [x, y].
    /// </summary>
    /// <param name="random">The source of uniform numbers.</param>
    /// <param name="darts">The number of darts, at least 1.</param>
    /// <param name="inside">Receives the darts inside the quarter disc, or null.</param>
    /// <param name="outside">Receives the others, or null.</param>
    /// <returns>The estimate of π.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="darts"/> &lt; 1.</exception>
    public static double EstimatePi(Random random, int darts, IList<double[]>? inside = null, IList<double[]>? outside = null)
    {
        throw new NotImplementedException("TODO MonteCarlo.EstimatePi: return 4 × the fraction of darts with x² + y² ≤ 1.");
    }

    /// <summary>
    /// E[f(X)] estimated by the mean of f(x₁), …, f(xₙ) with xᵢ = <paramref name="draw"/>(random), and its standard error.
    /// </summary>
    /// <param name="random">The generator handed to <paramref name="draw"/>.</param>
    /// <param name="draw">One draw of X.</param>
    /// <param name="f">The function whose expectation is wanted.</param>
    /// <param name="samples">n, at least 2.</param>
    /// <returns>(estimate, standard error).</returns>
    /// <exception cref="ArgumentNullException">A generator or delegate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samples"/> &lt; 2.</exception>
    public static (double Estimate, double StandardError) Expectation(Random random, Func<Random, double> draw, Func<double, double> f, int samples)
    {
        throw new NotImplementedException("TODO MonteCarlo.Expectation: return the mean of f(xᵢ) and its standard error s/√n.");
    }

    /// <summary>
    /// E_p[f(X)] estimated with draws xᵢ = <paramref name="proposalDraw"/>(random) from a proposal q: the mean of
    /// f(xᵢ)·p(xᵢ)/q(xᵢ), and its standard error. p and q must be normalised densities.
    /// </summary>
    /// <param name="random">The generator handed to <paramref name="proposalDraw"/>.</param>
    /// <param name="proposalDraw">One draw from q.</param>
    /// <param name="proposalDensity">q.</param>
    /// <param name="targetDensity">p.</param>
    /// <param name="f">The function whose expectation under p is wanted.</param>
    /// <param name="samples">n, at least 2.</param>
    /// <returns>(estimate, standard error).</returns>
    /// <exception cref="ArgumentNullException">A generator or delegate is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="samples"/> &lt; 2.</exception>
    /// <exception cref="InvalidOperationException">q(xᵢ) is not positive at a draw ("proposal").</exception>
    public static (double Estimate, double StandardError) ImportanceSampling(
        Random random, Func<Random, double> proposalDraw, Func<double, double> proposalDensity, Func<double, double> targetDensity,
        Func<double, double> f, int samples)
    {
        throw new NotImplementedException("TODO MonteCarlo.ImportanceSampling: return the mean of f(xᵢ)p(xᵢ)/q(xᵢ) and its standard error.");
    }
}
