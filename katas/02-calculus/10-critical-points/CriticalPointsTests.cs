using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Calculus.Tests;

/// <summary>
/// The second-derivative test: in one variable from the sign of f″, in n variables from the signs of the Hessian's
/// eigenvalues, which the kata computes from scratch (Jacobi rotations) and the tests compare with MathNet.
/// Seeded Hessians are built as Q·diag(λ)·Qᵀ with a random orthogonal Q, so the eigenvalues — and the answer — are known.
/// </summary>
public class CriticalPointsTests
{
    [Test, Order(1)]
    // f = x²: f″ = 2 > 0, minimum. f = −x²: f″ = −2 < 0, maximum.
    // f = x³ and f = x⁴ both have f″(0) = 0: an inflection and a minimum, which the test cannot tell apart.
    public void One_variable_test_uses_the_sign_of_the_second_derivative()
    {
        CriticalPoints.Classify1D(2).Should().Be(CriticalPointKind.Minimum);
        CriticalPoints.Classify1D(-2).Should().Be(CriticalPointKind.Maximum);
        CriticalPoints.Classify1D(0).Should().Be(CriticalPointKind.Inconclusive);
    }

    [Test, Order(2)]
    // |f″| ≤ tolerance counts as zero: 1e-12 is zero for the default 1e-10 but a clear minimum for 1e-14;
    // −1e-9 is beyond the default tolerance.
    public void One_variable_test_treats_tiny_curvature_as_zero()
    {
        CriticalPoints.Classify1D(1e-12).Should().Be(CriticalPointKind.Inconclusive);
        CriticalPoints.Classify1D(-1e-12).Should().Be(CriticalPointKind.Inconclusive);
        CriticalPoints.Classify1D(1e-10).Should().Be(CriticalPointKind.Inconclusive);
        CriticalPoints.Classify1D(1e-12, tolerance: 1e-14).Should().Be(CriticalPointKind.Minimum);
        CriticalPoints.Classify1D(-1e-9).Should().Be(CriticalPointKind.Maximum);
        CriticalPoints.Classify1D(0, tolerance: 0).Should().Be(CriticalPointKind.Inconclusive);
        CriticalPoints.Classify1D(1e-300, tolerance: 0).Should().Be(CriticalPointKind.Minimum);
    }

    [Test, Order(3)]
    // [2 1; 1 2] has eigenvalues 1 and 3 (eigenvectors (1, −1) and (1, 1)): det(A − λI) = (2 − λ)² − 1 = 0.
    // A diagonal matrix is its own answer, sorted: diag(3, −1, 2) → (−1, 2, 3).
    public void Eigenvalues_worked_examples()
    {
        CriticalPoints.SymmetricEigenvalues(new double[,] { { 2, 1 }, { 1, 2 } }).Should().BeApproximately([1, 3], Tolerance.Default);
        CriticalPoints.SymmetricEigenvalues(new double[,] { { 3, 0, 0 }, { 0, -1, 0 }, { 0, 0, 2 } })
            .Should().BeApproximately([-1, 2, 3], Tolerance.Tight);
        CriticalPoints.SymmetricEigenvalues(new double[,] { { -4 } }).Should().BeApproximately([-4], Tolerance.Tight);
    }

    [Test, Order(4)]
    // [1 0 1; 0 1 0; 1 0 1] splits into the block [1 1; 1 1] on coordinates 0 and 2 (eigenvalues 0 and 2) and the
    // 1 on coordinate 1. Its pair (0, 1) is already zero with equal diagonal entries, where the rotation formula would
    // compute 0/0: such pairs must simply be skipped.
    public void Eigenvalues_skip_pairs_that_are_already_zero() =>
        CriticalPoints.SymmetricEigenvalues(new double[,] { { 1, 0, 1 }, { 0, 1, 0 }, { 1, 0, 1 } })
            .Should().BeApproximately([0, 1, 2], Tolerance.Default);

    [Test, Order(5)]
    // Jacobi rotations keep the eigenvalues; MathNet's symmetric eigen-solver is the reference.
    public void Eigenvalues_agree_with_the_library([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 8);
        var a = RandomSymmetric(data, n);
        var copy = (double[,])a.Clone();

        CriticalPoints.SymmetricEigenvalues(a).Should().BeApproximately(Oracle.SymmetricEigenvalues(a), Tolerance.Default);
        a.Should().BeApproximately(copy, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(6)]
    // Eigenvalues scale with the matrix, eig(cA) = c·eig(A), even for c = 1e200 where squaring an entry overflows.
    public void Eigenvalues_of_huge_and_tiny_matrices_scale_without_overflow([Values(1e200, 1e-200)] double c)
    {
        var a = RandomSymmetric(new TestData(3), 4);
        var expected = Oracle.SymmetricEigenvalues(a).Select(l => l * c).ToArray();

        var scaled = Oracle.ToMatrix(a).Multiply(c).ToArray();

        CriticalPoints.SymmetricEigenvalues(scaled).Should().BeApproximately(expected, Tolerance.RelativeOnly(1e-9));
    }

    [Test, Order(7)]
    // x² + y²: H = diag(2, 2), minimum. −x² − y²: diag(−2, −2), maximum. x² − y²: diag(2, −2), saddle.
    public void Hessian_test_on_the_three_classic_surfaces()
    {
        CriticalPoints.ClassifyByHessian(new double[,] { { 2, 0 }, { 0, 2 } }).Should().Be(CriticalPointKind.Minimum);
        CriticalPoints.ClassifyByHessian(new double[,] { { -2, 0 }, { 0, -2 } }).Should().Be(CriticalPointKind.Maximum);
        CriticalPoints.ClassifyByHessian(new double[,] { { 2, 0 }, { 0, -2 } }).Should().Be(CriticalPointKind.Saddle);
    }

    [Test, Order(8)]
    // Rosenbrock f = (1 − x)² + 100(y − x²)² at its minimum (1, 1): H = [2 − 400(y − x²) + 800x², −400x; −400x, 200]
    // = [802 −400; −400 200], det = 160400 − 160000 = 400 > 0 and trace > 0, so both eigenvalues are positive.
    // Diagonal entries alone would not decide: [1 2; 2 1] has a positive diagonal but eigenvalues 3 and −1.
    public void Hessian_test_looks_at_eigenvalues_not_at_the_diagonal()
    {
        CriticalPoints.ClassifyByHessian(new double[,] { { 802, -400 }, { -400, 200 } }).Should().Be(CriticalPointKind.Minimum);
        CriticalPoints.ClassifyByHessian(new double[,] { { 1, 2 }, { 2, 1 } }).Should().Be(CriticalPointKind.Saddle);
        CriticalPoints.ClassifyByHessian(new double[,] { { -1, 2 }, { 2, -1 } }).Should().Be(CriticalPointKind.Saddle);
    }

    [Test, Order(9)]
    // H = Q·diag(λ)·Qᵀ has eigenvalues λ, whatever the rotation Q: all positive → minimum, all negative → maximum,
    // mixed → saddle.
    public void Hessian_test_reads_the_signs_of_hidden_eigenvalues([Range(1, 8)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 6);
        var pattern = data.Random.NextInt(3);
        var lambda = data.Vector(n, 0.5, 3);
        if (pattern == 1)
        {
            lambda = lambda.Select(l => -l).ToArray();
        }
        else if (pattern == 2)
        {
            lambda[data.Random.NextInt(n)] *= -1;
            lambda[0] = Math.Abs(lambda[0]);
            lambda[1] = -Math.Abs(lambda[1]);
        }

        var expected = pattern switch
        {
            0 => CriticalPointKind.Minimum,
            1 => CriticalPointKind.Maximum,
            _ => CriticalPointKind.Saddle,
        };

        CriticalPoints.ClassifyByHessian(WithEigenvalues(data, lambda)).Should().Be(expected);
    }

    [Test, Order(10)]
    // A zero eigenvalue makes the quadratic term flat in one direction: [1 1; 1 1] (eigenvalues 0 and 2) is
    // inconclusive — x⁴ + (x + y)² has a minimum there, (x + y)² − x⁴ does not. But a positive and a negative
    // eigenvalue already prove a saddle, whatever the zero one: diag(1, −1, 0) is a saddle.
    public void Singular_Hessians_are_inconclusive_unless_signs_disagree()
    {
        CriticalPoints.ClassifyByHessian(new double[,] { { 1, 1 }, { 1, 1 } }).Should().Be(CriticalPointKind.Inconclusive);
        CriticalPoints.ClassifyByHessian(new double[,] { { -1, 0 }, { 0, 0 } }).Should().Be(CriticalPointKind.Inconclusive);
        CriticalPoints.ClassifyByHessian(new double[2, 2]).Should().Be(CriticalPointKind.Inconclusive);
        CriticalPoints.ClassifyByHessian(new double[,] { { 1, 0, 0 }, { 0, -1, 0 }, { 0, 0, 0 } }).Should().Be(CriticalPointKind.Saddle);
    }

    [Test, Order(11)]
    // An eigenvalue exactly at the threshold (1e-10 with the default tolerance) counts as zero, not as a sign:
    // diag(−1, 1e-10) and diag(1, −1e-10) are inconclusive, not saddles.
    public void An_eigenvalue_at_the_threshold_counts_as_zero()
    {
        CriticalPoints.ClassifyByHessian(new double[,] { { -1, 0 }, { 0, 1e-10 } }).Should().Be(CriticalPointKind.Inconclusive);
        CriticalPoints.ClassifyByHessian(new double[,] { { 1, 0 }, { 0, -1e-10 } }).Should().Be(CriticalPointKind.Inconclusive);
    }

    [Test, Order(12)]
    // Q·diag(λ)·Qᵀ with one λ = 0 and the others of one sign: the computed eigenvalue is ~1e-16, not exactly 0,
    // and must still count as zero.
    public void Rotated_singular_Hessians_are_inconclusive([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 6);
        var sign = data.Random.NextDouble() < 0.5 ? -1 : 1;
        var lambda = data.Vector(n, 0.5, 3).Select(l => sign * l).ToArray();
        lambda[data.Random.NextInt(n)] = 0;

        CriticalPoints.ClassifyByHessian(WithEigenvalues(data, lambda)).Should().Be(CriticalPointKind.Inconclusive);
    }

    [Test, Order(13)]
    // Zero is judged relative to the largest eigenvalue (when that exceeds 1): scaling H by 1e150 keeps its kind,
    // and a 1 × 1 Hessian [h] is classified exactly like f″ = h.
    public void Hessian_test_is_scale_aware_and_matches_the_one_variable_test()
    {
        CriticalPoints.ClassifyByHessian(new double[,] { { 1e150, 0 }, { 0, 1e145 } }).Should().Be(CriticalPointKind.Minimum);
        CriticalPoints.ClassifyByHessian(new double[,] { { 1e150, 0 }, { 0, 1e130 } }).Should().Be(CriticalPointKind.Inconclusive);
        CriticalPoints.ClassifyByHessian(new double[,] { { -1e150, 1e150 }, { 1e150, -1e150 } }).Should().Be(CriticalPointKind.Inconclusive);
        foreach (var h in new[] { 3, -0.5, 1e-12, -1e-11, 0 })
        {
            CriticalPoints.ClassifyByHessian(new double[,] { { h } }).Should().Be(CriticalPoints.Classify1D(h), $"h = {h}");
        }
    }

    [Test, Order(14)]
    // f(x, y) = x³ − 3x + xy + y²: ∇f = (3x² − 3 + y, x + 2y) vanishes where y = −x/2 and 6x² − x − 6 = 0,
    // x = (1 ± √145)/12. H = [6x 1; 1 2]: det = 12x − 1 is positive at the larger root (minimum), negative at the
    // smaller (saddle). The Hessian here is the finite-difference Jacobian of ∇f, symmetric only to about 1e-10,
    // so a looser tolerance (1e-6) is passed.
    public void Critical_points_of_a_cubic_surface_from_a_finite_difference_Hessian()
    {
        static double[] Gradient(double[] p) => [(3 * p[0] * p[0]) - 3 + p[1], p[0] + (2 * p[1])];
        var kinds = new[] { 1, -1 }.Select(sign =>
        {
            var x = (1 + (sign * Math.Sqrt(145))) / 12;
            var hessian = GradientCheck.NumericalJacobian(Gradient, [x, -x / 2]);
            return CriticalPoints.ClassifyByHessian(hessian, tolerance: 1e-6);
        });

        kinds.Should().Equal(CriticalPointKind.Minimum, CriticalPointKind.Saddle);
    }

    [Test, Order(15)]
    // Eigenvalues of a non-square or non-symmetric matrix are not what the test needs; every problem is named.
    public void Bad_matrices_are_rejected()
    {
        FluentActions.Invoking(() => CriticalPoints.ClassifyByHessian(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => CriticalPoints.ClassifyByHessian(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => CriticalPoints.ClassifyByHessian(new double[,] { { 1, 2 }, { 0, 1 } }))
            .Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        FluentActions.Invoking(() => CriticalPoints.ClassifyByHessian(new double[,] { { 1, double.NaN }, { double.NaN, 1 } }))
            .Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => CriticalPoints.SymmetricEigenvalues(new double[,] { { 1, 1e-6 }, { 0, 1 } }))
            .Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        FluentActions.Invoking(() => CriticalPoints.SymmetricEigenvalues(new double[3, 1])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => CriticalPoints.SymmetricEigenvalues(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CriticalPoints.ClassifyByHessian(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(16)]
    // A within-tolerance asymmetry is accepted, and its symmetric part ½(H + Hᵀ) is what gets classified.
    public void Nearly_symmetric_Hessians_are_symmetrised()
    {
        CriticalPoints.ClassifyByHessian(new double[,] { { 1, 2 + 1e-12 }, { 2, 1 } }).Should().Be(CriticalPointKind.Saddle);
        CriticalPoints.ClassifyByHessian(new double[,] { { 2, 1 + 1e-7 }, { 1 - 1e-7, 2 } }, tolerance: 1e-6).Should().Be(CriticalPointKind.Minimum);
        CriticalPoints.SymmetricEigenvalues(new double[,] { { 2, 1 + 1e-11 }, { 1 - 1e-11, 2 } }).Should().BeApproximately([1, 3], Tolerance.Default);

        // The allowance grows with the entries: 1e-10 · 100 for eigenvalues, tolerance · 1e6 for the Hessian test.
        CriticalPoints.SymmetricEigenvalues(new double[,] { { 100, 50 + 1e-9 }, { 50, 100 } }).Should().BeApproximately([50, 150], Tolerance.Default);
        CriticalPoints.ClassifyByHessian(new double[,] { { 1e6, 2e5 + 1e-5 }, { 2e5, 1e6 } }).Should().Be(CriticalPointKind.Minimum);
    }

    [Test, Order(17)]
    // The two symmetry allowances differ, as documented: SymmetricEigenvalues allows 1e-10 · max|aᵢⱼ| (relative),
    // ClassifyByHessian allows tolerance · max(1, max|hᵢⱼ|) (absolute for small entries, like its zero test). So
    // 2⁻⁶⁶·[1 2; 0 1] (entries near 10⁻²⁰) is not a symmetric matrix — its asymmetry is as large as its entries —
    // but as a Hessian every entry is rounding-level curvature: it is accepted, symmetrised, and inconclusive.
    public void Symmetry_is_relative_for_eigenvalues_but_absolute_for_tiny_Hessians()
    {
        var s = Math.ScaleB(1, -66);
        var tiny = new double[,] { { s, 2 * s }, { 0, s } };

        FluentActions.Invoking(() => CriticalPoints.SymmetricEigenvalues(tiny)).Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        CriticalPoints.ClassifyByHessian(tiny).Should().Be(CriticalPointKind.Inconclusive);
    }

    [Test, Order(18)]
    // Bad settings: a negative tolerance, a non-finite f″, no sweeps allowed; and Jacobi stopped after one sweep on a
    // 6 × 6 matrix has not converged yet, which must be reported rather than returned.
    public void Bad_settings_and_non_convergence_are_reported()
    {
        FluentActions.Invoking(() => CriticalPoints.Classify1D(1, tolerance: -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CriticalPoints.Classify1D(1, tolerance: double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CriticalPoints.ClassifyByHessian(new double[,] { { 1 } }, tolerance: -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CriticalPoints.Classify1D(double.PositiveInfinity))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => CriticalPoints.SymmetricEigenvalues(new double[,] { { 1 } }, maxSweeps: 0))
            .Should().Throw<ArgumentOutOfRangeException>();
        var a = RandomSymmetric(new TestData(2), 6);
        FluentActions.Invoking(() => CriticalPoints.SymmetricEigenvalues(a, maxSweeps: 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        CriticalPoints.SymmetricEigenvalues(new double[,] { { 5, 0 }, { 0, 1 } }, maxSweeps: 1).Should().Equal(1, 5);
    }

    private static double[,] RandomSymmetric(TestData data, int n)
    {
        var b = Oracle.ToMatrix(data.Matrix(n, n, -2, 2));
        return ((b + b.Transpose()) / 2).ToArray();
    }

    // Q·diag(λ)·Qᵀ, with its upper triangle mirrored so that it is exactly symmetric.
    private static double[,] WithEigenvalues(TestData data, double[] lambda)
    {
        var q = Oracle.ToMatrix(data.Orthogonal(lambda.Length));
        var h = (q * Matrix<double>.Build.DenseOfDiagonalArray(lambda) * q.Transpose()).ToArray();
        for (var i = 0; i < lambda.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                h[i, j] = h[j, i];
            }
        }

        return h;
    }
}
