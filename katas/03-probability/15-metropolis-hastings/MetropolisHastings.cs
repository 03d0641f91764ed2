namespace MathForML.Probability;

/// <summary>
/// Random-walk Metropolis–Hastings: a Markov chain whose long-run distribution is a target known only up to a constant
/// through its log-density, with the tools to judge it — the acceptance rate, the autocorrelation of the chain and its
/// effective sample size.
/// </summary>
/// <remarks>Lesson: katas/03-probability/15-metropolis-hastings/README.md</remarks>
public static class MetropolisHastings
{
    /// <summary>
    /// A chain for the target with log-density <paramref name="logTarget"/> (up to an additive constant; −∞ outside its
    /// support): from <paramref name="start"/>, each step proposes x′ = x + stepSize·ε with ε ~ N(0, 1) drawn from
    /// <paramref name="random"/> (MathNet's <c>Normal.Sample(random, 0, 1)</c> will do) and accepts it with probability
    /// min(1, p(x′)/p(x)); otherwise the chain stays at x. The first <paramref name="burnIn"/> steps are discarded; the
    /// state after each of the next <paramref name="count"/> steps is recorded, repeated states included. The
    /// acceptance rate is the fraction of those recorded steps whose proposal was accepted. Must work when p(x)
    /// underflows to 0 (a start at x = 100 for N(0, 1)).
    /// </summary>
    /// <param name="logTarget">ln p(x) up to a constant.</param>
    /// <param name="start">x₀, finite with ln p(x₀) &gt; −∞.</param>
    /// <param name="stepSize">The proposal's standard deviation, finite and positive.</param>
    /// <param name="count">How many states to record, at least 1.</param>
    /// <param name="random">The generator for proposals and acceptances.</param>
    /// <param name="burnIn">How many initial steps to discard, at least 0.</param>
    /// <returns>The recorded states and the acceptance rate in [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logTarget"/> or <paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The step is not finite and positive ("positive"), count &lt; 1 or burnIn &lt; 0.</exception>
    /// <exception cref="ArgumentException">The start is not finite or has ln p(x₀) = −∞ or NaN ("start", "finite").</exception>
    public static (double[] Samples, double AcceptanceRate) Sample(
        Func<double, double> logTarget, double start, double stepSize, int count, Random random, int burnIn = 0)
    {
        throw new NotImplementedException("TODO MetropolisHastings.Sample: return the chain of random-walk Metropolis states and its acceptance rate.");
    }

    /// <summary>
    /// The sample autocorrelations ρ₀, …, ρ_K (K = <paramref name="maxLag"/>) of the chain: ρₖ = cₖ/c₀ with
    /// cₖ = (1/n) Σₜ (xₜ − x̄)(xₜ₊ₖ − x̄), the sum over the n − k pairs (so ρ₀ = 1).
    /// </summary>
    /// <param name="chain">The chain, at least two values, not all equal.</param>
    /// <param name="maxLag">K, from 0 to n − 1.</param>
    /// <returns>A new array of length K + 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two values ("two") or all values equal ("constant").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLag"/> is outside [0, n − 1].</exception>
    public static double[] Autocorrelation(double[] chain, int maxLag)
    {
        throw new NotImplementedException("TODO MetropolisHastings.Autocorrelation: return ρₖ = cₖ/c₀ for k = 0 … maxLag.");
    }

    /// <summary>
    /// The effective sample size n/(1 + 2(ρ₁ + … + ρ_K)), where K is the last lag before the first ρₖ ≤ 0 (K = 0, and
    /// the result n, if ρ₁ ≤ 0; at most k = n − 1).
    /// </summary>
    /// <param name="chain">The chain, at least two values, not all equal.</param>
    /// <returns>The effective sample size, in (0, n].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two values ("two") or all values equal ("constant").</exception>
    public static double EffectiveSampleSize(double[] chain)
    {
        throw new NotImplementedException("TODO MetropolisHastings.EffectiveSampleSize: return n/(1 + 2 Σ ρₖ) over the initial positive ρₖ.");
    }
}
