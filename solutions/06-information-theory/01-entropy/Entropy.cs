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
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A probability must lie in [0, 1].");
        }

        // Math.Log2(0) is −∞, so an impossible outcome is infinitely surprising; −0.0 for p = 1 is turned into 0.
        return p == 1 ? 0 : -Math.Log2(p);
    }

    /// <summary>The entropy H(p) = −Σᵢ pᵢ log₂ pᵢ in bits; outcomes with pᵢ = 0 contribute 0.</summary>
    /// <param name="p">A distribution (see the class remarks).</param>
    /// <returns>H(p) in bits, between 0 and log₂ of the number of outcomes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="p"/> is empty, has a bad entry or does not sum to 1.</exception>
    public static double Bits(double[] p) => Nats(p) / Math.Log(2);

    /// <summary>The entropy H(p) = −Σᵢ pᵢ ln pᵢ in nats (1 nat = 1/ln 2 ≈ 1.4427 bits).</summary>
    /// <param name="p">A distribution (see the class remarks).</param>
    /// <returns>H(p) in nats.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="p"/> is empty, has a bad entry or does not sum to 1.</exception>
    public static double Nats(double[] p)
    {
        DistributionGuard.RequireDistribution(p, nameof(p));
        var h = 0.0;
        foreach (var pi in p)
        {
            // 0 · ln 0 = 0 by continuity (p ln p → 0 as p → 0); evaluating it would give 0 · (−∞) = NaN.
            if (pi > 0)
            {
                h -= pi * Math.Log(pi);
            }
        }

        return h;
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
        ArgumentNullException.ThrowIfNull(counts);
        long n = 0;
        foreach (var c in counts)
        {
            if (c < 0)
            {
                throw new ArgumentException($"Label counts must be non-negative, but one is {c}.", nameof(counts));
            }

            n += c; // a long: the counts of a big data set may add up past int.MaxValue
        }

        if (n == 0)
        {
            throw new ArgumentException("There are no samples: the counts are empty or all zero.", nameof(counts));
        }

        return Bits([.. counts.Select(c => (double)c / n)]);
    }
}
