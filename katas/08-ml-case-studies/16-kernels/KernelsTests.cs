using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// Kernels: values by hand, the polynomial kernel as an inner product of explicit features, Gram matrices that are
/// symmetric positive semi-definite on seeded points (MathNet's eigenvalues), an RBF that stays accurate far from the
/// origin, and kernel ridge regression — equal to ordinary ridge regression for the linear kernel, interpolating as
/// λ → 0, shrinking to 0 as λ grows.
/// </summary>
/// <remarks>
/// Wrong implementations these tests kill: the RBF without the 2 in 2ℓ² (the worked value becomes e⁻¹, not e^−½);
/// ‖x − y‖² expanded as ‖x‖² + ‖y‖² − 2x·y (catastrophic cancellation: points 10⁻³ apart near 10⁸ come out at distance
/// 0 or nonsense); λ added to every entry instead of the diagonal; α = G⁻¹y ignoring λ (no shrinkage); a Gram matrix
/// filled only below the diagonal; λ = 0 rejected (it is allowed: α = G⁻¹y); range errors without their words
/// ("positive", "non-negative"); an RBF that does not check its points' lengths; queries of the wrong width let through
/// to the kernel; arguments not checked for null, or an empty Gram matrix not called "empty".
/// </remarks>
public class KernelsTests
{
    private static readonly double[] X = [1, 2];
    private static readonly double[] Y = [3, -1];

    [Test, Order(1)]
    // x = (1, 2), y = (3, −1): x·y = 3 − 2 = 1; (x·y + 1)² = 4; ‖x − y‖² = 4 + 9 = 13, so with ℓ = √13 the RBF is
    // exp(−13/26) = e^−½ = 0.60653; and k(x, x) = 1 for the RBF always.
    public void Kernel_values_by_hand()
    {
        Kernels.Linear(X, Y).Should().Be(1);
        Kernels.Polynomial(X, Y, 2, 1).Should().Be(4);
        Kernels.Polynomial(X, Y, 3, 0).Should().Be(1);
        Kernels.Rbf(X, Y, Math.Sqrt(13)).Should().BeApproximately(Math.Exp(-0.5), Tolerance.Tight);
        Kernels.Rbf(X, X, 0.1).Should().Be(1);
    }

    [Test, Order(2)]
    // A kernel is an inner product of features: in 2-D, (x·y + 1)² = φ(x)·φ(y) with
    // φ(x) = (x₁², x₂², √2·x₁x₂, √2·x₁, √2·x₂, 1) — six features computed implicitly by one dot product.
    public void The_polynomial_kernel_is_a_dot_product_of_explicit_features([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (x, y) = (data.Vector(2, -3, 3), data.Vector(2, -3, 3));
        static double[] Phi(double[] v) => [v[0] * v[0], v[1] * v[1], Math.Sqrt(2) * v[0] * v[1], Math.Sqrt(2) * v[0], Math.Sqrt(2) * v[1], 1];

        Kernels.Polynomial(x, y, 2, 1).Should().BeApproximately(Phi(x).Zip(Phi(y), (a, b) => a * b).Sum(), Tolerance.Tight);
    }

    [Test, Order(3)]
    // Mercer: a valid kernel's Gram matrix on any points is symmetric positive semi-definite — every eigenvalue ≥ 0
    // (up to rounding, −1e-10 times the largest). Seeded 12 points in 3-D, three kernels; MathNet computes the
    // eigenvalues. (The RBF Gram matrix of distinct points is even strictly positive definite.)
    public void Gram_matrices_are_symmetric_positive_semidefinite([Range(1, 5)] int seed)
    {
        var points = new TestData(seed).Matrix(12, 3, -2, 2);
        Func<double[], double[], double>[] kernels = [Kernels.Linear, (a, b) => Kernels.Polynomial(a, b, 3, 1), (a, b) => Kernels.Rbf(a, b, 0.8)];

        foreach (var kernel in kernels)
        {
            var gram = Kernels.Gram(points, kernel);
            gram.Should().BeApproximately(Oracle.ToMatrix(gram).Transpose().ToArray(), Tolerance.Tight);
            var eigenvalues = Oracle.SymmetricEigenvalues(gram);
            eigenvalues.Should().OnlyContain(e => e >= -1e-10 * eigenvalues.Max(Math.Abs));
            gram[3, 7].Should().Be(kernel(TestData.Row(points, 3), TestData.Row(points, 7)));
        }
    }

    [Test, Order(4)]
    // A Gram matrix that is NOT PSD means the function is not a kernel: tanh(x·y − 1) (the "sigmoid kernel") has a
    // negative eigenvalue on these points — the eigenvalue test has teeth. The linear kernel's Gram matrix XXᵀ of 12
    // points in 3-D has rank 3: nine eigenvalues are (numerically) zero.
    public void The_PSD_test_tells_kernels_from_non_kernels()
    {
        var points = new TestData(1).Matrix(12, 3, -2, 2);

        Oracle.SymmetricEigenvalues(Kernels.Gram(points, (a, b) => Math.Tanh(Kernels.Linear(a, b) - 1))).Min().Should().BeLessThan(-1e-3);
        var linear = Oracle.SymmetricEigenvalues(Kernels.Gram(points, Kernels.Linear));
        linear.Count(e => Math.Abs(e) < 1e-9 * linear.Max()).Should().Be(9);
    }

    [TestCase(1e8)]
    [TestCase(-3e10)]
    [Order(5)]
    // Two points 10⁻³ apart, far from the origin: ‖x − y‖² = 2·10⁻⁶, so with ℓ = 10⁻³ the RBF is exp(−1) = 0.3679.
    // Expanding ‖x‖² + ‖y‖² − 2x·y subtracts numbers near 10¹⁶ … 10²¹ and loses every digit of the 2·10⁻⁶.
    public void The_RBF_is_accurate_for_close_points_far_from_the_origin(double offset)
    {
        double[] x = [offset, offset];
        double[] y = [offset + 1e-3, offset - 1e-3];
        var d2 = ((y[0] - x[0]) * (y[0] - x[0])) + ((y[1] - x[1]) * (y[1] - x[1])); // the separation as actually stored

        Kernels.Rbf(x, y, 1e-3).Should().BeApproximately(Math.Exp(-d2 / 2e-6), Tolerance.Tight);
        // Near 3e10 the doubles are 3.8e-6 apart, so the stored separation is itself off by ~0.1 %: 1 % is the honest band.
        Kernels.Rbf(x, y, 1e-3).Should().BeApproximately(Math.Exp(-1), Tolerance.RelativeOnly(1e-2));
        Kernels.Rbf([0.0], [1e6], 1).Should().Be(0);
    }

    [Test, Order(6)]
    // With the linear kernel, kernel ridge regression IS ridge regression: w = (XᵀX + λI)⁻¹Xᵀy and f(x) = w·x, whatever λ
    // (the "push-through" identity X(XᵀX + λI)⁻¹ = (XXᵀ + λI)⁻¹X). Oracle: MathNet's solver on seeded data.
    public void Linear_kernel_ridge_equals_ridge_regression([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Matrix(15, 3);
        var y = data.Vector(15, -2, 2);
        var queries = data.Matrix(4, 3);
        var lambda = data.Random.Uniform(0.1, 5);
        var xm = Oracle.ToMatrix(x);
        var w = (xm.TransposeThisAndMultiply(xm) + (lambda * MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseIdentity(3)))
            .Solve(xm.TransposeThisAndMultiply(Oracle.ToVector(y)));

        var alpha = Kernels.FitRidge(Kernels.Gram(x, Kernels.Linear), y, lambda);

        Kernels.PredictRidge(x, alpha, queries, Kernels.Linear).Should().BeApproximately((Oracle.ToMatrix(queries) * w).ToArray(), Tolerance.Default);
    }

    [Test, Order(7)]
    // λ → 0 with an RBF on distinct points: G is invertible and the fit passes through every training target (to
    // 1e-6 with λ = 1e-10). λ = 1e6 shrinks α ≈ y/λ and every prediction towards 0 (|f| < 1e-5 for |y| ≤ 1).
    public void Lambda_trades_interpolation_for_shrinkage([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var x = new double[10, 1];
        for (var i = 0; i < 10; i++)
        {
            x[i, 0] = i + data.Random.Uniform(-0.3, 0.3);
        }

        var y = data.Vector(10);
        Func<double[], double[], double> rbf = (a, b) => Kernels.Rbf(a, b, 1);
        var gram = Kernels.Gram(x, rbf);

        Kernels.PredictRidge(x, Kernels.FitRidge(gram, y, 1e-10), x, rbf).Should().BeApproximately(y, Tolerance.AbsoluteOnly(1e-6));
        Kernels.PredictRidge(x, Kernels.FitRidge(gram, y, 1e6), x, rbf).Should().OnlyContain(f => Math.Abs(f) < 1e-5);
        Kernels.FitRidge(gram, y, 1e6).Should().BeApproximately([.. y.Select(v => v / 1e6)], Tolerance.AbsoluteOnly(1e-10));
    }

    [Test, Order(8)]
    // Points of different lengths, empty inputs, and settings outside their domain.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => Kernels.Linear([1, 2], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Kernels.Linear([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Kernels.Rbf(X, Y, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Kernels.Rbf(X, Y, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Kernels.Polynomial(X, Y, 0, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Kernels.Polynomial(X, Y, 2, -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => Kernels.Gram(new double[0, 2], Kernels.Linear)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Kernels.Gram(new double[2, 2], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Kernels.FitRidge(new double[2, 3], [1, 2], 1)).Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => Kernels.FitRidge(new double[2, 2], [1], 1)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Kernels.FitRidge(new double[2, 2], [1, 2], -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => Kernels.FitRidge(new double[0, 0], [], 1)).Should().Throw<ArgumentException>().WithMessage("*empty*").WithParameterName("gram");
        FluentActions.Invoking(() => Kernels.PredictRidge(new double[2, 2], [1], new double[1, 2], Kernels.Linear)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Kernels.PredictRidge(new double[2, 2], [1, 1], new double[1, 3], Kernels.Linear)).Should().Throw<ArgumentException>().WithMessage("*length*");
    }

    [Test, Order(9)]
    // λ = 0 is allowed: α = G⁻¹y. G = [[2, 1], [1, 2]], y = (3, 3): 2α₁ + α₂ = 3 and α₁ + 2α₂ = 3 give α = (1, 1).
    public void Lambda_zero_solves_the_Gram_system()
    {
        Kernels.FitRidge(new double[,] { { 2, 1 }, { 1, 2 } }, [3, 3], 0).Should().BeApproximately([1, 1], Tolerance.Tight);
    }

    [Test, Order(10)]
    // Every function checks its own arguments: null points, Gram matrices, targets, weights and kernels are named; an
    // RBF of points of different length is a "length" error; so are queries of the wrong width even for a kernel that
    // would not notice (the constant kernel k = 1), and no training points at all are "empty".
    public void Null_and_mismatched_arguments_are_named()
    {
        double[,] two = { { 1, 2 }, { 3, 4 } };
        Func<double[], double[], double> constant = (_, _) => 1;
        FluentActions.Invoking(() => Kernels.Linear(null!, Y)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => Kernels.Linear(X, null!)).Should().Throw<ArgumentNullException>().WithParameterName("y");
        FluentActions.Invoking(() => Kernels.Rbf(null!, Y, 1)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => Kernels.Rbf([1, 2], [1], 1)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Kernels.Rbf([1], [1, 2], 1)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Kernels.Gram(null!, Kernels.Linear)).Should().Throw<ArgumentNullException>().WithParameterName("points");
        FluentActions.Invoking(() => Kernels.FitRidge(null!, [1], 1)).Should().Throw<ArgumentNullException>().WithParameterName("gram");
        FluentActions.Invoking(() => Kernels.FitRidge(new double[1, 1], null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("targets");
        FluentActions.Invoking(() => Kernels.PredictRidge(null!, [1, 1], two, constant)).Should().Throw<ArgumentNullException>().WithParameterName("training");
        FluentActions.Invoking(() => Kernels.PredictRidge(new double[0, 2], [], two, constant)).Should().Throw<ArgumentException>().WithMessage("*empty*").WithParameterName("training");
        FluentActions.Invoking(() => Kernels.PredictRidge(two, [1, 1], null!, constant)).Should().Throw<ArgumentNullException>().WithParameterName("queries");
        FluentActions.Invoking(() => Kernels.PredictRidge(two, null!, two, constant)).Should().Throw<ArgumentNullException>().WithParameterName("alpha");
        FluentActions.Invoking(() => Kernels.PredictRidge(two, [1, 1], two, null!)).Should().Throw<ArgumentNullException>().WithParameterName("kernel");
        FluentActions.Invoking(() => Kernels.PredictRidge(two, [1, 1], new double[1, 3], constant)).Should().Throw<ArgumentException>().WithMessage("*length*").WithParameterName("queries");
    }
}
