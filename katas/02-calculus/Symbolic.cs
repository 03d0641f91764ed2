using System.Globalization;

namespace MathForML.Calculus;

/// <summary>
/// Symbolic differentiation: the derivative of a formula as another formula. The formula is a tree
/// (<see cref="Expr"/> and its node types below, given complete); differentiation is one recursive function with
/// one rule per node type — sum, product, quotient, power and chain rule — and simplification cleans up the
/// <c>0 · x</c> and <c>1 · u</c> leftovers those rules produce. This is what computer-algebra systems do, and
/// the blueprint for automatic differentiation, which applies the same rules to numbers instead of formulas.
/// </summary>
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
    /// The derivative d/dx of <paramref name="e"/>, as a new tree (it need not be simplified). The rules, with u, v
    /// the children and u′, v′ their derivatives:
    /// c′ = 0;  x′ = 1;  (u ± v)′ = u′ ± v′;  (u·v)′ = u′·v + u·v′;  (u/v)′ = (u′·v − u·v′) / v²;
    /// (uⁿ)′ = n·uⁿ⁻¹·u′;  (eᵘ)′ = eᵘ·u′;  (ln u)′ = u′/u;  (sin u)′ = cos u·u′;  (cos u)′ = −sin u·u′.
    /// The trailing ·u′ is the chain rule: it is what makes d/dx sin(x²) = cos(x²)·2x.
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

/// <summary>
/// A node of an expression tree in one variable x. Leaves are <see cref="Const"/> and <see cref="X"/>; every
/// other node applies an operation to its children. The arithmetic operators and a conversion from
/// <see cref="double"/> build trees that read like the formula: <c>Expr e = 3 * x * x + new Sin(x);</c>.
/// Records compare by value, so two trees are equal when they have the same shape and the same constants.
/// </summary>
public abstract record Expr
{
    /// <summary>The node count: 1 for a leaf, 1 plus the sizes of the children otherwise.</summary>
    public abstract int Size { get; }

    /// <summary>The sum node <c>left + right</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>A new <see cref="Add"/>.</returns>
    public static Expr operator +(Expr left, Expr right) => new Add(left, right);

    /// <summary>The difference node <c>left − right</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>A new <see cref="Sub"/>.</returns>
    public static Expr operator -(Expr left, Expr right) => new Sub(left, right);

    /// <summary>The product node <c>left · right</c>.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>A new <see cref="Mul"/>.</returns>
    public static Expr operator *(Expr left, Expr right) => new Mul(left, right);

    /// <summary>The quotient node <c>left / right</c>.</summary>
    /// <param name="left">The numerator.</param>
    /// <param name="right">The denominator.</param>
    /// <returns>A new <see cref="Div"/>.</returns>
    public static Expr operator /(Expr left, Expr right) => new Div(left, right);

    /// <summary>A number used where an expression is expected becomes a <see cref="Const"/>.</summary>
    /// <param name="value">The constant.</param>
    public static implicit operator Expr(double value) => new Const(value);

    /// <summary>The formula in ordinary notation, fully parenthesised, e.g. <c>((2 · x) + sin(x))</c>.</summary>
    /// <returns>The formula.</returns>
    public abstract override string ToString();

    internal static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}

// "Const" and "Sub" are Visual Basic keywords (CA1716); the names mirror the math, and the workbook is C# only.
#pragma warning disable CA1716

/// <summary>The constant <paramref name="Value"/>.</summary>
/// <param name="Value">The number.</param>
public sealed record Const(double Value) : Expr
{
    /// <inheritdoc/>
    public override int Size => 1;

    /// <inheritdoc/>
    public override string ToString() => Format(Value);
}

/// <summary>The variable x.</summary>
public sealed record X : Expr
{
    /// <inheritdoc/>
    public override int Size => 1;

    /// <inheritdoc/>
    public override string ToString() => "x";
}

/// <summary>The sum u + v.</summary>
/// <param name="Left">u.</param>
/// <param name="Right">v.</param>
public sealed record Add(Expr Left, Expr Right) : Expr
{
    /// <inheritdoc/>
    public override int Size => 1 + Left.Size + Right.Size;

    /// <inheritdoc/>
    public override string ToString() => $"({Left} + {Right})";
}

/// <summary>The difference u − v.</summary>
/// <param name="Left">u.</param>
/// <param name="Right">v.</param>
public sealed record Sub(Expr Left, Expr Right) : Expr
{
    /// <inheritdoc/>
    public override int Size => 1 + Left.Size + Right.Size;

    /// <inheritdoc/>
    public override string ToString() => $"({Left} - {Right})";
}

#pragma warning restore CA1716

/// <summary>The product u · v.</summary>
/// <param name="Left">u.</param>
/// <param name="Right">v.</param>
public sealed record Mul(Expr Left, Expr Right) : Expr
{
    /// <inheritdoc/>
    public override int Size => 1 + Left.Size + Right.Size;

    /// <inheritdoc/>
    public override string ToString() => $"({Left} · {Right})";
}

/// <summary>The quotient u / v.</summary>
/// <param name="Left">The numerator u.</param>
/// <param name="Right">The denominator v.</param>
public sealed record Div(Expr Left, Expr Right) : Expr
{
    /// <inheritdoc/>
    public override int Size => 1 + Left.Size + Right.Size;

    /// <inheritdoc/>
    public override string ToString() => $"({Left} / {Right})";
}

/// <summary>The power uⁿ with a constant real exponent n (for example x², x⁻¹ = 1/x, x^0.5 = √x).</summary>
/// <param name="Base">u.</param>
/// <param name="Exponent">n, a constant; it must be finite to be evaluated or differentiated.</param>
public sealed record Pow(Expr Base, double Exponent) : Expr
{
    /// <inheritdoc/>
    public override int Size => 1 + Base.Size;

    /// <inheritdoc/>
    public override string ToString() => $"{Base}^{Format(Exponent)}";
}

/// <summary>The exponential e^u.</summary>
/// <param name="Argument">u.</param>
public sealed record Exp(Expr Argument) : Expr
{
    /// <inheritdoc/>
    public override int Size => 1 + Argument.Size;

    /// <inheritdoc/>
    public override string ToString() => $"exp({Argument})";
}

/// <summary>The natural logarithm ln u (NaN for u &lt; 0, −∞ at u = 0, as <see cref="Math.Log(double)"/>).</summary>
/// <param name="Argument">u.</param>
public sealed record Log(Expr Argument) : Expr
{
    /// <inheritdoc/>
    public override int Size => 1 + Argument.Size;

    /// <inheritdoc/>
    public override string ToString() => $"ln({Argument})";
}

/// <summary>The sine sin u (u in radians).</summary>
/// <param name="Argument">u.</param>
public sealed record Sin(Expr Argument) : Expr
{
    /// <inheritdoc/>
    public override int Size => 1 + Argument.Size;

    /// <inheritdoc/>
    public override string ToString() => $"sin({Argument})";
}

/// <summary>The cosine cos u (u in radians); sin′ = cos and cos′ = −sin.</summary>
/// <param name="Argument">u.</param>
public sealed record Cos(Expr Argument) : Expr
{
    /// <inheritdoc/>
    public override int Size => 1 + Argument.Size;

    /// <inheritdoc/>
    public override string ToString() => $"cos({Argument})";
}
