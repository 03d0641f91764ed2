using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The symbolic-differentiation kata's figures, drawn from your <see cref="Symbolic.Evaluate"/>,
/// <see cref="Symbolic.Differentiate"/> and <see cref="Symbolic.Simplify"/> (read, don't edit).
/// </summary>
public static class SymbolicFigures
{
    /// <summary>f(x) = x·sin x and its symbolic derivative, checked against central differences of f.</summary>
    /// <returns>The plot.</returns>
    [Figure("derivative", "f(x) = x·sin x and the tree your Simplify(Differentiate(f)) returns (its formula is in the legend), both evaluated by your Evaluate. The black dots are central differences of f: they sit on f′, which crosses zero exactly where f turns.")]
    public static Plot Derivative()
    {
        var x = new X();
        Expr f = x * new Sin(x);
        var derivative = Symbolic.Simplify(Symbolic.Differentiate(f));
        var xs = Enumerable.Range(0, 301).Select(i => -7.5 + (15.0 * i / 300)).ToArray();
        var checks = Enumerable.Range(0, 31).Select(i => -7.5 + (0.5 * i)).ToArray();
        const double h = 1e-5;
        return Charts.CurvesWithChecks(
            "f′ is zero exactly where f turns", "x", "value",
            [Series.Of("f(x) = " + f, xs, t => Symbolic.Evaluate(f, t)), Series.Of("f′(x) = " + Shortened(derivative), xs, t => Symbolic.Evaluate(derivative, t))],
            [Series.Of("(f(x + h) − f(x − h))/2h", checks, t => (Symbolic.Evaluate(f, t + h) - Symbolic.Evaluate(f, t - h)) / (2 * h))],
            (-7.5, 11));
    }

    /// <summary>The formula of a tree, cut short if it would not fit in the legend (an unsimplified tree can be long).</summary>
    private static string Shortened(Expr e)
    {
        var text = e.ToString();
        return text.Length <= 48 ? text : string.Concat(text.AsSpan(0, 47), "…");
    }

    /// <summary>The size of the derivative tree of x·x·…·x (n factors), before and after simplification.</summary>
    /// <returns>The plot.</returns>
    [Figure("expression-swell", "The product x·x·…·x of n factors is a tree of 2n − 1 nodes. The product rule turns it into a tree that grows like n² (your Differentiate), and Simplify removes the 1s and 0s but not the repeated subtrees, so the simplified derivative still grows like n².")]
    public static Plot ExpressionSwell()
    {
        var n = Enumerable.Range(1, 16).Select(k => (double)k).ToArray();
        Expr Product(double factors)
        {
            Expr e = new X();
            for (var k = 1; k < factors; k++)
            {
                e = e * new X();
            }

            return e;
        }

        return Charts.CurvesWithChecks(
            "Derivative trees swell: their size grows like n²", "number of factors n in x·x·…·x", "nodes in the tree",
            [
                Series.Of("f = x·x·…·x itself", n, k => Product(k).Size),
                Series.Of("Differentiate(f)", n, k => Symbolic.Differentiate(Product(k)).Size),
                Series.Of("Simplify(Differentiate(f))", n, k => Symbolic.Simplify(Symbolic.Differentiate(Product(k))).Size),
            ],
            [],
            legend: Alignment.UpperLeft);
    }
}
