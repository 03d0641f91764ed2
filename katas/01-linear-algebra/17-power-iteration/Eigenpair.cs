namespace MathForML.LinearAlgebra;

/// <summary>An eigenvalue λ and a unit eigenvector v with Av = λv.</summary>
/// <param name="Value">The eigenvalue λ.</param>
/// <param name="Vector">A unit eigenvector (‖v‖₂ = 1), signed so that its largest-magnitude entry is positive.</param>
public sealed record Eigenpair(double Value, double[] Vector);
