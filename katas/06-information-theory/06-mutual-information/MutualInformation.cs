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
        // TODO: compare each cell with the product of its row and column marginals.
        throw new NotImplementedException("TODO MutualInformation.FromJoint: return Σ p(x, y) log₂(p(x, y) / (p(x) p(y))).");
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
        // TODO: the parent's label counts are the children's added up; subtract the size-weighted child entropies.
        throw new NotImplementedException("TODO MutualInformation.InformationGain: return H(parent) − Σ (n_c/n) H(child c).");
    }
}
