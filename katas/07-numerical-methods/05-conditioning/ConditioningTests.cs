using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.NumericalMethods.Tests;

/// <summary>
/// Condition numbers measured: κ from the singular values, the Hilbert matrices' e^(3.5n) growth, the bound
/// ‖δx‖/‖x‖ ≤ κ·‖δb‖/‖b‖ (and the perturbation that attains it), and κ(AᵀA) = κ(A)². Wrong implementations these
/// tests catch: (1) κ as |λ|max/|λ|min from eigenvalues: 1 for the triangular [[1, 1000], [0, 1]], whose κ ≈ 10⁶;
/// (2) the Hilbert matrix off by one, 1/(i + j) (∞ at the corner) or 1/(i + j + 2); (3) the amplification without the
/// division by ‖x‖/‖b‖ (‖δx‖/‖δb‖ is a different number); (4) δx as the difference of two solutions, which is
/// rounding noise for ‖δb‖ = 1e-10·‖b‖ on an ill-conditioned matrix.
/// </summary>
public class ConditioningTests
{
    [Test, Order(1)]
    // A diagonal matrix has σ = |diagonal entries|: κ([[2, 0], [0, 0.5]]) = 2/0.5 = 4. An orthogonal matrix has κ = 1.
    // [[1, 1000], [0, 1]] has both eigenvalues 1, but AᵀA = [[1, 1000], [1000, 1000001]] has σ² = λ(AᵀA) with
    // σ₁/σ₂ = σ₁² (det = 1 = σ₁σ₂) and σ₁ + 1/σ₁ = √(trace + 2) = √1000004: κ = 1000001.999999 (to 13 digits).
    public void Condition_numbers_of_small_matrices_by_hand()
    {
        Conditioning.ConditionNumber(new double[,] { { 2, 0 }, { 0, 0.5 } }).Should().BeApproximately(4, Tolerance.Tight);
        Conditioning.ConditionNumber(new double[,] { { 0, 1 }, { -1, 0 } }).Should().BeApproximately(1, Tolerance.Tight);
        Conditioning.ConditionNumber(new double[,] { { 1, 1000 }, { 0, 1 } }).Should().BeApproximately(1000001.999999, Tolerance.RelativeOnly(1e-9));
        Conditioning.ConditionNumber(new double[,] { { 1, 2 }, { 2, 4 } }).Should().BeGreaterThan(1e15, "a singular matrix: σmin is 0 or rounding");
    }

    [Test, Order(2)]
    // Seeded matrices built with a chosen κ (U·diag(σ)·Vᵀ with random orthogonal U, V): the computed κ matches to 1e-9
    // relative for κ up to 10⁶ (the SVD's absolute error ε·σmax is a relative ε·κ of σmin).
    public void The_condition_number_is_the_ratio_of_extreme_singular_values([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        foreach (var kappa in (double[])[1, 10, 1e3, 1e6])
        {
            Conditioning.ConditionNumber(data.WithConditionNumber(6, kappa)).Should().BeApproximately(kappa, Tolerance.RelativeOnly(1e-9));
        }

        var tall = data.Matrix(9, 4);
        Conditioning.ConditionNumber(tall).Should().BeApproximately(Oracle.ConditionNumber(tall), Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(3)]
    // H₃ = [[1, 1/2, 1/3], [1/2, 1/3, 1/4], [1/3, 1/4, 1/5]] with κ(H₃) ≈ 524.0568. From n = 3 to 10 the logarithm of κ(Hₙ)
    // grows by about 3.5 per step (κ(H₁₀) ≈ 1.6·10¹³): fitting a line to ln κ(Hₙ) against n gives a slope in [3.3, 3.7].
    public void Hilbert_condition_numbers_grow_like_e_to_the_3_5_n()
    {
        var h3 = Conditioning.Hilbert(3);
        h3.Should().BeApproximately(new double[,] { { 1, 1.0 / 2, 1.0 / 3 }, { 1.0 / 2, 1.0 / 3, 1.0 / 4 }, { 1.0 / 3, 1.0 / 4, 1.0 / 5 } }, Tolerance.Tight);
        Conditioning.Hilbert(1).Should().BeApproximately(new double[,] { { 1 } }, Tolerance.Tight);
        Conditioning.ConditionNumber(h3).Should().BeApproximately(524.0568, Tolerance.RelativeOnly(1e-6));

        var ns = Enumerable.Range(3, 8).Select(n => (double)n).ToArray();
        var logs = ns.Select(n => Math.Log(Conditioning.ConditionNumber(Conditioning.Hilbert((int)n)))).ToArray();
        var (meanN, meanLog) = (ns.Average(), logs.Average());
        var slope = ns.Zip(logs, (n, l) => (n - meanN) * (l - meanLog)).Sum() / ns.Sum(n => (n - meanN) * (n - meanN));
        slope.Should().BeInRange(3.3, 3.7);
        Conditioning.ConditionNumber(Conditioning.Hilbert(10)).Should().BeApproximately(1.6025e13, Tolerance.RelativeOnly(1e-3));
    }

    [Test, Order(4)]
    // On seeded systems with κ = 10⁴ and random b, δb of relative size 1e-10: the measured amplification never exceeds
    // κ (the bound is a theorem; 1e-6 slack covers rounding in the solves) and never falls below 1/κ.
    public void Relative_errors_are_amplified_at_most_by_kappa([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.WithConditionNumber(8, 1e4);
        for (var i = 0; i < 20; i++)
        {
            var b = data.Vector(8);
            var deltaB = data.Vector(8).Select(v => 1e-10 * v).ToArray();

            var amplification = Conditioning.Amplification(a, b, deltaB);

            amplification.Should().BeLessThanOrEqualTo(1e4 * (1 + 1e-6));
            amplification.Should().BeGreaterThanOrEqualTo(1e-4 * (1 - 1e-6));
        }
    }

    [Test, Order(5)]
    // The bound is attained: with A = U·Σ·Vᵀ, take b = u₁ (so x = v₁/σ₁, ‖x‖ = 1/σ₁) and δb = 1e-10·uₙ (δx = 1e-10·vₙ/σₙ):
    // the amplification is exactly σ₁/σₙ = κ. Swapping the roles (b = uₙ, δb ∝ u₁) gives the smallest possible, 1/κ.
    // δb is 1e-10 of b: subtracting two solutions instead of solving A·δx = δb would lose most of δx's digits here.
    public void The_worst_perturbation_attains_kappa_and_the_best_one_over_kappa([Range(1, 5)] int seed)
    {
        var a = new TestData(seed).WithConditionNumber(6, 1e6);
        var svd = Matrix<double>.Build.DenseOfArray(a).Svd();
        var kappa = svd.S[0] / svd.S[5];
        var first = svd.U.Column(0).ToArray();
        var last = svd.U.Column(5).ToArray();

        Conditioning.Amplification(a, first, [.. last.Select(v => 1e-10 * v)]).Should().BeApproximately(kappa, Tolerance.RelativeOnly(1e-6));
        Conditioning.Amplification(a, last, [.. first.Select(v => 1e-10 * v)]).Should().BeApproximately(1 / kappa, Tolerance.RelativeOnly(1e-6));
    }

    [Test, Order(6)]
    // AᵀA for A = [[1, 2], [3, 4], [5, 6]]: [[1 + 9 + 25, 2 + 12 + 30], [44, 4 + 16 + 36]] = [[35, 44], [44, 56]]. Its
    // singular values are σᵢ², so κ(AᵀA) = κ(A)²: measured to 1e-6 on seeded matrices up to κ(A) = 10⁴ (κ² = 10⁸). At
    // κ(A) = 10⁹ the square would be 10¹⁸ > 1/ε: AᵀA is numerically singular — its measured κ is at least 10¹⁵.
    public void The_normal_matrix_squares_the_condition_number([Range(1, 5)] int seed)
    {
        Conditioning.NormalMatrix(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } })
            .Should().BeApproximately(new double[,] { { 35, 44 }, { 44, 56 } }, Tolerance.Tight);
        var data = new TestData(seed);
        foreach (var kappa in (double[])[10, 100, 1e4])
        {
            var a = data.WithConditionNumber(5, kappa);
            Conditioning.ConditionNumber(Conditioning.NormalMatrix(a)).Should().BeApproximately(kappa * kappa, Tolerance.RelativeOnly(1e-6));
        }

        var tall = data.Matrix(7, 3);
        Conditioning.NormalMatrix(tall).Should().BeApproximately(Oracle.ToMatrix(tall).TransposeThisAndMultiply(Oracle.ToMatrix(tall)).ToArray(), Tolerance.Tight);
        Conditioning.ConditionNumber(Conditioning.NormalMatrix(data.WithConditionNumber(5, 1e9))).Should().BeGreaterThan(1e15);
    }

    [Test, Order(7)]
    // Shapes that have no condition number or no solution, and relative changes of zero vectors.
    public void Bad_shapes_and_zero_vectors_are_rejected()
    {
        FluentActions.Invoking(() => Conditioning.ConditionNumber(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Conditioning.ConditionNumber(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*rows*");
        FluentActions.Invoking(() => Conditioning.ConditionNumber(new double[,] { { double.NaN } })).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Conditioning.ConditionNumber(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Conditioning.Hilbert(0)).Should().Throw<ArgumentOutOfRangeException>();
        var a = new double[,] { { 2, 0 }, { 0, 1 } };
        FluentActions.Invoking(() => Conditioning.Amplification(new double[2, 3], [1, 1], [1, 1])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => Conditioning.Amplification(a, [1, 1, 1], [1, 1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Conditioning.Amplification(a, [0, 0], [1, 1])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => Conditioning.Amplification(a, [1, 1], [0, 0])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => Conditioning.NormalMatrix(new double[0, 3])).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Test, Order(8)]
    // κ = +∞ when σmin = 0 exactly: diag(1, 0), and the zero matrix, whose σmax/σmin = 0/0 is no number. The amplification
    // by hand on A = diag(2, 0.5) with b = (2, 0) and δb = (0, 10⁻³): x = (1, 0) and δx = (0, 2·10⁻³), so
    // (‖δx‖/‖x‖)/(‖δb‖/‖b‖) = (2·10⁻³/1)/(10⁻³/2) = 4 = κ(A) (‖b‖ = 2: dividing by ‖δb‖·‖b‖ instead would give 1).
    public void Singular_matrices_have_infinite_kappa_and_an_amplification_by_hand()
    {
        Conditioning.ConditionNumber(new double[,] { { 1, 0 }, { 0, 0 } }).Should().Be(double.PositiveInfinity);
        Conditioning.ConditionNumber(new double[2, 2]).Should().Be(double.PositiveInfinity, "the zero matrix is singular");
        Conditioning.Amplification(new double[,] { { 2, 0 }, { 0, 0.5 } }, [2, 0], [0, 1e-3]).Should().BeApproximately(4, Tolerance.Tight);
    }

    [Test, Order(9)]
    // Null arguments, the empty 0 × 0 system, which has no amplification to measure, and a vector of the wrong length
    // (reported under its own name).
    public void Null_arguments_and_the_empty_system_are_rejected()
    {
        var a = new double[,] { { 2, 0 }, { 0, 1 } };
        FluentActions.Invoking(() => Conditioning.Amplification(null!, [1, 1], [1, 1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Conditioning.Amplification(a, null!, [1, 1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Conditioning.Amplification(a, [1, 1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Conditioning.NormalMatrix(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Conditioning.Amplification(new double[0, 0], [], [])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => Conditioning.Amplification(a, [1, 1], [1])).Should().Throw<ArgumentException>().WithParameterName("deltaB");
        FluentActions.Invoking(() => Conditioning.Amplification(a, [1], [1, 1])).Should().Throw<ArgumentException>().WithParameterName("b");
    }
}
