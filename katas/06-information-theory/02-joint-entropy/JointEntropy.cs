namespace MathForML.InformationTheory;

/// <summary>
/// Entropies of two discrete variables X and Y described by a joint table p(x, y): the joint entropy H(X, Y), the
/// marginals p(x) and p(y), and the conditional entropy H(Y | X) = Σₓ p(x) H(Y | X = x), all in bits.
/// </summary>
/// <remarks>
/// A joint table is a non-empty <c>double[,]</c> whose entry [i, j] is P(X = i, Y = j): row i is a value of X,
/// column j a value of Y; entries are finite, non-negative and sum to 1 within 1e-9. Otherwise: null →
/// <see cref="ArgumentNullException"/>; no cells → <see cref="ArgumentException"/> with "empty"; a negative, NaN or
/// infinite entry → "non-negative"; a wrong total → "sum to 1".
/// Lesson: katas/06-information-theory/02-joint-entropy/README.md
/// </remarks>
public static class JointEntropy
{
    /// <summary>The joint entropy H(X, Y) = −Σₓ Σᵧ p(x, y) log₂ p(x, y) in bits (0 · log 0 = 0).</summary>
    /// <param name="joint">The joint table p(x, y) (see the class remarks).</param>
    /// <returns>H(X, Y) in bits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="joint"/> is empty, has a bad entry or does not sum to 1.</exception>
    public static double Joint(double[,] joint)
    {
        // TODO: the entropy of the table read as one distribution over all its cells.
        throw new NotImplementedException("TODO JointEntropy.Joint: return −Σ p(x, y) log₂ p(x, y) over all cells.");
    }

    /// <summary>The marginal p(x) = Σᵧ p(x, y): the row sums, one per value of X.</summary>
    /// <param name="joint">The joint table p(x, y).</param>
    /// <returns>A new array with one entry per row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="joint"/> is empty, has a bad entry or does not sum to 1.</exception>
    public static double[] MarginalOfX(double[,] joint)
    {
        // TODO: add up each row.
        throw new NotImplementedException("TODO JointEntropy.MarginalOfX: return the row sums p(x) = Σᵧ p(x, y).");
    }

    /// <summary>The marginal p(y) = Σₓ p(x, y): the column sums, one per value of Y.</summary>
    /// <param name="joint">The joint table p(x, y).</param>
    /// <returns>A new array with one entry per column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="joint"/> is empty, has a bad entry or does not sum to 1.</exception>
    public static double[] MarginalOfY(double[,] joint)
    {
        // TODO: add up each column.
        throw new NotImplementedException("TODO JointEntropy.MarginalOfY: return the column sums p(y) = Σₓ p(x, y).");
    }

    /// <summary>
    /// The conditional entropy H(Y | X) = Σₓ p(x) H(Y | X = x) in bits: the entropy of each row's conditional
    /// distribution p(y | x) = p(x, y) / p(x), weighted by p(x). Rows with p(x) = 0 contribute 0.
    /// (For H(X | Y), pass the transposed table.)
    /// </summary>
    /// <param name="joint">The joint table p(x, y).</param>
    /// <returns>H(Y | X) in bits, between 0 and H(Y).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="joint"/> is empty, has a bad entry or does not sum to 1.</exception>
    public static double Conditional(double[,] joint)
    {
        // TODO: for each row with p(x) > 0, the entropy of the row divided by p(x), weighted by p(x).
        throw new NotImplementedException("TODO JointEntropy.Conditional: return Σₓ p(x) H(Y | X = x).");
    }
}
