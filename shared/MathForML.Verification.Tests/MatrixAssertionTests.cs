using MathNet.Numerics.LinearAlgebra;

namespace MathForML.Verification.Tests;

public class MatrixAssertionTests
{
    private static readonly double[,] Identity3 = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } };

    [Test]
    public void HaveShape_passes_for_the_right_shape()
    {
        new double[2, 3].Should().HaveShape(2, 3);
        Matrix<double>.Build.Dense(4, 1).Should().HaveShape(4, 1);
    }

    [Test]
    public void HaveShape_fails_naming_both_shapes()
    {
        var act = () => new double[2, 3].Should().HaveShape(3, 2);

        act.Should().Throw<AssertionException>().WithMessage("*shape 3x2*but it is 2x3*");
    }

    [Test]
    public void BeApproximately_passes_for_nearby_matrices_of_either_kind()
    {
        double[,] expected = { { 1, 2 }, { 3, 4 } };
        double[,] actual = { { 1, 2 }, { 3, 4 + 1e-12 } };

        actual.Should().BeApproximately(expected);
        actual.Should().BeApproximately(Oracle.ToMatrix(expected), Tolerance.Tight);
        Oracle.ToMatrix(actual).Should().BeApproximately(expected);
    }

    [Test]
    public void BeApproximately_names_the_worst_entry_and_counts_misses()
    {
        double[,] expected = { { 1, 2, 3 }, { 4, 5, 6 } };
        double[,] actual = { { 1, 2, 3.001 }, { 4, 5, 7 } };

        var act = () => actual.Should().BeApproximately(expected);

        act.Should().Throw<AssertionException>()
            .WithMessage("*entry [1, 2] is 7 where 6 was expected (off by 1*2 of 6 entries are out of tolerance*");
    }

    [Test]
    public void BeApproximately_against_a_mathnet_matrix_names_the_worst_entry()
    {
        var expected = Matrix<double>.Build.DenseIdentity(3);
        var actual = Matrix<double>.Build.DenseIdentity(3);
        actual[2, 1] = 1e-6;

        var act = () => actual.Should().BeApproximately(expected, Tolerance.Tight);

        act.Should().Throw<AssertionException>().WithMessage("*entry [2, 1] is 1e-06 where 0 was expected*1 of 9 entries is out of tolerance*");
    }

    [Test]
    public void BeApproximately_names_a_shape_mismatch()
    {
        var act = () => new double[2, 2].Should().BeApproximately(new double[2, 3]);

        act.Should().Throw<AssertionException>().WithMessage("*it is 2x2 where 2x3 was expected (shape mismatch)*");
    }

    [Test]
    public void BeSymmetric_passes_for_a_symmetric_matrix()
    {
        double[,] a = { { 2, -1, 0 }, { -1, 2, -1 }, { 0, -1, 2 } };

        a.Should().BeSymmetric();
    }

    [Test]
    public void BeSymmetric_names_the_worst_mirrored_pair()
    {
        double[,] a = { { 2, -1, 0.5 }, { -1, 2, -1 }, { 0.4, -1, 2 } };

        var act = () => a.Should().BeSymmetric();

        act.Should().Throw<AssertionException>().WithMessage("*entry [0, 2] is 0.5 while its mirror [2, 0] is 0.4*1 of 3 mirrored pairs is out of tolerance*");
    }

    [Test]
    public void BeSymmetric_rejects_a_non_square_matrix()
    {
        var act = () => new double[2, 3].Should().BeSymmetric();

        act.Should().Throw<AssertionException>().WithMessage("*it is 2x3, which is not square*");
    }

    [Test]
    public void HaveOrthonormalColumns_passes_for_a_tall_matrix_with_orthonormal_columns()
    {
        var s = Math.Sqrt(0.5);
        double[,] q = { { s, 0 }, { s, 0 }, { 0, 1 } };

        q.Should().HaveOrthonormalColumns();
    }

    [Test]
    public void HaveOrthonormalColumns_names_two_columns_that_are_not_orthogonal()
    {
        var q = new TestData(7).Orthogonal(6);
        for (var i = 0; i < 6; i++)
        {
            q[i, 5] += 3e-5 * q[i, 2];
        }

        var act = () => q.Should().HaveOrthonormalColumns();

        act.Should().Throw<AssertionException>().WithMessage("*columns 2 and 5 have dot product 3*e-05, expected 0*");
    }

    [Test]
    public void HaveOrthonormalColumns_names_a_column_that_is_not_unit_length()
    {
        double[,] q = { { 1, 0 }, { 0, 2 } };

        var act = () => q.Should().HaveOrthonormalColumns();

        act.Should().Throw<AssertionException>().WithMessage("*column 1 has squared norm 4, expected 1*");
    }

    [Test]
    public void HaveOrthonormalColumns_rejects_more_columns_than_rows()
    {
        var act = () => new double[2, 3].Should().HaveOrthonormalColumns();

        act.Should().Throw<AssertionException>().WithMessage("*3 columns cannot be orthonormal in 2 dimensions*");
    }

    [Test]
    public void BeOrthogonal_passes_for_a_rotation()
    {
        var (c, s) = (Math.Cos(0.3), Math.Sin(0.3));
        double[,] rotation = { { c, -s }, { s, c } };

        rotation.Should().BeOrthogonal();
        Oracle.ToMatrix(rotation).Should().BeOrthogonal(Tolerance.Tight);
    }

    [Test]
    public void BeOrthogonal_fails_for_a_tall_matrix_even_with_orthonormal_columns()
    {
        double[,] q = { { 1, 0 }, { 0, 1 }, { 0, 0 } };

        var act = () => q.Should().BeOrthogonal();

        act.Should().Throw<AssertionException>().WithMessage("*to be orthogonal*it is 3x2, which is not square*");
    }

    [Test]
    public void BeOrthogonal_fails_for_a_scaled_rotation()
    {
        double[,] a = { { 0, -1.01 }, { 1.01, 0 } };

        var act = () => a.Should().BeOrthogonal();

        act.Should().Throw<AssertionException>().WithMessage("*column 0 has squared norm 1.0201, expected 1*");
    }

    [Test]
    public void Triangular_matrices_pass_their_checks()
    {
        double[,] upper = { { 1, 2, 3 }, { 0, 4, 5 }, { 0, 0, 6 } };
        double[,] lower = { { 1, 0 }, { 2, 3 }, { 4, 5 } };

        upper.Should().BeUpperTriangular();
        lower.Should().BeLowerTriangular();
    }

    [Test]
    public void BeUpperTriangular_names_the_worst_entry_below_the_diagonal()
    {
        double[,] a = { { 1, 2, 3 }, { 1e-3, 4, 5 }, { 0.3, 0, 6 } };

        var act = () => a.Should().BeUpperTriangular();

        act.Should().Throw<AssertionException>().WithMessage("*entry [2, 0] below the diagonal is 0.3 (allowed 7e-09, largest entry 6); 2 of 3 entries below the diagonal are not zero*");
    }

    [Test]
    public void BeLowerTriangular_names_the_worst_entry_above_the_diagonal()
    {
        double[,] a = { { 1, 0, 0 }, { 2, 3, -0.25 }, { 4, 5, 6 } };

        var act = () => a.Should().BeLowerTriangular();

        act.Should().Throw<AssertionException>().WithMessage("*entry [1, 2] above the diagonal is -0.25*");
    }

    // Rounding below the diagonal of a large-valued R is of order ε times its largest entry, not ε.
    [Test]
    public void Triangular_zero_checks_scale_with_the_largest_entry()
    {
        double[,] r = { { 1e6, 2e6 }, { 1e-5, 3e6 } };

        r.Should().BeUpperTriangular(Tolerance.RelativeOnly(1e-10));
        var act = () => r.Should().BeUpperTriangular(Tolerance.RelativeOnly(1e-12));
        act.Should().Throw<AssertionException>().WithMessage("*entry [1, 0]*");
    }

    [Test]
    public void BePositiveDefinite_passes_for_a_positive_definite_matrix()
    {
        double[,] a = { { 2, -1, 0 }, { -1, 2, -1 }, { 0, -1, 2 } };

        a.Should().BePositiveDefinite();
    }

    [Test]
    public void BePositiveDefinite_reports_the_smallest_eigenvalue()
    {
        // Eigenvalues are 3 and -1 (computed within rounding, so the message may show -0.9999999999999996).
        double[,] a = { { 1, 2 }, { 2, 1 } };

        var act = () => a.Should().BePositiveDefinite();

        act.Should().Throw<AssertionException>().WithMessage("*smallest eigenvalue is -*1 of 2 eigenvalues is not above the rounding level*");
    }

    // The zero eigenvalue may come out as a tiny positive number; it is still within rounding noise of zero.
    [Test]
    public void BePositiveDefinite_rejects_a_semidefinite_matrix()
    {
        double[,] a = { { 1, 1 }, { 1, 1 } };

        var act = () => a.Should().BePositiveDefinite();

        act.Should().Throw<AssertionException>().WithMessage("*smallest eigenvalue is*");
    }

    [Test]
    public void BePositiveDefinite_rejects_a_non_symmetric_matrix()
    {
        double[,] a = { { 2, 1 }, { 0, 2 } };

        var act = () => a.Should().BePositiveDefinite();

        act.Should().Throw<AssertionException>().WithMessage("*it is not symmetric: entry [0, 1] is 1 while its mirror [1, 0] is 0*");
    }

    [Test]
    public void A_null_matrix_fails_with_a_message_not_a_null_reference()
    {
        double[,]? missing = null;
        Matrix<double>? missingMatrix = null;
        var assertions = new Action[]
        {
            () => missing.Should().HaveShape(1, 1),
            () => missing.Should().BeApproximately(Identity3),
            () => missing.Should().BeSymmetric(),
            () => missing.Should().HaveOrthonormalColumns(),
            () => missing.Should().BeOrthogonal(),
            () => missing.Should().BeUpperTriangular(),
            () => missing.Should().BeLowerTriangular(),
            () => missing.Should().BePositiveDefinite(),
            () => missingMatrix.Should().BeOrthogonal(),
        };

        foreach (var assertion in assertions)
        {
            assertion.Should().Throw<AssertionException>().WithMessage("*but found <null>*");
        }
    }

    [Test]
    public void Assertions_chain_with_and()
    {
        Identity3.Should().HaveShape(3, 3).And.BeSymmetric().And.BeOrthogonal().And.BePositiveDefinite();
    }

    // Inside an assertion scope failures are collected instead of thrown, so every check must stop safely.
    [Test]
    public void Failures_inside_an_assertion_scope_are_collected()
    {
        double[,]? missing = null;

        var act = () =>
        {
            using var scope = new FluentAssertions.Execution.AssertionScope();
            missing.Should().BePositiveDefinite();
            new double[2, 3].Should().BeOrthogonal();
        };

        act.Should().Throw<AssertionException>().WithMessage("*<null>*not square*");
    }
}
