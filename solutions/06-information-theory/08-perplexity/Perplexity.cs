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
        DistributionGuard.RequireDistribution(model, nameof(model));
        RequireTokens(tokens, model.Length, 1, nameof(tokens));

        // A sum of logarithms, never a product of probabilities: 10 000 tokens of probability 1/50 multiply to
        // 50^-10000, far below the smallest double, while their log-probabilities add up to a harmless −39 120.
        var logLikelihood = 0.0;
        foreach (var token in tokens)
        {
            logLikelihood += Math.Log(model[token]); // ln 0 = −∞ for a token the model rules out: H = +∞ below
        }

        return -logLikelihood / tokens.Length;
    }

    /// <summary>The same average negative log-likelihood in bits: −(1/n) Σₜ log₂ q(xₜ).</summary>
    /// <param name="model">The model's probability of each of the V token ids.</param>
    /// <param name="tokens">The sequence, at least one token, each in 0 … V − 1.</param>
    /// <returns>H in bits, ≥ 0; +∞ if a token of the sequence has model probability 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The model is not a distribution, or the sequence is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A token id is not in 0 … V − 1 ("token").</exception>
    public static double NegativeLogLikelihoodBits(double[] model, int[] tokens) => NegativeLogLikelihoodNats(model, tokens) / Math.Log(2);

    /// <summary>The perplexity exp(H) of a unigram model on a sequence, H in nats (equal to 2^H with H in bits).</summary>
    /// <param name="model">The model's probability of each of the V token ids.</param>
    /// <param name="tokens">The sequence, at least one token, each in 0 … V − 1.</param>
    /// <returns>The perplexity, ≥ 1; exactly V for the uniform model; +∞ if a token has model probability 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The model is not a distribution, or the sequence is empty ("empty").</exception>
    /// <exception cref="ArgumentOutOfRangeException">A token id is not in 0 … V − 1 ("token").</exception>
    public static double Unigram(double[] model, int[] tokens) => Math.Exp(NegativeLogLikelihoodNats(model, tokens));

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
        if (vocabularySize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(vocabularySize), vocabularySize, "The vocabulary needs at least one token.");
        }

        if (!(k > 0) || double.IsInfinity(k))
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "The smoothing pseudo-count k must be positive and finite.");
        }

        RequireTokens(training, vocabularySize, 1, nameof(training));
        var counts = new double[vocabularySize, vocabularySize];
        var leaving = new double[vocabularySize];
        for (var t = 1; t < training.Length; t++)
        {
            counts[training[t - 1], training[t]]++;
            leaving[training[t - 1]]++;
        }

        // Every one of the V cells of a row gets k extra counts, so the row total grows by k·V: without that term in
        // the denominator the row would sum to more than 1.
        var model = new double[vocabularySize, vocabularySize];
        for (var i = 0; i < vocabularySize; i++)
        {
            var denominator = leaving[i] + (k * vocabularySize);
            for (var j = 0; j < vocabularySize; j++)
            {
                model[i, j] = (counts[i, j] + k) / denominator;
            }
        }

        return model;
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
        ArgumentNullException.ThrowIfNull(model);
        var size = model.GetLength(0);
        if (model.GetLength(1) != size)
        {
            throw new ArgumentException($"A bigram table must be square (V × V), but it is {size}x{model.GetLength(1)}.", nameof(model));
        }

        for (var i = 0; i < size; i++)
        {
            var row = new double[size];
            for (var j = 0; j < size; j++)
            {
                row[j] = model[i, j];
            }

            DistributionGuard.RequireDistribution(row, nameof(model));
        }

        RequireTokens(tokens, size, 2, nameof(tokens));
        var logLikelihood = 0.0;
        for (var t = 1; t < tokens.Length; t++)
        {
            logLikelihood += Math.Log(model[tokens[t - 1], tokens[t]]);
        }

        // n tokens hold n − 1 transitions: the average is over those, not over n (nor over V).
        return Math.Exp(-logLikelihood / (tokens.Length - 1));
    }

    private static void RequireTokens(int[] tokens, int vocabularySize, int minimum, string name)
    {
        ArgumentNullException.ThrowIfNull(tokens, name);
        if (tokens.Length < minimum)
        {
            var message = tokens.Length == 0
                ? "The sequence is empty: perplexity needs at least one token to score."
                : "A single token has no transition to score: the list of transitions is empty (a bigram model needs at least two tokens).";
            throw new ArgumentException(message, name);
        }

        foreach (var token in tokens)
        {
            if (token < 0 || token >= vocabularySize)
            {
                throw new ArgumentOutOfRangeException(name, token, $"Each token id must be in 0 … {vocabularySize - 1}.");
            }
        }
    }
}
