using MathForML.Verification;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Matrix algebra on plain arrays. The seeded tests use NON-square shapes with three different sizes,
/// so a swapped index or a transposed result cannot hide; MathNet's operators are the oracle.
/// </summary>
public class MatrixOperationsTests
{
    [Test, Order(1)]
    // [1 2 3; 4 5 6]ᵀ = [1 4; 2 5; 3 6]: row i becomes column i, and the 2×3 matrix becomes 3×2.
    public void Transpose_of_a_worked_example()
    {
        var t = MatrixOperations.Transpose(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } });

        t.Should().HaveShape(3, 2);
        t.Should().BeApproximately(new double[,] { { 1, 4 }, { 2, 5 }, { 3, 6 } }, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(2)]
    // (Aᵀ)ᵢⱼ = aⱼᵢ (MathNet's Transpose), and transposing twice gives back A.
    public void Transpose_swaps_indices_and_undoes_itself([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n, _) = DistinctSizes(data);
        var a = data.Matrix(m, n);

        MatrixOperations.Transpose(a).Should().BeApproximately(Oracle.ToMatrix(a).Transpose(), Tolerance.AbsoluteOnly(0));
        MatrixOperations.Transpose(MatrixOperations.Transpose(a)).Should().BeApproximately(a, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(3)]
    // [1 2 3; 4 5 6] · [1 0; 0 1; 1 1] = [1+0+3  0+2+3; 4+0+6  0+5+6] = [4 5; 10 11]: (2×3)·(3×2) is 2×2.
    public void Product_of_a_worked_example()
    {
        var a = new double[,] { { 1, 2, 3 }, { 4, 5, 6 } };
        var b = new double[,] { { 1, 0 }, { 0, 1 }, { 1, 1 } };

        MatrixOperations.Multiply(a, b).Should().BeApproximately(new double[,] { { 4, 5 }, { 10, 11 } }, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(4)]
    // A = [1 2; 3 4], P = [0 1; 1 0]: AP = [2 1; 4 3] swaps A's columns, PA = [3 4; 1 2] swaps its rows. AB ≠ BA.
    public void Product_does_not_commute()
    {
        var a = new double[,] { { 1, 2 }, { 3, 4 } };
        var p = new double[,] { { 0, 1 }, { 1, 0 } };

        MatrixOperations.Multiply(a, p).Should().BeApproximately(new double[,] { { 2, 1 }, { 4, 3 } }, Tolerance.AbsoluteOnly(0));
        MatrixOperations.Multiply(p, a).Should().BeApproximately(new double[,] { { 3, 4 }, { 1, 2 } }, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(5)]
    // (m×k)·(k×n) against MathNet's A * B, with m, k and n all different.
    public void Product_agrees_with_MathNet([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, k, n) = DistinctSizes(data);
        var (a, b) = (data.Matrix(m, k), data.Matrix(k, n));

        var product = MatrixOperations.Multiply(a, b);

        product.Should().HaveShape(m, n);
        product.Should().BeApproximately(Oracle.ToMatrix(a) * Oracle.ToMatrix(b), Tolerance.Default);
    }

    [Test, Order(6)]
    // (AB)ᵀ = BᵀAᵀ: transposing reverses the order of a product (and the shapes only fit that way round).
    public void Transpose_of_a_product_is_the_reversed_product_of_transposes([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, k, n) = DistinctSizes(data);
        var (a, b) = (data.Matrix(m, k), data.Matrix(k, n));

        MatrixOperations.Transpose(MatrixOperations.Multiply(a, b))
            .Should().BeApproximately(MatrixOperations.Multiply(MatrixOperations.Transpose(b), MatrixOperations.Transpose(a)), Tolerance.Default);
    }

    [Test, Order(7)]
    // (AB)C = A(BC): a product of three matrices needs no brackets.
    public void Product_is_associative([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, k, n) = DistinctSizes(data);
        var p = data.Random.NextInt(1, 6);
        var (a, b, c) = (data.Matrix(m, k), data.Matrix(k, n), data.Matrix(n, p));

        MatrixOperations.Multiply(MatrixOperations.Multiply(a, b), c)
            .Should().BeApproximately(MatrixOperations.Multiply(a, MatrixOperations.Multiply(b, c)), Tolerance.Default);
    }

    [Test, Order(8)]
    // I₃ has ones on the diagonal and zeros elsewhere; I₀ is the empty 0×0 matrix.
    public void Identity_has_ones_on_the_diagonal()
    {
        MatrixOperations.Identity(3).Should().BeApproximately(new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }, Tolerance.AbsoluteOnly(0));
        MatrixOperations.Identity(1).Should().BeApproximately(new double[,] { { 1 } }, Tolerance.AbsoluteOnly(0));
        MatrixOperations.Identity(0).Should().HaveShape(0, 0);
    }

    [Test, Order(9)]
    // Iₘ A = A = A Iₙ for an m×n matrix A: the identity is the "1" of matrix multiplication (of the fitting size).
    public void Multiplying_by_the_identity_changes_nothing([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n, _) = DistinctSizes(data);
        var a = data.Matrix(m, n);

        MatrixOperations.Multiply(a, MatrixOperations.Identity(n)).Should().BeApproximately(a, Tolerance.AbsoluteOnly(0));
        MatrixOperations.Multiply(MatrixOperations.Identity(m), a).Should().BeApproximately(a, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(10)]
    // [1 2; 3 4; 5 6] · (2, −1) = (2 − 2, 6 − 4, 10 − 6) = (0, 2, 4): one dot product per row.
    public void Matrix_vector_product_of_a_worked_example() =>
        MatrixOperations.Multiply(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }, [2, -1]).Should().Equal(0, 2, 4);

    [Test, Order(11)]
    // Ax against MathNet's A * x, and against the matrix product with x as an n×1 column.
    public void Matrix_vector_product_agrees_with_MathNet_and_with_the_matrix_product([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n, _) = DistinctSizes(data);
        var (a, x) = (data.Matrix(m, n), data.Vector(n));
        var column = new double[n, 1];
        for (var j = 0; j < n; j++)
        {
            column[j, 0] = x[j];
        }

        var ax = MatrixOperations.Multiply(a, x);

        ax.Should().BeApproximately(Oracle.ToMatrix(a) * Oracle.ToVector(x), Tolerance.Default);
        ax.Should().BeApproximately(Oracle.ToMatrix(MatrixOperations.Multiply(a, column)).Column(0), Tolerance.Default);
    }

    [Test, Order(12)]
    // A (2×0) times B (0×3) is a 2×3 matrix of empty sums, that is of zeros.
    public void Product_over_an_empty_inner_dimension_is_the_zero_matrix() =>
        MatrixOperations.Multiply(new double[2, 0], new double[0, 3]).Should().BeApproximately(new double[2, 3], Tolerance.AbsoluteOnly(0));

    [Test, Order(13)]
    // tr [1 2; 3 4] = 1 + 4 = 5, tr Iₙ = n, and the 0×0 matrix has trace 0.
    public void Trace_of_worked_examples()
    {
        MatrixOperations.Trace(new double[,] { { 1, 2 }, { 3, 4 } }).Should().Be(5);
        MatrixOperations.Trace(MatrixOperations.Identity(4)).Should().Be(4);
        MatrixOperations.Trace(new double[0, 0]).Should().Be(0);
    }

    [Test, Order(14)]
    // tr(AB) = tr(BA) for A m×n and B n×m, although AB is m×m and BA is n×n; also tr(Aᵀ) = tr(A).
    public void Trace_of_a_product_does_not_depend_on_the_order([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n, _) = DistinctSizes(data);
        var (a, b) = (data.Matrix(m, n), data.Matrix(n, m));
        var ab = MatrixOperations.Multiply(a, b);

        MatrixOperations.Trace(ab).Should().BeApproximately(MatrixOperations.Trace(MatrixOperations.Multiply(b, a)), Tolerance.Default);
        MatrixOperations.Trace(ab).Should().BeApproximately(Oracle.ToMatrix(ab).Trace(), Tolerance.Tight);
        MatrixOperations.Trace(MatrixOperations.Transpose(ab)).Should().Be(MatrixOperations.Trace(ab));
    }

    [Test, Order(15)]
    // [1 2; 3 4] ⊙ [5 6; 7 8] = [1·5 2·6; 3·7 4·8] = [5 12; 21 32] — compare the matrix product [19 22; 43 50].
    public void Hadamard_of_a_worked_example() =>
        MatrixOperations.Hadamard(new double[,] { { 1, 2 }, { 3, 4 } }, new double[,] { { 5, 6 }, { 7, 8 } })
            .Should().BeApproximately(new double[,] { { 5, 12 }, { 21, 32 } }, Tolerance.AbsoluteOnly(0));

    [Test, Order(16)]
    // A ⊙ B = B ⊙ A, and it matches MathNet's PointwiseMultiply on a non-square shape.
    public void Hadamard_commutes_and_agrees_with_MathNet([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (m, n, _) = DistinctSizes(data);
        var (a, b) = (data.Matrix(m, n), data.Matrix(m, n));

        var product = MatrixOperations.Hadamard(a, b);

        product.Should().BeApproximately(MatrixOperations.Hadamard(b, a), Tolerance.AbsoluteOnly(0));
        product.Should().BeApproximately(Oracle.ToMatrix(a).PointwiseMultiply(Oracle.ToMatrix(b)), Tolerance.Tight);
    }

    [Test, Order(17)]
    // Every operation returns a new matrix; the caller's arrays keep their values.
    public void Operations_leave_their_inputs_untouched()
    {
        var a = new double[,] { { 1, 2 }, { 3, 4 } };
        var b = new double[,] { { 5, 6 }, { 7, 8 } };
        double[] x = [1, -1];

        MatrixOperations.Transpose(a)[0, 1] = 99;
        MatrixOperations.Multiply(a, b)[0, 0] = 99;
        MatrixOperations.Multiply(a, x)[0] = 99;
        MatrixOperations.Hadamard(a, b)[0, 0] = 99;
        MatrixOperations.Trace(a);

        a.Should().BeApproximately(new double[,] { { 1, 2 }, { 3, 4 } }, Tolerance.AbsoluteOnly(0));
        b.Should().BeApproximately(new double[,] { { 5, 6 }, { 7, 8 } }, Tolerance.AbsoluteOnly(0));
        x.Should().Equal(1, -1);
    }

    [Test, Order(18)]
    // A 2×3 matrix times a 4×2 one: row i of A has 3 entries but column j of B has 4, so they cannot be dotted.
    public void Product_of_matrices_whose_inner_sizes_differ_is_rejected()
    {
        FluentActions.Invoking(() => MatrixOperations.Multiply(new double[2, 3], new double[4, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*2x3*4x2*");
        FluentActions.Invoking(() => MatrixOperations.Multiply(new double[3, 2], new double[3, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*3x2*3x2*");
    }

    [Test, Order(19)]
    // A 3×2 matrix needs x with 2 entries, one per column.
    public void Matrix_vector_product_with_the_wrong_vector_length_is_rejected()
    {
        FluentActions.Invoking(() => MatrixOperations.Multiply(new double[3, 2], new double[3]))
            .Should().Throw<ArgumentException>().WithMessage("*columns*length*");
        FluentActions.Invoking(() => MatrixOperations.Multiply(new double[3, 2], new double[1]))
            .Should().Throw<ArgumentException>().WithMessage("*columns*length*");
    }

    [Test, Order(20)]
    // ⊙ pairs entries by position, so both dimensions must match: 2×3 vs 3×2 and 2×3 vs 2×4 are both rejected.
    public void Hadamard_of_different_shapes_is_rejected()
    {
        FluentActions.Invoking(() => MatrixOperations.Hadamard(new double[2, 3], new double[3, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*2x3*3x2*");
        FluentActions.Invoking(() => MatrixOperations.Hadamard(new double[2, 3], new double[2, 4]))
            .Should().Throw<ArgumentException>().WithMessage("*2x3*2x4*");
        FluentActions.Invoking(() => MatrixOperations.Hadamard(new double[2, 3], new double[1, 3]))
            .Should().Throw<ArgumentException>().WithMessage("*2x3*1x3*");
    }

    [Test, Order(21)]
    // A 2×3 matrix has no main diagonal running corner to corner: the trace needs a square matrix.
    public void Trace_of_a_non_square_matrix_is_rejected()
    {
        FluentActions.Invoking(() => MatrixOperations.Trace(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => MatrixOperations.Trace(new double[3, 2])).Should().Throw<ArgumentException>().WithMessage("*square*");
    }

    [Test, Order(22)]
    public void Invalid_arguments_are_rejected()
    {
        FluentActions.Invoking(() => MatrixOperations.Identity(-1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MatrixOperations.Transpose(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixOperations.Multiply(null!, new double[1, 1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixOperations.Multiply(new double[1, 1], (double[,])null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixOperations.Multiply(null!, new double[1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixOperations.Multiply(new double[1, 1], (double[])null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixOperations.Trace(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixOperations.Hadamard(null!, new double[1, 1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MatrixOperations.Hadamard(new double[1, 1], null!)).Should().Throw<ArgumentNullException>();
    }

    // Three different sizes between 1 and 6, so no random matrix in these tests is square.
    private static (int, int, int) DistinctSizes(TestData data)
    {
        int[] sizes = [1, 2, 3, 4, 5, 6];
        data.Random.Shuffle(sizes);
        return (sizes[0], sizes[1], sizes[2]);
    }
}
