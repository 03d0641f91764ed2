namespace MathForML.LinearAlgebra;

/// <summary>A thin QR factorisation A = QR of an m×n matrix with m ≥ n and independent columns.</summary>
/// <param name="Q">m×n with orthonormal columns (QᵀQ = I) spanning the same space as the columns of A.</param>
/// <param name="R">n×n upper triangular with a positive diagonal: column j of A is Σ_{k≤j} rₖⱼ·qₖ.</param>
public sealed record QrFactors(double[,] Q, double[,] R);
