using System.Globalization;

namespace MathForML.Calculus;

/// <summary>Reference solution: evaluation, differentiation and simplification of expression trees.</summary>
public static class Symbolic
{
    /// <summary>e(x) in IEEE arithmetic.</summary>
    public static double Evaluate(Expr e, double x) => e switch
    {
        null => throw new ArgumentNullException(nameof(e)),
        Const c => c.Value,
        X => x,
        Add(var u, var v) => Evaluate(u, x) + Evaluate(v, x),
        Sub(var u, var v) => Evaluate(u, x) - Evaluate(v, x),
        Mul(var u, var v) => Evaluate(u, x) * Evaluate(v, x),
        Div(var u, var v) => Evaluate(u, x) / Evaluate(v, x),
        Pow p => Math.Pow(Evaluate(p.Base, x), FiniteExponent(p)),
        Exp(var u) => Math.Exp(Evaluate(u, x)),
        Log(var u) => Math.Log(Evaluate(u, x)),
        Sin(var u) => Math.Sin(Evaluate(u, x)),
        Cos(var u) => Math.Cos(Evaluate(u, x)),
        _ => throw Unknown(e),
    };

    /// <summary>d/dx e by the sum, product, quotient, power and chain rules (unsimplified).</summary>
    public static Expr Differentiate(Expr e) => e switch
    {
        null => throw new ArgumentNullException(nameof(e)),
        Const => new Const(0),
        X => new Const(1),
        Add(var u, var v) => new Add(Differentiate(u), Differentiate(v)),
        Sub(var u, var v) => new Sub(Differentiate(u), Differentiate(v)),
        Mul(var u, var v) => new Add(new Mul(Differentiate(u), v), new Mul(u, Differentiate(v))),
        Div(var u, var v) => new Div(new Sub(new Mul(Differentiate(u), v), new Mul(u, Differentiate(v))), new Pow(v, 2)),
        Pow p => new Mul(new Mul(new Const(FiniteExponent(p)), new Pow(p.Base, p.Exponent - 1)), Differentiate(p.Base)),
        Exp(var u) => new Mul(new Exp(u), Differentiate(u)),
        Log(var u) => new Div(Differentiate(u), u),
        Sin(var u) => new Mul(new Cos(u), Differentiate(u)),
        Cos(var u) => new Mul(new Sub(new Const(0), new Sin(u)), Differentiate(u)),
        _ => throw Unknown(e),
    };

    /// <summary>Bottom-up constant folding and identity rules; the result is never larger.</summary>
    public static Expr Simplify(Expr e)
    {
        switch (e)
        {
            case null:
                throw new ArgumentNullException(nameof(e));
            case Const or X:
                return e;
            case Add(var u, var v):
                (u, v) = (Simplify(u), Simplify(v));
                return IsZero(u) ? v : IsZero(v) ? u : Folded(new Add(u, v));
            case Sub(var u, var v):
                (u, v) = (Simplify(u), Simplify(v));
                return IsZero(v) ? u : Folded(new Sub(u, v));
            case Mul(var u, var v):
                (u, v) = (Simplify(u), Simplify(v));
                return IsZero(u) || IsZero(v) ? new Const(0) : IsOne(u) ? v : IsOne(v) ? u : Folded(new Mul(u, v));
            case Div(var u, var v):
                (u, v) = (Simplify(u), Simplify(v));
                return IsOne(v) ? u : IsZero(u) ? new Const(0) : Folded(new Div(u, v));
            case Pow p:
                var exponent = FiniteExponent(p);
                return exponent == 1 ? Simplify(p.Base) : exponent == 0 ? new Const(1) : Folded(new Pow(Simplify(p.Base), exponent));
            case Exp(var u):
                return Folded(new Exp(Simplify(u)));
            case Log(var u):
                return Folded(new Log(Simplify(u)));
            case Sin(var u):
                return Folded(new Sin(Simplify(u)));
            case Cos(var u):
                return Folded(new Cos(Simplify(u)));
            default:
                throw Unknown(e);
        }
    }

    /// <summary>A node whose children are all constants becomes its (finite) value; any other node is kept.</summary>
    private static Expr Folded(Expr node)
    {
        var constantChildren = node switch
        {
            Add(Const, Const) or Sub(Const, Const) or Mul(Const, Const) or Div(Const, Const) => true,
            Pow(Const, _) or Exp(Const) or Log(Const) or Sin(Const) or Cos(Const) => true,
            _ => false,
        };
        if (!constantChildren)
        {
            return node;
        }

        // The variable does not occur, so any x gives the value.
        var value = Evaluate(node, 0);
        return double.IsFinite(value) ? new Const(value) : node;
    }

    private static bool IsZero(Expr e) => e is Const { Value: 0 };

    private static bool IsOne(Expr e) => e is Const { Value: 1 };

    private static double FiniteExponent(Pow p) => double.IsFinite(p.Exponent)
        ? p.Exponent
        : throw new ArgumentException($"The exponent of a power must be finite, but was {p.Exponent}.", nameof(p));

    private static ArgumentException Unknown(Expr e) =>
        new($"{e.GetType().Name} is an unknown expression node type.", nameof(e));
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
