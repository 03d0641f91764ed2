using System.Numerics;
using MathForML.Verification;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// The eigenvalues of a 2×2 matrix are the roots of λ² − tr(A)·λ + det(A) = 0. The quadratic formula is
/// the easy part; computing it without cancellation, and returning complex roots, is the lesson.
/// </summary>
public class Eigen2x2Tests
{
    [Test, Order(1)]
    // [[2, 1], [1, 2]]: tr = 4, det = 4 − 1 = 3, λ² − 4λ + 3 = (λ − 3)(λ − 1), so λ = 3 and 1, larger first.
    public void Eigenvalues_of_a_hand_example_are_the_roots_of_the_characteristic_polynomial()
    {
        var (first, second) = Eigen2x2.Eigenvalues(new double[,] { { 2, 1 }, { 1, 2 } });

        ShouldEqual(first, 3, 0, Tolerance.Tight);
        ShouldEqual(second, 1, 0, Tolerance.Tight);
    }

    [Test, Order(2)]
    // Real eigenvalues come larger first, whatever the sign of the trace:
    // [[1, 0], [0, 5]] → (5, 1); [[−2, 0], [0, −7]] → (−2, −7); [[0, 4], [1, 0]] → λ² = 4 → (2, −2).
    public void Real_eigenvalues_come_larger_first()
    {
        var (a1, a2) = Eigen2x2.Eigenvalues(new double[,] { { 1, 0 }, { 0, 5 } });
        var (b1, b2) = Eigen2x2.Eigenvalues(new double[,] { { -2, 0 }, { 0, -7 } });
        var (c1, c2) = Eigen2x2.Eigenvalues(new double[,] { { 0, 4 }, { 1, 0 } });

        ShouldEqual(a1, 5, 0, Tolerance.Tight);
        ShouldEqual(a2, 1, 0, Tolerance.Tight);
        ShouldEqual(b1, -2, 0, Tolerance.Tight);
        ShouldEqual(b2, -7, 0, Tolerance.Tight);
        ShouldEqual(c1, 2, 0, Tolerance.Tight);
        ShouldEqual(c2, -2, 0, Tolerance.Tight);
    }

    [Test, Order(3)]
    // [[1, −2], [1, 3]]: tr = 4, det = 3 + 2 = 5, discriminant (tr/2)² − det = 4 − 5 = −1 < 0,
    // so λ = 2 ± i: a complex-conjugate pair, the one with positive imaginary part first.
    public void A_negative_discriminant_gives_a_complex_conjugate_pair()
    {
        var (first, second) = Eigen2x2.Eigenvalues(new double[,] { { 1, -2 }, { 1, 3 } });

        ShouldEqual(first, 2, 1, Tolerance.Tight);
        ShouldEqual(second, 2, -1, Tolerance.Tight);
    }

    [Test, Order(4)]
    // A rotation by θ turns every real vector, so no real direction is kept: its eigenvalues are
    // cos θ ± i sin θ = e^{±iθ}, on the unit circle. For 0 < θ < π the first one is e^{iθ}.
    public void A_rotation_by_theta_has_eigenvalues_e_to_the_plus_minus_i_theta([Range(1, 5)] int seed)
    {
        var theta = new TestData(seed).Random.Uniform(0.01, Math.PI - 0.01);
        var (c, s) = (Math.Cos(theta), Math.Sin(theta));

        var (first, second) = Eigen2x2.Eigenvalues(new double[,] { { c, -s }, { s, c } });

        ShouldEqual(first, c, s, Tolerance.Tight);
        ShouldEqual(second, c, -s, Tolerance.Tight);
        Complex.Abs(first).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(5)]
    // Vieta's formulas: for λ² − tr·λ + det = (λ − λ₁)(λ − λ₂), λ₁ + λ₂ = tr and λ₁·λ₂ = det,
    // real or complex alike. Also checks the order: real parts descending, then positive imaginary part first.
    public void The_eigenvalues_add_up_to_the_trace_and_multiply_to_the_determinant([Range(1, 8)] int seed)
    {
        var a = new TestData(seed).Matrix(2, 2, -3, 3);
        var trace = a[0, 0] + a[1, 1];
        var determinant = a[0, 0] * a[1, 1] - a[0, 1] * a[1, 0];

        var (first, second) = Eigen2x2.Eigenvalues(a);

        ShouldEqual(first + second, trace, 0, Tolerance.Default);
        ShouldEqual(first * second, determinant, 0, Tolerance.Default);
        first.Real.Should().BeGreaterThanOrEqualTo(second.Real);
        first.Imaginary.Should().BeGreaterThanOrEqualTo(0);
    }

    [Test, Order(6)]
    // For a symmetric matrix the discriminant ((a − d)/2)² + b² is a sum of squares, never negative:
    // the eigenvalues are always real, with imaginary part exactly 0.
    public void A_symmetric_matrix_always_has_real_eigenvalues([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (p, q, s) = (data.Random.Uniform(-5, 5), data.Random.Uniform(-5, 5), data.Random.Uniform(-5, 5));

        var (first, second) = Eigen2x2.Eigenvalues(new double[,] { { p, q }, { q, s } });

        first.Imaginary.Should().Be(0);
        second.Imaginary.Should().Be(0);
        first.Real.Should().BeGreaterThanOrEqualTo(second.Real);
    }

    [Test, Order(7)]
    // MathNet's general eigen-solver (an iterative QR method) must find the same two numbers.
    public void Eigenvalues_agree_with_MathNet([Range(1, 8)] int seed)
    {
        var a = new TestData(seed).Matrix(2, 2, -10, 10);
        var expected = Oracle.ToMatrix(a).Evd().EigenValues
            .OrderByDescending(z => z.Real).ThenByDescending(z => z.Imaginary).ToArray();

        var (first, second) = Eigen2x2.Eigenvalues(a);

        ShouldEqual(first, expected[0].Real, expected[0].Imaginary, Tolerance.Default);
        ShouldEqual(second, expected[1].Real, expected[1].Imaginary, Tolerance.Default);
    }

    [Test, Order(8)]
    // [[1e8, 1], [1, 2e-8]]: tr = 1e8 + 2e-8 and det = 2 − 1 = 1, so λ₁ ≈ 1e8 and λ₂ = det/λ₁ ≈ 1e-8.
    // The textbook tr/2 − √((tr/2)² − det) subtracts two numbers equal to 5e7 in all 16 digits and returns 0
    // or garbage; λ₂ = det/λ₁ (Vieta) loses nothing.
    public void The_small_eigenvalue_survives_next_to_a_huge_one()
    {
        var (first, second) = Eigen2x2.Eigenvalues(new double[,] { { 1e8, 1 }, { 1, 2e-8 } });

        ShouldEqual(first, 1e8, 0, Tolerance.RelativeOnly(1e-12));
        ShouldEqual(second, 1e-8, 0, Tolerance.RelativeOnly(1e-8));
    }

    [Test, Order(9)]
    // The same with a negative trace: [[−1e8, 1], [1, −2e-8]] has λ ≈ −1e-8 (the larger) and −1e8. Now the root
    // without cancellation is m − √D (both negative); m + √D would be the one that cancels.
    public void The_small_eigenvalue_survives_next_to_a_huge_negative_one()
    {
        var (first, second) = Eigen2x2.Eigenvalues(new double[,] { { -1e8, 1 }, { 1, -2e-8 } });

        ShouldEqual(first, -1e-8, 0, Tolerance.RelativeOnly(1e-8));
        ShouldEqual(second, -1e8, 0, Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(10)]
    // [[1, 1e-8], [1e-8, 1]] has eigenvalues 1 ± 1e-8. Computing the discriminant as (tr/2)² − det = 1 − (1 − 1e-16)
    // loses everything (1 − 1e-16 rounds to 1 − 1.1e-16 and the root comes out 5 % wrong); as ((a − d)/2)² + bc
    // = 0 + 1e-16 it is exact.
    public void Nearly_equal_eigenvalues_are_split_correctly()
    {
        var (first, second) = Eigen2x2.Eigenvalues(new double[,] { { 1, 1e-8 }, { 1e-8, 1 } });

        ShouldEqual(first, 1 + 1e-8, 0, Tolerance.Tight);
        ShouldEqual(second, 1 - 1e-8, 0, Tolerance.Tight);
    }

    [Test, Order(11)]
    // Eigenvalues scale with the matrix: c·A has c·λ. At c = 1e200 the squares in the discriminant overflow,
    // at c = 1e-200 they underflow to 0 — unless A is divided by its largest entry first.
    public void Eigenvalues_work_at_any_scale([Values(1e200, 1e-200)] double scale)
    {
        var (r1, r2) = Eigen2x2.Eigenvalues(new double[,] { { 2 * scale, scale }, { scale, 2 * scale } });
        var (c1, c2) = Eigen2x2.Eigenvalues(new double[,] { { scale, -2 * scale }, { scale, 3 * scale } });

        ShouldEqual(r1, 3 * scale, 0, Tolerance.RelativeOnly(1e-12));
        ShouldEqual(r2, scale, 0, Tolerance.RelativeOnly(1e-12));
        ShouldEqual(c1, 2 * scale, scale, Tolerance.RelativeOnly(1e-12));
        ShouldEqual(c2, 2 * scale, -scale, Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(12)]
    // diag(1e300, 1) and diag(1, 1e300) have eigenvalues 1e300 and 1. Divide by the LARGEST entry: dividing by a
    // smaller one (say 1) leaves (a − d)/2 = 5e299, whose square overflows.
    public void The_scale_is_the_largest_entry_wherever_it_sits()
    {
        var (a1, a2) = Eigen2x2.Eigenvalues(new double[,] { { 1e300, 0 }, { 0, 1 } });
        var (b1, b2) = Eigen2x2.Eigenvalues(new double[,] { { 1, 0 }, { 0, 1e300 } });

        ShouldEqual(a1, 1e300, 0, Tolerance.RelativeOnly(1e-12));
        ShouldEqual(a2, 1, 0, Tolerance.RelativeOnly(1e-12));
        ShouldEqual(b1, 1e300, 0, Tolerance.RelativeOnly(1e-12));
        ShouldEqual(b2, 1, 0, Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(13)]
    // Repeated roots: the zero matrix has λ = 0 twice (and no largest entry to divide by); the Jordan block
    // [[1, 1], [0, 1]] has λ = 1 twice (discriminant exactly 0); the nilpotent [[0, 1], [0, 0]] has λ = 0 twice.
    public void Repeated_eigenvalues_are_returned_twice()
    {
        var (z1, z2) = Eigen2x2.Eigenvalues(new double[2, 2]);
        var (j1, j2) = Eigen2x2.Eigenvalues(new double[,] { { 1, 1 }, { 0, 1 } });
        var (n1, n2) = Eigen2x2.Eigenvalues(new double[,] { { 0, 1 }, { 0, 0 } });

        ShouldEqual(z1, 0, 0, Tolerance.Tight);
        ShouldEqual(z2, 0, 0, Tolerance.Tight);
        ShouldEqual(j1, 1, 0, Tolerance.Tight);
        ShouldEqual(j2, 1, 0, Tolerance.Tight);
        ShouldEqual(n1, 0, 0, Tolerance.Tight);
        ShouldEqual(n2, 0, 0, Tolerance.Tight);
    }

    [Test, Order(14)]
    public void Eigenvalues_reject_matrices_that_are_not_2x2()
    {
        FluentActions.Invoking(() => Eigen2x2.Eigenvalues(new double[3, 3])).Should().Throw<ArgumentException>().WithMessage("*2x2*");
        FluentActions.Invoking(() => Eigen2x2.Eigenvalues(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*2x2*");
        FluentActions.Invoking(() => Eigen2x2.Eigenvalues(new double[1, 2])).Should().Throw<ArgumentException>().WithMessage("*2x2*");
        FluentActions.Invoking(() => Eigen2x2.Eigenvalues(null!)).Should().Throw<ArgumentNullException>();
    }

    private static void ShouldEqual(Complex actual, double real, double imaginary, Tolerance tolerance)
    {
        actual.Real.Should().BeApproximately(real, tolerance, "the real part of {0}", actual);
        actual.Imaginary.Should().BeApproximately(imaginary, tolerance, "the imaginary part of {0}", actual);
    }
}
