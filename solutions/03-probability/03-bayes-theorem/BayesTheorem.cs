namespace MathForML.Probability;

/// <summary>
/// Bayes' theorem over discrete hypotheses H₁ … Hₖ: the law of total probability P(E) = Σᵢ P(E | Hᵢ) P(Hᵢ) and the
/// posterior P(Hᵢ | E) = P(E | Hᵢ) P(Hᵢ) / P(E), directly and from log-likelihoods (stable for very small or very large
/// likelihoods), with the diagnostic test as the classic example.
/// </summary>
/// <remarks>
/// Priors are a distribution: non-empty, finite, non-negative, summing to 1 within 1e-9 ("sum to 1", "negative").
/// Likelihoods are one per prior ("length"), finite and non-negative (they may be densities, larger than 1).
/// Evidence that has probability zero under every hypothesis with a positive prior has no posterior ("zero").
/// Null arrays are <see cref="ArgumentNullException"/>s, the rest <see cref="ArgumentException"/>s.
/// Lesson: katas/03-probability/03-bayes-theorem/README.md
/// </remarks>
public static class BayesTheorem
{
    /// <summary>The law of total probability: P(E) = Σᵢ P(E | Hᵢ) · P(Hᵢ).</summary>
    /// <param name="priors">P(Hᵢ), a distribution.</param>
    /// <param name="likelihoods">P(E | Hᵢ), one per hypothesis, finite and non-negative.</param>
    /// <returns>The probability (or density) of the evidence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The arguments are not valid (see the class remarks).</exception>
    public static double TotalProbability(double[] priors, double[] likelihoods)
    {
        RequirePriors(priors);
        RequireSameLength(priors, likelihoods);
        var total = 0.0;
        for (var i = 0; i < priors.Length; i++)
        {
            if (!(likelihoods[i] >= 0) || double.IsInfinity(likelihoods[i]))
            {
                throw new ArgumentException($"Likelihoods are finite and non-negative; entry {i} is {likelihoods[i]}.", nameof(likelihoods));
            }

            total += likelihoods[i] * priors[i];
        }

        return total;
    }

    /// <summary>The posterior P(Hᵢ | E) = P(E | Hᵢ) P(Hᵢ) / P(E): a new distribution over the same hypotheses.</summary>
    /// <param name="priors">P(Hᵢ), a distribution.</param>
    /// <param name="likelihoods">P(E | Hᵢ), one per hypothesis, finite and non-negative.</param>
    /// <returns>The posterior probabilities, summing to 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The arguments are not valid, or P(E) = 0 ("zero").</exception>
    public static double[] Posterior(double[] priors, double[] likelihoods)
    {
        var evidence = TotalProbability(priors, likelihoods);
        if (evidence == 0)
        {
            throw new ArgumentException("The evidence has probability zero under every hypothesis with a positive prior.", nameof(likelihoods));
        }

        return [.. priors.Select((prior, i) => likelihoods[i] * prior / evidence)];
    }

    /// <summary>
    /// The diagnostic test: the probability of having the condition after a positive result,
    /// P(D | +) = s·p / (s·p + (1 − c)(1 − p)) for prevalence p = P(D), sensitivity s = P(+ | D) and specificity
    /// c = P(− | not D). With p = 1 %, s = 99 %, c = 95 %: 1/6 ≈ 0.167.
    /// </summary>
    /// <param name="prevalence">P(D), in [0, 1].</param>
    /// <param name="sensitivity">P(+ | D), in [0, 1].</param>
    /// <param name="specificity">P(− | not D), in [0, 1].</param>
    /// <returns>P(D | +).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside [0, 1] or NaN ("probability").</exception>
    /// <exception cref="ArgumentException">A positive result is impossible, P(+) = 0 ("zero").</exception>
    public static double DiagnosticTest(double prevalence, double sensitivity, double specificity)
    {
        RequireProbability(prevalence, nameof(prevalence));
        RequireProbability(sensitivity, nameof(sensitivity));
        RequireProbability(specificity, nameof(specificity));

        // Two hypotheses, D and not D; the evidence "+" has likelihood s under D and 1 − c (false positives) under not D.
        return Posterior([prevalence, 1 - prevalence], [sensitivity, 1 - specificity])[0];
    }

    /// <summary>
    /// The posterior from log-likelihoods ℓᵢ = ln P(E | Hᵢ): P(Hᵢ | E) = P(Hᵢ) e^ℓᵢ / Σⱼ P(Hⱼ) e^ℓⱼ, computed so that
    /// ℓ = (−1000, −1001) (where e^ℓ underflows to 0) and ℓ = (0, 800) (where e^800 overflows) both work:
    /// the result is unchanged by adding any constant to every ℓᵢ. ℓᵢ = −∞ (impossible evidence) is allowed.
    /// </summary>
    /// <param name="priors">P(Hᵢ), a distribution.</param>
    /// <param name="logLikelihoods">ℓᵢ, one per hypothesis: finite or −∞, never NaN or +∞.</param>
    /// <returns>The posterior probabilities, summing to 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The arguments are not valid (a NaN or +∞ log-likelihood: "NaN or +∞"), or every hypothesis with a positive prior
    /// has ℓ = −∞ ("zero").
    /// </exception>
    public static double[] PosteriorFromLogLikelihoods(double[] priors, double[] logLikelihoods)
    {
        RequirePriors(priors);
        RequireSameLength(priors, logLikelihoods);

        // Work with the log of each unnormalised posterior, ln P(Hᵢ) + ℓᵢ (−∞ for a zero prior or impossible evidence).
        var logWeights = new double[priors.Length];
        for (var i = 0; i < priors.Length; i++)
        {
            if (double.IsNaN(logLikelihoods[i]) || double.IsPositiveInfinity(logLikelihoods[i]))
            {
                throw new ArgumentException($"Log-likelihoods are finite or −∞; entry {i} is NaN or +∞.", nameof(logLikelihoods));
            }

            logWeights[i] = Math.Log(priors[i]) + logLikelihoods[i]; // ln 0 = −∞: a zero prior stays impossible
        }

        // Log-sum-exp: subtract the largest log-weight before exponentiating, so the largest term is e⁰ = 1 —
        // nothing overflows, and the sum is at least 1, so it cannot underflow to 0 either.
        var max = logWeights.Max();
        if (double.IsNegativeInfinity(max))
        {
            throw new ArgumentException("The evidence has probability zero under every hypothesis with a positive prior.", nameof(logLikelihoods));
        }

        var weights = logWeights.Select(w => Math.Exp(w - max)).ToArray();
        var total = weights.Sum();
        return [.. weights.Select(w => w / total)];
    }

    private static void RequirePriors(double[] priors)
    {
        ArgumentNullException.ThrowIfNull(priors);
        if (priors.Length == 0)
        {
            throw new ArgumentException("There must be at least one hypothesis; the priors are empty.", nameof(priors));
        }

        ProbabilityGuard.RequireEntries(priors, nameof(priors), "Prior probabilities");
    }

    private static void RequireSameLength(double[] priors, double[] values, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(values))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Length != priors.Length)
        {
            throw new ArgumentException($"There are {priors.Length} priors but {values.Length} {name}: the length must match.", name);
        }
    }

    private static void RequireProbability(double p, string name)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(name, p, "A probability lies in [0, 1].");
        }
    }
}
