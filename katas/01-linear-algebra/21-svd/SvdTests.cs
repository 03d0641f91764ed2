using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Every matrix is A = UΣVᵀ: rotate (Vᵀ), stretch each axis by σᵢ ≥ 0 (Σ), rotate again (U). One-sided Jacobi
/// finds it by rotating pairs of columns of A until all columns are orthogonal.
/// </summary>
public class SvdTests
{
    [Test, Order(1)]
    // A = [[3, 0], [4, 5]]: AᵀA = [[25, 20], [20, 25]] has eigenvalues 45 and 5, so σ = (√45, √5) = (3√5, √5),
    // with v₁ = ±(1, 1)/√2 and v₂ = ±(1, −1)/√2; u = Av/σ gives u₁ = ±(1, 3)/√10, u₂ = ±(3, −1)/√10.
    public void Decompose_factorises_a_hand_example()
    {
        var a = new double[,] { { 3, 0 }, { 4, 5 } };

        var (u, sigma, v) = Svd.Decompose(a);

        sigma.Should().BeApproximately([3 * Math.Sqrt(5), Math.Sqrt(5)], Tolerance.Tight);
        Reconstruct(u, sigma, v).Should().BeApproximately(a, Tolerance.Tight);
        (v[0, 0] * v[1, 0]).Should().BeApproximately(0.5, Tolerance.Tight, "v₁ = ±(1, 1)/√2");
        (u[0, 0] * u[1, 0]).Should().BeApproximately(0.3, Tolerance.Tight, "u₁ = ±(1, 3)/√10");
    }

    [Test, Order(2)]
    // [[2, 0], [0, 3], [0, 0]] already has orthogonal columns, of lengths 2 and 3: no rotation is needed, one
    // sweep confirms it. Sorting σ descending swaps them: σ = (3, 2), U = [e₂, e₁], V = [e₂, e₁].
    public void Orthogonal_columns_only_need_sorting()
    {
        var (u, sigma, v) = Svd.Decompose(new double[,] { { 2, 0 }, { 0, 3 }, { 0, 0 } }, maxSweeps: 1);

        sigma.Should().Equal(3, 2);
        u.Should().BeApproximately(new double[,] { { 0, 1 }, { 1, 0 }, { 0, 0 } }, Tolerance.AbsoluteOnly(0));
        v.Should().BeApproximately(new double[,] { { 0, 1 }, { 1, 0 } }, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(3)]
    // Thin SVD shapes: U is m×r, V is n×r with r = min(m, n); σ has r entries, descending and non-negative.
    public void Factors_have_thin_shapes_and_descending_singular_values([Range(1, 6)] int seed)
    {
        var data = new TestData(seed);
        var (m, n) = (data.Random.NextInt(1, 8), data.Random.NextInt(1, 8));
        var r = Math.Min(m, n);

        var (u, sigma, v) = Svd.Decompose(data.Matrix(m, n));

        u.Should().HaveShape(m, r);
        v.Should().HaveShape(n, r);
        sigma.Should().HaveCount(r).And.BeInDescendingOrder().And.OnlyContain(s => s >= 0);
    }

    [Test, Order(4)]
    // Target: random 40×30 and 40×40 matrices rebuild to ‖UΣVᵀ − A‖_F / ‖A‖_F ≤ 1e-12 (measured about 7e-15).
    public void Large_matrices_reconstruct_to_1e_12([Values(30, 40)] int columns, [Range(1, 3)] int seed)
    {
        var a = new TestData(seed).Matrix(40, columns);

        var (u, sigma, v) = Svd.Decompose(a);

        var error = (Oracle.ToMatrix(Reconstruct(u, sigma, v)) - Oracle.ToMatrix(a)).FrobeniusNorm() / Oracle.ToMatrix(a).FrobeniusNorm();
        error.Should().BeLessThanOrEqualTo(1e-12);
    }

    [Test, Order(5)]
    // Target: UᵀU = I and VᵀV = I to 1e-12 in every entry (measured about 1e-14).
    public void Large_matrices_have_orthonormal_singular_vectors_to_1e_12([Values(30, 40)] int columns, [Range(1, 3)] int seed)
    {
        var (u, _, v) = Svd.Decompose(new TestData(seed).Matrix(40, columns));

        u.Should().HaveOrthonormalColumns(Tolerance.AbsoluteOnly(1e-12));
        v.Should().HaveOrthonormalColumns(Tolerance.AbsoluteOnly(1e-12));
    }

    [Test, Order(6)]
    // Target: the singular values agree with MathNet's SVD to relative 1e-10.
    public void Large_matrices_have_the_singular_values_of_the_oracle([Values(30, 40)] int columns, [Range(1, 3)] int seed)
    {
        var a = new TestData(seed).Matrix(40, columns);

        Svd.Decompose(a).SingularValues.Should().BeApproximately(Oracle.SingularValues(a), Tolerance.RelativeOnly(1e-10));
    }

    [Test, Order(7)]
    // Column by column, A = UΣVᵀ says Avᵢ = σᵢuᵢ, and Aᵀ = VΣUᵀ says Aᵀuᵢ = σᵢvᵢ.
    public void Singular_vectors_map_onto_each_other([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = Oracle.ToMatrix(data.Matrix(data.Random.NextInt(1, 9), data.Random.NextInt(1, 9)));

        var (u, sigma, v) = Svd.Decompose(a.ToArray());

        var (um, vm, s) = (Oracle.ToMatrix(u), Oracle.ToMatrix(v), Matrix<double>.Build.DenseOfDiagonalArray(sigma));
        (a * vm).Should().BeApproximately(um * s, Tolerance.Default);
        (a.Transpose() * um).Should().BeApproximately(vm * s, Tolerance.Default);
    }

    [Test, Order(8)]
    // A wide matrix (m < n) has at most m non-zero σ. Decomposing Aᵀ = U'ΣV'ᵀ and swapping gives A = V'ΣU'ᵀ.
    public void Wide_matrices_are_decomposed_through_their_transpose([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var m = data.Random.NextInt(1, 5);
        var a = data.Matrix(m, m + data.Random.NextInt(1, 5));

        var (u, sigma, v) = Svd.Decompose(a);

        u.Should().HaveShape(m, m).And.BeOrthogonal(Tolerance.Tight);
        v.Should().HaveShape(a.GetLength(1), m).And.HaveOrthonormalColumns(Tolerance.Tight);
        sigma.Should().BeApproximately(Oracle.SingularValues(a), Tolerance.Default);
        Reconstruct(u, sigma, v).Should().BeApproximately(a, Tolerance.Default);
    }

    [Test, Order(9)]
    // A = BC with B 6×2 and C 2×5 has rank 2: σ₃ = σ₄ = σ₅ = 0 (up to rounding). Their columns of W = AV are
    // rounding noise, so U needs other unit vectors there, orthogonal to u₁, u₂ — the factors stay orthonormal.
    public void Rank_deficient_matrices_have_zero_singular_values_and_orthonormal_factors([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = (Oracle.ToMatrix(data.Matrix(6, 2)) * Oracle.ToMatrix(data.Matrix(2, 5))).ToArray();

        var (u, sigma, v) = Svd.Decompose(a);

        sigma.Skip(2).Should().AllSatisfy(s => s.Should().BeLessThanOrEqualTo(1e-14 * sigma[0]));
        sigma[1].Should().BeGreaterThan(1e-6 * sigma[0]);
        u.Should().HaveOrthonormalColumns(Tolerance.Tight);
        v.Should().BeOrthogonal(Tolerance.Tight);
        Reconstruct(u, sigma, v).Should().BeApproximately(a, Tolerance.Default);
    }

    [Test, Order(10)]
    // The zero matrix: σ = 0, and U and V are still orthonormal (any orthonormal columns work). A zero column
    // contributes a zero singular value.
    public void Zero_matrices_and_zero_columns_still_give_orthonormal_factors()
    {
        var (u0, sigma0, v0) = Svd.Decompose(new double[4, 3]);
        var withZeroColumn = new double[,] { { 1, 0, 2 }, { 3, 0, 4 }, { 5, 0, 6 }, { 7, 0, 8 } };
        var (u1, sigma1, v1) = Svd.Decompose(withZeroColumn);

        sigma0.Should().Equal(0, 0, 0);
        u0.Should().HaveOrthonormalColumns(Tolerance.Tight);
        v0.Should().BeOrthogonal(Tolerance.Tight);
        sigma1[2].Should().Be(0);
        u1.Should().HaveOrthonormalColumns(Tolerance.Tight);
        Reconstruct(u1, sigma1, v1).Should().BeApproximately(withZeroColumn, Tolerance.Default);
    }

    [Test, Order(11)]
    // σ₁ = ‖A‖₂ = max over unit x of ‖Ax‖: the largest stretch, reached at x = v₁. No random x does better.
    public void The_largest_singular_value_is_the_spectral_norm([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = Oracle.ToMatrix(data.Matrix(data.Random.NextInt(1, 9), data.Random.NextInt(1, 9)));

        var (_, sigma, v) = Svd.Decompose(a.ToArray());

        sigma[0].Should().BeApproximately(a.L2Norm(), Tolerance.Default);
        (a * Oracle.ToMatrix(v).Column(0)).L2Norm().Should().BeApproximately(sigma[0], Tolerance.Default);
        var x = Oracle.ToVector(data.GaussianVector(a.ColumnCount)).Normalize(2);
        (a * x).L2Norm().Should().BeLessThanOrEqualTo(sigma[0] * (1 + 1e-12));
    }

    [Test, Order(12)]
    // Scaling A by c scales σ by c and leaves U and V alone. Squared column lengths of 1e200-sized entries overflow
    // (and of 1e-200-sized ones underflow) unless A is scaled first.
    public void Singular_values_scale_with_the_matrix([Values(1e200, 1e-200)] double scale)
    {
        var a = new double[,] { { 3 * scale, 0 }, { 4 * scale, 5 * scale } };

        var (u, sigma, v) = Svd.Decompose(a);

        sigma.Should().BeApproximately([3 * Math.Sqrt(5) * scale, Math.Sqrt(5) * scale], Tolerance.RelativeOnly(1e-12));
        u.Should().BeOrthogonal(Tolerance.Tight);
        v.Should().BeOrthogonal(Tolerance.Tight);
    }

    [Test, Order(13)]
    public void Decompose_reports_the_sweep_cap_and_rejects_bad_input()
    {
        // A random 8×6 needs several sweeps: each rotation partly spoils pairs that were already orthogonal.
        var a = new TestData(11).Matrix(8, 6);

        FluentActions.Invoking(() => Svd.Decompose(a, maxSweeps: 1)).Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        // Two columns need exactly two sweeps: one rotation makes them orthogonal, the next sweep confirms it.
        FluentActions.Invoking(() => Svd.Decompose(new double[,] { { 3, 0 }, { 4, 5 } }, maxSweeps: 1)).Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        Svd.Decompose(new double[,] { { 3, 0 }, { 4, 5 } }, maxSweeps: 2).SingularValues.Should().BeApproximately([3 * Math.Sqrt(5), Math.Sqrt(5)], Tolerance.Tight);
        FluentActions.Invoking(() => Svd.Decompose(a, maxSweeps: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Svd.Decompose(new double[0, 3])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Svd.Decompose(new double[3, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Svd.Decompose(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(14)]
    // The rotations act on a copy of A.
    public void Decompose_leaves_its_input_alone()
    {
        var a = new TestData(5).Matrix(4, 6);
        var copy = (double[,])a.Clone();

        Svd.Decompose(a);

        a.Should().BeApproximately(copy, Tolerance.AbsoluteOnly(0));
    }

    private static double[,] Reconstruct(double[,] u, double[] sigma, double[,] v) =>
        (Oracle.ToMatrix(u) * Matrix<double>.Build.DenseOfDiagonalArray(sigma) * Oracle.ToMatrix(v).Transpose()).ToArray();
}
