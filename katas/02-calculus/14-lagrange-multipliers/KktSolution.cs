namespace MathForML.Calculus;

/// <summary>The solution of an equality-constrained quadratic program: the point and its Lagrange multipliers.</summary>
/// <param name="X">The minimiser x, n entries.</param>
/// <param name="Lambda">The multipliers λ, one per constraint (m entries), with the sign convention of <see cref="Lagrange"/>.</param>
public sealed record KktSolution(double[] X, double[] Lambda);
