namespace MathForML.Probability;

/// <summary>
/// The sample covariance matrix of a data set (rows: n samples, columns: d variables) and the correlation matrix,
/// Σⱼₖ = Σᵢ (xᵢⱼ − x̄ⱼ)(xᵢₖ − x̄ₖ) / (n − 1) and Rⱼₖ = Σⱼₖ / (σⱼσₖ) with σⱼ = √Σⱼⱼ.
/// </summary>
/// <remarks>
/// Data: n ≥ 2 rows ("two"), d ≥ 1 columns ("empty"), finite entries ("finite"). A covariance matrix given to
/// <see cref="CorrelationFromCovariance"/>: square ("square"), symmetric to 1e-12 relative ("symmetric"), finite, with a positive diagonal
/// (a zero variance makes a correlation undefined: "zero variance"). Null is an <see cref="ArgumentNullException"/>,
/// everything else an <see cref="ArgumentException"/>.
/// Lesson: katas/03-probability/07-covariance-matrices/README.md
/// </remarks>
public static class CovarianceMatrices
{
    /// <summary>
    /// The sample covariance matrix (d × d, exactly symmetric, positive semi-definite up to rounding), accurate also when
    /// the data sit far from 0 (shifting a column by 10⁹ changes nothing beyond about 1e-6 relative).
    /// </summary>
    /// <param name="data">n × d data, one sample per row.</param>
    /// <returns>A new d × d matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">The data are not valid (see the class remarks).</exception>
    public static double[,] Covariance(double[,] data)
    {
        // TODO: validate; centre each column, then sum products of deviations.
        throw new NotImplementedException("TODO CovarianceMatrices.Covariance: return the d × d sample covariance matrix (n − 1).");
    }

    /// <summary>The correlation matrix of the data: <see cref="CorrelationFromCovariance"/> of <see cref="Covariance"/>.</summary>
    /// <param name="data">n × d data, one sample per row; no constant column.</param>
    /// <returns>A new d × d matrix with unit diagonal and entries in [−1, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">The data are not valid, or a column is constant ("zero variance").</exception>
    public static double[,] Correlation(double[,] data)
    {
        // TODO: compose the other two methods.
        throw new NotImplementedException("TODO CovarianceMatrices.Correlation: return the correlation matrix of the data.");
    }

    /// <summary>
    /// Rⱼₖ = Σⱼₖ / (σⱼσₖ), σⱼ = √Σⱼⱼ: exactly 1 on the diagonal, within [−1, 1] off it (rounding clamped), and finite for
    /// variances anywhere from 10⁻²⁰⁰ to 10²⁰⁰ (whose products would underflow or overflow).
    /// </summary>
    /// <param name="covariance">A d × d covariance matrix.</param>
    /// <returns>A new d × d matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="covariance"/> is null.</exception>
    /// <exception cref="ArgumentException">The matrix is not valid (see the class remarks).</exception>
    public static double[,] CorrelationFromCovariance(double[,] covariance)
    {
        // TODO: compose the other two methods.
        throw new NotImplementedException("TODO CovarianceMatrices.Correlation: return the correlation matrix of the data.");
    }
}
