using System.Globalization;

namespace MathForML.Calculus;

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
