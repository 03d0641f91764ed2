namespace MathForML.InformationTheory;

/// <summary>
/// Cross-entropy H(p, q) = −Σᵢ pᵢ log qᵢ: the average surprisal of outcomes drawn from p when they are scored by a
/// model q; and the log loss of a classifier, the cross-entropy of one-hot labels with its predictions.
/// </summary>
/// <remarks>
/// Distributions are as in <see cref="Entropy"/>: non-empty, finite, non-negative, summing to 1 within 1e-9 (null →
/// <see cref="ArgumentNullException"/>; otherwise <see cref="ArgumentException"/> with "empty", "non-negative" or
/// "sum to 1"); p and q must have the same length ("length"). Terms with pᵢ = 0 contribute 0; a term with pᵢ &gt; 0
/// and qᵢ = 0 makes the result +∞ (<see cref="double.PositiveInfinity"/>). No probability is clamped.
/// Lesson: katas/06-information-theory/03-cross-entropy/README.md
/// </remarks>
public static class CrossEntropy
{
    /// <summary>The cross-entropy H(p, q) = −Σᵢ pᵢ log₂ qᵢ in bits.</summary>
    /// <param name="p">The true distribution.</param>
    /// <param name="q">The model's distribution, over the same outcomes.</param>
    /// <returns>H(p, q) in bits, ≥ H(p); +∞ if q misses an outcome p can produce.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> or <paramref name="q"/> is null.</exception>
    /// <exception cref="ArgumentException">Either is not a distribution, or their lengths differ ("length").</exception>
    public static double Bits(double[] p, double[] q)
    {
        // TODO: the surprisal under q, averaged under p.
        throw new NotImplementedException("TODO CrossEntropy.Bits: return −Σ pᵢ log₂ qᵢ (terms with pᵢ = 0 are 0).");
    }

    /// <summary>The cross-entropy H(p, q) = −Σᵢ pᵢ ln qᵢ in nats.</summary>
    /// <param name="p">The true distribution.</param>
    /// <param name="q">The model's distribution, over the same outcomes.</param>
    /// <returns>H(p, q) in nats.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> or <paramref name="q"/> is null.</exception>
    /// <exception cref="ArgumentException">Either is not a distribution, or their lengths differ ("length").</exception>
    public static double Nats(double[] p, double[] q)
    {
        // TODO: the same sum with the natural logarithm.
        throw new NotImplementedException("TODO CrossEntropy.Nats: return −Σ pᵢ ln qᵢ (terms with pᵢ = 0 are 0).");
    }

    /// <summary>
    /// The log loss (categorical cross-entropy) of a classifier on n samples, in nats:
    /// (1/n) Σₛ −ln predicted[s, labels[s]].
    /// </summary>
    /// <param name="labels">The true class of each sample, in 0 … k − 1; at least one sample.</param>
    /// <param name="predicted">An n × k matrix whose row s is the predicted distribution for sample s.</param>
    /// <returns>The mean log loss in nats; +∞ if a true class was given probability 0.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// No samples ("empty"), a row count that differs from the number of labels ("length"), or a row that is not a
    /// distribution ("non-negative", "sum to 1").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A label is not a column index of <paramref name="predicted"/> ("label").</exception>
    public static double LogLoss(int[] labels, double[,] predicted)
    {
        // TODO: average the surprisal, in nats, of each sample's true class under its predicted row.
        throw new NotImplementedException("TODO CrossEntropy.LogLoss: return the mean of −ln predicted[s, labels[s]].");
    }
}
