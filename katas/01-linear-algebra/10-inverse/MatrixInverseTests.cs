using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Gauss–Jordan inversion, checked by its defining property AA⁻¹ = A⁻¹A = I, by MathNet, and by the algebra of
/// inverses; singular input must be refused rather than answered with huge garbage.
/// </summary>
public class MatrixInverseTests
{
    [Test, Order(1)]
    // [a b; c d]⁻¹ = (1/(ad − bc))·[d −b; −c a]. For [4 7; 2 6]: ad − bc = 24 − 14 = 10, so the inverse is
    // [0.6 −0.7; −0.2 0.4].
    public void Inverse_of_a_worked_2_by_2_example() =>
        MatrixInverse.Invert(new double[,] { { 4, 7 }, { 2, 6 } })
            .Should().BeApproximately(new double[,] { { 0.6, -0.7 }, { -0.2, 0.4 } }, Tolerance.Tight);

    [Test, Order(2)]
    // diag(2, 4, 0.5)⁻¹ = diag(0.5, 0.25, 2): a diagonal matrix scales each axis, its inverse scales back.
    public void Inverse_of_a_diagonal_matrix_takes_reciprocals() =>
        MatrixInverse.Invert(new double[,] { { 2, 0, 0 }, { 0, 4, 0 }, { 0, 0, 0.5 } })
            .Should().BeApproximately(new double[,] { { 0.5, 0, 0 }, { 0, 0.25, 0 }, { 0, 0, 2 } }, Tolerance.Tight);

    [Test, Order(3)]
    // [0 2; 3 0] has a zero leading entry, so the first step must swap rows. Its inverse is [0 1/3; 1/2 0]:
    // [0 2; 3 0]·[0 1/3; 1/2 0] = [1 0; 0 1].
    public void A_zero_leading_entry_is_handled_by_a_row_swap() =>
        MatrixInverse.Invert(new double[,] { { 0, 2 }, { 3, 0 } })
            .Should().BeApproximately(new double[,] { { 0, 1.0 / 3 }, { 0.5, 0 } }, Tolerance.Tight);

    [Test, Order(4)]
    // A⁻¹ undoes A from both sides: AA⁻¹ = I and A⁻¹A = I, on random matrices with condition number 100.
    public void The_inverse_undoes_the_matrix_from_both_sides([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 15);
        var a = Oracle.ToMatrix(data.WithConditionNumber(n, 100));
        var identity = Matrix<double>.Build.DenseIdentity(n);

        var inverse = Oracle.ToMatrix(MatrixInverse.Invert(a.ToArray()));

        (a * inverse).Should().BeApproximately(identity, Tolerance.Default);
        (inverse * a).Should().BeApproximately(identity, Tolerance.Default);
    }

    [Test, Order(5)]
    // Against MathNet's inverse on random matrices (uniform entries, not just well-conditioned ones).
    public void Invert_agrees_with_the_oracle([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 12);
        var a = data.Matrix(n, n, -5, 5);

        MatrixInverse.Invert(a).Should().BeApproximately(Oracle.Inverse(a), new Tolerance(1e-8, 1e-8));
    }

    [Test, Order(6)]
    // (A⁻¹)⁻¹ = A: inverting twice comes back to the start.
    public void Inverting_twice_gives_back_the_matrix([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.WithConditionNumber(data.Random.NextInt(2, 12), 50);

        MatrixInverse.Invert(MatrixInverse.Invert(a)).Should().BeApproximately(a, Tolerance.Default);
    }

    [Test, Order(7)]
    // (AB)⁻¹ = B⁻¹A⁻¹, in reverse order: to undo "B then A", undo A first.
    public void The_inverse_of_a_product_is_the_product_of_the_inverses_in_reverse_order([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 10);
        var a = data.WithConditionNumber(n, 20);
        var b = data.WithConditionNumber(n, 20);
        var ab = (Oracle.ToMatrix(a) * Oracle.ToMatrix(b)).ToArray();

        var expected = Oracle.ToMatrix(MatrixInverse.Invert(b)) * Oracle.ToMatrix(MatrixInverse.Invert(a));

        MatrixInverse.Invert(ab).Should().BeApproximately(expected, Tolerance.Default);
    }

    [Test, Order(8)]
    // [1e-20 1; 1 1]⁻¹ = (1/(1e-20 − 1))·[1 −1; −1 1e-20] ≈ [−1 1; 1 −1e-20]. Dividing by the tiny pivot
    // 1e-20 instead of swapping rows loses every digit of the first column.
    public void Partial_pivoting_keeps_full_accuracy_when_a_pivot_is_tiny() =>
        MatrixInverse.Invert(new double[,] { { 1e-20, 1 }, { 1, 1 } })
            .Should().BeApproximately(new double[,] { { -1, 1 }, { 1, -1e-20 } }, Tolerance.Tight);

    [Test, Order(9)]
    // The pivot is the entry of largest ABSOLUTE value. [0 1; −1 1]⁻¹ = [1 −1; 1 0] (det = 1): the pivot of column 0 is
    // −1, while the larger signed entry is 0. [1e-20 1; −1 1]⁻¹ ≈ [1 −1; 1 1e-20]: the signed choice keeps the tiny
    // 1e-20, which is negligible next to 1, and refuses a perfectly invertible matrix (or loses every digit dividing by it).
    public void The_pivot_is_the_largest_absolute_value_even_when_it_is_negative()
    {
        MatrixInverse.Invert(new double[,] { { 0, 1 }, { -1, 1 } })
            .Should().BeApproximately(new double[,] { { 1, -1 }, { 1, 0 } }, Tolerance.Tight);
        MatrixInverse.Invert(new double[,] { { 1e-20, 1 }, { -1, 1 } })
            .Should().BeApproximately(new double[,] { { 1, -1 }, { 1, 1e-20 } }, Tolerance.Tight);
    }

    [Test, Order(10)]
    // (cA)⁻¹ = A⁻¹/c. With c = 1e-12 or 1e-20 every entry is tiny, yet the matrix is as well conditioned as A:
    // a "singular" test with a fixed threshold such as 1e-10 would wrongly refuse it. At c = 1e±200 the entries of the
    // inverse are 1e∓200, and nothing on the way may overflow or underflow.
    public void Invert_works_at_any_scale([Values(1e-200, 1e-20, 1e-12, 1e12, 1e200)] double scale, [Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 8);
        var a = Oracle.ToMatrix(data.WithConditionNumber(n, 10));

        var inverse = MatrixInverse.Invert((a * scale).ToArray());

        (Oracle.ToMatrix(inverse) * scale).Should().BeApproximately(Oracle.Inverse(a.ToArray()), Tolerance.Default);
    }

    [Test, Order(11)]
    // A singular matrix has no inverse. [1 2; 2 4] leaves an exact 0 pivot; [1 2 3; 4 5 6; 7 8 9] leaves about 1e-16, and
    // dividing by it would return a "matrix" with entries near 1e16. Refuse both: ArgumentException saying "singular".
    public void Singular_matrices_are_refused_not_answered_with_garbage()
    {
        FluentActions.Invoking(() => MatrixInverse.Invert(new double[,] { { 1, 2 }, { 2, 4 } }))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => MatrixInverse.Invert(new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => MatrixInverse.Invert(new double[2, 2]))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
        // "Negligible" is relative to the entries: ×10⁶ the last pivot is about −1.6e-9, far above n·ε ≈ 7e-16 but still
        // below n·ε·max|aᵢⱼ| ≈ 6e-9. Forgetting the max|aᵢⱼ| factor would invert rounding noise.
        FluentActions.Invoking(() => MatrixInverse.Invert(new double[,] { { 1e6, 2e6, 3e6 }, { 4e6, 5e6, 6e6 }, { 7e6, 8e6, 9e6 } }))
            .Should().Throw<ArgumentException>().WithMessage("*singular*");
    }

    [Test, Order(12)]
    // A random rank-deficient product (n×r times r×n with r < n) is singular however its rounding falls.
    public void Random_rank_deficient_matrices_are_refused([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 9);
        var r = data.Random.NextInt(1, n);
        var a = (Oracle.ToMatrix(data.Matrix(n, r)) * Oracle.ToMatrix(data.Matrix(r, n))).ToArray();

        FluentActions.Invoking(() => MatrixInverse.Invert(a)).Should().Throw<ArgumentException>().WithMessage("*singular*");
    }

    [Test, Order(13)]
    // Only a square matrix can have a two-sided inverse.
    public void Bad_shapes_are_rejected()
    {
        FluentActions.Invoking(() => MatrixInverse.Invert(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => MatrixInverse.Invert(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MatrixInverse.Invert(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(14)]
    // Gauss–Jordan rewrites the left half of [A | I] into I: it must do so on a copy.
    public void Invert_leaves_the_matrix_untouched()
    {
        var a = new double[,] { { 0, 2 }, { 3, 1 } };

        MatrixInverse.Invert(a);

        a.Should().BeApproximately(new double[,] { { 0, 2 }, { 3, 1 } }, Tolerance.AbsoluteOnly(0));
    }
}
