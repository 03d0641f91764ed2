using MathForML.Verification;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Eckart–Young: the best rank-k approximation of A keeps its k largest singular triplets,
/// A_k = Σ_{i&lt;k} σᵢuᵢvᵢᵀ, and the error is exactly the part of the spectrum it drops.
/// </summary>
public class LowRankTests
{
    [Test, Order(1)]
    // σ = (3, 2, 1): dropping all gives √(9 + 4 + 1) = √14 = ‖A‖_F, keeping one gives √(4 + 1) = √5,
    // keeping two gives √1 = 1, keeping all gives 0. Trailing zeros contribute nothing.
    public void Frobenius_error_is_the_length_of_the_dropped_singular_values()
    {
        double[] sigma = [3, 2, 1];

        LowRank.FrobeniusError(sigma, 0).Should().BeApproximately(Math.Sqrt(14), Tolerance.Tight);
        LowRank.FrobeniusError(sigma, 1).Should().BeApproximately(Math.Sqrt(5), Tolerance.Tight);
        LowRank.FrobeniusError(sigma, 2).Should().BeApproximately(1, Tolerance.Tight);
        LowRank.FrobeniusError(sigma, 3).Should().Be(0);
        LowRank.FrobeniusError([3, 0, 0], 1).Should().Be(0);
    }

    [Test, Order(2)]
    // σ = (5e200, 4e200, 3e200): keeping one leaves √(16 + 9)·1e200 = 5e200, but squaring 4e200 overflows
    // unless the values are divided by the largest dropped one first.
    public void Frobenius_error_does_not_overflow_for_huge_singular_values()
    {
        LowRank.FrobeniusError([5e200, 4e200, 3e200], 1).Should().BeApproximately(5e200, Tolerance.RelativeOnly(1e-12));
        LowRank.FrobeniusError([5e-200, 4e-200, 3e-200], 1).Should().BeApproximately(5e-200, Tolerance.RelativeOnly(1e-12));
        // Divide by the largest DROPPED value, not by σ₁: with σ = (1e200, 4e-200, 3e-200), (4e-200/1e200)² underflows to 0.
        LowRank.FrobeniusError([1e200, 4e-200, 3e-200], 1).Should().BeApproximately(5e-200, Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(3)]
    public void Frobenius_error_rejects_bad_arguments()
    {
        FluentActions.Invoking(() => LowRank.FrobeniusError([3, 2, 1], -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LowRank.FrobeniusError([3, 2, 1], 4)).Should().Throw<ArgumentOutOfRangeException>();
        // Singular values come from an SVD: sorted from largest to smallest, never negative.
        FluentActions.Invoking(() => LowRank.FrobeniusError([1, 2, 3], 1)).Should().Throw<ArgumentException>().WithMessage("*descending*");
        FluentActions.Invoking(() => LowRank.FrobeniusError([3, 2, -1], 1)).Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => LowRank.FrobeniusError(null!, 0)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(4)]
    // A = [[0, 2, 0], [3, 0, 0], [0, 0, −1]] has orthogonal rows and columns: σ = (3, 2, 1), and its largest
    // stretch is the 3 in row 2, column 1. A₁ keeps only that entry; A₂ also keeps the 2. Keeping "the first
    // k rows" would keep the 2 first — that is not the best rank-1 matrix.
    public void Approximate_keeps_the_largest_singular_triplets_of_a_hand_example()
    {
        var a = new double[,] { { 0, 2, 0 }, { 3, 0, 0 }, { 0, 0, -1 } };

        LowRank.Approximate(a, 1).Should().BeApproximately(new double[,] { { 0, 0, 0 }, { 3, 0, 0 }, { 0, 0, 0 } }, Tolerance.Tight);
        LowRank.Approximate(a, 2).Should().BeApproximately(new double[,] { { 0, 2, 0 }, { 3, 0, 0 }, { 0, 0, 0 } }, Tolerance.Tight);
        LowRank.Approximate(a, 3).Should().BeApproximately(a, Tolerance.Tight);
        LowRank.Approximate(a, 0).Should().BeApproximately(new double[3, 3], Tolerance.Tight);
    }

    [Test, Order(5)]
    // The measured error ‖A − A_k‖_F equals the computed one, √(Σ_{i≥k} σᵢ²), with σ from the oracle.
    public void Measured_error_equals_the_dropped_singular_values([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.Matrix(data.Random.NextInt(2, 9), data.Random.NextInt(2, 9));
        var k = data.Random.NextInt(0, Math.Min(a.GetLength(0), a.GetLength(1)) + 1);

        var measured = (Oracle.ToMatrix(a) - Oracle.ToMatrix(LowRank.Approximate(a, k))).FrobeniusNorm();

        measured.Should().BeApproximately(LowRank.FrobeniusError(Oracle.SingularValues(a), k), Tolerance.Default);
    }

    [Test, Order(6)]
    // A_k = U_k Σ_k V_kᵀ has exactly k non-zero singular values, so its rank is k (random A has full rank).
    public void The_approximation_has_exactly_the_requested_rank([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.Matrix(7, 5);
        var k = data.Random.NextInt(1, 6);

        Oracle.Rank(LowRank.Approximate(a, k)).Should().Be(k);
    }

    [Test, Order(7)]
    // Eckart–Young holds in the spectral norm too: ‖A − A_k‖₂ = σₖ₊₁, the largest singular value left out.
    public void The_spectral_norm_error_is_the_first_dropped_singular_value([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.Matrix(6, 6);
        var k = data.Random.NextInt(1, 6);

        var error = (Oracle.ToMatrix(a) - Oracle.ToMatrix(LowRank.Approximate(a, k))).L2Norm();

        error.Should().BeApproximately(Oracle.SingularValues(a)[k], Tolerance.Default);
    }

    [Test, Order(8)]
    // Keeping more triplets can only help: the errors for k = 0, 1, …, r never increase, start at ‖A‖_F and end at 0.
    public void The_error_shrinks_as_the_rank_grows_and_vanishes_at_full_rank([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = Oracle.ToMatrix(data.Matrix(5, 4));

        var errors = Enumerable.Range(0, 5).Select(k => (a - Oracle.ToMatrix(LowRank.Approximate(a.ToArray(), k))).FrobeniusNorm()).ToArray();

        errors[0].Should().BeApproximately(a.FrobeniusNorm(), Tolerance.Default);
        errors.Should().BeInDescendingOrder();
        errors[^1].Should().BeApproximately(0, Tolerance.Default);
    }

    [Test, Order(9)]
    // "Best" is a strong claim: A_k must beat every other rank-k matrix. Two natural competitors:
    // keeping the first k columns of A (zeroing the rest), and projecting A onto a random k-dimensional
    // subspace (the best matrix with that column space, QQᵀA).
    public void No_other_rank_k_matrix_is_closer([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = Oracle.ToMatrix(data.Matrix(6, 5));
        var k = data.Random.NextInt(1, 5);

        var best = (a - Oracle.ToMatrix(LowRank.Approximate(a.ToArray(), k))).FrobeniusNorm();

        var firstColumns = a.Clone();
        firstColumns.ClearSubMatrix(0, 6, k, 5 - k);
        var q = Oracle.ToMatrix(data.Orthogonal(6)).SubMatrix(0, 6, 0, k);
        best.Should().BeLessThanOrEqualTo((a - firstColumns).FrobeniusNorm());
        best.Should().BeLessThanOrEqualTo((a - q * q.Transpose() * a).FrobeniusNorm());
    }

    [Test, Order(10)]
    public void Approximate_rejects_a_rank_out_of_range_and_leaves_its_input_alone()
    {
        var a = new double[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        var copy = (double[,])a.Clone();

        // A 2×3 matrix has rank at most 2.
        FluentActions.Invoking(() => LowRank.Approximate(a, 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LowRank.Approximate(a, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LowRank.Approximate(null!, 1)).Should().Throw<ArgumentNullException>();
        LowRank.Approximate(a, 1);
        a.Should().BeApproximately(copy, Tolerance.AbsoluteOnly(0));
    }
}
