using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Every symmetric matrix is A = QΛQᵀ: an orthogonal change of basis in which it only stretches. Jacobi finds
/// Q as a product of plane rotations, each one zeroing an off-diagonal pair.
/// </summary>
public class JacobiEigenTests
{
    [Test, Order(1)]
    // [[2, 1], [1, 2]]: one rotation by 45° diagonalises it. λ = 1 with q = ±(1, −1)/√2, λ = 3 with q = ±(1, 1)/√2.
    // Values come in ascending order; each column must satisfy Aq = λq (its sign is free).
    public void A_2x2_example_is_diagonalised_by_one_rotation()
    {
        var a = new double[,] { { 2, 1 }, { 1, 2 } };

        var (values, vectors) = JacobiEigen.Decompose(a);

        values.Should().BeApproximately([1, 3], Tolerance.Tight);
        vectors.Should().BeOrthogonal(Tolerance.Tight);
        var q = Oracle.ToMatrix(vectors);
        (q.Column(0)[0] * q.Column(0)[1]).Should().BeApproximately(-0.5, Tolerance.Tight, "q₁ = ±(1, −1)/√2");
        (q.Column(1)[0] * q.Column(1)[1]).Should().BeApproximately(0.5, Tolerance.Tight, "q₂ = ±(1, 1)/√2");
    }

    [Test, Order(2)]
    // [[2, 0, 1], [0, 2, 0], [1, 0, 2]]: coordinate 2 is on its own (λ = 2, q = e₂); coordinates 1 and 3 form
    // [[2, 1], [1, 2]] with λ = 1 and 3. Ascending: (1, 2, 3). The pair (1, 2) has a₁₂ = 0 and a₁₁ = a₂₂:
    // a rotation must skip it, since θ = (a₂₂ − a₁₁)/(2a₁₂) = 0/0.
    public void Zero_pairs_are_skipped_and_values_come_in_ascending_order()
    {
        var a = new double[,] { { 2, 0, 1 }, { 0, 2, 0 }, { 1, 0, 2 } };

        var (values, vectors) = JacobiEigen.Decompose(a);

        values.Should().BeApproximately([1, 2, 3], Tolerance.Tight);
        Reconstruct(values, vectors).Should().BeApproximately(a, Tolerance.Tight);
        Math.Abs(vectors[1, 1]).Should().BeApproximately(1, Tolerance.Tight, "the eigenvector of λ = 2 is ±e₂");
    }

    [Test, Order(3)]
    // A diagonal matrix is already QΛQᵀ with Q = I: nothing to rotate. Sorting diag(3, −1, 2) ascending moves
    // the columns of I along: the eigenvectors are e₂, e₃, e₁ exactly.
    public void A_diagonal_matrix_only_needs_sorting()
    {
        var (values, vectors) = JacobiEigen.Decompose(new double[,] { { 3, 0, 0 }, { 0, -1, 0 }, { 0, 0, 2 } });

        values.Should().Equal(-1, 2, 3);
        vectors.Should().BeApproximately(new double[,] { { 0, 0, 1 }, { 1, 0, 0 }, { 0, 1, 0 } }, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(4)]
    // Aqₖ = λₖqₖ column by column, QᵀQ = I and λ₁ ≤ λ₂ ≤ … ≤ λₙ, on random sizes.
    public void Each_column_is_an_eigenvector_of_its_value([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = RandomSymmetric(data, data.Random.NextInt(1, 11));

        var (values, vectors) = JacobiEigen.Decompose(a);

        values.Should().BeInAscendingOrder();
        vectors.Should().BeOrthogonal(Tolerance.Tight);
        var q = Oracle.ToMatrix(vectors);
        (Oracle.ToMatrix(a) * q).Should().BeApproximately(q * Matrix<double>.Build.DenseOfDiagonalArray(values), Tolerance.Tight);
    }

    [Test, Order(5)]
    // Target: a 40×40 random symmetric matrix rebuilds from its factors, ‖QΛQᵀ − A‖_F / ‖A‖_F ≤ 1e-12.
    // Jacobi rotations are orthogonal, so rounding errors do not grow: measured about 1.4e-15.
    public void A_40x40_matrix_reconstructs_to_1e_12([Range(1, 3)] int seed)
    {
        var a = RandomSymmetric(new TestData(seed), 40);

        var (values, vectors) = JacobiEigen.Decompose(a);

        var error = (Oracle.ToMatrix(Reconstruct(values, vectors)) - Oracle.ToMatrix(a)).FrobeniusNorm() / Oracle.ToMatrix(a).FrobeniusNorm();
        error.Should().BeLessThanOrEqualTo(1e-12);
    }

    [Test, Order(6)]
    // Target: max |QᵀQ − I| ≤ 1e-12 for 40×40 — Q is a product of about 10⁴ rotations, each orthogonal to rounding.
    public void A_40x40_matrix_has_orthogonal_eigenvectors_to_1e_12([Range(1, 3)] int seed)
    {
        var (_, vectors) = JacobiEigen.Decompose(RandomSymmetric(new TestData(seed), 40));

        vectors.Should().BeOrthogonal(Tolerance.AbsoluteOnly(1e-12));
    }

    [Test, Order(7)]
    // Target: the eigenvalues agree with MathNet's symmetric solver to relative 1e-10.
    public void A_40x40_matrix_has_the_eigenvalues_of_the_oracle([Range(1, 3)] int seed)
    {
        var a = RandomSymmetric(new TestData(seed), 40);

        JacobiEigen.Decompose(a).Values.Should().BeApproximately(Oracle.SymmetricEigenvalues(a), Tolerance.RelativeOnly(1e-10));
    }

    [Test, Order(8)]
    // I + uuᵀ has λ = 1 + ‖u‖² (eigenvector u) and λ = 1 repeated n − 1 times (every vector ⟂ u).
    // Repeated eigenvalues leave the eigenvectors free inside their eigenspace, but Q must still be orthogonal.
    public void Repeated_eigenvalues_still_get_orthonormal_eigenvectors([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        const int N = 5;
        var u = data.Vector(N);
        var a = new double[N, N];
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                a[i, j] = (i == j ? 1 : 0) + u[i] * u[j];
            }
        }

        var (values, vectors) = JacobiEigen.Decompose(a);

        values.Should().BeApproximately([1, 1, 1, 1, 1 + u.Sum(x => x * x)], Tolerance.Tight);
        vectors.Should().BeOrthogonal(Tolerance.Tight);
        Reconstruct(values, vectors).Should().BeApproximately(a, Tolerance.Tight);
    }

    [Test, Order(9)]
    // QΛQᵀ computed in floating point is symmetric only up to rounding (about 1e-16 relative — 1e-10 absolute for
    // eigenvalues in the millions); that must be accepted, and the spectrum recovered.
    public void A_product_Q_Lambda_QT_is_accepted_and_its_spectrum_recovered([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var q = Oracle.ToMatrix(data.Orthogonal(6));
        var spectrum = new double[] { -4e6, -1e6, 0.5e6, 2e6, 3e6, 7e6 };

        var a = (q * Matrix<double>.Build.DenseOfDiagonalArray(spectrum) * q.Transpose()).ToArray();

        JacobiEigen.Decompose(a).Values.Should().BeApproximately(spectrum, Tolerance.Default);
    }

    [Test, Order(10)]
    // Scaling A by c scales Λ by c. At c = 1e200 the sum of squares in ‖A‖_F and off(A) overflows unless scaled.
    public void Eigenvalues_scale_with_the_matrix_without_overflow([Values(1e200, 1e-200)] double scale)
    {
        var a = new double[,] { { 2 * scale, 0, scale }, { 0, 2 * scale, 0 }, { scale, 0, 2 * scale } };

        JacobiEigen.Decompose(a).Values.Should().BeApproximately([scale, 2 * scale, 3 * scale], Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(11)]
    // The zero matrix is diagonal: Λ = 0, Q = I. (Its "largest entry" is 0, so a relative symmetry check
    // must compare with ≤, not <.)
    public void The_zero_matrix_has_zero_eigenvalues()
    {
        var (values, vectors) = JacobiEigen.Decompose(new double[3, 3]);

        values.Should().Equal(0, 0, 0);
        vectors.Should().BeOrthogonal(Tolerance.Tight);
    }

    [Test, Order(12)]
    // One sweep is never enough for a random 8×8 (each rotation partly undoes earlier zeros): the cap must be reported.
    public void Hitting_the_sweep_cap_is_reported()
    {
        var a = RandomSymmetric(new TestData(7), 8);

        FluentActions.Invoking(() => JacobiEigen.Decompose(a, maxSweeps: 1)).Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        FluentActions.Invoking(() => JacobiEigen.Decompose(a, maxSweeps: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(13)]
    public void Decompose_rejects_matrices_that_are_not_symmetric()
    {
        FluentActions.Invoking(() => JacobiEigen.Decompose(new double[,] { { 1, 2 }, { 3, 4 } })).Should().Throw<ArgumentException>().WithMessage("*not symmetric*");
        // Relative, not absolute: ×1e-200 the asymmetry is only 1e-200, but it is as large as the entries themselves.
        FluentActions.Invoking(() => JacobiEigen.Decompose(new double[,] { { 1e-200, 2e-200 }, { 3e-200, 4e-200 } })).Should().Throw<ArgumentException>().WithMessage("*not symmetric*");
        FluentActions.Invoking(() => JacobiEigen.Decompose(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => JacobiEigen.Decompose(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => JacobiEigen.Decompose(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(14)]
    // The rotations work on a copy: the caller's matrix is not scratch space.
    public void Decompose_leaves_its_input_alone()
    {
        var a = RandomSymmetric(new TestData(3), 5);
        var copy = (double[,])a.Clone();

        JacobiEigen.Decompose(a);

        a.Should().BeApproximately(copy, Tolerance.AbsoluteOnly(0));
    }

    private static double[,] Reconstruct(double[] values, double[,] vectors)
    {
        var q = Oracle.ToMatrix(vectors);
        return (q * Matrix<double>.Build.DenseOfDiagonalArray(values) * q.Transpose()).ToArray();
    }

    /// <summary>Uniform entries on [−1, 1) in the upper triangle, mirrored: exactly symmetric.</summary>
    private static double[,] RandomSymmetric(TestData data, int n)
    {
        var a = data.Matrix(n, n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                a[i, j] = a[j, i];
            }
        }
        return a;
    }
}
