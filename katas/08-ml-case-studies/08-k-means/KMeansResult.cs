namespace MathForML.CaseStudies;

/// <summary>The outcome of <see cref="KMeans.Fit"/> (given code: you use it, you don't write it).</summary>
/// <param name="Centroids">The k cluster centres, k × d.</param>
/// <param name="Labels">The cluster of each sample, in 0 … k − 1: the index of its nearest centroid.</param>
/// <param name="Inertia">The within-cluster sum of squares Σᵢ ‖xᵢ − c_{labelᵢ}‖².</param>
/// <param name="Iterations">The number of update steps taken before the labels stopped changing.</param>
public sealed record KMeansResult(double[,] Centroids, int[] Labels, double Inertia, int Iterations);
