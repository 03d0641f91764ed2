using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Multiplying by A again and again stretches every vector towards the eigenvector of the largest |λ|;
/// the Rayleigh quotient reads off its eigenvalue, and deflation removes it to reveal the next one.
/// </summary>
public class PowerIterationTests
{
    [Test, Order(1)]
    // A = [[2, 1], [1, 2]], x = (1, 2): Ax = (4, 5), xᵀAx = 4 + 10 = 14, xᵀx = 5, r(x) = 14/5 = 2.8.
    // Forgetting to divide by xᵀx would give 14.
    public void Rayleigh_quotient_is_xT_A_x_over_xT_x() =>
        PowerIteration.RayleighQuotient(new double[,] { { 2, 1 }, { 1, 2 } }, [1, 2]).Should().BeApproximately(2.8, Tolerance.Tight);

    [Test, Order(2)]
    // If Av = λv then r(v) = vᵀλv / vᵀv = λ, however v is scaled; for any other x, r(x) lies between
    // the smallest and the largest eigenvalue of a symmetric A (it is a weighted average of them).
    public void Rayleigh_quotient_of_an_eigenvector_is_its_eigenvalue([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 7);
        var values = data.Vector(n, -5, 5);
        var q = data.Orthogonal(n);
        var a = SymmetricWithSpectrum(q, values);
        var k = data.Random.NextInt(n);
        var scale = data.Random.Uniform(0.1, 10);
        var eigenvector = Enumerable.Range(0, n).Select(i => scale * q[i, k]).ToArray();
        var x = data.Vector(n);

        PowerIteration.RayleighQuotient(a, eigenvector).Should().BeApproximately(values[k], Tolerance.Default);
        PowerIteration.RayleighQuotient(a, x).Should().BeInRange(values.Min() - 1e-9, values.Max() + 1e-9);
    }

    [Test, Order(3)]
    // r(x) is unchanged by scaling x, so it must survive x = (1e200, 2e200): xᵀx = 5e400 overflows unless x is scaled first.
    // Likewise x = (1e-200, 2e-200) is not the zero vector, although xᵀx underflows to 0 (0/0, or a false "zero").
    // A zero entry is fine as long as some entry is not zero: r((0, 3)) = 9·a₂₂ / 9 = 2.
    public void Rayleigh_quotient_survives_huge_and_tiny_vectors()
    {
        var a = new double[,] { { 2, 1 }, { 1, 2 } };

        PowerIteration.RayleighQuotient(a, [1e200, 2e200]).Should().BeApproximately(2.8, Tolerance.Tight);
        PowerIteration.RayleighQuotient(a, [1e-200, 2e-200]).Should().BeApproximately(2.8, Tolerance.Tight);
        PowerIteration.RayleighQuotient(a, [0, 3]).Should().BeApproximately(2, Tolerance.Tight);
    }

    [Test, Order(4)]
    public void Rayleigh_quotient_rejects_the_zero_vector_and_mismatched_shapes()
    {
        var a = new double[,] { { 2, 1 }, { 1, 2 } };

        // 0ᵀA0 / 0ᵀ0 = 0/0.
        FluentActions.Invoking(() => PowerIteration.RayleighQuotient(a, [0, 0])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => PowerIteration.RayleighQuotient(a, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => PowerIteration.RayleighQuotient(new double[2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => PowerIteration.RayleighQuotient(a, null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(5)]
    // [[2, 1], [1, 2]] has λ = 3 with v₁ = (1, 1)/√2 and λ = 1 with v₂ = (1, −1)/√2. Write x = c₁v₁ + c₂v₂ (its
    // coordinates in the eigenvector basis, not its entries x₀, x₁): each multiplication scales c₁ by 3 and c₂ by 1,
    // so xₖ turns towards (1, 1)/√2 like (1/3)ᵏ.
    public void Dominant_finds_the_largest_eigenvalue_of_a_hand_example()
    {
        var pair = PowerIteration.Dominant(new double[,] { { 2, 1 }, { 1, 2 } });

        pair.Value.Should().BeApproximately(3, Tolerance.Default);
        pair.Vector.Should().BeApproximately([1 / Math.Sqrt(2), 1 / Math.Sqrt(2)], Tolerance.Loose);
    }

    [Test, Order(6)]
    // Dominant means largest |λ|: for diag(1, −3) it is −3, with unit eigenvector ±(0, 1); the sign convention
    // (largest-magnitude entry positive) picks (0, 1). The iterates flip sign every step, but the Rayleigh
    // quotient xᵀAx keeps the sign of λ — ‖Ax‖ would report +3.
    public void Dominant_keeps_the_sign_of_a_negative_eigenvalue()
    {
        var pair = PowerIteration.Dominant(new double[,] { { 1, 0 }, { 0, -3 } });

        pair.Value.Should().BeApproximately(-3, Tolerance.Default);
        pair.Vector.Should().BeApproximately([0, 1], Tolerance.Loose);
    }

    [Test, Order(7)]
    // Power iteration needs no symmetry: the upper-triangular [[2, 1], [0, 1]] has eigenvalues 2 and 1 on its
    // diagonal, and (1, 0) is the eigenvector of 2.
    public void Dominant_works_on_a_non_symmetric_matrix_with_a_real_dominant_eigenvalue()
    {
        var pair = PowerIteration.Dominant(new double[,] { { 2, 1 }, { 0, 1 } });

        pair.Value.Should().BeApproximately(2, Tolerance.Default);
        pair.Vector.Should().BeApproximately([1, 0], Tolerance.Loose);
    }

    [Test, Order(8)]
    // The start vector must have a component along the dominant eigenvector, or no multiplication can create one. The
    // "natural" start (1, 1, …, 1) fails on simple matrices: for [[2, −1], [−1, 2]] (λ = 3 with v = (1, −1)/√2, λ = 1
    // with v = (1, 1)/√2) it is itself an eigenvector, of λ = 1, and the iteration stops at once with the wrong answer 1.
    // [[4, −2, 1], [−2, 7, −2], [1, −2, 4]] has (1, 1, 1) as an eigenvector of λ = 3 and (1, −2, 1) of the dominant λ = 9
    // (check: 4 + 4 + 1 = 9): the answer is 9 with v = (−1, 2, −1)/√6, its largest entry positive.
    public void Dominant_is_not_fooled_by_a_start_vector_orthogonal_to_the_answer()
    {
        var twoByTwo = new double[,] { { 2, -1 }, { -1, 2 } };
        var pair = PowerIteration.Dominant(twoByTwo);
        pair.Value.Should().BeApproximately(3, Tolerance.Default);
        (Oracle.ToMatrix(twoByTwo) * Oracle.ToVector(pair.Vector)).Should().BeApproximately(Oracle.ToVector(pair.Vector) * 3, Tolerance.Loose);

        var threeByThree = PowerIteration.Dominant(new double[,] { { 4, -2, 1 }, { -2, 7, -2 }, { 1, -2, 4 } });
        threeByThree.Value.Should().BeApproximately(9, Tolerance.Default);
        threeByThree.Vector.Should().BeApproximately([-1 / Math.Sqrt(6), 2 / Math.Sqrt(6), -1 / Math.Sqrt(6)], Tolerance.Loose);
    }

    [Test, Order(9)]
    // [[136, −90], [−90, 169]] has λ = 244 with v = ±(5, −6)/√61 (check: 136·5 + 90·6 = 1220 = 244·5) and λ = 61.
    // Which sign the iteration lands on depends on the start vector; the convention (largest-magnitude entry
    // positive) fixes it: (−5, 6)/√61.
    public void Dominant_returns_the_eigenvector_with_its_largest_entry_positive()
    {
        var pair = PowerIteration.Dominant(new double[,] { { 136, -90 }, { -90, 169 } });

        pair.Value.Should().BeApproximately(244, Tolerance.Default);
        pair.Vector.Should().BeApproximately([-5 / Math.Sqrt(61), 6 / Math.Sqrt(61)], Tolerance.AbsoluteOnly(1e-9));
    }

    [Test, Order(10)]
    // maxIterations counts multiplications by A. Every vector is an eigenvector of 3I, so the first residual is
    // already 0. The rank-one uuᵀ with u = (1, 3, −2) maps any x to (u·x)u: one multiplication lands on the
    // eigenvector u/‖u‖ (λ = ‖u‖² = 14) and a second one is needed to confirm it.
    public void The_iteration_cap_counts_multiplications()
    {
        var rankOne = new double[,] { { 1, 3, -2 }, { 3, 9, -6 }, { -2, -6, 4 } };

        PowerIteration.Dominant(new double[,] { { 3, 0, 0 }, { 0, 3, 0 }, { 0, 0, 3 } }, maxIterations: 1).Value.Should().BeApproximately(3, Tolerance.Tight);
        FluentActions.Invoking(() => PowerIteration.Dominant(rankOne, maxIterations: 1)).Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        var pair = PowerIteration.Dominant(rankOne, maxIterations: 2);
        pair.Value.Should().BeApproximately(14, Tolerance.Tight);
        pair.Vector.Should().BeApproximately([1 / Math.Sqrt(14), 3 / Math.Sqrt(14), -2 / Math.Sqrt(14)], Tolerance.Tight);
    }

    [Test, Order(11)]
    // A = Q·diag(λ)·Qᵀ with |λ| = 16, 8, 4, 2, 1, 0.5 and random signs: the gap |λ₂/λ₁| = 1/2 makes the
    // iteration converge fast. The result must satisfy Av = λv with ‖v‖ = 1, and λ must be MathNet's
    // eigenvalue of largest magnitude.
    public void Dominant_matches_the_oracle_and_satisfies_Av_equals_lambda_v([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = SpectralGapMatrix(data, out _);
        var expected = Oracle.SymmetricEigenvalues(a).MaxBy(Math.Abs);

        var pair = PowerIteration.Dominant(a);

        pair.Value.Should().BeApproximately(expected, Tolerance.Default);
        Oracle.ToVector(pair.Vector).L2Norm().Should().BeApproximately(1, Tolerance.Tight);
        (Oracle.ToMatrix(a) * Oracle.ToVector(pair.Vector)).Should().BeApproximately(Oracle.ToVector(pair.Vector) * pair.Value, Tolerance.Loose);
        pair.Vector.MaxBy(Math.Abs).Should().BePositive("the sign convention makes the largest-magnitude entry positive");
    }

    [Test, Order(12)]
    // The stopping test must be relative, ‖Ax − λx‖ ≤ tolerance·‖A‖_F: scaling A by c scales λ by c and leaves v
    // alone. At c = 1e200 ‖Ax‖² overflows unless norms are scaled. At c = 1e-6 an absolute test ‖Ax − λx‖ ≤ 1e-12
    // stops when v is still off by about 1e-12 / (λ₁ − λ₂) = 1e-12 / 2e-6 = 5e-7; the relative test gets v to ~1e-12.
    public void Dominant_works_at_any_scale([Values(1e200, 1e-6, 1e-200)] double scale)
    {
        var pair = PowerIteration.Dominant(new double[,] { { 2 * scale, scale }, { scale, 2 * scale } });

        pair.Value.Should().BeApproximately(3 * scale, Tolerance.RelativeOnly(1e-9));
        pair.Vector.Should().BeApproximately([1 / Math.Sqrt(2), 1 / Math.Sqrt(2)], Tolerance.AbsoluteOnly(1e-9));
    }

    [Test, Order(13)]
    // Every vector is an eigenvector of the zero matrix, with λ = 0: the residual ‖Ax − λx‖ is 0 at once.
    public void Dominant_of_the_zero_matrix_is_zero() =>
        PowerIteration.Dominant(new double[3, 3]).Value.Should().Be(0);

    [Test, Order(14)]
    // diag(1, −1) has two eigenvalues of the same size: A flips the second component each step, so xₖ
    // alternates between two directions forever. A rotation by 90° has eigenvalues ±i and no real direction
    // to converge to. Both must end in an honest report, not a wrong answer.
    public void Dominant_reports_when_there_is_no_single_dominant_eigenvalue()
    {
        FluentActions.Invoking(() => PowerIteration.Dominant(new double[,] { { 1, 0 }, { 0, -1 } }, maxIterations: 200))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        FluentActions.Invoking(() => PowerIteration.Dominant(new double[,] { { 0, -1 }, { 1, 0 } }, maxIterations: 200))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(15)]
    public void Dominant_rejects_bad_arguments()
    {
        var a = new double[,] { { 2, 1 }, { 1, 2 } };

        FluentActions.Invoking(() => PowerIteration.Dominant(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => PowerIteration.Dominant(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => PowerIteration.Dominant(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => PowerIteration.Dominant(a, maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PowerIteration.Dominant(a, tolerance: 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PowerIteration.Dominant(a, tolerance: double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(16)]
    // diag(1, −5, 3): by decreasing |λ| the eigenpairs are (−5, e₂), (3, e₃), (1, e₁). After finding (−5, e₂),
    // deflation subtracts −5·e₂e₂ᵀ, which zeroes that eigenvalue and leaves the others untouched.
    public void Top_finds_eigenpairs_in_order_of_decreasing_magnitude()
    {
        var pairs = PowerIteration.Top(new double[,] { { 1, 0, 0 }, { 0, -5, 0 }, { 0, 0, 3 } }, 3);

        pairs.Select(p => p.Value).Should().BeApproximately([-5, 3, 1], Tolerance.Default);
        pairs[0].Vector.Should().BeApproximately([0, 1, 0], Tolerance.Loose);
        pairs[1].Vector.Should().BeApproximately([0, 0, 1], Tolerance.Loose);
        pairs[2].Vector.Should().BeApproximately([1, 0, 0], Tolerance.Loose);
    }

    [Test, Order(17)]
    // The k values are MathNet's eigenvalues sorted by |λ|, largest first; each vector satisfies Av = λv,
    // and eigenvectors of a symmetric matrix for different eigenvalues are orthogonal.
    public void Top_matches_the_oracle_and_returns_orthonormal_eigenvectors([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = SpectralGapMatrix(data, out var n);
        var k = data.Random.NextInt(1, n + 1);
        var expected = Oracle.SymmetricEigenvalues(a).OrderByDescending(Math.Abs).Take(k);

        var pairs = PowerIteration.Top(a, k);

        pairs.Should().HaveCount(k);
        pairs.Select(p => p.Value).Should().BeApproximately(expected, Tolerance.Default);
        var vectors = Matrix<double>.Build.DenseOfColumnArrays(pairs.Select(p => p.Vector));
        vectors.Should().HaveOrthonormalColumns(Tolerance.Loose);
        (Oracle.ToMatrix(a) * vectors).Should().BeApproximately(vectors * Matrix<double>.Build.DenseOfDiagonalArray(pairs.Select(p => p.Value).ToArray()), Tolerance.Loose);
    }

    [Test, Order(18)]
    public void Top_rejects_non_symmetric_matrices_and_impossible_counts()
    {
        var a = new double[,] { { 2, 1 }, { 1, 2 } };

        FluentActions.Invoking(() => PowerIteration.Top(new double[,] { { 2, 1 }, { 1.001, 2 } }, 1)).Should().Throw<ArgumentException>().WithMessage("*not symmetric*");
        FluentActions.Invoking(() => PowerIteration.Top(new double[2, 3], 1)).Should().Throw<ArgumentException>().WithMessage("*square*").WithParameterName("symmetric");
        FluentActions.Invoking(() => PowerIteration.Top(a, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PowerIteration.Top(a, 3)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(19)]
    // Symmetric is judged relative to the entries: a product QΛQᵀ with eigenvalues in the millions is symmetric only
    // up to rounding (about 1e-10 absolute) and must be accepted. The zero matrix is symmetric too: two zero eigenpairs.
    public void Top_accepts_rounding_level_asymmetry_and_the_zero_matrix()
    {
        var q = Oracle.ToMatrix(new TestData(4).Orthogonal(4));
        var a = (q * Matrix<double>.Build.DenseOfDiagonalArray([8e6, -4e6, 2e6, 1e6]) * q.Transpose()).ToArray();

        PowerIteration.Top(a, 2).Select(p => p.Value).Should().BeApproximately([8e6, -4e6], Tolerance.Default);
        PowerIteration.Top(new double[2, 2], 2).Select(p => p.Value).Should().Equal(0, 0);
    }

    [Test, Order(20)]
    // Deflation must work on a copy: the caller's matrix is not the algorithm's scratch space.
    public void Top_leaves_its_input_alone()
    {
        var a = new double[,] { { 4, 1, 0 }, { 1, 3, 1 }, { 0, 1, 1 } };
        var copy = (double[,])a.Clone();

        PowerIteration.Top(a, 2);

        a.Should().BeApproximately(copy, Tolerance.AbsoluteOnly(0));
    }

    /// <summary>Q·diag(λ)·Qᵀ for random orthogonal Q, mirrored so it is exactly symmetric.</summary>
    private static double[,] SymmetricWithSpectrum(double[,] q, double[] values)
    {
        var n = values.Length;
        var a = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i; j < n; j++)
            {
                a[i, j] = Enumerable.Range(0, n).Sum(k => q[i, k] * values[k] * q[j, k]);
                a[j, i] = a[i, j];
            }
        }
        return a;
    }

    /// <summary>A random symmetric n×n matrix (3 ≤ n ≤ 6) with eigenvalues ±16, ±8, ±4, …: each |λ| is twice the next.</summary>
    private static double[,] SpectralGapMatrix(TestData data, out int n)
    {
        n = data.Random.NextInt(3, 7);
        var values = Enumerable.Range(0, n).Select(i => (data.Random.NextDouble() < 0.5 ? -16.0 : 16.0) / (1 << i)).ToArray();
        return SymmetricWithSpectrum(data.Orthogonal(n), values);
    }
}
