using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Reduced row echelon form and everything it tells: rank, a basis of the column space, independence, span.
/// Random low-rank matrices are built as products (m×r)(r×n), so their rank is r by construction —
/// and in floating point their "zero" rows are only zero up to rounding.
/// </summary>
public class RankAndBasisTests
{
    [Test, Order(1)]
    // Row 3 of [1 2 1; 2 4 0; 3 6 1] is row 1 + row 2, and column 2 is twice column 1. Eliminating:
    // R = [1 2 0; 0 0 1; 0 0 0] — a leading 1 in columns 0 and 2, zeros above and below each, and a zero row last.
    public void Rref_of_a_worked_example()
    {
        var a = new double[,] { { 1, 2, 1 }, { 2, 4, 0 }, { 3, 6, 1 } };

        RankAndBasis.ReducedRowEchelonForm(a).Should().BeApproximately(new double[,] { { 1, 2, 0 }, { 0, 0, 1 }, { 0, 0, 0 } }, Tolerance.Tight);
        RankAndBasis.Rank(a).Should().Be(2);
        RankAndBasis.PivotColumns(a).Should().Equal(0, 2);
    }

    [Test, Order(2)]
    // [0 1 2; 0 3 6]: column 0 is all zero, so it gets no pivot and row 0 is still free for column 1. There the larger
    // entry 3 is swapped up and divided out (row (0, 1, 2)); the other row becomes (0, 1, 2) − 1·(0, 1, 2) = 0.
    // R = [0 1 2; 0 0 0]; rank 1; the only pivot column is 1.
    public void Rref_skips_columns_without_a_pivot()
    {
        var a = new double[,] { { 0, 1, 2 }, { 0, 3, 6 } };

        RankAndBasis.ReducedRowEchelonForm(a).Should().BeApproximately(new double[,] { { 0, 1, 2 }, { 0, 0, 0 } }, Tolerance.Tight);
        RankAndBasis.PivotColumns(a).Should().Equal(1);
    }

    [Test, Order(3)]
    // The pivot is the entry of largest ABSOLUTE value. In [0 1; −1 1] column 0 holds 0 and −1: the larger signed value
    // is 0, which would make column 0 look pivot-free and the rank 1. With −1 as the pivot: R = I, rank 2.
    public void The_pivot_is_the_largest_absolute_value_even_when_it_is_negative()
    {
        var a = new double[,] { { 0, 1 }, { -1, 1 } };

        RankAndBasis.ReducedRowEchelonForm(a).Should().BeApproximately(new double[,] { { 1, 0 }, { 0, 1 } }, Tolerance.Tight);
        RankAndBasis.PivotColumns(a).Should().Equal(0, 1);
    }

    [Test, Order(4)]
    // The zero matrix has rank 0; the identity has full rank; a wide matrix has rank at most its number of rows.
    public void Rank_of_simple_matrices()
    {
        RankAndBasis.Rank(new double[3, 4]).Should().Be(0);
        RankAndBasis.Rank(new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }).Should().Be(3);
        RankAndBasis.Rank(new double[,] { { 1, 2, 3, 4 }, { 2, 1, 0, 5 } }).Should().Be(2);
        RankAndBasis.ReducedRowEchelonForm(new double[3, 4]).Should().BeApproximately(new double[3, 4], Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(5)]
    // A product of an m×r and an r×n matrix has rank at most r. MathNet counts the singular values above
    // max(m, n)·σmax·ε; elimination must reach the same count by treating rounding residues (≈1e-16) as zero.
    public void Rank_agrees_with_the_oracle_on_random_low_rank_products([Range(1, 8)] int seed)
    {
        var data = new TestData(seed);
        var (m, n) = (data.Random.NextInt(2, 9), data.Random.NextInt(2, 9));
        var a = LowRank(data, m, n, data.Random.NextInt(1, Math.Min(m, n) + 1));

        RankAndBasis.Rank(a).Should().Be(Oracle.Rank(a));
    }

    [Test, Order(6)]
    // The same with real-valued factors uniform on [−1, 1): now the rank is exactly r, and not one of the "zero"
    // pivots is exactly 0 — comparing with 0 instead of a tolerance gives full rank every time.
    public void Rank_agrees_with_the_oracle_on_random_real_valued_products([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n) = (data.Random.NextInt(3, 9), data.Random.NextInt(3, 9));
        var r = data.Random.NextInt(1, Math.Min(m, n));
        var a = (Oracle.ToMatrix(data.Matrix(m, r)) * Oracle.ToMatrix(data.Matrix(r, n))).ToArray();

        RankAndBasis.Rank(a).Should().Be(r).And.Be(Oracle.Rank(a));
    }

    [Test, Order(7)]
    // rank(A) = rank(Aᵀ): the column space and the row space have the same dimension.
    public void Rank_of_the_transpose_is_the_same([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n) = (data.Random.NextInt(2, 9), data.Random.NextInt(2, 9));
        var a = LowRank(data, m, n, data.Random.NextInt(1, Math.Min(m, n) + 1));

        RankAndBasis.Rank(Oracle.ToMatrix(a).Transpose().ToArray()).Should().Be(RankAndBasis.Rank(a));
    }

    [Test, Order(8)]
    // The defining shape of RREF: each non-zero row starts with a 1, further right than the row above; the column of
    // every leading 1 is zero elsewhere; zero rows come last; there are rank-many non-zero rows.
    public void Rref_has_leading_ones_with_zeros_above_and_below([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n) = (data.Random.NextInt(2, 9), data.Random.NextInt(2, 9));
        var a = LowRank(data, m, n, data.Random.NextInt(1, Math.Min(m, n) + 1));
        var r = Oracle.Rank(a);
        var rref = RankAndBasis.ReducedRowEchelonForm(a);

        rref.Should().HaveShape(m, n);
        var previousLead = -1;
        for (var i = 0; i < m; i++)
        {
            var lead = Enumerable.Range(0, n).FirstOrDefault(j => Math.Abs(rref[i, j]) > 1e-9, -1);
            if (i >= r)
            {
                lead.Should().Be(-1, "row {0} should be zero: the rank is {1}", i, r);
                continue;
            }
            lead.Should().BeGreaterThan(previousLead, "row {0} should start right of the row above", i);
            rref[i, lead].Should().BeApproximately(1, Tolerance.Tight, "row {0} starts with a leading 1, in column {1}", i, lead);
            for (var k = 0; k < m; k++)
            {
                if (k != i)
                {
                    rref[k, lead].Should().BeApproximately(0, Tolerance.Tight, "column {0} holds the leading 1 of row {1}", lead, i);
                }
            }
            previousLead = lead;
        }
    }

    [Test, Order(9)]
    // A = C·R, where C holds the pivot columns of A and R the non-zero rows of rref(A): the entries of R are exactly the
    // coefficients that rebuild every column of A from the pivot columns. This checks the values, not just the shape.
    public void The_pivot_columns_times_the_rref_rows_rebuild_the_matrix([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n) = (data.Random.NextInt(2, 9), data.Random.NextInt(2, 9));
        var a = LowRank(data, m, n, data.Random.NextInt(1, Math.Min(m, n) + 1));

        var pivots = RankAndBasis.PivotColumns(a);
        var rref = RankAndBasis.ReducedRowEchelonForm(a);

        var c = Matrix<double>.Build.Dense(m, pivots.Length, (i, k) => a[i, pivots[k]]);
        var r = Matrix<double>.Build.Dense(pivots.Length, n, (k, j) => rref[k, j]);
        (c * r).Should().BeApproximately(a, Tolerance.Default);
    }

    [Test, Order(10)]
    // With real-valued factors the "zero" rows come out of the elimination as residues of about 1e-16. The recipe sets
    // every negligible entry to exactly 0, so the last m − r rows of the RREF are exactly zero, not merely small.
    public void Negligible_residues_are_cleaned_to_exact_zeros([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n) = (data.Random.NextInt(3, 9), data.Random.NextInt(3, 9));
        var r = data.Random.NextInt(1, Math.Min(m, n));
        var a = (Oracle.ToMatrix(data.Matrix(m, r)) * Oracle.ToMatrix(data.Matrix(r, n))).ToArray();

        var rref = RankAndBasis.ReducedRowEchelonForm(a);

        for (var i = r; i < m; i++)
        {
            Enumerable.Range(0, n).Select(j => rref[i, j]).Should().AllSatisfy(x => x.Should().Be(0), "row {0} is beyond the rank {1}", i, r);
        }
    }

    [Test, Order(11)]
    // rref(rref(A)) = rref(A): a matrix already in reduced row echelon form has nothing left to eliminate.
    public void Rref_is_idempotent([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n) = (data.Random.NextInt(2, 9), data.Random.NextInt(2, 9));
        var rref = RankAndBasis.ReducedRowEchelonForm(LowRank(data, m, n, data.Random.NextInt(1, Math.Min(m, n) + 1)));

        RankAndBasis.ReducedRowEchelonForm(rref).Should().BeApproximately(rref, Tolerance.Tight);
    }

    [Test, Order(12)]
    // The pivot columns of A form a basis of its column space: there are rank-many of them, in increasing order,
    // and they are linearly independent.
    public void Pivot_columns_are_independent_and_as_many_as_the_rank([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n) = (data.Random.NextInt(2, 9), data.Random.NextInt(2, 9));
        var a = LowRank(data, m, n, data.Random.NextInt(1, Math.Min(m, n) + 1));
        var r = Oracle.Rank(a);

        var pivots = RankAndBasis.PivotColumns(a);

        pivots.Should().HaveCount(r).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
        RankAndBasis.AreLinearlyIndependent(pivots.Select(j => Column(a, j)).ToArray()).Should().BeTrue();
    }

    [Test, Order(13)]
    // [1 1 2; 1 1 3]: column 1 repeats column 0, so the basis taken from A's own columns is {column 0, column 2}.
    public void A_repeated_column_is_not_a_pivot_column() =>
        RankAndBasis.PivotColumns(new double[,] { { 1, 1, 2 }, { 1, 1, 3 } }).Should().Equal(0, 2);

    [Test, Order(14)]
    // {(1, 0, 0), (0, 1, 0)} is independent; {(1, 2, 3), (2, 4, 6)} is not (the second is twice the first);
    // three vectors in ℝ² never are.
    public void Independence_of_small_worked_sets()
    {
        RankAndBasis.AreLinearlyIndependent([[1, 0, 0], [0, 1, 0]]).Should().BeTrue();
        RankAndBasis.AreLinearlyIndependent([[1, 2, 3], [2, 4, 6]]).Should().BeFalse();
        RankAndBasis.AreLinearlyIndependent([[1, 0], [0, 1], [1, 1]]).Should().BeFalse();
        RankAndBasis.AreLinearlyIndependent([[0, 0, 0]]).Should().BeFalse();
        // A vector listed twice is the simplest dependence: v − v = 0.
        RankAndBasis.AreLinearlyIndependent([[1, 2, 3], [0, 1, 0], [1, 2, 3]]).Should().BeFalse();
    }

    [Test, Order(15)]
    // k random vectors in ℝⁿ (k ≤ n) are independent; add a random combination of them and they no longer are.
    public void Random_vectors_are_independent_until_a_combination_joins_them([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 9);
        var vectors = Enumerable.Range(0, data.Random.NextInt(1, n + 1)).Select(_ => data.Vector(n)).ToArray();
        var combination = Combine(vectors, data.Vector(vectors.Length, -2, 2));

        RankAndBasis.AreLinearlyIndependent(vectors).Should().BeTrue();
        RankAndBasis.AreLinearlyIndependent([.. vectors, combination]).Should().BeFalse();
    }

    [Test, Order(16)]
    // A random combination Σ cᵢvᵢ lies in span(v₁ … vₖ); a random vector of ℝⁿ does not when k < n
    // (a k-dimensional span is a thin slice of ℝⁿ); the zero vector lies in every span.
    public void Span_contains_combinations_and_not_generic_vectors([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 9);
        var vectors = Enumerable.Range(0, data.Random.NextInt(1, n)).Select(_ => data.Vector(n)).ToArray();

        RankAndBasis.IsInSpan(vectors, Combine(vectors, data.Vector(vectors.Length, -2, 2))).Should().BeTrue();
        RankAndBasis.IsInSpan(vectors, data.Vector(n)).Should().BeFalse();
        RankAndBasis.IsInSpan(vectors, new double[n]).Should().BeTrue();
    }

    [Test, Order(17)]
    // span{(1, 1, 0), (0, 1, 1)} is a plane: (1, 2, 1) = sum of the two is in it, (1, 0, 0) is not.
    public void Span_of_a_worked_plane()
    {
        double[][] plane = [[1, 1, 0], [0, 1, 1]];

        RankAndBasis.IsInSpan(plane, [1, 2, 1]).Should().BeTrue();
        RankAndBasis.IsInSpan(plane, [1, 0, 0]).Should().BeFalse();
    }

    [Test, Order(18)]
    // Independence and span do not depend on length: 1e-12·e₁ and 1e-12·e₂ are as independent as e₁ and e₂, and
    // 1e-12·e₂ is not in the span of 1e-12·e₁. A fixed zero threshold (say 1e-10) would see only zero vectors: every
    // set "dependent", every vector "in the span".
    public void Tiny_vectors_are_judged_by_direction_not_by_size()
    {
        RankAndBasis.AreLinearlyIndependent([[1e-12, 0, 0], [0, 1e-12, 0]]).Should().BeTrue();
        RankAndBasis.IsInSpan([[1e-12, 0, 0]], [0, 1e-12, 0]).Should().BeFalse();
        RankAndBasis.IsInSpan([[1e-12, 0, 0]], [3e-12, 0, 0]).Should().BeTrue();
        RankAndBasis.Rank(new double[,] { { 1e-12, 2e-12 }, { 3e-12, 4e-12 } }).Should().Be(2);
    }

    [Test, Order(19)]
    // "Zero" is relative to the size of the entries: a rank-2 matrix (its integer factors permitting) scaled by 1e-200 still has rank 2 (a fixed threshold
    // such as 1e-10 would call it rank 0), and scaled by 1e200 its rounding residues still count as zero.
    public void Rank_decisions_do_not_depend_on_the_scale([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var a = Oracle.ToMatrix(LowRank(data, 5, 6, 2));
        var rank = Oracle.Rank(a.ToArray());

        RankAndBasis.Rank((a * 1e-200).ToArray()).Should().Be(rank);
        RankAndBasis.Rank((a * 1e200).ToArray()).Should().Be(rank);
    }

    [Test, Order(20)]
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => RankAndBasis.Rank(new double[0, 3])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => RankAndBasis.ReducedRowEchelonForm(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RankAndBasis.PivotColumns(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RankAndBasis.AreLinearlyIndependent([[1, 2], [1, 2, 3]])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => RankAndBasis.AreLinearlyIndependent([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => RankAndBasis.AreLinearlyIndependent([[], []])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => RankAndBasis.AreLinearlyIndependent(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RankAndBasis.AreLinearlyIndependent([[1, 2], null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RankAndBasis.IsInSpan([[1, 2]], [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => RankAndBasis.IsInSpan([[1, 2]], null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(21)]
    public void The_matrix_is_left_untouched()
    {
        var a = new double[,] { { 0, 1, 2 }, { 0, 3, 6 } };

        RankAndBasis.ReducedRowEchelonForm(a);
        RankAndBasis.Rank(a);

        a.Should().BeApproximately(new double[,] { { 0, 1, 2 }, { 0, 3, 6 } }, Tolerance.AbsoluteOnly(0));
    }

    // (m×r)(r×n) with small integer factors: rank at most r (less when the factors happen to be dependent — the tests
    // ask the oracle). Integer entries keep every genuine pivot well away from rounding level, whatever the order of
    // operations in your elimination, so no test hinges on the last bits.
    private static double[,] LowRank(TestData data, int m, int n, int r) =>
        (Oracle.ToMatrix(IntegerMatrix(data, m, r)) * Oracle.ToMatrix(IntegerMatrix(data, r, n))).ToArray();

    private static double[,] IntegerMatrix(TestData data, int rows, int columns)
    {
        var a = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                a[i, j] = data.Random.NextInt(-3, 4);
            }
        }
        return a;
    }

    private static double[] Column(double[,] a, int j) => Enumerable.Range(0, a.GetLength(0)).Select(i => a[i, j]).ToArray();

    private static double[] Combine(double[][] vectors, double[] coefficients) =>
        Enumerable.Range(0, vectors[0].Length).Select(i => vectors.Select((v, k) => coefficients[k] * v[i]).Sum()).ToArray();
}
