namespace MathForML.Calculus;

/// <summary>
/// Symbolic differentiation: the derivative of a formula as another formula. The formula is a tree
/// (<see cref="Expr"/> and its node types, given complete in Expr.cs); differentiation is one recursive function with
/// one rule per node type — sum, product, quotient, power and chain rule — and simplification cleans up the
/// <c>0 · x</c> and <c>1 · u</c> leftovers those rules produce. This is what computer-algebra systems do, and
/// the blueprint for automatic differentiation, which applies the same rules to numbers instead of formulas.
/// </summary>
/// <remarks>Lesson: katas/02-calculus/03-symbolic-differentiation/README.md</remarks>
public static class Symbolic
{
    /// <summary>
    /// The value of <paramref name="e"/> at x, following IEEE arithmetic: ln of a negative number is NaN, 1/0 is ∞,
    /// and so on (use <see cref="Math.Pow"/>, <see cref="Math.Exp"/>, <see cref="Math.Log(double)"/>,
    /// <see cref="Math.Sin"/>, <see cref="Math.Cos"/>).
    /// </summary>
    /// <param name="e">The expression.</param>
    /// <param name="x">The value of the variable.</param>
    /// <returns>e(x).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> or any node inside it is null.</exception>
    /// <exception cref="ArgumentException">
    /// A <see cref="Pow"/> node has a NaN or infinite exponent ("finite"), or the tree holds a node type not listed in
    /// this file ("unknown").
    /// </exception>
    public static double Evaluate(Expr e, double x)
    {
        // TODO: switch on the node type (e switch { Const c => …, X => x, Add a => …, … }) and recurse into the children.
        throw new NotImplementedException("TODO Symbolic.Evaluate: return the value of the expression at x.");
    }

    /// <summary>
    /// The derivative d/dx of <paramref name="e"/>, as a new tree (it need not be simplified): one rule per node type,
    /// sum, product, quotient, power and chain rule (the table is in the lesson), so that d/dx sin(x²) = cos(x²)·2x.
    /// </summary>
    /// <param name="e">The expression.</param>
    /// <returns>An expression for e′(x), equal to it wherever e is differentiable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> or any node inside it is null.</exception>
    /// <exception cref="ArgumentException">
    /// A <see cref="Pow"/> node has a NaN or infinite exponent ("finite"), or the tree holds a node type not listed in
    /// this file ("unknown").
    /// </exception>
    public static Expr Differentiate(Expr e)
    {
        // TODO: one switch arm per node type; differentiate the children recursively and combine them by the rule.
        throw new NotImplementedException("TODO Symbolic.Differentiate: return the derivative of the expression as a new tree.");
    }

    /// <summary>
    /// An equivalent, never larger tree (<see cref="Expr.Size"/> does not grow). Simplify the children first
    /// (bottom-up), then apply at each node:
    /// <list type="bullet">
    /// <item>constant folding: a node whose children are all <see cref="Const"/> becomes the <see cref="Const"/> of its
    /// value — only when that value is finite (ln(−1) stays as it is);</item>
    /// <item>u + 0 → u, 0 + u → u, u − 0 → u;</item>
    /// <item>u · 0 → 0, 0 · u → 0, u · 1 → u, 1 · u → u;</item>
    /// <item>u / 1 → u, 0 / u → 0;</item>
    /// <item>u¹ → u, u⁰ → 1.</item>
    /// </list>
    /// Every rule preserves the value wherever the original expression is finite (0 · ln x → 0 also fills in
    /// x ≤ 0, where the original was undefined). Because the children are simplified first, the result is a fixed
    /// point: simplifying it again changes nothing.
    /// </summary>
    /// <param name="e">The expression.</param>
    /// <returns>The simplified expression.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> or any node inside it is null.</exception>
    /// <exception cref="ArgumentException">
    /// A <see cref="Pow"/> node has a NaN or infinite exponent ("finite"), or the tree holds a node type not listed in
    /// this file ("unknown").
    /// </exception>
    public static Expr Simplify(Expr e)
    {
        // TODO: simplify the children, then try constant folding and the identity rules on the rebuilt node.
        throw new NotImplementedException("TODO Symbolic.Simplify: return an equivalent tree with constants folded and trivial operations removed.");
    }
}
