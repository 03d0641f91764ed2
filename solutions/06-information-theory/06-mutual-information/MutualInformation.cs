namespace MathForML.InformationTheory;

/// <summary>
/// Mutual information I(X; Y) = Σₓ Σᵧ p(x, y) log₂(p(x, y) / (p(x) p(y))) of a joint table, in bits: how much knowing
/// one variable reduces the uncertainty about the other; and the information gain of a decision-tree split,
/// computed from label counts.
/// </summary>
/// <remarks>
/// Joint tables are as in <see cref="JointEntropy"/> (rows: X, columns: Y; null → <see cref="ArgumentNullException"/>;
/// otherwise <see cref="ArgumentException"/> with "empty", "non-negative" or "sum to 1").
/// Lesson: katas/06-information-theory/06-mutual-information/README.md
/// </remarks>
public static class MutualInformation
{
    /// <summary>
    /// I(X; Y) = Σ p(x, y) log₂(p(x, y) / (p(x) p(y))) in bits, over the cells with p(x, y) &gt; 0.
    /// </summary>
    /// <param name="joint">The joint table p(x, y).</param>
    /// <returns>I(X; Y) ≥ 0 in bits; 0 (within rounding) exactly when X and Y are independent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="joint"/> is empty, has a bad entry or does not sum to 1.</exception>
    public static double FromJoint(double[,] joint)
    {
        var px = JointEntropy.MarginalOfX(joint);
        var py = JointEntropy.MarginalOfY(joint);
        var information = 0.0;
        for (var i = 0; i < px.Length; i++)
        {
            for (var j = 0; j < py.Length; j++)
            {
                // A cell with p(x, y) > 0 has p(x) ≥ p(x, y) > 0 and p(y) > 0, so every logarithm here is finite.
                // Logs are subtracted rather than the ratio formed: p(x)p(y) can underflow when both are tiny.
                var pxy = joint[i, j];
                if (pxy > 0)
                {
                    information += pxy * (Math.Log2(pxy) - Math.Log2(px[i]) - Math.Log2(py[j]));
                }
            }
        }

        // I(X; Y) = KL(p(x, y) ‖ p(x)p(y)) ≥ 0; for an exactly independent table rounding can leave −1e-17.
        return Math.Max(information, 0);
    }

    /// <summary>
    /// The information gain of splitting a node into children, in bits: H(parent) − Σ_c (n_c / n) H(child c), where
    /// H is the entropy of the label frequencies (<see cref="Entropy.OfCounts"/>), the parent's label counts are the
    /// sums of the children's, n_c is the number of samples in child c and n = Σ n_c. This is the number a decision
    /// stump maximises when it chooses a split by entropy.
    /// </summary>
    /// <param name="childLabelCounts">For each child, how many of its samples carry each label (all children list the same labels, in the same order); a child may be empty (all zeros).</param>
    /// <returns>The information gain in bits, ≥ 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="childLabelCounts"/> or one of its children is null.</exception>
    /// <exception cref="ArgumentException">
    /// No children or no samples at all ("empty"), a negative count ("non-negative"), or children with different
    /// numbers of labels ("length").
    /// </exception>
    public static double InformationGain(int[][] childLabelCounts)
    {
        ArgumentNullException.ThrowIfNull(childLabelCounts);
        if (childLabelCounts.Length == 0)
        {
            throw new ArgumentException("A split needs at least one child, but the list of children is empty.", nameof(childLabelCounts));
        }

        var labels = -1;
        foreach (var child in childLabelCounts)
        {
            ArgumentNullException.ThrowIfNull(child, nameof(childLabelCounts));
            if (labels >= 0 && child.Length != labels)
            {
                throw new ArgumentException(
                    $"Every child must count the same labels, but one has {child.Length} counts and another {labels} (length mismatch).",
                    nameof(childLabelCounts));
            }

            labels = child.Length;
        }

        // The parent holds every sample of every child: its label counts are the children's, added up.
        var parent = new int[labels];
        var sizes = new long[childLabelCounts.Length];
        for (var c = 0; c < childLabelCounts.Length; c++)
        {
            for (var k = 0; k < labels; k++)
            {
                if (childLabelCounts[c][k] < 0)
                {
                    throw new ArgumentException($"Label counts must be non-negative, but one is {childLabelCounts[c][k]}.", nameof(childLabelCounts));
                }

                parent[k] += childLabelCounts[c][k];
                sizes[c] += childLabelCounts[c][k];
            }
        }

        var n = (double)sizes.Sum();
        var gain = Entropy.OfCounts(parent); // throws "empty" when there are no samples at all
        for (var c = 0; c < childLabelCounts.Length; c++)
        {
            // An empty child holds no samples: its weight is 0 and its entropy is undefined, so it is skipped.
            if (sizes[c] > 0)
            {
                gain -= sizes[c] / n * Entropy.OfCounts(childLabelCounts[c]);
            }
        }

        // Entropy is concave, so the weighted children can never be more uncertain than the parent; rounding can
        // leave −1e-16 for a split that changes nothing.
        return Math.Max(gain, 0);
    }
}
