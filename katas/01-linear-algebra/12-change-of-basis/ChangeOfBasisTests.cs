using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// The same vector described in different bases: coordinates, back to the vector, and the matrix that converts
/// coordinates from one basis to another. A basis is passed as an array of vectors, basis[i] = bᵢ.
/// </summary>
public class ChangeOfBasisTests
{
    [Test, Order(1)]
    // In the basis b₁ = (1, 0), b₂ = (1, 1), the vector v = (3, 1) is 2·b₁ + 1·b₂ = (2 + 1, 0 + 1): coordinates (2, 1).
    // The bᵢ are the COLUMNS of B = [1 1; 0 1]; solving with them as rows would give (3, −2).
    public void Coordinates_of_a_worked_example() =>
        ChangeOfBasis.Coordinates([[1, 0], [1, 1]], [3, 1]).Should().BeApproximately([2, 1], Tolerance.Tight);

    [Test, Order(2)]
    // Going back: 2·(1, 0) + 1·(1, 1) = (3, 1).
    public void From_coordinates_of_a_worked_example() =>
        ChangeOfBasis.FromCoordinates([[1, 0], [1, 1]], [2, 1]).Should().BeApproximately([3, 1], Tolerance.Tight);

    [Test, Order(3)]
    // In the standard basis e₁ … eₙ, v = Σ vᵢeᵢ: the coordinates are the entries themselves.
    public void The_standard_basis_gives_the_entries_as_coordinates([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 8);
        var standard = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => i == j ? 1.0 : 0.0).ToArray()).ToArray();
        var v = data.Vector(n, -10, 10);

        ChangeOfBasis.Coordinates(standard, v).Should().BeApproximately(v, Tolerance.Tight);
    }

    [Test, Order(4)]
    // v → c → v and c → v → c: Coordinates and FromCoordinates undo each other, in a random (non-orthogonal) basis.
    public void Coordinates_and_from_coordinates_are_inverse_to_each_other([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 9);
        var basis = Rows(data.WithConditionNumber(n, n == 1 ? 1 : 20));
        var v = data.Vector(n, -5, 5);
        var c = data.Vector(n, -5, 5);

        ChangeOfBasis.FromCoordinates(basis, ChangeOfBasis.Coordinates(basis, v)).Should().BeApproximately(v, Tolerance.Default);
        ChangeOfBasis.Coordinates(basis, ChangeOfBasis.FromCoordinates(basis, c)).Should().BeApproximately(c, Tolerance.Default);
    }

    [Test, Order(5)]
    // With an orthonormal basis no system needs solving: cᵢ = bᵢ·v (take the dot product of v = Σ cⱼbⱼ with bᵢ;
    // bᵢ·bⱼ is 1 for i = j and 0 otherwise). This is why orthonormal bases are so convenient.
    public void An_orthonormal_basis_gives_dot_products_as_coordinates([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 9);
        var basis = Rows(data.Orthogonal(n));
        var v = data.Vector(n);

        var expected = basis.Select(b => b.Zip(v, (x, y) => x * y).Sum());

        ChangeOfBasis.Coordinates(basis, v).Should().BeApproximately(expected, Tolerance.Default);
    }

    [Test, Order(6)]
    // Coordinates move against the basis: replace b₁ by 2b₁ and the first coordinate halves (2·(c₁/2)·b₁ = c₁b₁),
    // the others stay.
    public void Stretching_a_basis_vector_shrinks_its_coordinate([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 7);
        var basis = Rows(data.WithConditionNumber(n, 10));
        var v = data.Vector(n);
        var c = ChangeOfBasis.Coordinates(basis, v);
        var stretched = basis.Select((b, i) => i == 0 ? b.Select(x => 2 * x).ToArray() : b).ToArray();

        ChangeOfBasis.Coordinates(stretched, v).Should().BeApproximately(c.Select((ci, i) => i == 0 ? ci / 2 : ci), Tolerance.Default);
    }

    [Test, Order(7)]
    // From B = {(1, 0), (1, 1)} to the standard basis: M = B = [1 1; 0 1], whose column j is bⱼ (the standard
    // coordinates of bⱼ). From the standard basis to B: M = B⁻¹ = [1 −1; 0 1] (check: e₂ = (0, 1) = −1·b₁ + 1·b₂).
    public void Change_of_basis_matrices_of_a_worked_example()
    {
        double[][] standard = [[1, 0], [0, 1]];
        double[][] b = [[1, 0], [1, 1]];

        ChangeOfBasis.ChangeOfBasisMatrix(b, standard).Should().BeApproximately(new double[,] { { 1, 1 }, { 0, 1 } }, Tolerance.Tight);
        ChangeOfBasis.ChangeOfBasisMatrix(standard, b).Should().BeApproximately(new double[,] { { 1, -1 }, { 0, 1 } }, Tolerance.Tight);
    }

    [Test, Order(8)]
    // [v]_to = M·[v]_from for any vector v: the matrix does the conversion that Coordinates would do from scratch.
    public void The_change_of_basis_matrix_converts_coordinates([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 8);
        var from = Rows(data.WithConditionNumber(n, 10));
        var to = Rows(data.WithConditionNumber(n, 10));
        var v = data.Vector(n);

        var m = Oracle.ToMatrix(ChangeOfBasis.ChangeOfBasisMatrix(from, to));

        (m * Oracle.ToVector(ChangeOfBasis.Coordinates(from, v))).Should().BeApproximately(ChangeOfBasis.Coordinates(to, v), Tolerance.Default);
    }

    [Test, Order(9)]
    // M(from → to)·M(to → from) = I: converting there and back changes nothing.
    public void Converting_there_and_back_is_the_identity([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 8);
        var from = Rows(data.WithConditionNumber(n, 10));
        var to = Rows(data.WithConditionNumber(n, 10));

        var there = Oracle.ToMatrix(ChangeOfBasis.ChangeOfBasisMatrix(from, to));
        var back = Oracle.ToMatrix(ChangeOfBasis.ChangeOfBasisMatrix(to, from));

        (there * back).Should().BeApproximately(Matrix<double>.Build.DenseIdentity(n), Tolerance.Default);
    }

    [Test, Order(10)]
    // M(B → C)·M(A → B) = M(A → C): converting in two steps is the same as converting directly (note the order).
    public void Changes_of_basis_compose([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 7);
        var (a, b, c) = (Rows(data.WithConditionNumber(n, 10)), Rows(data.WithConditionNumber(n, 10)), Rows(data.WithConditionNumber(n, 10)));

        var twoSteps = Oracle.ToMatrix(ChangeOfBasis.ChangeOfBasisMatrix(b, c)) * Oracle.ToMatrix(ChangeOfBasis.ChangeOfBasisMatrix(a, b));

        twoSteps.Should().BeApproximately(ChangeOfBasis.ChangeOfBasisMatrix(a, c), Tolerance.Default);
    }

    [Test, Order(11)]
    // A basis of ℝⁿ is n independent vectors of length n. {(1, 2), (2, 4)} is dependent; two vectors cannot span ℝ³;
    // (1, 0) and (0, 1, 0) do not even live in the same space.
    public void A_set_that_is_not_a_basis_is_rejected()
    {
        FluentActions.Invoking(() => ChangeOfBasis.Coordinates([[1, 2], [2, 4]], [1, 1])).Should().Throw<ArgumentException>().WithMessage("*basis*");
        FluentActions.Invoking(() => ChangeOfBasis.Coordinates([[1, 0, 0], [0, 1, 0]], [1, 1, 1])).Should().Throw<ArgumentException>().WithMessage("*basis*");
        FluentActions.Invoking(() => ChangeOfBasis.Coordinates([[1, 0], [0, 1, 0]], [1, 1])).Should().Throw<ArgumentException>().WithMessage("*basis*");
        FluentActions.Invoking(() => ChangeOfBasis.FromCoordinates([[1, 1], [2, 2]], [1, 1])).Should().Throw<ArgumentException>().WithMessage("*basis*");
        FluentActions.Invoking(() => ChangeOfBasis.ChangeOfBasisMatrix([[1, 0], [0, 1]], [[0, 0], [0, 1]])).Should().Throw<ArgumentException>().WithMessage("*basis*");
        FluentActions.Invoking(() => ChangeOfBasis.ChangeOfBasisMatrix([[3, 3], [0, 1]], [[1, 0], [0, 1]])).Should().NotThrow();
        FluentActions.Invoking(() => ChangeOfBasis.ChangeOfBasisMatrix([[1, 1], [2, 2]], [[1, 0], [0, 1]])).Should().Throw<ArgumentException>().WithMessage("*basis*");
        FluentActions.Invoking(() => ChangeOfBasis.Coordinates([], [])).Should().Throw<ArgumentException>().WithMessage("*basis*");
    }

    [Test, Order(12)]
    // Whether vectors form a basis depends on their directions, not their lengths. Scaled by c = 1e-12 a good basis is
    // still a basis (a test such as "|det B| < 1e-10 means dependent" would refuse it: det(cB) = cⁿ det B), and the
    // coordinates grow by 1/c; scaled by c = 1e12 the dependent vectors p, q, p − 2q — rounding leaves a determinant of
    // about 1e-16·c³ instead of 0, far above any fixed threshold — must still be refused. Converting from cB to B is c·I.
    public void Bases_are_judged_by_direction_not_by_length([Values(1e-12, 1e12)] double c, [Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 8);
        var m = data.WithConditionNumber(n, 10);
        var basis = Rows(m);
        var scaled = basis.Select(b => b.Select(x => c * x).ToArray()).ToArray();
        var v = data.Vector(n);
        var expected = Oracle.Solve(Oracle.ToMatrix(m).Transpose().ToArray(), v).Select(x => x / c);

        ChangeOfBasis.Coordinates(scaled, v).Should().BeApproximately(expected, Tolerance.Default);
        (Oracle.ToMatrix(ChangeOfBasis.ChangeOfBasisMatrix(scaled, basis)) / c).Should().BeApproximately(Matrix<double>.Build.DenseIdentity(n), Tolerance.Default);
        var (p, q) = (data.Vector(3), data.Vector(3));
        double[][] dependent = [p.Select(x => c * x).ToArray(), q.Select(x => c * x).ToArray(), p.Select((x, i) => c * (x - (2 * q[i]))).ToArray()];
        FluentActions.Invoking(() => ChangeOfBasis.Coordinates(dependent, [1, 1, 1])).Should().Throw<ArgumentException>().WithMessage("*basis*");
    }

    [Test, Order(13)]
    // Vectors and coordinate lists must fit the basis; two bases must describe the same ℝⁿ.
    public void Lengths_that_do_not_fit_are_rejected()
    {
        double[][] plane = [[1, 1], [1, -1]];
        FluentActions.Invoking(() => ChangeOfBasis.Coordinates(plane, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => ChangeOfBasis.FromCoordinates(plane, [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => ChangeOfBasis.ChangeOfBasisMatrix(plane, [[1, 0, 0], [0, 1, 0], [0, 0, 1]])).Should().Throw<ArgumentException>().WithMessage("*dimension*");
        FluentActions.Invoking(() => ChangeOfBasis.Coordinates(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChangeOfBasis.Coordinates([[1, 0], null!], [1, 1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChangeOfBasis.Coordinates(plane, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChangeOfBasis.FromCoordinates(plane, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ChangeOfBasis.ChangeOfBasisMatrix(plane, null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(14)]
    public void The_inputs_are_left_untouched()
    {
        double[][] basis = [[0, 2], [3, 1]];
        double[] v = [1, 4];

        ChangeOfBasis.Coordinates(basis, v);
        ChangeOfBasis.ChangeOfBasisMatrix(basis, [[1, 1], [1, -1]]);

        basis[0].Should().Equal(0, 2);
        basis[1].Should().Equal(3, 1);
        v.Should().Equal(1, 4);
    }

    // Row i of a matrix as basis vector bᵢ (any invertible matrix gives a basis; its condition number says how skewed).
    private static double[][] Rows(double[,] m) =>
        Enumerable.Range(0, m.GetLength(0)).Select(i => Enumerable.Range(0, m.GetLength(1)).Select(j => m[i, j]).ToArray()).ToArray();
}
