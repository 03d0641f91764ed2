namespace MathForML.InformationTheory;

/// <summary>
/// Given code for the perplexity kata (read, don't edit): draws token sequences from a unigram or a bigram model, and
/// makes up random bigram models, so that tests and figures can score models on text whose true source is known.
/// </summary>
public static class TokenSampler
{
    /// <summary>Draws <paramref name="length"/> independent tokens, each with probability <c>model[id]</c>.</summary>
    /// <param name="model">A distribution over the token ids 0 … V − 1.</param>
    /// <param name="length">How many tokens, at least 1.</param>
    /// <param name="random">The source of randomness (seed it for reproducible sequences).</param>
    /// <returns>The token ids.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is below 1.</exception>
    public static int[] FromUnigram(double[] model, int length, Random random)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var tokens = new int[length];
        for (var t = 0; t < length; t++)
        {
            tokens[t] = Draw(model.Length, j => model[j], random.NextDouble());
        }

        return tokens;
    }

    /// <summary>Draws a Markov chain: token t + 1 has probability <c>model[token t, id]</c>.</summary>
    /// <param name="model">A V × V table whose row i is the distribution of the token after i.</param>
    /// <param name="first">The first token, in 0 … V − 1.</param>
    /// <param name="length">How many tokens in all (the first included), at least 1.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The token ids.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> is not a token id, or <paramref name="length"/> is below 1.</exception>
    public static int[] FromBigram(double[,] model, int first, int length, Random random)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var size = model.GetLength(1);
        if (first < 0 || first >= model.GetLength(0))
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, "The first token must be a row of the model.");
        }

        var tokens = new int[length];
        tokens[0] = first;
        for (var t = 1; t < length; t++)
        {
            var previous = tokens[t - 1];
            tokens[t] = Draw(size, j => model[previous, j], random.NextDouble());
        }

        return tokens;
    }

    /// <summary>
    /// A random V × V bigram model whose rows are peaked: each row gives most of its mass to a few next tokens (its
    /// weights are uniform numbers raised to the power <paramref name="peakedness"/>, then normalised), like the
    /// transitions of real text.
    /// </summary>
    /// <param name="vocabularySize">V, at least 1.</param>
    /// <param name="peakedness">The exponent: 1 gives mildly uneven rows, 8 gives rows with a few dominant entries.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The table; every entry is positive and every row sums to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="vocabularySize"/> is below 1.</exception>
    public static double[,] RandomBigramModel(int vocabularySize, double peakedness, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentOutOfRangeException.ThrowIfLessThan(vocabularySize, 1);
        var model = new double[vocabularySize, vocabularySize];
        for (var i = 0; i < vocabularySize; i++)
        {
            var total = 0.0;
            for (var j = 0; j < vocabularySize; j++)
            {
                model[i, j] = 1e-6 + Math.Pow(random.NextDouble(), peakedness);
                total += model[i, j];
            }

            for (var j = 0; j < vocabularySize; j++)
            {
                model[i, j] /= total;
            }
        }

        return model;
    }

    /// <summary>Inverse-CDF sampling: the first id whose cumulative probability exceeds u.</summary>
    private static int Draw(int size, Func<int, double> probability, double u)
    {
        var cumulative = 0.0;
        for (var j = 0; j < size - 1; j++)
        {
            cumulative += probability(j);
            if (u < cumulative)
            {
                return j;
            }
        }

        return size - 1; // the rest of the mass, including rounding
    }
}
