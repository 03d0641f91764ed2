using MathNet.Numerics.Distributions;

namespace MathForML.Probability;

/// <summary>
/// Random-walk Metropolis–Hastings, with the acceptance rate, the autocorrelation and the effective sample size.
/// </summary>
public static class MetropolisHastings
{
    /// <summary>A random-walk Metropolis chain.</summary>
    /// <param name="logTarget">ln p up to a constant.</param>
    /// <param name="start">x₀.</param>
    /// <param name="stepSize">The proposal's standard deviation.</param>
    /// <param name="count">How many states to record.</param>
    /// <param name="random">The generator.</param>
    /// <param name="burnIn">How many initial steps to discard.</param>
    /// <returns>The states and the acceptance rate.</returns>
    public static (double[] Samples, double AcceptanceRate) Sample(
        Func<double, double> logTarget, double start, double stepSize, int count, Random random, int burnIn = 0)
    {
        ArgumentNullException.ThrowIfNull(logTarget);
        ArgumentNullException.ThrowIfNull(random);
        if (!double.IsFinite(stepSize) || stepSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stepSize), stepSize, "The step size must be finite and positive.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(burnIn);
        var x = start;
        var logP = double.IsFinite(start) ? logTarget(start) : double.NaN;
        if (double.IsNaN(logP) || double.IsNegativeInfinity(logP))
        {
            throw new ArgumentException($"The start {start} must be finite with ln p(start) > −∞, but ln p(start) = {logP}.", nameof(start));
        }

        var samples = new double[count];
        var accepted = 0;
        for (var step = 0; step < burnIn + count; step++)
        {
            var proposal = x + (stepSize * Normal.Sample(random, 0, 1));
            var logProposal = logTarget(proposal);

            // Accept with probability min(1, p(x′)/p(x)), compared in log space: ln u < ln p(x′) − ln p(x). Densities
            // far in the tails underflow to 0 (a ratio 0/0), their logarithms do not. A proposal outside the support
            // (−∞) or with NaN is never accepted.
            var accept = Math.Log(random.NextDouble()) < logProposal - logP;
            if (accept)
            {
                (x, logP) = (proposal, logProposal);
            }

            if (step >= burnIn)
            {
                // A rejected step records the current state again: the repeats are what make the chain's histogram p.
                samples[step - burnIn] = x;
                accepted += accept ? 1 : 0;
            }
        }

        return (samples, (double)accepted / count);
    }

    /// <summary>ρₖ = cₖ/c₀ for k = 0 … maxLag.</summary>
    /// <param name="chain">The chain.</param>
    /// <param name="maxLag">K.</param>
    /// <returns>The autocorrelations.</returns>
    public static double[] Autocorrelation(double[] chain, int maxLag)
    {
        var deviations = Deviations(chain, out var sumOfSquares);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLag);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLag, chain.Length - 1);
        var rho = new double[maxLag + 1];
        for (var k = 0; k <= maxLag; k++)
        {
            rho[k] = LaggedProducts(deviations, k) / sumOfSquares;
        }

        return rho;
    }

    /// <summary>n/(1 + 2 Σ ρₖ) over the initial positive autocorrelations.</summary>
    /// <param name="chain">The chain.</param>
    /// <returns>The effective sample size.</returns>
    public static double EffectiveSampleSize(double[] chain)
    {
        var deviations = Deviations(chain, out var sumOfSquares);
        var n = chain.Length;

        // Far lags are pure noise; stop adding at the first non-positive ρₖ (Geyer's "initial positive sequence" idea).
        var sum = 0.0;
        for (var k = 1; k < n; k++)
        {
            var rho = LaggedProducts(deviations, k) / sumOfSquares;
            if (rho <= 0)
            {
                break;
            }

            sum += rho;
        }

        return n / (1 + (2 * sum));
    }

    /// <summary>
    /// The chain minus its mean, after validation; <paramref name="sumOfSquares"/> receives Σ dₜ² = n·c₀. The 1/n of
    /// cₖ = (1/n) Σₜ dₜdₜ₊ₖ cancels in ρₖ = cₖ/c₀, so only the sums are formed.
    /// </summary>
    private static double[] Deviations(double[] chain, out double sumOfSquares)
    {
        ArgumentNullException.ThrowIfNull(chain);
        if (chain.Length < 2)
        {
            throw new ArgumentException("An autocorrelation needs at least two values.", nameof(chain));
        }

        var mean = chain.Average();
        var deviations = chain.Select(x => x - mean).ToArray();
        sumOfSquares = deviations.Sum(d => d * d);
        if (sumOfSquares == 0)
        {
            throw new ArgumentException("The chain is constant: its autocorrelation is undefined.", nameof(chain));
        }

        return deviations;
    }

    /// <summary>Σₜ dₜdₜ₊ₖ over the n − k pairs (n·cₖ).</summary>
    private static double LaggedProducts(double[] deviations, int k)
    {
        var sum = 0.0;
        for (var t = 0; t + k < deviations.Length; t++)
        {
            sum += deviations[t] * deviations[t + k];
        }

        return sum;
    }
}
