using MathForML.Verification;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// The Moore–Penrose pseudo-inverse A⁺ = VΣ⁺Uᵀ inverts A where it can (on its row space) and gives 0 where it
/// cannot. It exists for every matrix, equals A⁻¹ when that exists, and x = A⁺b is the shortest least-squares solution.
/// </summary>
public class PseudoInverseTests
{
    [Test, Order(1)]
    // Σ⁺ inverts the non-zero σ and keeps the zeros: diag(2, 0)⁺ = diag(1/2, 0).
    // The column (1, 1)ᵀ = √2·u·1 with u = (1, 1)/√2, so its pseudo-inverse is (1/√2)·uᵀ = (1/2, 1/2).
    // [[1, 1], [1, 1]] = 2·u·uᵀ, so its pseudo-inverse is (1/2)·u·uᵀ = [[1/4, 1/4], [1/4, 1/4]].
    public void Compute_inverts_the_non_zero_singular_values_of_hand_examples()
    {
        PseudoInverse.Compute(new double[,] { { 2, 0 }, { 0, 0 } }).Should().BeApproximately(new double[,] { { 0.5, 0 }, { 0, 0 } }, Tolerance.Tight);
        PseudoInverse.Compute(new double[,] { { 1 }, { 1 } }).Should().BeApproximately(new double[,] { { 0.5, 0.5 } }, Tolerance.Tight);
        PseudoInverse.Compute(new double[,] { { 1, 1 }, { 1, 1 } }).Should().BeApproximately(new double[,] { { 0.25, 0.25 }, { 0.25, 0.25 } }, Tolerance.Tight);
    }

    [Test, Order(2)]
    // The four Penrose conditions define A⁺ uniquely: AA⁺A = A, A⁺AA⁺ = A⁺, and AA⁺ and A⁺A are symmetric
    // (they are the orthogonal projections onto the column space and the row space). Checked on a tall 6×4,
    // a wide 4×6 and a rank-2 6×5 matrix.
    public void The_four_Penrose_conditions_hold([Values("tall", "wide", "rank-deficient")] string shape, [Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var a = shape switch
        {
            "tall" => Oracle.ToMatrix(data.Matrix(6, 4)),
            "wide" => Oracle.ToMatrix(data.Matrix(4, 6)),
            _ => Oracle.ToMatrix(data.Matrix(6, 2)) * Oracle.ToMatrix(data.Matrix(2, 5)),
        };

        var pinv = Oracle.ToMatrix(PseudoInverse.Compute(a.ToArray()));

        pinv.Should().HaveShape(a.ColumnCount, a.RowCount);
        (a * pinv * a).Should().BeApproximately(a, Tolerance.Default);
        (pinv * a * pinv).Should().BeApproximately(pinv, Tolerance.Default);
        (a * pinv).Should().BeSymmetric(Tolerance.Default);
        (pinv * a).Should().BeSymmetric(Tolerance.Default);
    }

    [Test, Order(3)]
    // When A is invertible, A⁻¹ satisfies all four conditions, so A⁺ = A⁻¹.
    public void The_pseudo_inverse_of_an_invertible_matrix_is_its_inverse([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.WithConditionNumber(data.Random.NextInt(2, 7), 100);

        PseudoInverse.Compute(a).Should().BeApproximately(Oracle.Inverse(a), Tolerance.Default);
    }

    [Test, Order(4)]
    // The tolerance decides which σ count as zero: σ > tol is inverted, σ ≤ tol is dropped.
    // diag(1, 0.5) with tol 0.4 → diag(1, 2); with tol 0.5 → diag(1, 0).
    public void The_tolerance_decides_which_singular_values_are_inverted()
    {
        var a = new double[,] { { 1, 0 }, { 0, 0.5 } };

        PseudoInverse.Compute(a, 0.4).Should().BeApproximately(new double[,] { { 1, 0 }, { 0, 2 } }, Tolerance.Tight);
        PseudoInverse.Compute(a, 0.5).Should().BeApproximately(new double[,] { { 1, 0 }, { 0, 0 } }, Tolerance.Tight);
        // Tolerance 0 is allowed: every non-zero σ is inverted.
        PseudoInverse.Compute(a, 0).Should().BeApproximately(new double[,] { { 1, 0 }, { 0, 2 } }, Tolerance.Tight);
    }

    [Test, Order(5)]
    // A = BC has rank 2, but rounding leaves σ₃ ≈ 1e-13 (entries are about 1000) instead of 0. Inverting it would
    // put 1e13 into A⁺. The default tolerance max(m, n)·ε·σ₁ — relative to σ₁ — drops it, so ‖A⁺‖₂ = 1/σ₂.
    public void The_default_tolerance_ignores_rounding_noise([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var a = (Oracle.ToMatrix(data.Matrix(5, 2, -1000, 1000)) * Oracle.ToMatrix(data.Matrix(2, 4))).ToArray();
        var sigma = Oracle.SingularValues(a);

        Oracle.ToMatrix(PseudoInverse.Compute(a)).L2Norm().Should().BeApproximately(1 / sigma[1], Tolerance.Loose);
    }

    [Test, Order(6)]
    // The zero matrix has no non-zero σ to invert: its pseudo-inverse is the zero matrix of the transposed shape.
    // So is the minimum-norm solution of 0·x = b: every x fits equally badly, and x = 0 is the shortest.
    public void The_pseudo_inverse_of_the_zero_matrix_is_zero()
    {
        PseudoInverse.Compute(new double[2, 3]).Should().BeApproximately(new double[3, 2], Tolerance.AbsoluteOnly(0));
        PseudoInverse.MinimumNormSolution(new double[2, 3], [1, 2]).Should().Equal(0, 0, 0);
    }

    [Test, Order(7)]
    public void Compute_rejects_a_negative_tolerance_and_empty_input()
    {
        var a = new double[,] { { 1, 0 }, { 0, 1 } };

        FluentActions.Invoking(() => PseudoInverse.Compute(a, -1e-3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PseudoInverse.Compute(a, double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PseudoInverse.Compute(new double[0, 2])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => PseudoInverse.Compute(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(8)]
    // x₁ + x₂ = 2 has a whole line of solutions; the one closest to the origin is (1, 1), of length √2.
    public void Minimum_norm_solution_of_one_equation_in_two_unknowns() =>
        PseudoInverse.MinimumNormSolution(new double[,] { { 1, 1 } }, [2]).Should().BeApproximately([1, 1], Tolerance.Tight);

    [Test, Order(9)]
    // Underdetermined (3 equations, 5 unknowns): x = A⁺b solves Ax = b exactly, and adding any null-space vector
    // z (Az = 0, here z = (I − A⁺A)w) gives another solution that is longer: x ⟂ z, so ‖x + z‖² = ‖x‖² + ‖z‖².
    public void Minimum_norm_solution_solves_an_underdetermined_system_with_the_shortest_x([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = Oracle.ToMatrix(data.Matrix(3, 5));
        var b = Oracle.ToVector(data.Vector(3));
        var w = Oracle.ToVector(data.Vector(5));

        var x = Oracle.ToVector(PseudoInverse.MinimumNormSolution(a.ToArray(), b.ToArray()));

        (a * x).Should().BeApproximately(b, Tolerance.Default);
        var z = w - Oracle.ToMatrix(PseudoInverse.Compute(a.ToArray())) * (a * w);
        (a * z).Should().BeApproximately(new double[3], Tolerance.Default);
        x.DotProduct(z).Should().BeApproximately(0, Tolerance.Default);
        x.L2Norm().Should().BeLessThan((x + z).L2Norm());
    }

    [Test, Order(10)]
    // Overdetermined with full column rank: A⁺ = (AᵀA)⁻¹Aᵀ and x = A⁺b is the ordinary least-squares fit.
    public void Minimum_norm_solution_is_the_least_squares_fit_for_a_tall_full_rank_matrix([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.Matrix(8, 3);
        var b = data.Vector(8);

        PseudoInverse.MinimumNormSolution(a, b).Should().BeApproximately(Oracle.LeastSquares(a, b), Tolerance.Default);
    }

    [Test, Order(11)]
    // Rank-deficient and inconsistent: the columns of [[1, 1], [1, 1], [0, 0]] are equal, so only x₁ + x₂ matters;
    // the best fit to b = (1, 3, 5) makes x₁ + x₂ = mean(1, 3) = 2, and the shortest such x is (1, 1).
    public void Minimum_norm_solution_handles_rank_deficient_least_squares()
    {
        var x = PseudoInverse.MinimumNormSolution(new double[,] { { 1, 1 }, { 1, 1 }, { 0, 0 } }, [1, 3, 5]);

        x.Should().BeApproximately([1, 1], Tolerance.Tight);
    }

    [Test, Order(12)]
    public void Minimum_norm_solution_rejects_mismatched_shapes_and_leaves_inputs_alone()
    {
        var a = new double[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        double[] b = [1, 2];
        var (aCopy, bCopy) = ((double[,])a.Clone(), (double[])b.Clone());

        FluentActions.Invoking(() => PseudoInverse.MinimumNormSolution(a, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => PseudoInverse.MinimumNormSolution(a, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => PseudoInverse.MinimumNormSolution(null!, b)).Should().Throw<ArgumentNullException>();
        PseudoInverse.MinimumNormSolution(a, b);
        PseudoInverse.Compute(a);
        a.Should().BeApproximately(aCopy, Tolerance.AbsoluteOnly(0));
        b.Should().Equal(bCopy);
    }

    [Test, Order(13)]
    // MinimumNormSolution applies the same A⁺ as Compute (same default tolerance), without forming it:
    // on a rank-deficient system the two must agree.
    public void Minimum_norm_solution_equals_the_pseudo_inverse_times_b([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var a = Oracle.ToMatrix(data.Matrix(5, 2)) * Oracle.ToMatrix(data.Matrix(2, 6));
        var b = Oracle.ToVector(data.Vector(5));

        var x = PseudoInverse.MinimumNormSolution(a.ToArray(), b.ToArray());

        x.Should().BeApproximately(Oracle.ToMatrix(PseudoInverse.Compute(a.ToArray())) * b, Tolerance.Default);
    }

    [Test, Order(14)]
    // The default cut-off is relative to σ₁, so (cA)⁺ = A⁺/c at any scale. For the rank-2 product A = BC scaled by
    // c = 1e-12, its genuine σ₁, σ₂ are about 1e-12 — below a fixed cut-off such as 1e-10, which would drop them and
    // return 0; scaled by c = 1e12, its rounding-noise σ₃ is about 1e-4 — above such a cut-off, which would invert it.
    public void The_default_tolerance_is_relative_to_the_largest_singular_value([Values(1e-12, 1e12)] double c, [Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var a = Oracle.ToMatrix(data.Matrix(5, 2)) * Oracle.ToMatrix(data.Matrix(2, 4));
        var b = data.Vector(5);
        var pinv = Oracle.ToMatrix(PseudoInverse.Compute(a.ToArray()));

        (Oracle.ToMatrix(PseudoInverse.Compute((a * c).ToArray())) * c).Should().BeApproximately(pinv, Tolerance.Default);
        (Oracle.ToVector(PseudoInverse.MinimumNormSolution((a * c).ToArray(), b)) * c).Should().BeApproximately(pinv * Oracle.ToVector(b), Tolerance.Default);
    }
}
