using MathForML.Verification;

namespace MathForML.Prerequisites.Tests;

/// <summary>argmax/argmin return positions; a[i, j] is row i, column j.</summary>
public class IndexingTests
{
    [Test, Order(1)]
    // The largest of (3, 9, 1, 4) is 9, at position 1.
    public void ArgMax_returns_the_position_of_the_largest_entry() =>
        Indexing.ArgMax([3, 9, 1, 4]).Should().Be(1);

    [Test, Order(2)]
    // The smallest of (3, −2, 5) is −2, at position 1.
    public void ArgMin_returns_the_position_of_the_smallest_entry() =>
        Indexing.ArgMin([3, -2, 5]).Should().Be(1);

    [Test, Order(3)]
    // argmax of (7, 2, 7) could be 0 or 2; the convention (NumPy's too) is the first.
    public void Ties_go_to_the_first_position()
    {
        Indexing.ArgMax([7, 2, 7]).Should().Be(0);
        Indexing.ArgMin([5, 1, 1, 5]).Should().Be(1);
    }

    [Test, Order(4)]
    // The search must start from the first entry, not from a guessed value: the largest of (−3, −1, −2) is −1 at
    // position 1 (starting from 0 would find nothing larger and answer 0), and (−∞, −∞) has its largest entry, −∞,
    // at position 0 (starting from −∞ or double.MinValue with a strict > would never move off "no index").
    public void All_negative_and_infinite_entries_still_have_a_largest_and_a_smallest()
    {
        Indexing.ArgMax([-3, -1, -2]).Should().Be(1);
        Indexing.ArgMin([3, 1, 2]).Should().Be(1);
        Indexing.ArgMax([double.NegativeInfinity, double.NegativeInfinity]).Should().Be(0);
        Indexing.ArgMin([double.PositiveInfinity, double.PositiveInfinity]).Should().Be(0);
        Indexing.ArgMax([-5, double.NegativeInfinity, double.PositiveInfinity]).Should().Be(2);
    }

    [Test, Order(5)]
    // x[argmax x] ≥ xᵢ for every i, and argmax(x) = argmin(−x).
    public void ArgMax_points_at_a_value_no_entry_exceeds([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.Vector(data.Random.NextInt(1, 60), -100, 100);

        var best = Indexing.ArgMax(x);

        x[best].Should().Be(x.Max());
        Indexing.ArgMin(x.Select(xi => -xi).ToArray()).Should().Be(best);
        x[Indexing.ArgMin(x)].Should().Be(x.Min());
    }

    [Test, Order(6)]
    // A = [1 2 3; 4 5 6]: rows sum to 1+2+3 = 6 and 4+5+6 = 15.
    public void Row_sums_fix_the_row_and_run_over_the_columns() =>
        Indexing.RowSums(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }).Should().Equal(6, 15);

    [Test, Order(7)]
    // A = [1 2 3; 4 5 6]: columns sum to 1+4, 2+5, 3+6.
    public void Column_sums_fix_the_column_and_run_over_the_rows() =>
        Indexing.ColumnSums(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }).Should().Equal(5, 7, 9);

    [Test, Order(8)]
    // Σᵢ rᵢ = Σⱼ cⱼ = Σᵢ Σⱼ aᵢⱼ: adding by rows or by columns reaches the same grand total,
    // and each rᵢ matches an independent sum over row i (non-square shapes catch swapped indices).
    public void Row_and_column_sums_agree_with_the_definition_on_any_shape([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var rows = data.Random.NextInt(1, 8);
        var columns = data.Random.NextInt(1, 8);
        var a = data.Matrix(rows, columns, -10, 10);

        var rowSums = Indexing.RowSums(a);
        var columnSums = Indexing.ColumnSums(a);

        rowSums.Should().HaveCount(rows);
        columnSums.Should().HaveCount(columns);
        rowSums.Should().BeApproximately(Enumerable.Range(0, rows).Select(i => Enumerable.Range(0, columns).Sum(j => a[i, j])), Tolerance.Default);
        columnSums.Should().BeApproximately(Enumerable.Range(0, columns).Select(j => Enumerable.Range(0, rows).Sum(i => a[i, j])), Tolerance.Default);
        rowSums.Sum().Should().BeApproximately(columnSums.Sum(), Tolerance.Default);
    }

    [Test, Order(9)]
    // A 3×0 matrix has three empty rows: three row sums of 0 (empty sums) and no column sums at all; 0×2 the other way.
    public void Sums_over_an_empty_dimension_are_zero()
    {
        Indexing.RowSums(new double[3, 0]).Should().Equal(0, 0, 0);
        Indexing.ColumnSums(new double[3, 0]).Should().BeEmpty();
        Indexing.RowSums(new double[0, 2]).Should().BeEmpty();
        Indexing.ColumnSums(new double[0, 2]).Should().Equal(0, 0);
    }

    [Test, Order(10)]
    // An empty array has no largest entry: an error, not −1 or 0.
    public void ArgMax_and_ArgMin_of_nothing_are_rejected()
    {
        FluentActions.Invoking(() => Indexing.ArgMax([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Indexing.ArgMin([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Test, Order(11)]
    public void Null_input_is_rejected()
    {
        FluentActions.Invoking(() => Indexing.ArgMax(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Indexing.ArgMin(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Indexing.RowSums(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Indexing.ColumnSums(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(12)]
    // NaN is neither larger nor smaller than anything, so "the largest entry" is undefined.
    public void Values_containing_NaN_are_rejected()
    {
        FluentActions.Invoking(() => Indexing.ArgMax([1, double.NaN, 3])).Should().Throw<ArgumentException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => Indexing.ArgMin([double.NaN, 2])).Should().Throw<ArgumentException>().WithMessage("*NaN*");
    }
}
