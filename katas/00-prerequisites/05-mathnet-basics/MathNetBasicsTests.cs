using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Prerequisites.Tests;

/// <summary>
/// Each library call must agree with the plain loop it replaces. The loops are written out in
/// these tests, so a failing comparison shows both the library's answer and the loop's.
/// </summary>
public class MathNetBasicsTests
{
    [Test, Order(1)]
    // A vector built from an array is a copy: changing the array afterwards must not change the vector.
    public void ToVector_copies_the_array()
    {
        double[] values = [1, 2, 3];

        var v = MathNetBasics.ToVector(values);
        values[0] = 99;

        v.Should().Equal(1, 2, 3);
    }

    [Test, Order(2)]
    // [1 2 3; 4 5 6] is 2×3, and entry [1, 0] (row 1, column 0) is 4.
    public void ToMatrix_keeps_rows_as_rows_and_copies_the_data()
    {
        var values = new double[,] { { 1, 2, 3 }, { 4, 5, 6 } };

        var m = MathNetBasics.ToMatrix(values);
        values[1, 0] = 99;

        m.Should().HaveShape(2, 3);
        m.Should().BeApproximately(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(3)]
    // (1, 2, 3)·(4, 5, 6) = 4 + 10 + 18 = 32
    public void Dot_of_a_worked_example() =>
        MathNetBasics.Dot(Vec(1, 2, 3), Vec(4, 5, 6)).Should().Be(32);

    [Test, Order(4)]
    // Library v·w versus the loop Σᵢ vᵢwᵢ on random vectors.
    public void Dot_agrees_with_the_loop([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 100);
        var (v, w) = (data.Vector(n), data.Vector(n));
        double loop = 0;
        for (var i = 0; i < n; i++)
        {
            loop += v[i] * w[i];
        }

        MathNetBasics.Dot(Vector<double>.Build.DenseOfArray(v), Vector<double>.Build.DenseOfArray(w))
            .Should().BeApproximately(loop, Tolerance.Default);
    }

    [Test, Order(5)]
    // (1, 2, 3) ⊙ (4, 5, 6) = (4, 10, 18); the loop computes rᵢ = vᵢwᵢ.
    public void Hadamard_multiplies_matching_entries([Range(1, 3)] int seed)
    {
        MathNetBasics.Hadamard(Vec(1, 2, 3), Vec(4, 5, 6)).Should().Equal(4, 10, 18);

        var data = new TestData(seed);
        var (v, w) = (data.Vector(25), data.Vector(25));
        var loop = v.Select((vi, i) => vi * w[i]);
        MathNetBasics.Hadamard(Vector<double>.Build.DenseOfArray(v), Vector<double>.Build.DenseOfArray(w))
            .Should().BeApproximately(loop, Tolerance.Tight);
    }

    [Test, Order(6)]
    // map(exp) over a vector equals the loop rᵢ = exp(vᵢ), and the input is unchanged.
    public void Apply_maps_every_entry_into_a_new_vector([Range(1, 3)] int seed)
    {
        var values = new TestData(seed).Vector(15);
        var v = Vector<double>.Build.DenseOfArray(values);

        var mapped = MathNetBasics.Apply(v, Math.Exp);

        mapped.Should().BeApproximately(values.Select(Math.Exp), Tolerance.Tight);
        v.Should().Equal(values);
    }

    [Test, Order(7)]
    // The 2×2 block at row 1, column 1 of [1 2 3; 4 5 6; 7 8 9] is [5 6; 8 9].
    public void Block_slices_rows_and_columns()
    {
        var m = Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } });

        MathNetBasics.Block(m, 1, 2, 1, 2).Should().BeApproximately(new double[,] { { 5, 6 }, { 8, 9 } }, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(8)]
    // r[i, j] = m[firstRow + i, firstColumn + j] for a random block of a random matrix.
    public void Block_agrees_with_the_loop([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var values = data.Matrix(8, 7);
        var (firstRow, firstColumn) = (data.Random.NextInt(0, 8), data.Random.NextInt(0, 7));
        var (rowCount, columnCount) = (data.Random.NextInt(1, 9 - firstRow), data.Random.NextInt(1, 8 - firstColumn));
        var loop = new double[rowCount, columnCount];
        for (var i = 0; i < rowCount; i++)
        {
            for (var j = 0; j < columnCount; j++)
            {
                loop[i, j] = values[firstRow + i, firstColumn + j];
            }
        }

        MathNetBasics.Block(Matrix<double>.Build.DenseOfArray(values), firstRow, rowCount, firstColumn, columnCount)
            .Should().BeApproximately(loop, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(9)]
    // Columns of [1 2; 3 4; 5 9] average to (1+3+5)/3 = 3 and (2+4+9)/3 = 5.
    public void Column_means_of_a_worked_example() =>
        MathNetBasics.ColumnMeans(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 9 } }))
            .Should().BeApproximately([3, 5], Tolerance.Tight);

    [Test, Order(10)]
    // μⱼ = (1/m) Σᵢ aᵢⱼ by the loop, on random non-square data (rows are samples, columns features).
    public void Column_means_agree_with_the_loop([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (rows, columns) = (data.Random.NextInt(1, 30), data.Random.NextInt(1, 6));
        var values = data.Matrix(rows, columns, -50, 50);
        var loop = new double[columns];
        for (var j = 0; j < columns; j++)
        {
            for (var i = 0; i < rows; i++)
            {
                loop[j] += values[i, j] / rows;
            }
        }

        MathNetBasics.ColumnMeans(Matrix<double>.Build.DenseOfArray(values)).Should().BeApproximately(loop, Tolerance.Default);
    }

    [Test, Order(11)]
    // [1 2; 3 4; 5 6]·(1, −1) = (1 − 2, 3 − 4, 5 − 6) = (−1, −1, −1)
    public void Matrix_vector_product_of_a_worked_example() =>
        MathNetBasics.Multiply(Matrix<double>.Build.DenseOfArray(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }), Vec(1, -1))
            .Should().Equal(-1, -1, -1);

    [Test, Order(12)]
    // yᵢ = Σⱼ aᵢⱼxⱼ by the double loop, on random non-square matrices.
    public void Matrix_vector_product_agrees_with_the_loop([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (rows, columns) = (data.Random.NextInt(1, 12), data.Random.NextInt(1, 12));
        var a = data.Matrix(rows, columns);
        var x = data.Vector(columns);
        var loop = new double[rows];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                loop[i] += a[i, j] * x[j];
            }
        }

        MathNetBasics.Multiply(Matrix<double>.Build.DenseOfArray(a), Vector<double>.Build.DenseOfArray(x))
            .Should().BeApproximately(loop, Tolerance.Default);
    }

    [Test, Order(13)]
    // v·w and v ⊙ w need matching lengths; Ax needs x to have one entry per column of A. The message gives both sizes.
    public void Mismatched_shapes_are_rejected_with_a_clear_message()
    {
        FluentActions.Invoking(() => MathNetBasics.Dot(Vec(1, 2, 3), Vec(1, 2))).Should().Throw<ArgumentException>().WithMessage("*length*3*2*");
        FluentActions.Invoking(() => MathNetBasics.Hadamard(Vec(1), Vec(1, 2))).Should().Throw<ArgumentException>().WithMessage("*length*1*2*");
        var a = Matrix<double>.Build.Dense(3, 2);
        FluentActions.Invoking(() => MathNetBasics.Multiply(a, Vec(1, 2, 3))).Should().Throw<ArgumentException>().WithMessage("*2 columns*length 3*");
    }

    [Test, Order(14)]
    // A 2×2 block starting at row 2 of a 3×3 matrix would need row 3, which does not exist.
    public void A_block_that_does_not_fit_is_rejected() =>
        FluentActions.Invoking(() => MathNetBasics.Block(Matrix<double>.Build.Dense(3, 3), 2, 2, 0, 2))
            .Should().Throw<ArgumentOutOfRangeException>();

    [Test, Order(15)]
    public void Null_input_is_rejected()
    {
        var v = Vec(1, 2);
        var m = Matrix<double>.Build.Dense(2, 2);
        FluentActions.Invoking(() => MathNetBasics.ToVector(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MathNetBasics.ToMatrix(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MathNetBasics.Dot(null!, v)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MathNetBasics.Dot(v, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MathNetBasics.Hadamard(null!, v)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MathNetBasics.Hadamard(v, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MathNetBasics.Apply(null!, Math.Exp)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MathNetBasics.Apply(v, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MathNetBasics.Block(null!, 0, 1, 0, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MathNetBasics.ColumnMeans(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MathNetBasics.Multiply(null!, v)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MathNetBasics.Multiply(m, null!)).Should().Throw<ArgumentNullException>();
    }

    private static Vector<double> Vec(params double[] values) => Vector<double>.Build.DenseOfArray(values);
}
