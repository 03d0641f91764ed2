namespace MathForML.InformationTheory;

/// <summary>
/// Perplexity of a model on a token sequence: exp(H), where H = −(1/n) Σₜ ln q(xₜ) is the model's average negative
/// log-likelihood per token in nats (equivalently 2 to the power of the same average in bits). For a unigram model q
/// over a vocabulary, and for a bigram model q(xₜ | xₜ₋₁) fitted with add-k (Laplace) smoothing.
/// </summary>
/// <remarks>
/// Tokens are ids 0 … V − 1 of a vocabulary of V tokens. A model row is a distribution as in <see cref="Entropy"/>
/// (null → <see cref="ArgumentNullException"/>; otherwise <see cref="ArgumentException"/> with "empty",
/// "non-negative" or "sum to 1"). A null sequence → <see cref="ArgumentNullException"/>; a sequence without tokens
/// (or, for a bigram model, without a single transition) → <see cref="ArgumentException"/> with "empty"; a token id
/// outside 0 … V − 1 → <see cref="ArgumentOutOfRangeException"/> with "token". A model that gives probability 0 to a
/// token that occurs scores +∞ (<see cref="double.PositiveInfinity"/>, never NaN). Sequences may be long (10⁵ tokens
/// and more): no result may depend on a product of the probabilities, which underflows.
/// Lesson: katas/06-information-theory/08-perplexity/README.md
/// </remarks>
public static class Perplexity
{
    /// <summary>The average negative log-likelihood H = −(1/n) Σₜ ln q(xₜ) of n tokens under a unigram model q, in nats.</summary>
    /// <param name="model">The model's probability of each of the V token ids.</param>
    /// <param name="tokens">The sequence x₁ … xₙ, at least one token, each in 0 … V − 1.</param>
    /// <returns>H in nats, ≥ 0; +∞ if a token of the sequence has model probability 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The model is not a distribution, or the sequence is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A token id is not in 0 … V − 1 ("token").</exception>
    public static double NegativeLogLikelihoodNats(double[] model, int[] tokens)
    {
        // TODO: add up the log-probability of each token under the model — a sum of logs, never a product.
        throw new NotImplementedException("TODO Perplexity.NegativeLogLikelihoodNats: return −(1/n) Σₜ ln model[tokens[t]].");
    }

    /// <summary>The same average negative log-likelihood in bits: −(1/n) Σₜ log₂ q(xₜ).</summary>
    /// <param name="model">The model's probability of each of the V token ids.</param>
    /// <param name="tokens">The sequence, at least one token, each in 0 … V − 1.</param>
    /// <returns>H in bits, ≥ 0; +∞ if a token of the sequence has model probability 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The model is not a distribution, or the sequence is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A token id is not in 0 … V − 1 ("token").</exception>
    public static double NegativeLogLikelihoodBits(double[] model, int[] tokens)
    {
        // TODO: the same average in bits.
        throw new NotImplementedException("TODO Perplexity.NegativeLogLikelihoodBits: return −(1/n) Σₜ log₂ model[tokens[t]].");
    }

    /// <summary>The perplexity exp(H) of a unigram model on a sequence, H in nats (equal to 2^H with H in bits).</summary>
    /// <param name="model">The model's probability of each of the V token ids.</param>
    /// <param name="tokens">The sequence, at least one token, each in 0 … V − 1.</param>
    /// <returns>The perplexity, ≥ 1; exactly V for the uniform model; +∞ if a token has model probability 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The model is not a distribution, or the sequence is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A token id is not in 0 … V − 1 ("token").</exception>
    public static double Unigram(double[] model, int[] tokens)
    {
        // TODO: perplexity is e to the average negative log-likelihood in nats.
        throw new NotImplementedException("TODO Perplexity.Unigram: return exp(−(1/n) Σₜ ln model[tokens[t]]).");
    }

    /// <summary>
    /// Fits a bigram model with add-k smoothing: q(j | i) = (c(i, j) + k) / (c(i) + k·V), where c(i, j) counts the
    /// transitions i → j of the training sequence and c(i) = Σⱼ c(i, j) the transitions leaving i.
    /// </summary>
    /// <param name="training">The training sequence, at least one token, each in 0 … V − 1.</param>
    /// <param name="vocabularySize">V, at least 1.</param>
    /// <param name="k">The pseudo-count added to every transition, positive and finite (k = 1 is Laplace smoothing).</param>
    /// <returns>A V × V table whose row i is the distribution q(· | i); a row of a token never followed by another is uniform.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="training"/> is null.</exception>
    /// <exception cref="ArgumentException">The training sequence is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// V is below 1 ("vocabulary"), k is not positive and finite ("positive"), or a token id is not in 0 … V − 1 ("token").
    /// </exception>
    public static double[,] FitBigram(int[] training, int vocabularySize, double k)
    {
        // TODO: count the transitions i → j, then add k to every cell of the table before normalising each row.
        throw new NotImplementedException("TODO Perplexity.FitBigram: return q(j | i) = (c(i, j) + k) / (c(i) + k·V).");
    }

    /// <summary>
    /// The perplexity of a bigram model on a sequence: exp(−(1/(n − 1)) Σₜ₌₂ⁿ ln q(xₜ | xₜ₋₁)), the first token being
    /// given (only the n − 1 transitions are scored).
    /// </summary>
    /// <param name="model">A V × V table whose row i is the distribution q(· | i).</param>
    /// <param name="tokens">The sequence, at least two tokens (one transition), each in 0 … V − 1.</param>
    /// <returns>The perplexity, ≥ 1; +∞ if a transition of the sequence has model probability 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The table is not square ("square"), a row is not a distribution, or the sequence has no transition ("empty").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A token id is not in 0 … V − 1 ("token").</exception>
    public static double Bigram(double[,] model, int[] tokens)
    {
        // TODO: score each transition with its row of the table; how many transitions does a sequence of n tokens hold?
        throw new NotImplementedException("TODO Perplexity.Bigram: return exp(−(1/(n − 1)) Σₜ ln model[tokens[t − 1], tokens[t]]).");
    }
}
