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
        // TODO: validate, then weight each likelihood by its prior.
        throw new NotImplementedException("TODO BayesTheorem.TotalProbability: return P(E) = Σᵢ P(E | Hᵢ) P(Hᵢ).");
    }

    /// <summary>The posterior P(Hᵢ | E) = P(E | Hᵢ) P(Hᵢ) / P(E): a new distribution over the same hypotheses.</summary>
    /// <param name="priors">P(Hᵢ), a distribution.</param>
    /// <param name="likelihoods">P(E | Hᵢ), one per hypothesis, finite and non-negative.</param>
    /// <returns>The posterior probabilities, summing to 1.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The arguments are not valid, or P(E) = 0 ("zero").</exception>
    public static double[] Posterior(double[] priors, double[] likelihoods)
    {
        // TODO: TotalProbability is the denominator.
        throw new NotImplementedException("TODO BayesTheorem.Posterior: return P(Hᵢ | E) = P(E | Hᵢ) P(Hᵢ) / P(E).");
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
        // TODO: two hypotheses (condition or not); what is P(+ | not D)?
        throw new NotImplementedException("TODO BayesTheorem.DiagnosticTest: return P(D | +) from prevalence, sensitivity and specificity.");
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
        // TODO: log-weights ln P(Hᵢ) + ℓᵢ, then the log-sum-exp trick of the lesson.
        throw new NotImplementedException("TODO BayesTheorem.PosteriorFromLogLikelihoods: return the posterior from log-likelihoods without overflow or underflow.");
    }
}
