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
