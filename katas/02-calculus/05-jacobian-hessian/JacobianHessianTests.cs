using MathForML.Verification;

namespace MathForML.Calculus.Tests;

/// <summary>
/// Jacobians (first derivatives of vector functions) and Hessians (second derivatives of scalar functions).
/// Tolerances: central first differences with h = 10⁻⁵ carry rounding error ε·|f|/h ≈ 10⁻¹⁰ (Loose is ample);
/// second differences with h = 10⁻⁴ carry truncation O(h²·|f⁗|) ≈ 10⁻⁹·|f⁗| plus rounding ≈ 4ε·|f|/h² ≈ 10⁻⁷·|f|.
/// </summary>
public class JacobianHessianTests
{
    [Test, Order(1)]
    // f(x, y) = (x²y, 5x + sin y): J = [[2xy, x²], [5, cos y]], which at (1, 0) is [[0, 1], [5, 1]].
    public void The_Jacobian_by_hand()
    {
        static double[] F(double[] v) => [v[0] * v[0] * v[1], (5 * v[0]) + Math.Sin(v[1])];

        JacobianHessian.Jacobian(F, [1, 0]).Should().BeApproximately(new double[,] { { 0, 1 }, { 5, 1 } }, Tolerance.Loose);
    }

    [Test, Order(2)]
    // Three outputs, two inputs: g(x, y) = (xy, x + y, x − y) has the 3 × 2 Jacobian [[y, x], [1, 1], [1, −1]],
    // [[3, 2], [1, 1], [1, −1]] at (2, 3). Rows are outputs, columns are inputs.
    public void The_Jacobian_has_one_row_per_output_and_one_column_per_input()
    {
        static double[] G(double[] v) => [v[0] * v[1], v[0] + v[1], v[0] - v[1]];

        var jacobian = JacobianHessian.Jacobian(G, [2, 3]);

        jacobian.Should().HaveShape(3, 2);
        jacobian.Should().BeApproximately(new double[,] { { 3, 2 }, { 1, 1 }, { 1, -1 } }, Tolerance.Loose);
    }

    [Test, Order(3)]
    // With the step given: for x³ at 1 and h = 0.1, (1.1³ − 0.9³)/0.2 = (1.331 − 0.729)/0.2 = 3.01 = 3 + h²·f‴/6.
    // The step is absolute, not scaled by |x| (as the harness's NumericalJacobian does): at x = 4 with h = 0.5,
    // (4.5³ − 3.5³)/1 = 91.125 − 42.875 = 48.25 = 3·4² + h², where a step of 0.5·4 = 2 would give 48 + 4 = 52.
    public void The_Jacobian_uses_the_central_difference_with_the_given_step()
    {
        JacobianHessian.Jacobian(v => [v[0] * v[0] * v[0]], [1], h: 0.1)
            .Should().BeApproximately(new double[,] { { 3.01 } }, Tolerance.Default);
        JacobianHessian.Jacobian(v => [v[0] * v[0] * v[0]], [4], h: 0.5)
            .Should().BeApproximately(new double[,] { { 48.25 } }, Tolerance.Default);
    }

    [Test, Order(4)]
    // x ↦ Ax is its own linear approximation, so its Jacobian is A itself (m × n, here never square).
    public void The_Jacobian_of_a_linear_map_is_its_matrix([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 5);
        var m = n + data.Random.NextInt(1, 3);
        var (rows, columns) = data.Random.NextInt(2) == 0 ? (m, n) : (n, m);
        var a = data.Matrix(rows, columns, -3, 3);

        var jacobian = JacobianHessian.Jacobian(v => (Oracle.ToMatrix(a) * Oracle.ToVector(v)).ToArray(), data.Vector(columns));

        jacobian.Should().HaveShape(rows, columns);
        jacobian.Should().BeApproximately(a, Tolerance.Loose);
    }

    [Test, Order(5)]
    // Polar to Cartesian, (r, θ) ↦ (r cos θ, r sin θ): J = [[cos θ, −r sin θ], [sin θ, r cos θ]] and
    // det J = r cos²θ + r sin²θ = r — the r in the area element dx dy = r dr dθ.
    public void The_polar_map_has_Jacobian_determinant_r([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (r, theta) = (data.Random.Uniform(0.5, 3), data.Random.Uniform(-Math.PI, Math.PI));
        static double[] Polar(double[] p) => [p[0] * Math.Cos(p[1]), p[0] * Math.Sin(p[1])];

        var jacobian = JacobianHessian.Jacobian(Polar, [r, theta]);

        jacobian.Should().BeApproximately(
            new double[,] { { Math.Cos(theta), -r * Math.Sin(theta) }, { Math.Sin(theta), r * Math.Cos(theta) } }, Tolerance.Loose);
        Oracle.Determinant(jacobian).Should().BeApproximately(r, Tolerance.Loose);
    }

    [Test, Order(6)]
    // On a nonlinear map ℝ³ → ℝ², the Jacobian agrees with the harness's NumericalJacobian; x is left untouched.
    public void The_Jacobian_agrees_with_the_harness([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Vector(3, -2, 2);
        var original = x.ToArray();
        static double[] F(double[] v) => [Math.Sin(v[0] * v[1]) + v[2], Math.Exp(0.5 * v[2]) * v[0] * v[0]];

        var jacobian = JacobianHessian.Jacobian(F, x);

        jacobian.Should().BeApproximately(GradientCheck.NumericalJacobian(F, original), Tolerance.Loose);
        x.Should().Equal(original);
    }

    [Test, Order(7)]
    // f(x, y) = x²y + y³: ∂²f/∂x² = 2y, ∂²f/∂x∂y = 2x, ∂²f/∂y² = 6y, so H = [[2y, 2x], [2x, 6y]] = [[4, 2], [2, 12]] at (1, 2).
    public void The_Hessian_by_hand()
    {
        static double F(double[] v) => (v[0] * v[0] * v[1]) + (v[1] * v[1] * v[1]);

        JacobianHessian.Hessian(F, [1, 2]).Should().BeApproximately(new double[,] { { 4, 2 }, { 2, 12 } }, Tolerance.Loose);
    }

    [Test, Order(8)]
    // With h = 0.1 the formulas show through: for x³y at (1, 1), H[0, 0] = (1.1³ − 2 + 0.9³)/0.01 = 6 (exact for
    // a cubic), H[0, 1] = (1.1³ − 0.9³)(1.1 − 0.9)/(4·0.01) = 0.602·0.2/0.04 = 3.01 (true value 3x² = 3), H[1, 1] = 0.
    // The step is absolute, even at x = 4: for x⁴ + x³y at (4, 1) with h = 0.5, H[0, 0] = 12x² + 2h² + 6xy = 192.5 + 24
    // = 216.5 (second differences of x⁴ carry 2h², of x³ nothing), H[0, 1] = 3x² + h² = 48.25 and H[1, 1] = 0 (f is
    // linear in y). A step scaled by |x| (0.5·4 = 2) would give 224 and 52. All of these are exact in binary.
    public void The_Hessian_uses_second_differences_with_the_given_step()
    {
        static double F(double[] v) => v[0] * v[0] * v[0] * v[1];
        static double G(double[] v) => (v[0] * v[0] * v[0] * v[0]) + (v[0] * v[0] * v[0] * v[1]);

        JacobianHessian.Hessian(F, [1, 1], h: 0.1)
            .Should().BeApproximately(new double[,] { { 6, 3.01 }, { 3.01, 0 } }, Tolerance.Default);
        JacobianHessian.Hessian(G, [4, 1], h: 0.5)
            .Should().BeApproximately(new double[,] { { 216.5, 48.25 }, { 48.25, 0 } }, Tolerance.Default);
    }

    [Test, Order(9)]
    // ½xᵀAx = ½Σᵢⱼ aᵢⱼxᵢxⱼ has ∂²/∂xᵢ∂xⱼ = ½(aᵢⱼ + aⱼᵢ): the Hessian is the symmetric part (A + Aᵀ)/2, even for A
    // not symmetric. A quadratic has no truncation error, only rounding (≈ 10⁻⁷).
    public void The_Hessian_of_a_quadratic_form_is_the_symmetric_part_of_its_matrix([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 6);
        var a = Oracle.ToMatrix(data.Matrix(n, n, -2, 2));
        double F(double[] v) => 0.5 * Oracle.ToVector(v).DotProduct(a * Oracle.ToVector(v));

        JacobianHessian.Hessian(F, data.Vector(n)).Should().BeApproximately((a + a.Transpose()) / 2, Tolerance.Loose);
    }

    [Test, Order(10)]
    // f(x) = e^{a·x}·sin(b·x): H = e^{a·x}·(sin(b·x)·(aaᵀ − bbᵀ) + cos(b·x)·(abᵀ + baᵀ)). The mixed partials are
    // computed once and mirrored, so H is exactly symmetric (Schwarz: ∂²f/∂xᵢ∂xⱼ = ∂²f/∂xⱼ∂xᵢ).
    public void The_Hessian_of_a_smooth_function_is_symmetric_and_matches_its_closed_form([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (a, b, x) = (data.Vector(3), data.Vector(3), data.Vector(3));
        static double Dot(double[] u, double[] v) => u.Zip(v, (p, q) => p * q).Sum();
        double F(double[] v) => Math.Exp(Dot(a, v)) * Math.Sin(Dot(b, v));
        var (e, s, c) = (Math.Exp(Dot(a, x)), Math.Sin(Dot(b, x)), Math.Cos(Dot(b, x)));
        var expected = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                expected[i, j] = e * ((s * ((a[i] * a[j]) - (b[i] * b[j]))) + (c * ((a[i] * b[j]) + (b[i] * a[j]))));
            }
        }

        var hessian = JacobianHessian.Hessian(F, x);

        hessian.Should().BeSymmetric(Tolerance.AbsoluteOnly(0));
        hessian.Should().BeApproximately(expected, Tolerance.Loose);
    }

    [Test, Order(11)]
    // The Hessian is the Jacobian of the gradient: differentiating ∇f(x) = (2x + y·z, x·z + e^y, x·y) once more
    // gives the same matrix as second differences of f(x, y, z) = x² + x·y·z + e^y.
    public void The_Hessian_is_the_Jacobian_of_the_gradient([Range(1, 5)] int seed)
    {
        var x = new TestData(seed).Vector(3, -1.5, 1.5);
        static double F(double[] v) => (v[0] * v[0]) + (v[0] * v[1] * v[2]) + Math.Exp(v[1]);
        static double[] Gradient(double[] v) => [(2 * v[0]) + (v[1] * v[2]), (v[0] * v[2]) + Math.Exp(v[1]), v[0] * v[1]];

        JacobianHessian.Hessian(F, x).Should().BeApproximately(JacobianHessian.Jacobian(Gradient, x), Tolerance.Loose);
    }

    [Test, Order(12)]
    // Rosenbrock f = (1 − x)² + 100(y − x²)²: H = [[2 − 400(y − x²) + 800x², −400x], [−400x, 200]], at the minimum
    // (1, 1) [[802, −400], [−400, 200]] — eigenvalues ≈ 1001.6 and 0.4, the long curved valley that makes it hard.
    // Truncation: ∂⁴f/∂x⁴ = 2400, so H[0, 0] is off by about h²·2400/12 = 2·10⁻⁶; 10⁻⁵ absolute allows for it.
    public void The_Hessian_of_Rosenbrock_at_its_minimum()
    {
        static double Rosenbrock(double[] v) => ((1 - v[0]) * (1 - v[0])) + (100 * (v[1] - (v[0] * v[0])) * (v[1] - (v[0] * v[0])));

        JacobianHessian.Hessian(Rosenbrock, [1, 1])
            .Should().BeApproximately(new double[,] { { 802, -400 }, { -400, 200 } }, Tolerance.AbsoluteOnly(1e-5));
    }

    [Test, Order(13)]
    public void Empty_points_and_bad_steps_are_rejected()
    {
        FluentActions.Invoking(() => JacobianHessian.Jacobian(v => v, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => JacobianHessian.Hessian(v => 0, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => JacobianHessian.Jacobian(v => v, [1], h: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => JacobianHessian.Hessian(v => 0, [1], h: -1e-4)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => JacobianHessian.Hessian(v => 0, [1], h: double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => JacobianHessian.Jacobian(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => JacobianHessian.Hessian(v => 0, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => JacobianHessian.Hessian(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => JacobianHessian.Jacobian(v => v, null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(14)]
    // A Jacobian needs a fixed number of outputs: one that returns 1 output left of 0 and 2 right of it has none,
    // and a function that returns no vector at all (null) has no Jacobian either.
    public void A_function_whose_output_length_changes_is_rejected()
    {
        FluentActions.Invoking(() => JacobianHessian.Jacobian(v => v[0] < 0 ? [v[0]] : [v[0], v[0]], [0]))
            .Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => JacobianHessian.Jacobian(v => v[1] < 2 ? [v[0]] : [v[0], v[0]], [0, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => JacobianHessian.Jacobian(v => null!, [0])).Should().Throw<ArgumentException>().WithMessage("*null*");
    }
}
