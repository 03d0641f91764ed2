using MathForML.Verification;

namespace MathForML.Calculus.Tests;

/// <summary>
/// Expression trees: evaluate, differentiate, simplify. The property tests build random trees together with the
/// ordinary C# function each tree stands for, and compare against that function and its numerical derivative.
/// </summary>
public class SymbolicTests
{
    private static readonly X x = new();

    [Test, Order(1)]
    // At x = 2: 3·x² + sin(0·x) − 1/x = 3·4 + 0 − 0.5 = 11.5, and ln(e^x) = x = 2, cos(x − x) = 1.
    public void Evaluation_by_hand()
    {
        Symbolic.Evaluate(3 * new Pow(x, 2) + new Sin(0 * x) - 1 / x, 2).Should().BeApproximately(11.5, Tolerance.Tight);
        Symbolic.Evaluate(new Log(new Exp(x)), 2).Should().BeApproximately(2, Tolerance.Tight);
        Symbolic.Evaluate(new Cos(x - x), 2).Should().Be(1);
        Symbolic.Evaluate(new Const(-4.5), 2).Should().Be(-4.5);
    }

    [Test, Order(2)]
    // A tree evaluates to the same number as the C# function it was built from, at any point where that is finite.
    public void Evaluation_agrees_with_the_function_the_tree_stands_for([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var checkedPoints = 0;
        for (var tree = 0; tree < 20; tree++)
        {
            var (expression, function) = RandomTree(data.Random, depth: 4);
            foreach (var point in data.Vector(5, -2, 2))
            {
                var expected = function(point);
                if (double.IsFinite(expected))
                {
                    Symbolic.Evaluate(expression, point).Should().BeApproximately(expected, Tolerance.Tight, "{0} at x = {1}", expression, point);
                    checkedPoints++;
                }
            }
        }
        checkedPoints.Should().BeGreaterThan(50);
    }

    [Test, Order(3)]
    // d/dx x² = 2·x¹·1 = 2x: at x = 3 the derivative is 6, at x = −0.5 it is −1.
    public void The_derivative_of_x_squared_is_two_x()
    {
        var derivative = Symbolic.Differentiate(new Pow(x, 2));

        Symbolic.Evaluate(derivative, 3).Should().BeApproximately(6, Tolerance.Tight);
        Symbolic.Evaluate(derivative, -0.5).Should().BeApproximately(-1, Tolerance.Tight);
    }

    [Test, Order(4)]
    // Constants have slope 0 and x has slope 1; sums, differences and constant multiples go term by term:
    // (5 + x − 4x)′ = 0 + 1 − (0·x + 4·1) = −3 everywhere.
    public void Constants_the_variable_and_linear_combinations()
    {
        Symbolic.Evaluate(Symbolic.Differentiate(new Const(7)), 1.5).Should().Be(0);
        Symbolic.Evaluate(Symbolic.Differentiate(x), 1.5).Should().Be(1);
        Symbolic.Evaluate(Symbolic.Differentiate(5 + x - 4 * x), 1.5).Should().BeApproximately(-3, Tolerance.Tight);
    }

    [Test, Order(5)]
    // Chain rule: d/dx sin(x²) = cos(x²)·2x. At x = √π: cos(π)·2√π = −2√π ≈ −3.5449.
    public void The_derivative_of_sin_of_x_squared_uses_the_chain_rule()
    {
        var derivative = Symbolic.Differentiate(new Sin(new Pow(x, 2)));

        Symbolic.Evaluate(derivative, Math.Sqrt(Math.PI)).Should().BeApproximately(-2 * Math.Sqrt(Math.PI), Tolerance.Default);
        Symbolic.Evaluate(derivative, 0.7).Should().BeApproximately(Math.Cos(0.49) * 1.4, Tolerance.Default);
    }

    [Test, Order(6)]
    // (ln x)′ = 1/x; (e^x)′ = e^x; (cos x)′ = −sin x; (x·sin x)′ = sin x + x·cos x; (1/x)′ = −1/x², all at x = 2.
    public void Derivatives_of_the_elementary_functions_and_the_product_and_quotient_rules()
    {
        const double at = 2;
        double D(Expr e) => Symbolic.Evaluate(Symbolic.Differentiate(e), at);

        D(new Log(x)).Should().BeApproximately(0.5, Tolerance.Tight);
        D(new Exp(x)).Should().BeApproximately(Math.Exp(at), Tolerance.Tight);
        D(new Cos(x)).Should().BeApproximately(-Math.Sin(at), Tolerance.Tight);
        D(x * new Sin(x)).Should().BeApproximately(Math.Sin(at) + (at * Math.Cos(at)), Tolerance.Tight);
        D(1 / x).Should().BeApproximately(-0.25, Tolerance.Tight);
        D(new Pow(x, 0.5)).Should().BeApproximately(0.5 / Math.Sqrt(at), Tolerance.Tight);
    }

    [Test, Order(7)]
    // On random trees (depth ≤ 4) the symbolic derivative agrees with the central difference of the function, at
    // every sampled point where the function is finite and smooth (two step sizes give the same difference quotient).
    public void The_symbolic_derivative_agrees_with_the_numerical_derivative([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var checkedPoints = 0;
        for (var tree = 0; tree < 20; tree++)
        {
            var (expression, function) = RandomTree(data.Random, depth: 4);
            var derivative = Symbolic.Differentiate(expression);
            foreach (var point in data.Vector(5, -2, 2))
            {
                if (IsSmoothAt(function, point))
                {
                    var numerical = GradientCheck.NumericalDerivative(function, point);
                    GradientCheck.RelativeError(Symbolic.Evaluate(derivative, point), numerical)
                        .Should().BeLessThan(1e-6, "d/dx {0} = {1} at x = {2}", expression, derivative, point);
                    checkedPoints++;
                }
            }
        }
        checkedPoints.Should().BeGreaterThan(50);
    }

    [Test, Order(8)]
    // 0·x + 1·x: 0·x → 0, 1·x → x, 0 + x → x. Simplification has to work from the leaves up to see this.
    public void Simplify_removes_zero_and_one_factors() =>
        Symbolic.Simplify(0 * x + 1 * x).Should().Be(x);

    [Test, Order(9)]
    // The identities one by one, and constant folding: 2 + 3 → 5, sin(0) → 0, 2·(x·1) → 2·x, x^1 → x, x^0 → 1.
    public void Simplify_applies_each_identity_and_folds_constants()
    {
        var u = new Sin(x);
        Symbolic.Simplify(u + 0).Should().Be(u);
        Symbolic.Simplify(0 + u).Should().Be(u);
        Symbolic.Simplify(u - 0).Should().Be(u);
        Symbolic.Simplify(u * 0).Should().Be(new Const(0));
        Symbolic.Simplify(0 * u).Should().Be(new Const(0));
        Symbolic.Simplify(u * 1).Should().Be(u);
        Symbolic.Simplify(u / 1).Should().Be(u);
        Symbolic.Simplify(0 / u).Should().Be(new Const(0));
        Symbolic.Simplify(new Pow(u, 1)).Should().Be(u);
        Symbolic.Simplify(new Pow(u, 0)).Should().Be(new Const(1));
        Symbolic.Simplify(new Const(2) + 3).Should().Be(new Const(5));
        Symbolic.Simplify(new Const(2) - 3).Should().Be(new Const(-1));
        Symbolic.Simplify(new Const(1) / 4).Should().Be(new Const(0.25));
        Symbolic.Simplify(new Pow(new Const(3), 2)).Should().Be(new Const(9));
        Symbolic.Simplify(new Sin(new Const(0))).Should().Be(new Const(0));
        Symbolic.Simplify(new Exp(new Const(0)) * new Cos(new Const(0))).Should().Be(new Const(1));
        Symbolic.Simplify(new Log(new Const(1)) + new Log(x)).Should().Be(new Log(x));
        Symbolic.Simplify(2 * (x * 1)).Should().Be(2 * x);
        Symbolic.Simplify(new Pow(x, 1) - x).Should().Be(x - x);
    }

    [Test, Order(10)]
    // Folding must keep the value: ln(−1) is NaN and 1/0 is ∞, so those nodes stay unfolded, and a tree without
    // anything to simplify comes back equal.
    public void Simplify_keeps_nodes_whose_value_is_not_finite_and_leaves_simple_trees_alone()
    {
        Symbolic.Simplify(new Log(new Const(-1))).Should().Be(new Log(new Const(-1)));
        Symbolic.Simplify(new Const(1) / 0).Should().Be(new Const(1) / 0);
        var simple = (x * new Exp(x)) + new Pow(x - 2, 3);
        Symbolic.Simplify(simple).Should().Be(simple);
    }

    [Test, Order(11)]
    // The identities are about exactly 0 and exactly 1, not "small" or "close to 1": 10⁻³⁰⁰·x, x + 10⁻³⁰⁰,
    // (1 + 2⁻⁵²)·x (the double just above 1) and x^(10⁻³⁰⁰) are all left alone — a tolerance would silently change
    // their values. And folding 10³⁰⁰·10³⁰⁰ would give ∞, so that node stays too.
    public void Only_exact_zeros_and_ones_are_simplified_away()
    {
        var justAboveOne = 1 + Math.ScaleB(1, -52);
        Expr[] untouched =
        [
            new Const(1e-300) * x,
            x + new Const(1e-300),
            new Const(justAboveOne) * x,
            x / new Const(justAboveOne),
            new Pow(x, 1e-300),
            new Pow(x, justAboveOne),
            new Const(1e300) * new Const(1e300),
        ];

        foreach (var e in untouched)
        {
            Symbolic.Simplify(e).Should().Be(e, "{0} has no exact 0 or 1 to remove and no finite constant to fold", e);
        }
    }

    [Test, Order(12)]
    // Simplified trees print in ordinary, fully parenthesised notation: (x + 0)·(eˣ/1) − (1·ln x)² + cos(0 + x)
    // + sin(x)/(x + 1) loses every 0 and 1.
    public void A_simplified_tree_prints_without_the_zeros_and_ones()
    {
        var e = ((x + 0) * (new Exp(x) / 1)) - new Pow(1 * new Log(x), 2) + new Cos(new Const(0) + x) + (new Sin(x) / (x + 1));

        Symbolic.Simplify(e).ToString().Should().Be("((((x · exp(x)) - ln(x)^2) + cos(x)) + (sin(x) / (x + 1)))");
    }

    [Test, Order(13)]
    // d/dx x² comes out as (2·x^1)·1 or similar; simplified it has no more than 3 nodes (2 · x) and still gives 2x.
    public void Simplifying_a_derivative_removes_the_leftovers_of_the_rules()
    {
        var simplified = Symbolic.Simplify(Symbolic.Differentiate(new Pow(x, 2)));

        simplified.Size.Should().BeLessThanOrEqualTo(3, "2·x has three nodes, but got {0}", simplified);
        Symbolic.Evaluate(simplified, 1.25).Should().Be(2.5);
    }

    [Test, Order(14)]
    // On random trees, Simplify keeps the value wherever the tree is finite, never adds nodes, and is idempotent.
    public void Simplify_preserves_values_never_grows_the_tree_and_is_a_fixed_point([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var shrunk = 0;
        for (var tree = 0; tree < 20; tree++)
        {
            var (expression, function) = RandomTree(data.Random, depth: 4);
            var simplified = Symbolic.Simplify(expression);

            simplified.Size.Should().BeLessThanOrEqualTo(expression.Size, "Simplify({0}) = {1}", expression, simplified);
            Symbolic.Simplify(simplified).Should().Be(simplified, "{0} is already simplified", simplified);
            shrunk += simplified.Size < expression.Size ? 1 : 0;
            foreach (var point in data.Vector(5, -2, 2))
            {
                var expected = function(point);
                if (double.IsFinite(expected))
                {
                    Symbolic.Evaluate(simplified, point).Should().BeApproximately(expected, Tolerance.Tight, "Simplify({0}) = {1} at x = {2}", expression, simplified, point);
                }
            }
        }
        shrunk.Should().BePositive("some random trees contain 0, 1 or constant subtrees");
    }

    [Test, Order(15)]
    // Symbolic derivatives of random trees can be simplified like any tree: the value is unchanged.
    public void A_simplified_derivative_has_the_same_values_as_the_derivative([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        for (var tree = 0; tree < 20; tree++)
        {
            var derivative = Symbolic.Differentiate(RandomTree(data.Random, depth: 3).Expression);
            var simplified = Symbolic.Simplify(derivative);

            simplified.Size.Should().BeLessThanOrEqualTo(derivative.Size, "Simplify({0}) = {1}", derivative, simplified);
            foreach (var point in data.Vector(3, -2, 2))
            {
                var expected = Symbolic.Evaluate(derivative, point);
                if (double.IsFinite(expected))
                {
                    Symbolic.Evaluate(simplified, point).Should().BeApproximately(expected, Tolerance.Default, "Simplify({0}) = {1} at x = {2}", derivative, simplified, point);
                }
            }
        }
    }

    [Test, Order(16)]
    // A missing tree, or a missing child inside one, is a programming error, not an expression.
    public void Missing_expressions_are_rejected()
    {
        FluentActions.Invoking(() => Symbolic.Differentiate(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Symbolic.Evaluate(null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Symbolic.Simplify(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Symbolic.Differentiate(new Sin(null!))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Symbolic.Evaluate(x + null!, 1)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(17)]
    // x^NaN and x^∞ are not powers one can differentiate: n·x^(n−1) is meaningless. ln(−1) is simply NaN.
    public void Powers_with_a_non_finite_exponent_are_rejected()
    {
        FluentActions.Invoking(() => Symbolic.Differentiate(new Pow(x, double.NaN))).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Symbolic.Evaluate(new Pow(x, double.PositiveInfinity), 2)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Symbolic.Simplify(new Pow(x, double.NegativeInfinity))).Should().Throw<ArgumentException>().WithMessage("*finite*");
        Symbolic.Evaluate(new Log(x), -1).Should().Be(double.NaN);
    }

    [Test, Order(18)]
    // The three methods know the node types of Symbolic.cs; any other subclass of Expr is refused, not guessed at.
    public void Node_types_the_methods_do_not_know_are_rejected()
    {
        var tan = new Tan(x);

        FluentActions.Invoking(() => Symbolic.Evaluate(tan, 1)).Should().Throw<ArgumentException>().WithMessage("*unknown*");
        FluentActions.Invoking(() => Symbolic.Differentiate(new Sin(tan))).Should().Throw<ArgumentException>().WithMessage("*unknown*");
        FluentActions.Invoking(() => Symbolic.Simplify(x + tan)).Should().Throw<ArgumentException>().WithMessage("*unknown*");
    }

    /// <summary>
    /// A random tree of the given depth and the C# function it denotes. Leaves are x (often), 0, 1 or a random
    /// constant; powers use exponents 2, 3, −1 and 0.5. The function is NaN wherever any subtree is not finite
    /// (x/0, ln 0, (−1)^0.5, …), so that such points are skipped: a finite value built from infinite parts (sin(x)/∞)
    /// has no meaningful derivative.
    /// </summary>
    private static (Expr Expression, Func<double, double> Function) RandomTree(SeededRandom random, int depth)
    {
        if (depth == 0 || random.NextInt(5) == 0)
        {
            return random.NextInt(6) switch
            {
                0 => (new Const(0), _ => 0),
                1 => (new Const(1), _ => 1),
                2 => RandomConstant(random),
                _ => (x, t => t),
            };
        }

        var (u, f) = RandomTree(random, depth - 1);
        switch (random.NextInt(9))
        {
            case 0:
                var (v0, g0) = RandomTree(random, depth - 1);
                return (new Add(u, v0), t => Finite(f(t) + g0(t)));
            case 1:
                var (v1, g1) = RandomTree(random, depth - 1);
                return (new Sub(u, v1), t => Finite(f(t) - g1(t)));
            case 2:
                var (v2, g2) = RandomTree(random, depth - 1);
                return (new Mul(u, v2), t => Finite(f(t) * g2(t)));
            case 3:
                var (v3, g3) = RandomTree(random, depth - 1);
                return (new Div(u, v3), t => Finite(f(t) / g3(t)));
            case 4:
                var n = new[] { 2, 3, -1, 0.5 }[random.NextInt(4)];
                // u^0.5 and u^−1 have an infinite slope or a pole where u = 0: not a smooth point.
                return (new Pow(u, n), t => f(t) is var b && n < 1 && b == 0 ? double.NaN : Finite(Math.Pow(b, n)));
            case 5:
                return (new Exp(u), t => Finite(Math.Exp(f(t))));
            case 6:
                return (new Log(u), t => Finite(Math.Log(f(t))));
            case 7:
                return (new Sin(u), t => Finite(Math.Sin(f(t))));
            default:
                return (new Cos(u), t => Finite(Math.Cos(f(t))));
        }
    }

    /// <summary>A node type Symbolic does not know.</summary>
    private sealed record Tan(Expr Argument) : Expr
    {
        public override int Size => 1 + Argument.Size;

        public override string ToString() => $"tan({Argument})";
    }

    /// <summary>NaN for a non-finite value, so that a point where any part of the tree blows up is skipped as a whole.</summary>
    private static double Finite(double value) => double.IsFinite(value) ? value : double.NaN;

    private static (Expr, Func<double, double>) RandomConstant(SeededRandom random)
    {
        var c = Math.Round(random.Uniform(-3, 3), 2);
        return (new Const(c), _ => c);
    }

    /// <summary>
    /// Whether f is finite, moderate and smooth near the point: central differences with steps 10⁻⁴ and 10⁻⁵ agree
    /// closely only where no pole, kink or branch cut lies within reach of the steps.
    /// </summary>
    private static bool IsSmoothAt(Func<double, double> f, double point)
    {
        var value = f(point);
        if (!double.IsFinite(value) || Math.Abs(value) > 1e6)
        {
            return false;
        }
        var coarse = GradientCheck.NumericalDerivative(f, point, 1e-4);
        var fine = GradientCheck.NumericalDerivative(f, point, 1e-5);
        return double.IsFinite(coarse) && double.IsFinite(fine) && Math.Abs(fine) < 1e6
            && GradientCheck.RelativeError(coarse, fine) < 1e-7;
    }
}
