namespace MathForML.Probability;

/// <summary>
/// Probability mass functions P(X = k) and cumulative distribution functions P(X ≤ k) of the Bernoulli, binomial,
/// geometric, Poisson and categorical distributions, computed in logarithms where the direct formula would overflow.
/// </summary>
/// <remarks>
/// Outside the support a PMF is 0; a CDF is 0 below the support and 1 above it.
/// Parameter errors are <see cref="ArgumentOutOfRangeException"/>s: a success probability outside [0, 1] or NaN
/// ("probability"; the geometric distribution needs p in (0, 1]), a negative number of trials ("negative"), a rate that
/// is not positive and finite ("positive"). Categorical probabilities that are not a distribution are
/// <see cref="ArgumentException"/>s ("empty", "negative", "sum to 1"); null is an <see cref="ArgumentNullException"/>.
/// Lesson: katas/03-probability/04-discrete-distributions/README.md
/// </remarks>
public static class DiscreteDistributions
{
    /// <summary>Bernoulli(p): P(X = 1) = p, P(X = 0) = 1 − p, 0 for any other k.</summary>
    /// <param name="k">The value.</param>
    /// <param name="p">The success probability, in [0, 1].</param>
    /// <returns>P(X = k).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside [0, 1] ("probability").</exception>
    public static double BernoulliPmf(int k, double p)
    {
        RequireProbability(p);
        return k switch
        {
            0 => 1 - p,
            1 => p,
            _ => 0,
        };
    }

    /// <summary>
    /// Binomial(n, p), the number of successes in n independent Bernoulli(p) trials:
    /// P(X = k) = C(n, k) pᵏ (1 − p)ⁿ⁻ᵏ for k = 0 … n, finite for n up to int.MaxValue; exact 0 and 1 at p = 0 and p = 1.
    /// </summary>
    /// <param name="k">The number of successes.</param>
    /// <param name="n">The number of trials, non-negative.</param>
    /// <param name="p">The success probability, in [0, 1].</param>
    /// <returns>P(X = k).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative or <paramref name="p"/> is outside [0, 1].</exception>
    public static double BinomialPmf(int k, int n, double p)
    {
        RequireTrials(n);
        RequireProbability(p);
        if (k < 0 || k > n)
        {
            return 0;
        }

        // ln P = ln C(n, k) + k ln p + (n − k) ln(1 − p), with 0·ln 0 taken as 0 (p⁰ = 1 even when p = 0).
        var logPmf = Counting.LogCombinations(n, k) + XLogY(k, p) + XLogY(n - k, 1 - p);
        return Math.Exp(logPmf);
    }

    /// <summary>Binomial(n, p): P(X ≤ k) = Σⱼ₌₀ᵏ P(X = j), 0 for k &lt; 0 and 1 for k ≥ n.</summary>
    /// <param name="k">The value.</param>
    /// <param name="n">The number of trials, non-negative.</param>
    /// <param name="p">The success probability, in [0, 1].</param>
    /// <returns>P(X ≤ k), within [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative or <paramref name="p"/> is outside [0, 1].</exception>
    public static double BinomialCdf(int k, int n, double p)
    {
        RequireTrials(n);
        RequireProbability(p);
        if (k >= n)
        {
            return 1;
        }

        return SumUpTo(k, j => BinomialPmf(j, n, p));
    }

    /// <summary>
    /// Geometric(p), the number of the trial on which the first success happens: P(X = k) = (1 − p)ᵏ⁻¹ p for k = 1, 2, …
    /// (0 for k ≤ 0). The same convention as MathNet's Geometric.
    /// </summary>
    /// <param name="k">The trial number.</param>
    /// <param name="p">The success probability, in (0, 1].</param>
    /// <returns>P(X = k).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside (0, 1] ("probability").</exception>
    public static double GeometricPmf(int k, double p)
    {
        RequireGeometric(p);
        return k < 1 ? 0 : Math.Exp(XLogY(k - 1, 1 - p)) * p;
    }

    /// <summary>Geometric(p): P(X ≤ k) = 1 − (1 − p)ᵏ for k ≥ 1 (the first k trials are not all failures), 0 for k ≤ 0.</summary>
    /// <param name="k">The trial number.</param>
    /// <param name="p">The success probability, in (0, 1].</param>
    /// <returns>P(X ≤ k).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is outside (0, 1] ("probability").</exception>
    public static double GeometricCdf(int k, double p)
    {
        RequireGeometric(p);
        return k < 1 ? 0 : 1 - Math.Exp(XLogY(k, 1 - p));
    }

    /// <summary>
    /// Poisson(λ), the number of events in an interval when they occur independently at rate λ:
    /// P(X = k) = λᵏ e^−λ / k! for k = 0, 1, …, computed as exp(k ln λ − λ − ln k!) so that k = λ = 1000 works.
    /// </summary>
    /// <param name="k">The number of events.</param>
    /// <param name="lambda">The rate λ, positive and finite.</param>
    /// <returns>P(X = k).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is not positive and finite ("positive").</exception>
    public static double PoissonPmf(int k, double lambda)
    {
        RequireRate(lambda);
        return k < 0 ? 0 : Math.Exp((k * Math.Log(lambda)) - lambda - Counting.LogFactorial(k));
    }

    /// <summary>Poisson(λ): P(X ≤ k) = Σⱼ₌₀ᵏ P(X = j), 0 for k &lt; 0.</summary>
    /// <param name="k">The value.</param>
    /// <param name="lambda">The rate λ, positive and finite.</param>
    /// <returns>P(X ≤ k), within [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lambda"/> is not positive and finite ("positive").</exception>
    public static double PoissonCdf(int k, double lambda)
    {
        RequireRate(lambda);
        return SumUpTo(k, j => PoissonPmf(j, lambda));
    }

    /// <summary>Categorical(π₀ … π_{K−1}) on the values 0 … K − 1 (C# indices): P(X = k) = πₖ, 0 outside.</summary>
    /// <param name="k">The value.</param>
    /// <param name="probabilities">π: non-empty, finite, non-negative, summing to 1 within 1e-9.</param>
    /// <returns>P(X = k).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="probabilities"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="probabilities"/> is not a distribution.</exception>
    public static double CategoricalPmf(int k, double[] probabilities)
    {
        RequireDistribution(probabilities);
        return k >= 0 && k < probabilities.Length ? probabilities[k] : 0;
    }

    /// <summary>Categorical(π): P(X ≤ k) = π₀ + … + πₖ, 0 for k &lt; 0 and 1 for k ≥ K − 1.</summary>
    /// <param name="k">The value.</param>
    /// <param name="probabilities">π: non-empty, finite, non-negative, summing to 1 within 1e-9.</param>
    /// <returns>P(X ≤ k), within [0, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="probabilities"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="probabilities"/> is not a distribution.</exception>
    public static double CategoricalCdf(int k, double[] probabilities)
    {
        RequireDistribution(probabilities);
        return k >= probabilities.Length - 1 ? 1 : SumUpTo(k, j => probabilities[j]);
    }

    /// <summary>x ln y with 0 ln 0 = 0, so that p⁰ = 1 also at p = 0.</summary>
    private static double XLogY(double x, double y) => x == 0 ? 0 : x * Math.Log(y);

    /// <summary>Σⱼ₌₀ᵏ term(j), clamped to [0, 1] against rounding (empty, hence 0, for k &lt; 0).</summary>
    private static double SumUpTo(int k, Func<int, double> term)
    {
        var sum = 0.0;
        for (var j = 0; j <= k; j++)
        {
            sum += term(j);
        }

        return Math.Min(1, sum);
    }

    private static void RequireProbability(double p)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A success probability lies in [0, 1].");
        }
    }

    private static void RequireGeometric(double p)
    {
        if (!(p > 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The geometric distribution needs a success probability in (0, 1].");
        }
    }

    private static void RequireTrials(int n)
    {
        if (n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The number of trials cannot be negative.");
        }
    }

    private static void RequireRate(double lambda)
    {
        if (!(lambda > 0) || double.IsPositiveInfinity(lambda))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), lambda, "The rate λ must be positive and finite.");
        }
    }

    private static void RequireDistribution(double[] probabilities)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        if (probabilities.Length == 0)
        {
            throw new ArgumentException("A categorical distribution needs at least one category; the probabilities are empty.", nameof(probabilities));
        }

        ProbabilityGuard.RequireEntries(probabilities, nameof(probabilities));
    }
}
