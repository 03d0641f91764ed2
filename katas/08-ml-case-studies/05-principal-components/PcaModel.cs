namespace MathForML.CaseStudies;

/// <summary>
/// A fitted principal component analysis (given code: you use it, you don't write it). Row k of
/// <see cref="Components"/> is the k-th principal direction, a unit vector; the rows are ordered by decreasing variance.
/// </summary>
/// <param name="Mean">The mean of each feature, d entries (subtracted before projecting).</param>
/// <param name="Components">The principal directions, d × d, one per row, orthonormal, each with its largest-magnitude entry positive.</param>
/// <param name="Variances">The variance of the data along each direction (the covariance matrix's eigenvalues), decreasing, each ≥ 0.</param>
/// <param name="ExplainedVarianceRatio">Each variance divided by their total: decreasing, summing to 1.</param>
public sealed record PcaModel(double[] Mean, double[,] Components, double[] Variances, double[] ExplainedVarianceRatio);
