namespace MathForML.CaseStudies;

/// <summary>A mixture of k Gaussians in d dimensions (given code: you use it, you don't write it).</summary>
/// <param name="Weights">The mixing weights π₁, …, π_k: positive, summing to 1.</param>
/// <param name="Means">The component means μ₁, …, μ_k, one per row, k × d.</param>
/// <param name="Covariances">The component covariance matrices Σ₁, …, Σ_k, each d × d, symmetric positive definite.</param>
public sealed record GaussianMixtureModel(double[] Weights, double[,] Means, double[][,] Covariances);
