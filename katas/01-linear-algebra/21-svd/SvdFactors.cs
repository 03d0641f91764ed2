namespace MathForML.LinearAlgebra;

/// <summary>The thin singular value decomposition A = U·diag(σ)·Vᵀ of an m×n matrix, with r = min(m, n).</summary>
/// <param name="U">m×r with orthonormal columns: the left singular vectors.</param>
/// <param name="SingularValues">r values σ₁ ≥ σ₂ ≥ … ≥ σᵣ ≥ 0.</param>
/// <param name="V">n×r with orthonormal columns: the right singular vectors.</param>
public sealed record SvdFactors(double[,] U, double[] SingularValues, double[,] V);
