namespace MathForML.LinearAlgebra;

/// <summary>The eigendecomposition A = QΛQᵀ of a symmetric matrix.</summary>
/// <param name="Values">The eigenvalues λ₁ ≤ λ₂ ≤ … ≤ λₙ in ascending order (the diagonal of Λ).</param>
/// <param name="Vectors">Q, n×n orthogonal: column k is a unit eigenvector for Values[k] (its sign is arbitrary).</param>
public sealed record SymmetricEigen(double[] Values, double[,] Vectors);
