namespace MathForML.NumericalMethods;

/// <summary>
/// The least-squares solution x minimising ‖A·x − y‖₂, five ways: the normal equations AᵀA·x = Aᵀy, modified
/// Gram–Schmidt QR, Householder QR (plain and with one step of iterative refinement) and the SVD — measured in correct
/// digits against the certified NIST StRD values (Norris, Longley, Filip).
/// </summary>
/// <remarks>
/// All five methods take an m × n design matrix A (m ≥ n, finite, no zero column) and y of length m, and return the n
/// coefficients. Errors: null → <see cref="ArgumentNullException"/>; an empty A ("empty"), fewer rows than columns
/// ("rows"), y of the wrong length ("length"), a non-finite entry ("finite") or a zero column ("rank") →
/// <see cref="ArgumentException"/>; an exactly zero pivot or norm during the factorisation →
/// <see cref="InvalidOperationException"/> ("rank"). The QR and SVD methods first divide each column by a power of two
/// near its 2-norm (exact, and the same scaling undone at the end).
/// Lesson: katas/07-numerical-methods/10-least-squares/README.md
/// </remarks>
public static class LeastSquares
{
    /// <summary>x from the normal equations AᵀA·x = Aᵀy, solved by Gaussian elimination with partial pivoting (no scaling).</summary>
    /// <param name="a">The design matrix, m × n.</param>
    /// <param name="y">The observations, length m.</param>
    /// <returns>The coefficients, length n.</returns>
    public static double[] NormalEquations(double[,] a, double[] y)
    {
        // TODO: form AᵀA and Aᵀy, then eliminate with partial pivoting and back-substitute.
        throw new NotImplementedException("TODO LeastSquares.NormalEquations: return the solution of AᵀA·x = Aᵀy.");
    }

    /// <summary>x = R⁻¹·c from modified Gram–Schmidt on the scaled columns, with y orthogonalised alongside them (cₖ = qₖᵀ·(what is left of y)).</summary>
    /// <param name="a">The design matrix, m × n.</param>
    /// <param name="y">The observations, length m.</param>
    /// <returns>The coefficients, length n.</returns>
    public static double[] ModifiedGramSchmidt(double[,] a, double[] y)
    {
        // TODO: orthonormalise column by column, subtracting each new q from the remaining columns and from y.
        throw new NotImplementedException("TODO LeastSquares.ModifiedGramSchmidt: return R⁻¹c from modified Gram–Schmidt.");
    }

    /// <summary>x = R⁻¹·(Qᵀy)[0..n) from Householder QR of the column-scaled A: at least 7 correct digits on Filip, 11 on Longley and Norris.</summary>
    /// <param name="a">The design matrix, m × n.</param>
    /// <param name="y">The observations, length m.</param>
    /// <returns>The coefficients, length n.</returns>
    public static double[] Householder(double[,] a, double[] y)
    {
        // TODO: n reflections applied to A and y, then back-substitution; undo the column scaling.
        throw new NotImplementedException("TODO LeastSquares.Householder: return the least-squares solution by Householder QR.");
    }

    /// <summary>
    /// Householder QR followed by one step of iterative refinement: x ← x + QR-solve(r) with the residual r = y − A·x
    /// computed with error-free products (<see cref="Math.FusedMultiplyAdd"/>) and sums. At least as accurate as
    /// MathNet.Numerics' QR solve on Norris, Longley and Filip.
    /// </summary>
    /// <param name="a">The design matrix, m × n.</param>
    /// <param name="y">The observations, length m.</param>
    /// <returns>The coefficients, length n.</returns>
    public static double[] RefinedHouseholder(double[,] a, double[] y)
    {
        // TODO: factor once, solve, compute a compensated residual, solve again with the same factors, add.
        throw new NotImplementedException("TODO LeastSquares.RefinedHouseholder: return the Householder solution plus one refinement step.");
    }

    /// <summary>x = Σₖ vₖ·(uₖᵀy)/σₖ from MathNet's SVD of the column-scaled A (<c>Matrix&lt;double&gt;.Svd(true)</c>).</summary>
    /// <param name="a">The design matrix, m × n.</param>
    /// <param name="y">The observations, length m.</param>
    /// <returns>The coefficients, length n.</returns>
    public static double[] Svd(double[,] a, double[] y)
    {
        // TODO: scale, decompose, sum the n rank-one contributions, unscale.
        throw new NotImplementedException("TODO LeastSquares.Svd: return V·Σ⁻¹·Uᵀy.");
    }
}
