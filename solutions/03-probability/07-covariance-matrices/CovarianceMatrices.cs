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
        ArgumentNullException.ThrowIfNull(data);
        var (n, d) = (data.GetLength(0), data.GetLength(1));
        if (d == 0)
        {
            throw new ArgumentException("The data have no variables: there are zero columns (empty).", nameof(data));
        }

        if (n < 2)
        {
            throw new ArgumentException($"A sample covariance needs at least two samples (rows); there are {n}.", nameof(data));
        }

        foreach (var x in data)
        {
            if (!double.IsFinite(x))
            {
                throw new ArgumentException("Every data entry must be finite.", nameof(data));
            }
        }

        // Centre each column first (two passes), so that products of deviations — not of raw values — are summed.
        var means = new double[d];
        for (var j = 0; j < d; j++)
        {
            for (var i = 0; i < n; i++)
            {
                means[j] += data[i, j];
            }

            means[j] /= n;
        }

        var covariance = new double[d, d];
        for (var j = 0; j < d; j++)
        {
            for (var k = j; k < d; k++)
            {
                var sum = 0.0;
                for (var i = 0; i < n; i++)
                {
                    sum += (data[i, j] - means[j]) * (data[i, k] - means[k]);
                }

                // Fill both triangles from the same number: the result is exactly symmetric.
                covariance[j, k] = covariance[k, j] = sum / (n - 1);
            }
        }

        return covariance;
    }

    /// <summary>The correlation matrix of the data: <see cref="CorrelationFromCovariance"/> of <see cref="Covariance"/>.</summary>
    /// <param name="data">n × d data, one sample per row; no constant column.</param>
    /// <returns>A new d × d matrix with unit diagonal and entries in [−1, 1].</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">The data are not valid, or a column is constant ("zero variance").</exception>
    public static double[,] Correlation(double[,] data) => CorrelationFromCovariance(Covariance(data));

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
        ArgumentNullException.ThrowIfNull(covariance);
        var d = covariance.GetLength(0);
        if (covariance.GetLength(1) != d || d == 0)
        {
            throw new ArgumentException($"A covariance matrix is square and non-empty; this one is {d} × {covariance.GetLength(1)}.", nameof(covariance));
        }

        var sigma = new double[d];
        for (var j = 0; j < d; j++)
        {
            if (!(covariance[j, j] > 0) || double.IsPositiveInfinity(covariance[j, j]))
            {
                throw new ArgumentException($"Variable {j} has zero variance (or a negative or non-finite one), so its correlations are undefined.", nameof(covariance));
            }

            // σⱼ separately, never √(ΣⱼⱼΣₖₖ): that product overflows for variances of 10²⁰⁰.
            sigma[j] = Math.Sqrt(covariance[j, j]);
        }

        var correlation = new double[d, d];
        for (var j = 0; j < d; j++)
        {
            correlation[j, j] = 1;
            for (var k = j + 1; k < d; k++)
            {
                if (!double.IsFinite(covariance[j, k]) || Math.Abs(covariance[j, k] - covariance[k, j]) > 1e-12 * Math.Abs(covariance[j, k]))
                {
                    throw new ArgumentException($"A covariance matrix is symmetric and finite; entries [{j}, {k}] and [{k}, {j}] differ.", nameof(covariance));
                }

                correlation[j, k] = correlation[k, j] = Math.Clamp(covariance[j, k] / sigma[j] / sigma[k], -1, 1);
            }
        }

        return correlation;
    }
}
