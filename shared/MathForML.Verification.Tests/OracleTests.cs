namespace MathForML.Verification.Tests;

public class OracleTests
{
    [Test]
    public void Norm_is_the_euclidean_length()
    {
        // ‖(3, 4)‖ = 5, ‖(1, 2, 2)‖ = 3 and the empty vector has length 0.
        Oracle.Norm([3, -4]).Should().BeApproximately(5, Tolerance.Tight);
        Oracle.Norm([1, 2, 2]).Should().BeApproximately(3, Tolerance.Tight);
        Oracle.Norm([]).Should().Be(0);
        FluentActions.Invoking(() => Oracle.Norm(null!)).Should().Throw<ArgumentNullException>().WithParameterName("v");
    }

    [Test]
    public void Solve_matches_a_hand_worked_two_by_two_system()
    {
        // 2x + y = 5 and x + 3y = 10 give x = 1, y = 3.
        Oracle.Solve(new double[,] { { 2, 1 }, { 1, 3 } }, [5, 10]).Should().BeApproximately([1.0, 3.0], Tolerance.Tight);
    }

    [Test]
    public void Solve_rejects_singular_and_mismatched_systems()
    {
        FluentActions.Invoking(() => Oracle.Solve(new double[,] { { 1, 2 }, { 2, 4 } }, [1, 2])).Should().Throw<ArgumentException>().WithParameterName("a");
        FluentActions.Invoking(() => Oracle.Solve(new double[,] { { 1, 2 }, { 3, 4 } }, [1])).Should().Throw<ArgumentException>().WithParameterName("b");
        FluentActions.Invoking(() => Oracle.Solve(new double[2, 3], [1, 2])).Should().Throw<ArgumentException>().WithParameterName("a");
    }

    [Test]
    public void Determinant_and_inverse_match_hand_results()
    {
        double[,] a = { { 4, 7 }, { 2, 6 } };

        Oracle.Determinant(a).Should().BeApproximately(10, Tolerance.Tight);
        Oracle.Inverse(a).Should().BeApproximately(new[,] { { 0.6, -0.7 }, { -0.2, 0.4 } }, Tolerance.Tight);
    }

    [Test]
    public void Symmetric_eigenvalues_are_ascending()
    {
        // The path-graph Laplacian-like matrix has eigenvalues 2 − √2, 2, 2 + √2.
        double[,] a = { { 2, -1, 0 }, { -1, 2, -1 }, { 0, -1, 2 } };

        Oracle.SymmetricEigenvalues(a).Should().BeApproximately([2 - Math.Sqrt(2), 2, 2 + Math.Sqrt(2)], Tolerance.Tight).And.BeInAscendingOrder();
        FluentActions.Invoking(() => Oracle.SymmetricEigenvalues(new double[,] { { 1, 2 }, { 0, 1 } })).Should().Throw<ArgumentException>().WithParameterName("a");
    }

    [Test]
    public void Singular_values_are_descending()
    {
        double[,] a = { { 0, 3 }, { 1, 0 }, { 0, 0 } };

        Oracle.SingularValues(a).Should().BeApproximately([3.0, 1.0], Tolerance.Tight).And.BeInDescendingOrder();
    }

    [Test]
    public void Rank_counts_independent_columns()
    {
        Oracle.Rank(new double[,] { { 1, 2, 3 }, { 2, 4, 6 }, { 1, 0, 1 } }).Should().Be(2);
        Oracle.Rank(new TestData(1).Orthogonal(5)).Should().Be(5);
        Oracle.Rank(new double[3, 2]).Should().Be(0);
    }

    [Test]
    public void ConditionNumber_is_the_ratio_of_extreme_singular_values()
    {
        Oracle.ConditionNumber(new double[,] { { 10, 0 }, { 0, 0.1 } }).Should().BeApproximately(100, Tolerance.Tight);
        Oracle.ConditionNumber(new double[,] { { 1, 0 }, { 0, 0 } }).Should().Be(double.PositiveInfinity);
    }

    [Test]
    public void LeastSquares_fits_a_line_through_noisy_points()
    {
        // Points (0, 1), (1, 3), (2, 4): the best line is y = 7/6 + 1.5 x.
        double[,] a = { { 1, 0 }, { 1, 1 }, { 1, 2 } };

        Oracle.LeastSquares(a, [1, 3, 4]).Should().BeApproximately([7 / 6.0, 1.5], Tolerance.Tight);
        FluentActions.Invoking(() => Oracle.LeastSquares(new double[1, 2], [1])).Should().Throw<ArgumentException>().WithParameterName("a");
    }

    [Test]
    public void Conversions_copy_the_data()
    {
        double[,] a = { { 1, 2 }, { 3, 4 } };
        double[] v = [5, 6];
        var matrix = Oracle.ToMatrix(a);
        var vector = Oracle.ToVector(v);
        a[0, 0] = 99;
        v[0] = 99;

        matrix[0, 0].Should().Be(1);
        matrix[1, 0].Should().Be(3);
        vector[0].Should().Be(5);
    }
}
