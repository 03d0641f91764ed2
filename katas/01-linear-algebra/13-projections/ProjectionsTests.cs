using MathForML.Verification;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Orthogonal projection: the closest point of a line or of a column space. Checked by the geometry (the residual is
/// perpendicular, nothing is closer), by the algebra of P (P² = P = Pᵀ, trace P = rank) and by least squares.
/// </summary>
public class ProjectionsTests
{
    [Test, Order(1)]
    // Onto the x-axis u = (1, 0): (2, 3) ↦ (2, 0). Onto u = (1, 1): v·u = 1 + 2 = 3, u·u = 2, so (1, 2) ↦ 1.5·(1, 1).
    public void Projection_onto_a_vector_of_worked_examples()
    {
        Projections.OntoVector([2, 3], [1, 0]).Should().BeApproximately([2, 0], Tolerance.Tight);
        Projections.OntoVector([1, 2], [1, 1]).Should().BeApproximately([1.5, 1.5], Tolerance.Tight);
    }

    [Test, Order(2)]
    // p = (v·u/u·u) u is a multiple of u, the residual v − p is perpendicular to u, and projecting p again leaves it alone.
    public void Projection_onto_a_vector_lies_on_the_line_with_a_perpendicular_residual([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 10);
        var v = data.Vector(n, -5, 5);
        var u = data.Vector(n, -5, 5);

        var p = Projections.OntoVector(v, u);

        var t = Dot(p, u) / Dot(u, u);
        p.Should().BeApproximately(u.Select(x => t * x), Tolerance.Default);
        Dot(v.Zip(p, (a, b) => a - b).ToArray(), u).Should().BeApproximately(0, Tolerance.Default);
        Projections.OntoVector(p, u).Should().BeApproximately(p, Tolerance.Default);
    }

    [Test, Order(3)]
    // The line through u is the line through −3u: the projection does not depend on the length or sign of u.
    public void Projection_onto_a_vector_depends_only_on_the_line([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 10);
        var v = data.Vector(n);
        var u = data.Vector(n);

        Projections.OntoVector(v, u.Select(x => -3 * x).ToArray()).Should().BeApproximately(Projections.OntoVector(v, u), Tolerance.Default);
    }

    [Test, Order(4)]
    // u = (1e200, 1e200): u·u = 2e400 overflows to ∞ and v·u/u·u becomes ∞/∞ = NaN. Divide u by its largest entry first
    // (the line does not change): v = (1e200, 0) projects to (5e199, 5e199). The other way round, u = (1e-200, 1e-200) is
    // a perfectly good direction, but u·u underflows to 0 (0/0 = NaN, or "zero vector"): (1, 0) projects to (0.5, 0.5).
    public void Projection_onto_a_vector_survives_huge_and_tiny_entries()
    {
        Projections.OntoVector([1e200, 0], [1e200, 1e200]).Should().BeApproximately([5e199, 5e199], Tolerance.Tight);
        Projections.OntoVector([1, 0], [1e-200, 1e-200]).Should().BeApproximately([0.5, 0.5], Tolerance.Tight);
    }

    [Test, Order(5)]
    // The zero vector spans no line; vectors of different lengths live in different spaces.
    public void Projection_onto_a_vector_rejects_bad_input()
    {
        FluentActions.Invoking(() => Projections.OntoVector([1, 2], [0, 0])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => Projections.OntoVector([], [])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => Projections.OntoVector([1, 2], [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Projections.OntoVector(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Projections.OntoVector([1], null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(6)]
    // The column space of [1 0; 0 1; 0 0] is the xy-plane of ℝ³: P = diag(1, 1, 0) keeps x and y and drops z.
    // For the single column (1, 1): P = (1/2)[1 1; 1 1].
    public void Projection_matrices_of_worked_examples()
    {
        Projections.ProjectionMatrix(new double[,] { { 1, 0 }, { 0, 1 }, { 0, 0 } })
            .Should().BeApproximately(new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 0 } }, Tolerance.Tight);
        Projections.ProjectionMatrix(new double[,] { { 1 }, { 1 } })
            .Should().BeApproximately(new double[,] { { 0.5, 0.5 }, { 0.5, 0.5 } }, Tolerance.Tight);
    }

    [Test, Order(7)]
    // P² = P (projecting twice = once) and Pᵀ = P (orthogonal, not oblique), for random tall A with independent columns.
    public void The_projection_matrix_is_idempotent_and_symmetric([Range(1, 5)] int seed)
    {
        var a = RandomTall(new TestData(seed), out var m, out _);

        var p = Projections.ProjectionMatrix(a);

        p.Should().HaveShape(m, m).And.BeSymmetric(Tolerance.Default);
        (Oracle.ToMatrix(p) * Oracle.ToMatrix(p)).Should().BeApproximately(p, Tolerance.Default);
    }

    [Test, Order(8)]
    // trace P = rank A = n: P has eigenvalue 1 on the n-dimensional column space and 0 on its orthogonal complement.
    public void The_trace_of_the_projection_matrix_is_the_rank([Range(1, 5)] int seed)
    {
        var a = RandomTall(new TestData(seed), out _, out var n);

        Oracle.ToMatrix(Projections.ProjectionMatrix(a)).Trace().Should().BeApproximately(n, Tolerance.Default);
    }

    [Test, Order(9)]
    // The residual v − Pv is perpendicular to every column of A: Aᵀ(v − Pv) = 0 (the normal equations).
    public void The_residual_is_perpendicular_to_every_column([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = RandomTall(data, out var m, out var n);
        var v = data.Vector(m, -5, 5);

        var residual = Oracle.ToVector(v) - Oracle.ToVector(Projections.OntoColumnSpace(a, v));

        (Oracle.ToMatrix(a).Transpose() * residual).Should().BeApproximately(new double[n], Tolerance.Default);
    }

    [Test, Order(10)]
    // Pv is the closest point of the column space: ‖v − Pv‖ ≤ ‖v − Ax‖ for every x (here: ten random ones).
    public void The_projection_is_the_closest_point_of_the_column_space([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = RandomTall(data, out var m, out var n);
        var v = Oracle.ToVector(data.Vector(m, -5, 5));

        var distance = (v - Oracle.ToVector(Projections.OntoColumnSpace(a, v.ToArray()))).L2Norm();

        for (var k = 0; k < 10; k++)
        {
            var other = Oracle.ToMatrix(a) * Oracle.ToVector(data.Vector(n, -5, 5));
            distance.Should().BeLessThanOrEqualTo((v - other).L2Norm() + 1e-12, "Pv is no farther from v than the random point {0} of the column space", k);
        }
    }

    [Test, Order(11)]
    // A vector already in the column space (v = Ax) is its own closest point: Pv = v.
    public void A_vector_in_the_column_space_is_left_unchanged([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = RandomTall(data, out _, out var n);
        var v = (Oracle.ToMatrix(a) * Oracle.ToVector(data.Vector(n, -3, 3))).ToArray();

        Projections.OntoColumnSpace(a, v).Should().BeApproximately(v, Tolerance.Default);
    }

    [Test, Order(12)]
    // Projection is least squares seen from the other side: Pv = A·x̂ where x̂ minimises ‖Ax − v‖ (MathNet's QR solver),
    // and OntoColumnSpace(A, v) is P·v.
    public void The_projection_agrees_with_least_squares([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = RandomTall(data, out var m, out _);
        var v = data.Vector(m, -5, 5);

        var fitted = Oracle.ToMatrix(a) * Oracle.ToVector(Oracle.LeastSquares(a, v));

        Projections.OntoColumnSpace(a, v).Should().BeApproximately(fitted, Tolerance.Default);
        (Oracle.ToMatrix(Projections.ProjectionMatrix(a)) * Oracle.ToVector(v)).Should().BeApproximately(fitted, Tolerance.Default);
    }

    [Test, Order(13)]
    // P depends only on the column space, not on the particular columns: scaling a column, or adding a multiple of one
    // column to another, spans the same space and gives the same P.
    public void The_projection_depends_only_on_the_column_space([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = RandomTall(data, out var m, out var n);
        var other = (double[,])a.Clone();
        var (j, k) = (data.Random.NextInt(n), data.Random.NextInt(n));
        var (scale, shift) = (data.Random.Uniform(0.1, 10), data.Random.Uniform(-2, 2));
        for (var i = 0; i < m; i++)
        {
            other[i, j] *= scale;
            other[i, k] += j == k ? 0 : shift * a[i, j];
        }

        Projections.ProjectionMatrix(other).Should().BeApproximately(Projections.ProjectionMatrix(a), Tolerance.Default);
    }

    [Test, Order(14)]
    // A(AᵀA)⁻¹Aᵀ needs AᵀA invertible, i.e. independent columns. Column 3 = column 1 + column 2, a zero column, or more
    // columns than rows (4 vectors in ℝ³ are always dependent) all make A rank-deficient.
    public void Rank_deficient_matrices_are_rejected()
    {
        var dependent = new double[,] { { 1, 0, 1 }, { 0, 1, 1 }, { 2, 3, 5 }, { 1, 1, 2 } };
        FluentActions.Invoking(() => Projections.ProjectionMatrix(dependent)).Should().Throw<ArgumentException>().WithMessage("*rank*");
        FluentActions.Invoking(() => Projections.OntoColumnSpace(dependent, [1, 2, 3, 4])).Should().Throw<ArgumentException>().WithMessage("*rank*");
        FluentActions.Invoking(() => Projections.ProjectionMatrix(new double[,] { { 1, 0 }, { 2, 0 } })).Should().Throw<ArgumentException>().WithMessage("*rank*");
        FluentActions.Invoking(() => Projections.ProjectionMatrix(new TestData(1).Matrix(3, 4))).Should().Throw<ArgumentException>().WithMessage("*rank*");
    }

    [Test, Order(15)]
    // A random m×r times r×n product with r < n (rounding makes its dependent columns only "almost" dependent).
    public void Random_rank_deficient_matrices_are_rejected([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var m = data.Random.NextInt(3, 10);
        var n = data.Random.NextInt(2, m + 1);
        var a = (Oracle.ToMatrix(data.Matrix(m, n - 1)) * Oracle.ToMatrix(data.Matrix(n - 1, n))).ToArray();

        FluentActions.Invoking(() => Projections.ProjectionMatrix(a)).Should().Throw<ArgumentException>().WithMessage("*rank*");
    }

    [Test, Order(16)]
    // P depends on directions only, and the rank rule compares each remainder with its own column's length, so scaling A
    // by c changes nothing: P(cA) = P(A), and the dependent matrix above stays dependent. A fixed threshold such as
    // "‖remainder‖ < 1e-10" would refuse the good matrix at c = 1e-12 and accept the dependent one at c = 1e12.
    public void Rank_decisions_and_the_projection_do_not_depend_on_the_scale([Values(1e-150, 1e-12, 1e12, 1e150)] double c, [Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var a = RandomTall(data, out var m, out _);
        var v = data.Vector(m, -5, 5);
        var scaled = (Oracle.ToMatrix(a) * c).ToArray();
        var dependent = (Oracle.ToMatrix(new double[,] { { 1, 0, 1 }, { 0, 1, 1 }, { 2, 3, 5 }, { 1, 1, 2 } }) * c).ToArray();

        Projections.ProjectionMatrix(scaled).Should().BeApproximately(Projections.ProjectionMatrix(a), Tolerance.Default);
        Projections.OntoColumnSpace(scaled, v).Should().BeApproximately(Projections.OntoColumnSpace(a, v), Tolerance.Default);
        FluentActions.Invoking(() => Projections.ProjectionMatrix(dependent)).Should().Throw<ArgumentException>().WithMessage("*rank*");
    }

    [Test, Order(17)]
    public void Shapes_that_do_not_fit_are_rejected()
    {
        FluentActions.Invoking(() => Projections.OntoColumnSpace(new double[,] { { 1 }, { 1 } }, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Projections.ProjectionMatrix(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Projections.ProjectionMatrix(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Projections.OntoColumnSpace(new double[,] { { 1 }, { 1 } }, null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(18)]
    public void The_inputs_are_left_untouched()
    {
        var a = new double[,] { { 1, 2 }, { 3, 4 }, { 5, 7 } };
        double[] v = [1, 2, 3];
        double[] u = [4, 5, 6];

        Projections.ProjectionMatrix(a);
        Projections.OntoColumnSpace(a, v);
        Projections.OntoVector(v, u);

        a.Should().BeApproximately(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 7 } }, Tolerance.AbsoluteOnly(0));
        v.Should().Equal(1, 2, 3);
        u.Should().Equal(4, 5, 6);
    }

    // A random m×n matrix with 1 ≤ n ≤ m ≤ 9: its columns are independent (with probability 1, and well so).
    private static double[,] RandomTall(TestData data, out int m, out int n)
    {
        m = data.Random.NextInt(2, 10);
        n = data.Random.NextInt(1, m + 1);
        return data.Matrix(m, n);
    }

    private static double Dot(double[] x, double[] y) => x.Zip(y, (a, b) => a * b).Sum();
}
