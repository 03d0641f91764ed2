namespace MathForML.Probability;

/// <summary>
/// Two discrete random variables X (values x₁ … xₘ) and Y (values y₁ … yₙ) described by their joint table
/// P[i, j] = P(X = xᵢ, Y = yⱼ) (C# indices from 0): its marginals, its conditionals, the chain rule that rebuilds it,
/// and a test of independence.
/// </summary>
/// <remarks>
/// A joint table is valid when it is non-empty, every entry is finite and non-negative, and the entries sum to 1
/// within 1e-9. Otherwise: null is an <see cref="ArgumentNullException"/>; an empty table ("empty"), a negative or
/// non-finite entry ("negative or not finite") or a wrong total ("sum to 1") an <see cref="ArgumentException"/>.
/// Lesson: katas/03-probability/02-conditional-probability/README.md
/// </remarks>
public static class ConditionalProbability
{
    /// <summary>The marginal of X: P(X = xᵢ) = Σⱼ P(xᵢ, yⱼ), the row sums (m entries).</summary>
    /// <param name="joint">A valid m × n joint table.</param>
    /// <returns>The m probabilities P(X = xᵢ).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException">The table is not valid (see the class remarks).</exception>
    public static double[] MarginalX(double[,] joint)
    {
        // TODO: add up each row.
        throw new NotImplementedException("TODO ConditionalProbability.MarginalX: return the row sums P(X = xᵢ) = Σⱼ P(xᵢ, yⱼ).");
    }

    /// <summary>The marginal of Y: P(Y = yⱼ) = Σᵢ P(xᵢ, yⱼ), the column sums (n entries).</summary>
    /// <param name="joint">A valid m × n joint table.</param>
    /// <returns>The n probabilities P(Y = yⱼ).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException">The table is not valid (see the class remarks).</exception>
    public static double[] MarginalY(double[,] joint)
    {
        // TODO: add up each column.
        throw new NotImplementedException("TODO ConditionalProbability.MarginalY: return the column sums P(Y = yⱼ) = Σᵢ P(xᵢ, yⱼ).");
    }

    /// <summary>
    /// The conditional of Y given X: entry [i, j] = P(Y = yⱼ | X = xᵢ) = P(xᵢ, yⱼ) / P(X = xᵢ), so every row sums to 1.
    /// Any positive P(X = xᵢ), however small (1e-15, say), is a legitimate condition.
    /// </summary>
    /// <param name="joint">A valid m × n joint table.</param>
    /// <returns>A new m × n table whose rows are distributions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException">The table is not valid, or some P(X = xᵢ) is exactly 0 ("zero probability").</exception>
    public static double[,] ConditionalYGivenX(double[,] joint)
    {
        // TODO: divide each row by its own total.
        throw new NotImplementedException("TODO ConditionalProbability.ConditionalYGivenX: return P(Y = yⱼ | X = xᵢ) = P(xᵢ, yⱼ) / P(X = xᵢ).");
    }

    /// <summary>
    /// The conditional of X given Y: entry [i, j] = P(X = xᵢ | Y = yⱼ) = P(xᵢ, yⱼ) / P(Y = yⱼ), so every column sums to 1.
    /// </summary>
    /// <param name="joint">A valid m × n joint table.</param>
    /// <returns>A new m × n table whose columns are distributions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException">The table is not valid, or some P(Y = yⱼ) is exactly 0 ("zero probability").</exception>
    public static double[,] ConditionalXGivenY(double[,] joint)
    {
        // TODO: divide each column by its own total.
        throw new NotImplementedException("TODO ConditionalProbability.ConditionalXGivenY: return P(X = xᵢ | Y = yⱼ) = P(xᵢ, yⱼ) / P(Y = yⱼ).");
    }

    /// <summary>
    /// The chain rule: the joint table P(xᵢ, yⱼ) = P(X = xᵢ) · P(Y = yⱼ | X = xᵢ), from the marginal of X and the
    /// conditional of Y given X (one row per value of X, each row a distribution).
    /// </summary>
    /// <param name="marginalX">P(X = xᵢ): m finite non-negative entries summing to 1 within 1e-9.</param>
    /// <param name="conditionalYGivenX">An m × n table whose rows are distributions (each sums to 1 within 1e-9).</param>
    /// <returns>The m × n joint table.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The shapes disagree ("rows"), or the marginal or a row of the conditional is not a distribution (as for a joint table).
    /// </exception>
    public static double[,] Joint(double[] marginalX, double[,] conditionalYGivenX)
    {
        // TODO: check the shapes and both distributions, then multiply.
        throw new NotImplementedException("TODO ConditionalProbability.Joint: return P(xᵢ, yⱼ) = P(xᵢ) · P(yⱼ | xᵢ).");
    }

    /// <summary>
    /// Whether X and Y are independent: P(xᵢ, yⱼ) = P(X = xᵢ) · P(Y = yⱼ) for every cell, each within
    /// <paramref name="tolerance"/> (an absolute difference of probabilities).
    /// </summary>
    /// <param name="joint">A valid joint table.</param>
    /// <param name="tolerance">The largest allowed |P(xᵢ, yⱼ) − P(xᵢ)P(yⱼ)|, finite and non-negative.</param>
    /// <returns>True when every cell factorises within the tolerance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException">The table is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or not finite ("finite and non-negative").</exception>
    public static bool AreIndependent(double[,] joint, double tolerance = 1e-12)
    {
        // TODO: compare every cell with the product of its marginals.
        throw new NotImplementedException("TODO ConditionalProbability.AreIndependent: return whether P(xᵢ, yⱼ) = P(xᵢ)P(yⱼ) in every cell.");
    }
}
