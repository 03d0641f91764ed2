using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// PA = LU checked entry by entry with MathNet arithmetic, the shape of each factor checked on its own,
/// and the factorisation put to work: one decomposition, many right-hand sides.
/// </summary>
public class LuDecompositionTests
{
    [Test, Order(1)]
    // A = [1 2; 4 6]: the pivot of column 0 is 4 (row 1), so P swaps the rows: PA = [4 6; 1 2].
    // The multiplier is 1/4, and 2 − (1/4)·6 = 0.5: L = [1 0; 0.25 1], U = [4 6; 0 0.5], Permutation = [1, 0].
    public void Decompose_of_a_worked_example()
    {
        var lu = LuDecomposition.Decompose(new double[,] { { 1, 2 }, { 4, 6 } });

        lu.Permutation.Should().Equal(1, 0);
        lu.Lower.Should().BeApproximately(new double[,] { { 1, 0 }, { 0.25, 1 } }, Tolerance.Tight);
        lu.Upper.Should().BeApproximately(new double[,] { { 4, 6 }, { 0, 0.5 } }, Tolerance.Tight);
    }

    [Test, Order(2)]
    // Row i of PA is row Permutation[i] of A, and multiplying the factors back gives exactly that: PA = LU.
    public void The_factors_multiply_back_to_the_row_permuted_matrix([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 12);
        var a = data.Matrix(n, n, -10, 10);

        var lu = LuDecomposition.Decompose(a);

        (Oracle.ToMatrix(lu.Lower) * Oracle.ToMatrix(lu.Upper)).Should().BeApproximately(PermuteRows(a, lu.Permutation), Tolerance.Default);
    }

    [Test, Order(3)]
    // L is unit lower triangular (ones on the diagonal), U is upper triangular, and Permutation holds 0 … n−1 once each.
    // Partial pivoting divides by the largest entry of the column, so every multiplier has |lᵢⱼ| ≤ 1.
    public void The_factors_have_the_promised_shapes([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 12);
        var a = data.Matrix(n, n);

        var lu = LuDecomposition.Decompose(a);

        lu.Lower.Should().HaveShape(n, n).And.BeLowerTriangular(Tolerance.AbsoluteOnly(0));
        lu.Upper.Should().HaveShape(n, n).And.BeUpperTriangular(Tolerance.AbsoluteOnly(0));
        Enumerable.Range(0, n).Select(i => lu.Lower[i, i]).Should().AllSatisfy(d => d.Should().Be(1));
        lu.Lower.Cast<double>().Should().AllSatisfy(l => Math.Abs(l).Should().BeLessThanOrEqualTo(1));
        lu.Permutation.Should().BeEquivalentTo(Enumerable.Range(0, n));
    }

    [Test, Order(4)]
    // [0 1 0; 0 0 1; 1 0 0] has a zero leading entry: without a row swap the first step would divide by 0.
    // The pivots are rows 2, 0, 1 in turn, so L = I, U = I and Permutation = [2, 0, 1].
    public void Decompose_swaps_rows_when_the_leading_entry_is_zero()
    {
        var lu = LuDecomposition.Decompose(new double[,] { { 0, 1, 0 }, { 0, 0, 1 }, { 1, 0, 0 } });

        lu.Permutation.Should().Equal(2, 0, 1);
        lu.Lower.Should().BeApproximately(Identity(3), Tolerance.AbsoluteOnly(0));
        lu.Upper.Should().BeApproximately(Identity(3), Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(5)]
    // Pivoting compares sizes: in A = [1 2; −4 6] the pivot of column 0 is −4 (|−4| > |1|), not 1 (1 > −4 as signed values).
    // Permutation = [1, 0]; the multiplier is 1/(−4) = −0.25, and 2 − (−0.25)·6 = 3.5: L = [1 0; −0.25 1], U = [−4 6; 0 3.5].
    // The signed choice would keep row 0 and store the multiplier −4, breaking |lᵢⱼ| ≤ 1.
    public void Decompose_pivots_on_the_largest_absolute_value_even_when_it_is_negative()
    {
        var lu = LuDecomposition.Decompose(new double[,] { { 1, 2 }, { -4, 6 } });

        lu.Permutation.Should().Equal(1, 0);
        lu.Lower.Should().BeApproximately(new double[,] { { 1, 0 }, { -0.25, 1 } }, Tolerance.Tight);
        lu.Upper.Should().BeApproximately(new double[,] { { -4, 6 }, { 0, 3.5 } }, Tolerance.Tight);
    }

    [Test, Order(6)]
    // Sign = det(P) = ±1: [2, 0, 1] is a 3-cycle (two swaps, +1); [1, 0] is one swap (−1).
    public void The_permutation_sign_counts_the_row_swaps()
    {
        LuDecomposition.Decompose(new double[,] { { 0, 1, 0 }, { 0, 0, 1 }, { 1, 0, 0 } }).Sign.Should().Be(1);
        LuDecomposition.Decompose(new double[,] { { 1, 2 }, { 4, 6 } }).Sign.Should().Be(-1);
        LuDecomposition.Decompose(new double[,] { { 4, 6 }, { 1, 2 } }).Sign.Should().Be(1);
    }

    [Test, Order(7)]
    // Ax = b ⇔ PAx = Pb ⇔ L(Ux) = Pb. For [1 2; 4 6]·x = (5, 16): Pb = (16, 5); Ly = Pb gives y = (16, 5 − 0.25·16) = (16, 1);
    // Ux = y gives x₁ = 1/0.5 = 2 and x₀ = (16 − 6·2)/4 = 1. Check: 1 + 2·2 = 5 and 4 + 6·2 = 16.
    public void Solve_with_the_factors_of_a_worked_example()
    {
        var lu = LuDecomposition.Decompose(new double[,] { { 1, 2 }, { 4, 6 } });

        LuDecomposition.Solve(lu, [5, 16]).Should().BeApproximately([1, 2], Tolerance.Tight);
    }

    [Test, Order(8)]
    // The target: a 100×100 system with condition number 10 is solved to a relative residual
    // ‖Ax − b‖ / (‖A‖‖x‖) ≤ 1e-12 (rounding alone gives about 1e-16; a missing Pb or a wrong order of P gives about 1).
    public void Solve_reaches_a_tiny_relative_residual_on_a_100_by_100_system([Range(1, 2)] int seed)
    {
        var data = new TestData(seed);
        var a = data.WithConditionNumber(100, 10);
        var b = data.Vector(100);

        var x = LuDecomposition.Solve(LuDecomposition.Decompose(a), b);

        var matrix = Oracle.ToMatrix(a);
        var solution = Vector<double>.Build.DenseOfArray(x);
        ((matrix * solution - Oracle.ToVector(b)).L2Norm() / (matrix.L2Norm() * solution.L2Norm())).Should().BeLessThan(1e-12);
    }

    [Test, Order(9)]
    // The point of factoring: O(n³) work once, then O(n²) per right-hand side. Three right-hand sides, one factorisation,
    // each answer agrees with MathNet's solver.
    public void One_factorisation_solves_several_right_hand_sides([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 15);
        var a = data.WithConditionNumber(n, 100);
        var lu = LuDecomposition.Decompose(a);

        for (var k = 0; k < 3; k++)
        {
            var b = data.Vector(n, -5, 5);
            LuDecomposition.Solve(lu, b).Should().BeApproximately(Oracle.Solve(a, b), Tolerance.Default, "for right-hand side {0}", k);
        }
    }

    [Test, Order(10)]
    // [1e-20 1; 1 1]·x = (1, 2) has x ≈ (1, 1). Without the row swap, L would hold 1e20 and U would hold 1 − 1e20,
    // and x₀ would come out as 0.
    public void Pivoting_keeps_full_accuracy_when_a_pivot_is_tiny() =>
        LuDecomposition.Solve(LuDecomposition.Decompose(new double[,] { { 1e-20, 1 }, { 1, 1 } }), [1, 2])
            .Should().BeApproximately([1, 1], Tolerance.Tight);

    [Test, Order(11)]
    // Every square matrix has PA = LU, singular or not: [1 2; 2 4] gives U = [2 4; 0 0], and [0 1; 0 2] (a zero column)
    // must skip the elimination of that column instead of computing 0/0. A zero on U's diagonal is what makes A singular.
    public void Singular_matrices_still_factor_with_a_zero_on_the_diagonal_of_U()
    {
        var a = new double[,] { { 1, 2 }, { 2, 4 } };
        var lu = LuDecomposition.Decompose(a);
        lu.Upper.Should().BeApproximately(new double[,] { { 2, 4 }, { 0, 0 } }, Tolerance.Tight);
        (Oracle.ToMatrix(lu.Lower) * Oracle.ToMatrix(lu.Upper)).Should().BeApproximately(PermuteRows(a, lu.Permutation), Tolerance.Tight);

        var zeroColumn = new double[,] { { 0, 1 }, { 0, 2 } };
        var factors = LuDecomposition.Decompose(zeroColumn);
        (Oracle.ToMatrix(factors.Lower) * Oracle.ToMatrix(factors.Upper)).Should().BeApproximately(PermuteRows(zeroColumn, factors.Permutation), Tolerance.Tight);
        factors.Upper[0, 0].Should().Be(0);
    }

    [Test, Order(12)]
    // PA = LU is scale-free: for cA the permutation and L are those of A, U is c times A's, and the solution of
    // cA·x = cb is that of Ax = b. Skipping the elimination of a column whenever |uₖₖ| is below a fixed number such as
    // 1e-10 (instead of exactly 0) breaks at c = 1e-12; nothing may overflow or underflow at c = 1e±200.
    public void Decompose_and_solve_work_at_any_scale([Values(1e-200, 1e-12, 1e12, 1e200)] double scale, [Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 8);
        var a = data.WithConditionNumber(n, 10);
        var b = data.Vector(n);
        var reference = LuDecomposition.Decompose(a);

        var lu = LuDecomposition.Decompose((Oracle.ToMatrix(a) * scale).ToArray());

        lu.Permutation.Should().Equal(reference.Permutation);
        lu.Lower.Should().BeApproximately(reference.Lower, Tolerance.Default);
        (Oracle.ToMatrix(lu.Upper) / scale).Should().BeApproximately(reference.Upper, Tolerance.Default);
        LuDecomposition.Solve(lu, b.Select(x => x * scale).ToArray()).Should().BeApproximately(Oracle.Solve(a, b), Tolerance.Default);
    }

    [Test, Order(13)]
    // Solving needs to divide by every uᵢᵢ: a zero (or rounding-level) pivot means Ax = b has no unique solution.
    // [1 2 3; 4 5 6; 7 8 9] is singular but its U ends in about 1.1e-16, not 0.
    public void Solve_rejects_the_factors_of_a_singular_matrix()
    {
        FluentActions.Invoking(() => LuDecomposition.Solve(LuDecomposition.Decompose(new double[,] { { 1, 2 }, { 2, 4 } }), [1, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => LuDecomposition.Solve(LuDecomposition.Decompose(new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }), [1, 2, 3]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
    }

    [Test, Order(14)]
    public void Bad_shapes_are_rejected()
    {
        FluentActions.Invoking(() => LuDecomposition.Decompose(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => LuDecomposition.Decompose(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => LuDecomposition.Decompose(null!)).Should().Throw<ArgumentNullException>();
        var lu = LuDecomposition.Decompose(new double[,] { { 1, 2 }, { 3, 4 } });
        FluentActions.Invoking(() => LuDecomposition.Solve(lu, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => LuDecomposition.Solve(lu, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => LuDecomposition.Solve(null!, [1, 2])).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(15)]
    // Decompose works on a copy of A; Solve permutes a copy of b.
    public void Decompose_and_solve_leave_their_inputs_untouched()
    {
        var a = new double[,] { { 1, 2 }, { 4, 6 } };
        double[] b = [5, 16];

        LuDecomposition.Solve(LuDecomposition.Decompose(a), b);

        a.Should().BeApproximately(new double[,] { { 1, 2 }, { 4, 6 } }, Tolerance.AbsoluteOnly(0));
        b.Should().Equal(5, 16);
    }

    // PA: row i is row permutation[i] of A.
    private static Matrix<double> PermuteRows(double[,] a, int[] permutation)
    {
        var n = a.GetLength(0);
        return Matrix<double>.Build.Dense(n, a.GetLength(1), (i, j) => a[permutation[i], j]);
    }

    private static double[,] Identity(int n) => Matrix<double>.Build.DenseIdentity(n).ToArray();
}
