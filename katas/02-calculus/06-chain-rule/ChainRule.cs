namespace MathForML.Calculus;

/// <summary>
/// The chain rule: derivatives of compositions multiply. In one variable (f ∘ g)′(x) = f′(g(x))·g′(x): the
/// rate of g at x, times the rate of f at the point g sends x to. In several variables the rates are Jacobians
/// and the product is a matrix product, J_{f∘g}(x) = J_f(g(x)) · J_g(x) — outer first, inner second. A neural
/// network is a long composition of layers, and backpropagation is this product evaluated from the loss
/// backwards. (Jacobians of your own functions: <see cref="JacobianHessian.Jacobian"/> from the previous kata.)
/// </summary>
/// <remarks>Lesson: katas/02-calculus/06-chain-rule/README.md</remarks>
public static class ChainRule
{
    /// <summary>
    /// J_{f∘g}(x) = J_f(g(x)) · J_g(x), the matrix product of the outer Jacobian (p × m: f maps ℝᵐ → ℝᵖ, evaluated
    /// at g(x)) and the inner Jacobian (m × n: g maps ℝⁿ → ℝᵐ, evaluated at x). The result is p × n:
    /// C[i, j] = Σₖ outer[i, k] · inner[k, j]. The inputs are not modified.
    /// </summary>
    /// <param name="outer">J_f at g(x), p × m.</param>
    /// <param name="inner">J_g at x, m × n.</param>
    /// <returns>The p × n Jacobian of the composition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outer"/> or <paramref name="inner"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// outer's column count differs from inner's row count (g's outputs are not f's inputs). The message names both
    /// shapes in the form rows×columns, e.g. "2×3" and "4×2".
    /// </exception>
    public static double[,] ComposeJacobians(double[,] outer, double[,] inner)
    {
        // TODO: check outer.GetLength(1) == inner.GetLength(0), then multiply (outer on the left).
        throw new NotImplementedException("TODO ChainRule.ComposeJacobians: return the matrix product outer · inner.");
    }

    /// <summary>
    /// (f ∘ g)′(x) = f′(g(x)) · g′(x). Note what is needed: the inner value g(x), the outer derivative at that value,
    /// and the inner derivative at x — f itself is never evaluated, so it is not a parameter.
    /// </summary>
    /// <param name="fPrime">f′, the derivative of the outer function.</param>
    /// <param name="g">The inner function.</param>
    /// <param name="gPrime">g′, the derivative of the inner function.</param>
    /// <param name="x">The point.</param>
    /// <returns>(f ∘ g)′(x).</returns>
    /// <exception cref="ArgumentNullException">A function is null.</exception>
    public static double DerivativeOfComposition(Func<double, double> fPrime, Func<double, double> g, Func<double, double> gPrime, double x)
    {
        // TODO: first compute u = g(x); the outer derivative is taken at u, not at x.
        throw new NotImplementedException("TODO ChainRule.DerivativeOfComposition: return f′(g(x)) · g′(x).");
    }
}
