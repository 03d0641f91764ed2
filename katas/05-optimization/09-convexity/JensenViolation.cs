namespace MathForML.Optimization;

/// <summary>
/// Given code (read, don't edit): a counterexample to Jensen's inequality found by
/// <see cref="Convexity.FindJensenViolation"/>: f(θA + (1 − θ)B) exceeds θf(A) + (1 − θ)f(B) by <paramref name="Gap"/>.
/// </summary>
/// <param name="A">The first point (a copy).</param>
/// <param name="B">The second point (a copy).</param>
/// <param name="Theta">The weight θ of A, strictly between 0 and 1.</param>
/// <param name="Gap">f(θA + (1 − θ)B) − (θf(A) + (1 − θ)f(B)), positive.</param>
public sealed record JensenViolation(double[] A, double[] B, double Theta, double Gap);
