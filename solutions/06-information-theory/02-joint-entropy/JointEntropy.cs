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
        DistributionGuard.RequireJoint(joint, nameof(joint));

        // The pair (X, Y) is one variable whose outcomes are the cells: its entropy is that of the flattened table.
        return Entropy.Bits([.. joint.Cast<double>()]);
    }

    /// <summary>The marginal p(x) = Σᵧ p(x, y): the row sums, one per value of X.</summary>
    /// <param name="joint">The joint table p(x, y).</param>
    /// <returns>A new array with one entry per row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="joint"/> is empty, has a bad entry or does not sum to 1.</exception>
    public static double[] MarginalOfX(double[,] joint)
    {
        DistributionGuard.RequireJoint(joint, nameof(joint));
        var px = new double[joint.GetLength(0)];
        for (var i = 0; i < px.Length; i++)
        {
            for (var j = 0; j < joint.GetLength(1); j++)
            {
                px[i] += joint[i, j];
            }
        }

        return px;
    }

    /// <summary>The marginal p(y) = Σₓ p(x, y): the column sums, one per value of Y.</summary>
    /// <param name="joint">The joint table p(x, y).</param>
    /// <returns>A new array with one entry per column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="joint"/> is empty, has a bad entry or does not sum to 1.</exception>
    public static double[] MarginalOfY(double[,] joint)
    {
        DistributionGuard.RequireJoint(joint, nameof(joint));
        var py = new double[joint.GetLength(1)];
        for (var i = 0; i < joint.GetLength(0); i++)
        {
            for (var j = 0; j < py.Length; j++)
            {
                py[j] += joint[i, j];
            }
        }

        return py;
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
        var px = MarginalOfX(joint);
        var columns = joint.GetLength(1);
        var h = 0.0;
        for (var i = 0; i < px.Length; i++)
        {
            // A value of X that never occurs has no conditional distribution (0/0); its weight p(x) = 0 removes it.
            if (px[i] == 0)
            {
                continue;
            }

            var row = new double[columns];
            for (var j = 0; j < columns; j++)
            {
                row[j] = joint[i, j] / px[i];
            }

            h += px[i] * Entropy.Bits(row);
        }

        return h;
    }
}
