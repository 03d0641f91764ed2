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
    public static double Bits(double[] p, double[] q) => Nats(p, q) / Math.Log(2);

    /// <summary>The cross-entropy H(p, q) = −Σᵢ pᵢ ln qᵢ in nats.</summary>
    /// <param name="p">The true distribution.</param>
    /// <param name="q">The model's distribution, over the same outcomes.</param>
    /// <returns>H(p, q) in nats.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="p"/> or <paramref name="q"/> is null.</exception>
    /// <exception cref="ArgumentException">Either is not a distribution, or their lengths differ ("length").</exception>
    public static double Nats(double[] p, double[] q)
    {
        DistributionGuard.RequirePair(p, q, nameof(p), nameof(q));
        var h = 0.0;
        for (var i = 0; i < p.Length; i++)
        {
            // An outcome p never produces costs nothing, whatever q says (0 · ln 0 = 0); one that q calls impossible
            // but p produces costs −ln 0 = +∞, and Math.Log(0) = −∞ already gives exactly that.
            if (p[i] > 0)
            {
                h -= p[i] * Math.Log(q[i]);
            }
        }

        return h;
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
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predicted);
        if (labels.Length == 0)
        {
            throw new ArgumentException("The log loss needs at least one sample, but the labels are empty.", nameof(labels));
        }

        if (predicted.GetLength(0) != labels.Length)
        {
            throw new ArgumentException(
                $"One predicted row per label is needed, but there are {labels.Length} labels and {predicted.GetLength(0)} rows (length mismatch).",
                nameof(predicted));
        }

        var classes = predicted.GetLength(1);
        var total = 0.0;
        for (var s = 0; s < labels.Length; s++)
        {
            var row = new double[classes];
            for (var c = 0; c < classes; c++)
            {
                row[c] = predicted[s, c];
            }

            DistributionGuard.RequireDistribution(row, nameof(predicted));
            if (labels[s] < 0 || labels[s] >= classes)
            {
                throw new ArgumentOutOfRangeException(nameof(labels), labels[s], $"Each label must be a class index in 0 … {classes - 1}.");
            }

            // The cross-entropy of the one-hot distribution of labels[s] with the row is just one term.
            total -= Math.Log(row[labels[s]]);
        }

        return total / labels.Length;
    }
}
