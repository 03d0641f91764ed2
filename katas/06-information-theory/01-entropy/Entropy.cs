namespace MathForML.InformationTheory;

/// <summary>
/// Shannon entropy: the average surprisal H(p) = −Σᵢ pᵢ log pᵢ of a discrete distribution p, in bits (log₂) or
/// nats (ln), with 0 · log 0 = 0.
/// </summary>
/// <remarks>
/// A distribution is a non-empty <c>double[]</c> of finite, non-negative entries that sum to 1 within 1e-9. Otherwise:
/// null → <see cref="ArgumentNullException"/>; no entries → <see cref="ArgumentException"/> with "empty"; a negative,
/// NaN or infinite entry → <see cref="ArgumentException"/> with "non-negative"; a wrong total →
/// <see cref="ArgumentException"/> with "sum to 1".
/// Lesson: katas/06-information-theory/01-entropy/README.md
/// </remarks>
public static class Entropy
{
    /// <summary>The surprisal −log₂ p of an outcome of probability p, in bits; +∞ for p = 0.</summary>
    /// <param name="p">A probability in [0, 1].</param>
    /// <returns>The surprisal in bits, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is NaN or outside [0, 1] ("probability").</exception>
    public static double Surprisal(double p)
    {
        // TODO: how many bits of surprise is an outcome of probability p?
        throw new NotImplementedException("TODO Entropy.Surprisal: return −log₂ p (+∞ for p = 0).");
    }

    /// <summary>The entropy H(p) = −Σᵢ pᵢ log₂ pᵢ in bits; outcomes with pᵢ = 0 contribute 0.</summary>
    /// <param name="p">A distribution (see the class remarks).</param>
    /// <returns>H(p) in bits, between 0 and log₂ of the number of outcomes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="p"/> is empty, has a bad entry or does not sum to 1.</exception>
    public static double Bits(double[] p)
    {
        // TODO: validate, then sum −pᵢ log₂ pᵢ over the outcomes with pᵢ > 0.
        throw new NotImplementedException("TODO Entropy.Bits: return −Σ pᵢ log₂ pᵢ, skipping pᵢ = 0.");
    }

    /// <summary>The entropy H(p) = −Σᵢ pᵢ ln pᵢ in nats (1 nat = 1/ln 2 ≈ 1.4427 bits).</summary>
    /// <param name="p">A distribution (see the class remarks).</param>
    /// <returns>H(p) in nats.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="p"/> is empty, has a bad entry or does not sum to 1.</exception>
    public static double Nats(double[] p)
    {
        // TODO: the same sum with the natural logarithm.
        throw new NotImplementedException("TODO Entropy.Nats: return −Σ pᵢ ln pᵢ, skipping pᵢ = 0.");
    }

    /// <summary>
    /// The entropy in bits of the empirical distribution of labels given by their counts: pᵢ = countᵢ / n with
    /// n = Σ countᵢ. This is the impurity a decision tree measures at a node.
    /// </summary>
    /// <param name="counts">How many samples carry each label; non-negative, at least one positive.</param>
    /// <returns>The entropy of the label frequencies, in bits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="counts"/> is empty or all zero ("empty"), or has a negative count ("non-negative").
    /// </exception>
    public static double OfCounts(int[] counts)
    {
        // TODO: turn counts into frequencies (beware integer division) and take their entropy.
        throw new NotImplementedException("TODO Entropy.OfCounts: return the entropy in bits of countᵢ / Σ count.");
    }
}
