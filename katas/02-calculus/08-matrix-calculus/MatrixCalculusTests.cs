using MathForML.Verification;

namespace MathForML.Calculus.Tests;

/// <summary>
/// Closed-form gradients of matrix expressions, each checked against central differences of the same function
/// (GradientCheck) on seeded inputs. The matrices are deliberately non-symmetric and non-square, so a formula that
/// only holds in a special case (2Ax instead of (A + Aᵀ)x, X instead of Xᵀ) cannot pass.
/// </summary>
public class MatrixCalculusTests
{
    [Test, Order(1)]
    // f(x) = 3x₀ − x₁ + 2x₂ ⇒ ∂f/∂x₀ = 3, ∂f/∂x₁ = −1, ∂f/∂x₂ = 2: the gradient of aᵀx is a.
    public void Gradient_of_a_linear_function_is_its_coefficient_vector()
    {
        double[] a = [3, -1, 2];

        var gradient = MatrixCalculus.GradientOfLinear(a);

        gradient.Should().Equal(3, -1, 2);
        gradient[0] = 99;

        gradient.Should().NotBeSameAs(a, "the gradient is a new array, not the caller's");
        a.Should().Equal(3, -1, 2);
    }

    [Test, Order(2)]
    // ∇ₓ aᵀx = a at every point x, confirmed by central differences of f(x) = Σᵢ aᵢxᵢ.
    public void Gradient_of_a_linear_function_agrees_with_finite_differences([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 8);
        var a = data.Vector(n, -5, 5);
        var x = data.Vector(n, -3, 3);

        GradientCheck.Compare(v => Dot(a, v), _ => MatrixCalculus.GradientOfLinear(a), x).Should().Agree();
    }

    [Test, Order(3)]
    // A = [1 2; 0 3], x = (1, 1): A + Aᵀ = [2 2; 2 6], so ∇ xᵀAx = (2 + 2, 2 + 6) = (4, 8).
    // (The symmetric-only shortcut 2Ax would give (6, 6).)
    public void Gradient_of_a_quadratic_form_worked_example() =>
        MatrixCalculus.GradientOfQuadraticForm(new double[,] { { 1, 2 }, { 0, 3 } }, [1, 1])
            .Should().BeApproximately([4, 8], Tolerance.Tight);

    [Test, Order(4)]
    // ∇ₓ xᵀAx = (A + Aᵀ)x for a non-symmetric A, against central differences of f(x) = Σᵢⱼ xᵢaᵢⱼxⱼ.
    public void Gradient_of_a_quadratic_form_agrees_with_finite_differences([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 7);
        var a = data.Matrix(n, n, -2, 2);
        var x = data.Vector(n, -2, 2);

        GradientCheck.Compare(v => QuadraticForm(a, v), v => MatrixCalculus.GradientOfQuadraticForm(a, v), x)
            .Should().Agree();
    }

    [Test, Order(5)]
    // When A = Aᵀ the two terms coincide: ∇ₓ xᵀAx = 2Ax, the formula to remember for Hessians and covariances.
    public void Gradient_of_a_symmetric_quadratic_form_is_twice_A_x([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 7);
        var a = data.Spd(n);
        var x = data.Vector(n);

        var expected = (2 * Oracle.ToMatrix(a) * Oracle.ToVector(x)).ToArray();

        MatrixCalculus.GradientOfQuadraticForm(a, x).Should().BeApproximately(expected, Tolerance.Tight);
    }

    [Test, Order(6)]
    // X = [1 0; 0 1; 1 1], w = (1, 2), y = 0: r = Xw − y = (1, 2, 3),
    // Xᵀr = (1·1 + 0·2 + 1·3, 0·1 + 1·2 + 1·3) = (4, 5), so ∇ = 2Xᵀr = (8, 10).
    public void Gradient_of_the_squared_residual_worked_example() =>
        MatrixCalculus.GradientOfSquaredResidual(new double[,] { { 1, 0 }, { 0, 1 }, { 1, 1 } }, [1, 2], [0, 0, 0])
            .Should().BeApproximately([8, 10], Tolerance.Tight);

    [Test, Order(7)]
    // ∇_w ‖Xw − y‖² = 2Xᵀ(Xw − y) for a tall X (more samples than features), against central differences.
    public void Gradient_of_the_squared_residual_agrees_with_finite_differences([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 5);
        var m = n + data.Random.NextInt(1, 5);
        var x = data.Matrix(m, n, -2, 2);
        var y = data.Vector(m, -3, 3);
        var w = data.Vector(n);

        GradientCheck.Compare(v => SquaredResidual(x, v, y), v => MatrixCalculus.GradientOfSquaredResidual(x, v, y), w)
            .Should().Agree();
    }

    [Test, Order(8)]
    // At the least-squares solution the gradient vanishes: 2Xᵀ(Xŵ − y) = 0 are the normal equations XᵀXŵ = Xᵀy.
    public void Gradient_of_the_squared_residual_vanishes_at_the_least_squares_solution([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Matrix(8, 3);
        var y = data.Vector(8);
        var best = Oracle.LeastSquares(x, y);

        MatrixCalculus.GradientOfSquaredResidual(x, best, y).Should().BeApproximately(new double[3], Tolerance.Default);
    }

    [Test, Order(9)]
    // Form the residual first, as 2Xᵀ(Xw − y) says, rather than expanding to 2(XᵀXw − Xᵀy): XᵀX squares the scale of
    // X. With X = s·[1 0; 0 1; 1 1], w = (1, 2)/s and y = (½, ½, ½), the residual is (½, 3/2, 5/2) and the gradient
    // 2s·(3, 4) for any s. At s = 10¹⁶⁰, XᵀX has entries 10³²⁰ = ∞; at s = 10⁻¹⁶⁰, entries 10⁻³²⁰, subnormal with only
    // a few digits left. Compared in relative terms, since the absolute size of the answer is the point.
    public void The_squared_residual_gradient_forms_the_residual_first([Values(1e160, 1e-160)] double s)
    {
        var x = new double[,] { { s, 0 }, { 0, s }, { s, s } };

        MatrixCalculus.GradientOfSquaredResidual(x, [1 / s, 2 / s], [0.5, 0.5, 0.5])
            .Should().BeApproximately([6 * s, 8 * s], Tolerance.RelativeOnly(1e-12), "for X of scale {0}", s);
    }

    [Test, Order(10)]
    // LSE(0, 0) = ln(e⁰ + e⁰) = ln 2, and LSE(ln 1, ln 3) = ln(1 + 3) = ln 4.
    public void Log_sum_exp_worked_examples()
    {
        MatrixCalculus.LogSumExp([0, 0]).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        MatrixCalculus.LogSumExp([0, Math.Log(3)]).Should().BeApproximately(Math.Log(4), Tolerance.Tight);
        MatrixCalculus.LogSumExp([7]).Should().BeApproximately(7, Tolerance.Tight);
    }

    [Test, Order(11)]
    // e¹⁰⁰⁰ overflows to ∞ and e⁻¹⁰⁰⁰ underflows to 0, but with the max-shift
    // LSE(1000, 1000) = 1000 + ln(e⁰ + e⁰) = 1000 + ln 2 and LSE(−1000, −1000) = −1000 + ln 2.
    public void Log_sum_exp_neither_overflows_nor_underflows()
    {
        MatrixCalculus.LogSumExp([1000, 1000]).Should().BeApproximately(1000 + Math.Log(2), Tolerance.Tight);
        MatrixCalculus.LogSumExp([-1000, -1000]).Should().BeApproximately(-1000 + Math.Log(2), Tolerance.Tight);
        MatrixCalculus.LogSumExp([1000, 0, -1000]).Should().BeApproximately(1000, Tolerance.Tight);
    }

    [Test, Order(12)]
    // A smooth maximum: max(z) ≤ LSE(z) ≤ max(z) + ln n, LSE(z + c) = LSE(z) + c for any shift c, and for
    // moderate scores it equals the naive ln Σ e^{zᵢ}.
    public void Log_sum_exp_is_a_smooth_maximum_that_shifts_with_its_input([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 10);
        var z = data.Vector(n, -10, 10);
        var c = data.Random.Uniform(-800, 800);

        var lse = MatrixCalculus.LogSumExp(z);

        lse.Should().BeApproximately(Math.Log(z.Sum(Math.Exp)), Tolerance.Default);
        lse.Should().BeInRange(z.Max(), z.Max() + Math.Log(n));
        MatrixCalculus.LogSumExp(z.Select(zi => zi + c).ToArray()).Should().BeApproximately(lse + c, Tolerance.Default);
    }

    [Test, Order(13)]
    // softmax(0, ln 3) = (1, 3) / (1 + 3) = (¼, ¾).
    public void Softmax_worked_example() =>
        MatrixCalculus.GradientOfLogSumExp([0, Math.Log(3)]).Should().BeApproximately([0.25, 0.75], Tolerance.Tight);

    [Test, Order(14)]
    // ∂LSE/∂zᵢ = e^{zᵢ} / Σⱼ e^{zⱼ}: the softmax is the gradient of log-sum-exp (checked by central differences),
    // and it is a probability vector: positive entries that sum to 1.
    public void Softmax_is_the_gradient_of_log_sum_exp_and_a_probability_vector([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var z = data.Vector(data.Random.NextInt(1, 10), -5, 5);

        GradientCheck.Compare(MatrixCalculus.LogSumExp, MatrixCalculus.GradientOfLogSumExp, z).Should().Agree();
        var p = MatrixCalculus.GradientOfLogSumExp(z);
        p.Should().OnlyContain(pi => pi > 0);
        p.Sum().Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(15)]
    // softmax(z + c) = softmax(z): the factor e^c cancels. With |c| up to 700, e^{zᵢ + c} alone would overflow
    // or underflow, so this only passes with the max-shift.
    public void Softmax_ignores_a_common_shift_even_a_huge_one([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var z = data.Vector(data.Random.NextInt(2, 10), -5, 5);
        var c = data.Random.NextDouble() < 0.5 ? -700 : 700;

        MatrixCalculus.GradientOfLogSumExp(z.Select(zi => zi + c).ToArray())
            .Should().BeApproximately(MatrixCalculus.GradientOfLogSumExp(z), Tolerance.Default);
    }

    [Test, Order(16)]
    // softmax(1000, 1000) = (½, ½); softmax(1000, 0) = (1, e⁻¹⁰⁰⁰) ≈ (1, 0), finite in both cases.
    public void Softmax_of_huge_scores_stays_finite()
    {
        MatrixCalculus.GradientOfLogSumExp([1000, 1000]).Should().BeApproximately([0.5, 0.5], Tolerance.Tight);
        MatrixCalculus.GradientOfLogSumExp([1000, 0]).Should().BeApproximately([1, 0], Tolerance.Tight);
        MatrixCalculus.GradientOfLogSumExp([-1000, -1000, -1000]).Should().BeApproximately([1.0 / 3, 1.0 / 3, 1.0 / 3], Tolerance.Tight);
    }

    [Test, Order(17)]
    // The shift must be the largest score wherever it stands, not the first one: LSE(−1000, 1000) = 1000 (shifting by
    // −1000 would need e²⁰⁰⁰ = ∞), LSE(0, 1000, 1000) = 1000 + ln 2, softmax(0, 1000) = (e⁻¹⁰⁰⁰, 1) ≈ (0, 1) and
    // softmax(−1000, 1000, 1000) ≈ (0, ½, ½).
    public void The_shift_is_the_largest_score_wherever_it_stands()
    {
        MatrixCalculus.LogSumExp([-1000, 1000]).Should().BeApproximately(1000, Tolerance.Tight);
        MatrixCalculus.LogSumExp([0, 1000, 1000]).Should().BeApproximately(1000 + Math.Log(2), Tolerance.Tight);
        MatrixCalculus.GradientOfLogSumExp([0, 1000]).Should().BeApproximately([0, 1], Tolerance.Tight);
        MatrixCalculus.GradientOfLogSumExp([-1000, 1000, 1000]).Should().BeApproximately([0, 0.5, 0.5], Tolerance.Tight);
    }

    [Test, Order(18)]
    // xᵀAx needs a square A, and x must have one entry per row of A.
    public void Quadratic_form_shape_errors_are_named()
    {
        FluentActions.Invoking(() => MatrixCalculus.GradientOfQuadraticForm(new double[2, 3], [1, 2, 3]))
            .Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => MatrixCalculus.GradientOfQuadraticForm(new double[2, 2], [1, 2, 3]))
            .Should().Throw<ArgumentException>().WithMessage("*length*");
    }

    [Test, Order(19)]
    // Xw needs one weight per column of X; Xw − y needs one target per row.
    public void Squared_residual_shape_errors_are_named()
    {
        FluentActions.Invoking(() => MatrixCalculus.GradientOfSquaredResidual(new double[3, 2], [1, 2, 3], [1, 2, 3]))
            .Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => MatrixCalculus.GradientOfSquaredResidual(new double[3, 2], [1, 2], [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*rows*");
    }

    [Test, Order(20)]
    // ln Σ over no terms would be ln 0 = −∞, and a NaN or infinite score has no softmax weight.
    public void Log_sum_exp_rejects_empty_and_non_finite_scores()
    {
        FluentActions.Invoking(() => MatrixCalculus.LogSumExp([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MatrixCalculus.GradientOfLogSumExp([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MatrixCalculus.LogSumExp([1, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => MatrixCalculus.GradientOfLogSumExp([double.PositiveInfinity, 1]))
            .Should().Throw<ArgumentException>().WithMessage("*finite*");
    }

    [Test, Order(21)]
    public void Null_input_is_rejected()
    {
        FluentActions.Invoking(() => MatrixCalculus.GradientOfLinear(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixCalculus.GradientOfQuadraticForm(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixCalculus.GradientOfQuadraticForm(new double[1, 1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixCalculus.GradientOfSquaredResidual(null!, [1], [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixCalculus.GradientOfSquaredResidual(new double[1, 1], null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixCalculus.GradientOfSquaredResidual(new double[1, 1], [1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixCalculus.LogSumExp(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixCalculus.GradientOfLogSumExp(null!)).Should().Throw<ArgumentNullException>();
    }

    private static double Dot(double[] a, double[] x) => Oracle.ToVector(a).DotProduct(Oracle.ToVector(x));

    // xᵀAx through MathNet, independent of the kata.
    private static double QuadraticForm(double[,] a, double[] x) =>
        Oracle.ToVector(x).DotProduct(Oracle.ToMatrix(a) * Oracle.ToVector(x));

    // ‖Xw − y‖² through MathNet.
    private static double SquaredResidual(double[,] x, double[] w, double[] y)
    {
        var r = (Oracle.ToMatrix(x) * Oracle.ToVector(w)) - Oracle.ToVector(y);
        return r.DotProduct(r);
    }
}
