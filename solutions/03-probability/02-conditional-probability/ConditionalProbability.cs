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
        RequireJoint(joint);
        var (m, n) = (joint.GetLength(0), joint.GetLength(1));
        var marginal = new double[m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                marginal[i] += joint[i, j];
            }
        }

        return marginal;
    }

    /// <summary>The marginal of Y: P(Y = yⱼ) = Σᵢ P(xᵢ, yⱼ), the column sums (n entries).</summary>
    /// <param name="joint">A valid m × n joint table.</param>
    /// <returns>The n probabilities P(Y = yⱼ).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="joint"/> is null.</exception>
    /// <exception cref="ArgumentException">The table is not valid (see the class remarks).</exception>
    public static double[] MarginalY(double[,] joint)
    {
        RequireJoint(joint);
        var (m, n) = (joint.GetLength(0), joint.GetLength(1));
        var marginal = new double[n];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                marginal[j] += joint[i, j];
            }
        }

        return marginal;
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
        var px = MarginalX(joint);
        var (m, n) = (joint.GetLength(0), joint.GetLength(1));
        var conditional = new double[m, n];
        for (var i = 0; i < m; i++)
        {
            if (px[i] == 0)
            {
                throw new ArgumentException($"Conditioning value {i} (counting from 0) has zero probability, so the conditional given it is undefined.", nameof(joint));
            }

            for (var j = 0; j < n; j++)
            {
                conditional[i, j] = joint[i, j] / px[i];
            }
        }

        return conditional;
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
        var transposed = ConditionalYGivenX(Transpose(joint));
        return Transpose(transposed);
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
        ArgumentNullException.ThrowIfNull(marginalX);
        ArgumentNullException.ThrowIfNull(conditionalYGivenX);
        var (m, n) = (conditionalYGivenX.GetLength(0), conditionalYGivenX.GetLength(1));
        if (marginalX.Length != m)
        {
            throw new ArgumentException($"The marginal has {marginalX.Length} entries but the conditional has {m} rows.", nameof(conditionalYGivenX));
        }

        var column = new double[m, 1];
        for (var i = 0; i < m; i++)
        {
            column[i, 0] = marginalX[i];
        }

        RequireJoint(column, nameof(marginalX));
        var joint = new double[m, n];
        for (var i = 0; i < m; i++)
        {
            var row = new double[1, n];
            for (var j = 0; j < n; j++)
            {
                row[0, j] = conditionalYGivenX[i, j];
                joint[i, j] = marginalX[i] * conditionalYGivenX[i, j];
            }

            RequireJoint(row, nameof(conditionalYGivenX));
        }

        return joint;
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or not finite.</exception>
    public static bool AreIndependent(double[,] joint, double tolerance = 1e-12)
    {
        if (!(tolerance >= 0) || double.IsInfinity(tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be finite and non-negative.");
        }

        var (px, py) = (MarginalX(joint), MarginalY(joint));
        for (var i = 0; i < px.Length; i++)
        {
            for (var j = 0; j < py.Length; j++)
            {
                if (Math.Abs(joint[i, j] - (px[i] * py[j])) > tolerance)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static double[,] Transpose(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a, "joint");
        var t = new double[a.GetLength(1), a.GetLength(0)];
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(1); j++)
            {
                t[j, i] = a[i, j];
            }
        }

        return t;
    }

    private static void RequireJoint(double[,] joint, string name = "joint")
    {
        ArgumentNullException.ThrowIfNull(joint, name);
        if (joint.Length == 0)
        {
            throw new ArgumentException("A probability table needs at least one cell; this one is empty.", name);
        }

        ProbabilityGuard.RequireEntries(joint.Cast<double>().ToArray(), name); // the cells in row-major order
    }
}
