namespace MathForML.Calculus;

/// <summary>
/// A dual number u = Value + Derivative·δ, where δ is the dual unit, a new number with δ² = 0 (and δ ≠ 0). Expanding
/// any arithmetic in δ drops every δ² term, and what remains is exactly the derivative rules: if u carries (f(x), f′(x))
/// and v carries (g(x), g′(x)) then
/// u + v = (f + g, f′ + g′), u − v = (f − g, f′ − g′), u·v = (fg, f′g + fg′), u/v = (f/g, (f′g − fg′)/g²),
/// and for an elementary function h, h(u) = (h(f), h′(f)·f′) (the chain rule).
/// Evaluating a function on <see cref="Variable"/>(x) therefore yields f(x) and f′(x) together, exact up to
/// rounding: forward-mode automatic differentiation.
/// </summary>
/// <remarks>
/// A plain number c in an operation is a constant: (c, 0). Edge cases follow IEEE arithmetic, without exceptions
/// (as <see cref="Math"/> does): dividing by a dual whose value is 0 gives an infinite or NaN value and a
/// non-finite derivative; <see cref="Log"/> of 0 gives (−∞, ±∞), of a negative value a NaN value; <see cref="Sqrt"/>
/// of 0 has an infinite derivative. Any algebraically equivalent formula is fine, except that the quotients must not
/// square the denominator: g² overflows for |g| above about 10¹⁵⁴ (and underflows below about 10⁻¹⁶²) even where f/g and
/// its derivative are ordinary numbers.
/// In this stub every member below throws: implementing them is the kata. The record's own members
/// (the constructor, <c>Value</c>, <c>Derivative</c>, equality) are already there.
/// Lesson: katas/02-calculus/09-forward-mode-ad/README.md
/// </remarks>
/// <param name="Value">The value f(x).</param>
/// <param name="Derivative">The derivative f′(x) carried along with it (the coefficient of δ).</param>
public readonly record struct Dual(double Value, double Derivative)
{
    /// <summary>A constant c: (c, 0), since dc/dx = 0.</summary>
    /// <param name="value">The constant.</param>
    /// <returns>The dual (value, 0).</returns>
    public static Dual Constant(double value)
    {
        // TODO: a constant does not change when x changes.
        throw new NotImplementedException("TODO Dual.Constant: return (value, 0).");
    }

    /// <summary>The variable x itself at the given value: (x, 1), since dx/dx = 1. Evaluate f on this to get f′(x).</summary>
    /// <param name="value">The point x.</param>
    /// <returns>The dual (value, 1).</returns>
    public static Dual Variable(double value)
    {
        // TODO: the seed of forward mode: the derivative of x with respect to x.
        throw new NotImplementedException("TODO Dual.Variable: return (value, 1).");
    }

    /// <summary>Sum rule: (f, f′) + (g, g′) = (f + g, f′ + g′).</summary>
    /// <param name="u">The left operand.</param>
    /// <param name="v">The right operand.</param>
    /// <returns>The sum.</returns>
    public static Dual operator +(Dual u, Dual v)
    {
        // TODO: add the values and add the derivatives.
        throw new NotImplementedException("TODO Dual.op_Addition: return (f + g, f′ + g′).");
    }

    /// <summary>(f, f′) + c = (f + c, f′).</summary>
    /// <param name="u">The dual operand.</param>
    /// <param name="c">A constant.</param>
    /// <returns>The sum.</returns>
    public static Dual operator +(Dual u, double c)
    {
        // TODO: a constant shifts the value only.
        throw new NotImplementedException("TODO Dual.op_Addition: return (f + c, f′).");
    }

    /// <summary>c + (f, f′) = (c + f, f′).</summary>
    /// <param name="c">A constant.</param>
    /// <param name="u">The dual operand.</param>
    /// <returns>The sum.</returns>
    public static Dual operator +(double c, Dual u)
    {
        // TODO: a constant shifts the value only.
        throw new NotImplementedException("TODO Dual.op_Addition: return (c + f, f′).");
    }

    /// <summary>Difference rule: (f, f′) − (g, g′) = (f − g, f′ − g′).</summary>
    /// <param name="u">The left operand.</param>
    /// <param name="v">The right operand.</param>
    /// <returns>The difference.</returns>
    public static Dual operator -(Dual u, Dual v)
    {
        // TODO: subtract the values and subtract the derivatives.
        throw new NotImplementedException("TODO Dual.op_Subtraction: return (f − g, f′ − g′).");
    }

    /// <summary>(f, f′) − c = (f − c, f′).</summary>
    /// <param name="u">The dual operand.</param>
    /// <param name="c">A constant.</param>
    /// <returns>The difference.</returns>
    public static Dual operator -(Dual u, double c)
    {
        // TODO: a constant shifts the value only.
        throw new NotImplementedException("TODO Dual.op_Subtraction: return (f − c, f′).");
    }

    /// <summary>c − (f, f′) = (c − f, −f′).</summary>
    /// <param name="c">A constant.</param>
    /// <param name="u">The dual operand.</param>
    /// <returns>The difference.</returns>
    public static Dual operator -(double c, Dual u)
    {
        // TODO: the derivative of c − f is −f′.
        throw new NotImplementedException("TODO Dual.op_Subtraction: return (c − f, −f′).");
    }

    /// <summary>Negation: −(f, f′) = (−f, −f′).</summary>
    /// <param name="u">The operand.</param>
    /// <returns>The negated dual.</returns>
    public static Dual operator -(Dual u)
    {
        // TODO: negate both parts.
        throw new NotImplementedException("TODO Dual.op_UnaryNegation: return (−f, −f′).");
    }

    /// <summary>Product rule: (f, f′)·(g, g′) = (fg, f′g + fg′), from (f + f′δ)(g + g′δ) = fg + (f′g + fg′)δ + f′g′δ².</summary>
    /// <param name="u">The left factor.</param>
    /// <param name="v">The right factor.</param>
    /// <returns>The product.</returns>
    public static Dual operator *(Dual u, Dual v)
    {
        // TODO: multiply out (f + f′δ)(g + g′δ) and drop the δ² term.
        throw new NotImplementedException("TODO Dual.op_Multiply: return (fg, f′g + fg′).");
    }

    /// <summary>(f, f′)·c = (cf, cf′).</summary>
    /// <param name="u">The dual factor.</param>
    /// <param name="c">A constant.</param>
    /// <returns>The product.</returns>
    public static Dual operator *(Dual u, double c)
    {
        // TODO: a constant factor scales both parts.
        throw new NotImplementedException("TODO Dual.op_Multiply: return (cf, cf′).");
    }

    /// <summary>c·(f, f′) = (cf, cf′).</summary>
    /// <param name="c">A constant.</param>
    /// <param name="u">The dual factor.</param>
    /// <returns>The product.</returns>
    public static Dual operator *(double c, Dual u)
    {
        // TODO: a constant factor scales both parts.
        throw new NotImplementedException("TODO Dual.op_Multiply: return (cf, cf′).");
    }

    /// <summary>Quotient rule: (f, f′)/(g, g′) = (f/g, (f′g − fg′)/g²) = (f/g, (f′ − (f/g)·g′)/g).</summary>
    /// <param name="u">The numerator.</param>
    /// <param name="v">The denominator.</param>
    /// <returns>The quotient; non-finite when the denominator's value is 0 (see the remarks on the type).</returns>
    public static Dual operator /(Dual u, Dual v)
    {
        // TODO: compute q = f/g first; then the derivative is (f′ − q·g′)/g.
        throw new NotImplementedException("TODO Dual.op_Division: return (f/g, (f′g − fg′)/g²).");
    }

    /// <summary>(f, f′)/c = (f/c, f′/c).</summary>
    /// <param name="u">The numerator.</param>
    /// <param name="c">A constant denominator.</param>
    /// <returns>The quotient.</returns>
    public static Dual operator /(Dual u, double c)
    {
        // TODO: dividing by a constant scales both parts.
        throw new NotImplementedException("TODO Dual.op_Division: return (f/c, f′/c).");
    }

    /// <summary>c/(f, f′) = (c/f, −c·f′/f²) = (c/f, −(c/f)·f′/f).</summary>
    /// <param name="c">A constant numerator.</param>
    /// <param name="u">The denominator.</param>
    /// <returns>The quotient.</returns>
    public static Dual operator /(double c, Dual u)
    {
        // TODO: d(c/f)/dx = −c·f′/f²: compute q = c/f first, then −q·f′/f (no f²).
        throw new NotImplementedException("TODO Dual.op_Division: return (c/f, −c·f′/f²).");
    }

    /// <summary>sin(f, f′) = (sin f, cos f · f′).</summary>
    /// <param name="u">The argument.</param>
    /// <returns>The sine.</returns>
    public static Dual Sin(Dual u)
    {
        // TODO: the chain rule: the outer derivative at the inner value, times the inner derivative.
        throw new NotImplementedException("TODO Dual.Sin: return (sin f, cos f · f′).");
    }

    /// <summary>cos(f, f′) = (cos f, −sin f · f′).</summary>
    /// <param name="u">The argument.</param>
    /// <returns>The cosine.</returns>
    public static Dual Cos(Dual u)
    {
        // TODO: mind the sign: (cos)′ = −sin.
        throw new NotImplementedException("TODO Dual.Cos: return (cos f, −sin f · f′).");
    }

    /// <summary>exp(f, f′) = (e^f, e^f · f′).</summary>
    /// <param name="u">The argument.</param>
    /// <returns>The exponential.</returns>
    public static Dual Exp(Dual u)
    {
        // TODO: compute e^f once and use it for both parts.
        throw new NotImplementedException("TODO Dual.Exp: return (e^f, e^f · f′).");
    }

    /// <summary>ln(f, f′) = (ln f, f′/f). For f ≤ 0 the result is not finite (see the remarks on the type).</summary>
    /// <param name="u">The argument.</param>
    /// <returns>The natural logarithm.</returns>
    public static Dual Log(Dual u)
    {
        // TODO: (ln)′(f) = 1/f.
        throw new NotImplementedException("TODO Dual.Log: return (ln f, f′/f).");
    }

    /// <summary>
    /// Power with a constant exponent: (f, f′)^p = (f^p, p·f^{p−1}·f′). For p = 0 the result is the constant (1, 0),
    /// even at f = 0 (where p·f^{p−1} would be 0·∞).
    /// </summary>
    /// <param name="u">The base.</param>
    /// <param name="p">The constant exponent.</param>
    /// <returns>The power.</returns>
    public static Dual Pow(Dual u, double p)
    {
        // TODO: the power rule times f′; treat p = 0 separately.
        throw new NotImplementedException("TODO Dual.Pow: return (f^p, p·f^{p−1}·f′).");
    }

    /// <summary>√(f, f′) = (√f, f′/(2√f)). At f = 0 the derivative is infinite (see the remarks on the type).</summary>
    /// <param name="u">The argument.</param>
    /// <returns>The square root.</returns>
    public static Dual Sqrt(Dual u)
    {
        // TODO: compute √f once and use it for both parts.
        throw new NotImplementedException("TODO Dual.Sqrt: return (√f, f′/(2√f)).");
    }
}

/// <summary>
/// Forward-mode automatic differentiation: run a function on dual numbers and read the derivative off the result.
/// One evaluation gives the derivative along one direction, so a gradient in n variables costs n evaluations.
/// </summary>
/// <remarks>Lesson: katas/02-calculus/09-forward-mode-ad/README.md</remarks>
public static class ForwardMode
{
    /// <summary>
    /// f′(x), exact up to rounding: evaluate f on <see cref="Dual.Variable"/>(x) and return the result's derivative.
    /// </summary>
    /// <param name="f">The function, written with <see cref="Dual"/> arithmetic.</param>
    /// <param name="x">The point, finite.</param>
    /// <returns>f′(x).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN or infinite (message contains "finite").</exception>
    public static double Derivative(Func<Dual, Dual> f, double x)
    {
        // TODO: seed x with derivative 1 and evaluate f once.
        throw new NotImplementedException("TODO ForwardMode.Derivative: return f(Dual.Variable(x)).Derivative.");
    }

    /// <summary>
    /// The gradient ∇f(x), one forward pass per coordinate (i a C# index from 0): pass i gives xᵢ the derivative 1
    /// and every other coordinate the derivative 0, so the result's derivative is ∂f/∂xᵢ. Exactly n evaluations of
    /// <paramref name="f"/>, each on a new array (f may modify its argument); <paramref name="x"/> is not modified.
    /// </summary>
    /// <param name="f">A scalar function of n variables, written with <see cref="Dual"/> arithmetic.</param>
    /// <param name="x">The point, n finite entries.</param>
    /// <returns>The gradient, n entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An entry of <paramref name="x"/> is NaN or infinite (message contains "finite").</exception>
    public static double[] Gradient(Func<Dual[], Dual> f, double[] x)
    {
        // TODO: for each i, build duals (xⱼ, j == i ? 1 : 0), evaluate f and keep the derivative.
        throw new NotImplementedException("TODO ForwardMode.Gradient: return ∂f/∂xᵢ for each i, one dual pass per coordinate.");
    }
}
