namespace MathForML.CaseStudies;

/// <summary>
/// Principal component analysis: the directions of largest variance of centred data (the eigenvectors of the sample
/// covariance matrix), the share of variance each explains, and projection onto, reconstruction from and whitening in
/// the first k of them. Data are n samples × d features.
/// </summary>
/// <remarks>Lesson: katas/08-ml-case-studies/05-principal-components/README.md</remarks>
public static class PrincipalComponents
{
    /// <summary>The mean of each column, x̄ⱼ = (1/n)·Σᵢ xᵢⱼ.</summary>
    /// <param name="x">The data, n × d, n ≥ 1.</param>
    /// <returns>x̄, d entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException">No samples or no features ("empty"), or a non-finite value ("finite").</exception>
    public static double[] Mean(double[,] x)
    {
        throw new NotImplementedException("TODO PrincipalComponents.Mean: return the mean of each column, x̄ⱼ = (1/n)·Σᵢ xᵢⱼ");
    }

    /// <summary>
    /// The sample covariance matrix S = (1/(n − 1))·Σᵢ(xᵢ − x̄)(xᵢ − x̄)ᵀ, computed from the centred data (two passes), so
    /// that an offset of 10⁸ on every value costs no accuracy.
    /// </summary>
    /// <param name="x">The data, n × d, n ≥ 2.</param>
    /// <returns>S, d × d, symmetric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two samples ("two"), no features ("empty"), or a non-finite value ("finite").</exception>
    public static double[,] Covariance(double[,] x)
    {
        throw new NotImplementedException("TODO PrincipalComponents.Covariance: return the sample covariance matrix S = (1/(n − 1))·Σᵢ(xᵢ − x̄)(xᵢ − x̄)ᵀ, computed from the centred data (two passes), so that an offset of 10⁸ on every value costs no accuracy");
    }

    /// <summary>
    /// The principal components: the eigen-decomposition S = VΛVᵀ of the sample covariance (by MathNet), sorted by
    /// decreasing eigenvalue, each direction signed so that its largest-magnitude entry is positive, negative rounding
    /// eigenvalues set to 0.
    /// </summary>
    /// <param name="x">The data, n × d, n ≥ 2.</param>
    /// <returns>The model: mean, components (rows), variances and explained-variance ratios.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Covariance"/>, or every feature constant ("variance").</exception>
    public static PcaModel Fit(double[,] x)
    {
        throw new NotImplementedException("TODO PrincipalComponents.Fit: return the principal components: the eigen-decomposition S = VΛVᵀ of the sample covariance (by MathNet), sorted by decreasing eigenvalue, each direction signed so that its largest-magnitude entry is positive, negative rounding eigenvalues set to 0");
    }

    /// <summary>The scores on the first k components: zᵢ = Vₖᵀ(xᵢ − x̄), that is Z = (X − 1x̄ᵀ)·Vₖ with Vₖ the first k directions as columns.</summary>
    /// <param name="model">A fitted model.</param>
    /// <param name="x">The data, m × d (any m ≥ 1).</param>
    /// <param name="k">The number of components, 1 … d.</param>
    /// <returns>Z, m × k.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> does not have d columns ("columns").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not in 1 … d.</exception>
    public static double[,] Project(PcaModel model, double[,] x, int k)
    {
        throw new NotImplementedException("TODO PrincipalComponents.Project: return the scores on the first k components: zᵢ = Vₖᵀ(xᵢ − x̄), that is Z = (X − 1x̄ᵀ)·Vₖ with Vₖ the first k directions as columns");
    }

    /// <summary>The reconstruction from scores on the first k components: x̂ᵢ = x̄ + Vₖzᵢ.</summary>
    /// <param name="model">A fitted model.</param>
    /// <param name="scores">Z, m × k with 1 ≤ k ≤ d.</param>
    /// <returns>X̂, m × d.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Z has no columns or more than d ("columns").</exception>
    public static double[,] Reconstruct(PcaModel model, double[,] scores)
    {
        throw new NotImplementedException("TODO PrincipalComponents.Reconstruct: return the reconstruction from scores on the first k components: x̂ᵢ = x̄ + Vₖzᵢ");
    }

    /// <summary>The whitened scores on the first k components, zᵢc/√λc: their sample covariance on the fitted data is the identity.</summary>
    /// <param name="model">A fitted model.</param>
    /// <param name="x">The data, m × d.</param>
    /// <param name="k">The number of components, 1 … d.</param>
    /// <returns>m × k.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Project"/>, or one of the first k variances is at most 10⁻¹²·λ₁ ("zero variance").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is not in 1 … d.</exception>
    public static double[,] Whiten(PcaModel model, double[,] x, int k)
    {
        throw new NotImplementedException("TODO PrincipalComponents.Whiten: return the whitened scores on the first k components, zᵢc/√λc: their sample covariance on the fitted data is the identity");
    }
}
