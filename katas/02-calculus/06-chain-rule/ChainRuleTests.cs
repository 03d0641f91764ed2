using MathForML.Verification;

namespace MathForML.Calculus.Tests;

/// <summary>The chain rule in one variable and for Jacobians, checked against the harness's finite differences.</summary>
public class ChainRuleTests
{
    // Outer functions with their derivatives, for random compositions.
    private static readonly (string Name, Func<double, double> F, Func<double, double> FPrime)[] Outer =
    [
        ("sin", Math.Sin, Math.Cos),
        ("exp", Math.Exp, Math.Exp),
        ("tanh", Math.Tanh, t => 1 - (Math.Tanh(t) * Math.Tanh(t))),
        ("t³", t => t * t * t, t => 3 * t * t),
        ("ln(1 + t²)", t => Math.Log(1 + (t * t)), t => 2 * t / (1 + (t * t))),
    ];

    [Test, Order(1)]
    // d/dx sin(x²) = cos(x²)·2x. At x = √π: cos(π)·2√π = −2√π ≈ −3.545. (cos(√π)·2√π, the derivative of f taken at
    // x instead of at g(x), would be ≈ −0.73.)
    public void The_derivative_of_sin_of_x_squared_at_root_pi() =>
        ChainRule.DerivativeOfComposition(Math.Cos, x => x * x, x => 2 * x, Math.Sqrt(Math.PI))
            .Should().BeApproximately(-2 * Math.Sqrt(Math.PI), Tolerance.Tight);

    [Test, Order(2)]
    // d/dx e^{3x + 1} = e^{3x + 1}·3; at x = 0 that is 3e ≈ 8.155.
    public void The_derivative_of_exp_of_a_linear_function() =>
        ChainRule.DerivativeOfComposition(Math.Exp, x => (3 * x) + 1, _ => 3, 0).Should().BeApproximately(3 * Math.E, Tolerance.Tight);

    [Test, Order(3)]
    // f′(g(x))·g′(x) agrees with the harness's central difference of x ↦ f(g(x)), for random outer functions and
    // random inner functions g(x) = a·sin(x) + b·x.
    public void The_scalar_chain_rule_agrees_with_the_numerical_derivative([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        foreach (var (name, f, fPrime) in Outer)
        {
            var (a, b, x) = (data.Random.Uniform(-2, 2), data.Random.Uniform(-2, 2), data.Random.Uniform(-2, 2));
            double G(double t) => (a * Math.Sin(t)) + (b * t);
            double GPrime(double t) => (a * Math.Cos(t)) + b;

            var chain = ChainRule.DerivativeOfComposition(fPrime, G, GPrime, x);

            GradientCheck.RelativeError(chain, GradientCheck.NumericalDerivative(t => f(G(t)), x))
                .Should().BeLessThanOrEqualTo(GradientCheck.GoodAgreement, "f = {0}, g(t) = {1}·sin t + {2}·t at x = {3}", name, a, b, x);
        }
    }

    [Test, Order(4)]
    // [1 2] (1 × 2) times [3; 4] (2 × 1) is the 1 × 1 matrix [1·3 + 2·4] = [11].
    // For 2 × 2 matrices the order matters: [[1, 2], [0, 1]]·[[1, 0], [3, 1]] = [[7, 2], [3, 1]], while the other
    // order gives [[1, 2], [3, 7]].
    public void Composing_Jacobians_by_hand()
    {
        ChainRule.ComposeJacobians(new double[,] { { 1, 2 } }, new double[,] { { 3 }, { 4 } })
            .Should().BeApproximately(new double[,] { { 11 } }, Tolerance.Tight);
        ChainRule.ComposeJacobians(new double[,] { { 1, 2 }, { 0, 1 } }, new double[,] { { 1, 0 }, { 3, 1 } })
            .Should().BeApproximately(new double[,] { { 7, 2 }, { 3, 1 } }, Tolerance.Tight);
    }

    [Test, Order(5)]
    // The product of a p × m and an m × n matrix, entry by entry, as MathNet computes it — for random shapes.
    public void Composing_Jacobians_is_the_matrix_product([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (p, m, n) = (data.Random.NextInt(1, 5), data.Random.NextInt(1, 5), data.Random.NextInt(1, 5));
        var (outer, inner) = (data.Matrix(p, m), data.Matrix(m, n));
        var (outerCopy, innerCopy) = ((double[,])outer.Clone(), (double[,])inner.Clone());

        var composed = ChainRule.ComposeJacobians(outer, inner);

        composed.Should().HaveShape(p, n);
        composed.Should().BeApproximately(Oracle.ToMatrix(outer) * Oracle.ToMatrix(inner), Tolerance.Default);
        outer.Should().BeApproximately(outerCopy, Tolerance.AbsoluteOnly(0));
        inner.Should().BeApproximately(innerCopy, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(6)]
    // g: ℝ² → ℝ³, g(x, y) = (xy, sin x, y²) and f: ℝ³ → ℝ², f(u, v, w) = (u + vw, e^u·w). J_f(g(x))·J_g(x) is 2 × 2
    // and equals the numerical Jacobian of f ∘ g. (J_g·J_f would be 3 × 3: the order is forced by the shapes.)
    public void The_Jacobian_of_a_composition_is_the_outer_Jacobian_times_the_inner_one([Range(1, 5)] int seed)
    {
        var x = new TestData(seed).Vector(2, -2, 2);
        static double[] G(double[] v) => [v[0] * v[1], Math.Sin(v[0]), v[1] * v[1]];
        static double[] F(double[] u) => [u[0] + (u[1] * u[2]), Math.Exp(u[0]) * u[2]];
        var y = G(x);
        var jg = new double[,] { { x[1], x[0] }, { Math.Cos(x[0]), 0 }, { 0, 2 * x[1] } };
        var jf = new double[,] { { 1, y[2], y[1] }, { Math.Exp(y[0]) * y[2], 0, Math.Exp(y[0]) } };

        var composed = ChainRule.ComposeJacobians(jf, jg);

        composed.Should().HaveShape(2, 2);
        composed.Should().BeApproximately(GradientCheck.NumericalJacobian(v => F(G(v)), x), Tolerance.Loose);
    }

    [Test, Order(7)]
    // For maps ℝ² → ℝ² both orders have the right shape, but only J_f(g(x))·J_g(x) is the Jacobian of f ∘ g:
    // g(x, y) = (x + y², xy) and f(u, v) = (sin u, u·v²). Swapping the factors gives J_g·J_f, a different matrix.
    public void The_order_of_the_factors_matters_even_for_square_Jacobians([Range(1, 5)] int seed)
    {
        var x = new TestData(seed).Vector(2, -2, 2);
        static double[] G(double[] v) => [v[0] + (v[1] * v[1]), v[0] * v[1]];
        static double[] F(double[] u) => [Math.Sin(u[0]), u[0] * u[1] * u[1]];
        var (u, v) = (x[0] + (x[1] * x[1]), x[0] * x[1]);
        var jg = new double[,] { { 1, 2 * x[1] }, { x[1], x[0] } };
        var jf = new double[,] { { Math.Cos(u), 0 }, { v * v, 2 * u * v } };
        var numerical = GradientCheck.NumericalJacobian(p => F(G(p)), x);

        ChainRule.ComposeJacobians(jf, jg).Should().BeApproximately(numerical, Tolerance.Loose);
        var swapped = Oracle.ToMatrix(jg) * Oracle.ToMatrix(jf);
        (swapped - Oracle.ToMatrix(numerical)).FrobeniusNorm().Should().BeGreaterThan(1e-3, "J_g·J_f is not the Jacobian of f ∘ g");
    }

    [Test, Order(8)]
    // Backpropagation in miniature: the loss ℓ(y) = ½‖y‖² has the 1 × m Jacobian yᵀ. Composing it with the layer's
    // Jacobian J_g gives the gradient of ℓ ∘ g as a 1 × n row: ∇ₓℓ = J_gᵀ·y.
    public void A_loss_gradient_flows_back_through_a_layer_as_a_row_times_a_Jacobian([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (w, x) = (data.Matrix(3, 4), data.Vector(4));
        double[] Layer(double[] v) => (Oracle.ToMatrix(w) * Oracle.ToVector(v)).Select(Math.Tanh).ToArray();
        static double Loss(double[] y) => 0.5 * y.Sum(t => t * t);
        var y = Layer(x);
        var layerJacobian = new double[3, 4];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                layerJacobian[i, j] = (1 - (y[i] * y[i])) * w[i, j];
            }
        }
        var lossJacobian = new double[1, 3];
        for (var i = 0; i < 3; i++)
        {
            lossJacobian[0, i] = y[i];
        }

        var row = ChainRule.ComposeJacobians(lossJacobian, layerJacobian);

        row.Should().HaveShape(1, 4);
        Enumerable.Range(0, 4).Select(j => row[0, j]).Should().BeApproximately(GradientCheck.NumericalGradient(v => Loss(Layer(v)), x), Tolerance.Loose);
    }

    [Test, Order(9)]
    // Three maps: J_{f∘g∘h} = J_f·J_g·J_h, and it does not matter which pair is composed first (associativity).
    public void Composing_three_Jacobians_in_either_grouping_gives_the_same_result([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, b, c) = (data.Matrix(2, 3), data.Matrix(3, 4), data.Matrix(4, 2));

        ChainRule.ComposeJacobians(ChainRule.ComposeJacobians(a, b), c)
            .Should().BeApproximately(ChainRule.ComposeJacobians(a, ChainRule.ComposeJacobians(b, c)), Tolerance.Default);
    }

    [Test, Order(10)]
    // f takes 3 inputs but g produces 4 outputs: f ∘ g makes no sense, and the message shows both shapes.
    public void Jacobians_whose_shapes_do_not_chain_are_rejected()
    {
        FluentActions.Invoking(() => ChainRule.ComposeJacobians(new double[2, 3], new double[4, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*2×3*").WithMessage("*4×2*");
        FluentActions.Invoking(() => ChainRule.ComposeJacobians(new double[3, 2], new double[3, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*3×2*");
    }

    [Test, Order(11)]
    public void Missing_arguments_are_rejected()
    {
        FluentActions.Invoking(() => ChainRule.ComposeJacobians(null!, new double[1, 1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChainRule.ComposeJacobians(new double[1, 1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChainRule.DerivativeOfComposition(null!, Math.Sin, Math.Cos, 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChainRule.DerivativeOfComposition(Math.Cos, null!, Math.Cos, 0)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChainRule.DerivativeOfComposition(Math.Cos, Math.Sin, null!, 0)).Should().Throw<ArgumentNullException>();
    }
}
