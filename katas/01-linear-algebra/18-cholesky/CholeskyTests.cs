using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// A = LLᵀ for symmetric positive definite A: checked by multiplying back, by the shape of L, against MathNet, and by
/// the matrices it must refuse — non-symmetric, indefinite, and positive semi-definite but singular.
/// </summary>
public class CholeskyTests
{
    [Test, Order(1)]
    // [4 2; 2 5]: l₀₀ = √4 = 2, l₁₀ = 2/2 = 1, l₁₁ = √(5 − 1²) = 2, so L = [2 0; 1 2]. Check: LLᵀ = [4 2; 2 1 + 4].
    public void Cholesky_of_a_worked_2_by_2_example() =>
        Cholesky.Decompose(new double[,] { { 4, 2 }, { 2, 5 } })
            .Should().BeApproximately(new double[,] { { 2, 0 }, { 1, 2 } }, Tolerance.Tight);

    [Test, Order(2)]
    // [4 12 −16; 12 37 −43; −16 −43 98]: l₀₀ = 2, l₁₀ = 12/2 = 6, l₂₀ = −16/2 = −8, l₁₁ = √(37 − 36) = 1,
    // l₂₁ = (−43 − (−8)·6)/1 = 5, l₂₂ = √(98 − 64 − 25) = 3.
    public void Cholesky_of_a_worked_3_by_3_example() =>
        Cholesky.Decompose(new double[,] { { 4, 12, -16 }, { 12, 37, -43 }, { -16, -43, 98 } })
            .Should().BeApproximately(new double[,] { { 2, 0, 0 }, { 6, 1, 0 }, { -8, 5, 3 } }, Tolerance.Tight);

    [Test, Order(3)]
    // LLᵀ = A on random SPD matrices, and L is lower triangular with a positive diagonal.
    public void The_factor_multiplies_back_to_the_matrix([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 15);
        var a = data.Spd(n);

        var l = Cholesky.Decompose(a);

        l.Should().HaveShape(n, n).And.BeLowerTriangular(Tolerance.AbsoluteOnly(0));
        Enumerable.Range(0, n).Select(i => l[i, i]).Should().AllSatisfy(d => d.Should().BePositive());
        var factor = Oracle.ToMatrix(l);
        (factor * factor.Transpose()).Should().BeApproximately(a, Tolerance.Default);
    }

    [Test, Order(4)]
    // The Cholesky factor with positive diagonal is unique, so it must be MathNet's, entry for entry.
    public void The_factor_agrees_with_the_oracle([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.Spd(data.Random.NextInt(1, 15));

        Cholesky.Decompose(a).Should().BeApproximately(Oracle.ToMatrix(a).Cholesky().Factor, Tolerance.Default);
    }

    [Test, Order(5)]
    // Ax = b via Ly = b (forward substitution) and Lᵀx = y (back substitution): same answer as MathNet's LU solver.
    public void Solve_agrees_with_the_oracle([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 15);
        var a = data.Spd(n);
        var b = data.Vector(n, -5, 5);

        Cholesky.Solve(a, b).Should().BeApproximately(Oracle.Solve(a, b), Tolerance.Default);
    }

    [Test, Order(6)]
    // [4 2; 2 5]·x = (8, 9): Ly = b gives y = (8/2, (9 − 1·4)/2) = (4, 2.5); Lᵀx = y gives x₁ = 2.5/2 = 1.25,
    // x₀ = (4 − 1·1.25)/2 = 1.375. Check: 4·1.375 + 2·1.25 = 8 and 2·1.375 + 5·1.25 = 9.
    public void Solve_of_a_worked_example() =>
        Cholesky.Solve(new double[,] { { 4, 2 }, { 2, 5 } }, [8, 9]).Should().BeApproximately([1.375, 1.25], Tolerance.Tight);

    [Test, Order(7)]
    // The 8×8 Hilbert matrix is SPD but has κ ≈ 1.5e10: its last pivot is about 6e-9, small but clearly positive, and the
    // factorisation must still go through with LLᵀ = H to rounding level (Cholesky needs no pivoting to be stable).
    public void The_ill_conditioned_hilbert_matrix_still_factorises()
    {
        var h = TestData.Hilbert(8);

        var l = Oracle.ToMatrix(Cholesky.Decompose(h));

        (l * l.Transpose()).Should().BeApproximately(h, Tolerance.Tight);
        Cholesky.IsPositiveDefinite(h).Should().BeTrue();
    }

    [Test, Order(8)]
    // IsPositiveDefinite says yes to SPD matrices and to the identity, no to −I (xᵀ(−I)x = −‖x‖² < 0) and to the zero matrix.
    public void Is_positive_definite_of_simple_cases([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 10);
        var identity = Matrix<double>.Build.DenseIdentity(n);

        Cholesky.IsPositiveDefinite(data.Spd(n)).Should().BeTrue();
        Cholesky.IsPositiveDefinite(identity.ToArray()).Should().BeTrue();
        Cholesky.IsPositiveDefinite((-identity).ToArray()).Should().BeFalse();
        Cholesky.IsPositiveDefinite(new double[n, n]).Should().BeFalse();
        // The zero matrix is symmetric, so it fails for the other reason: its first pivot is 0.
        FluentActions.Invoking(() => Cholesky.Decompose(new double[n, n])).Should().Throw<ArgumentException>().WithMessage("*positive definite*");
    }

    [Test, Order(9)]
    // [1 2; 2 1] is symmetric but indefinite (eigenvalues 3 and −1; x = (1, −1) gives xᵀAx = −2): the second pivot is
    // 1 − 2² = −3 < 0, and a square root of it does not exist.
    public void A_symmetric_indefinite_matrix_is_rejected()
    {
        var a = new double[,] { { 1, 2 }, { 2, 1 } };

        FluentActions.Invoking(() => Cholesky.Decompose(a)).Should().Throw<ArgumentException>().WithMessage("*positive definite*");
        FluentActions.Invoking(() => Cholesky.Solve(a, [1, 1])).Should().Throw<ArgumentException>().WithMessage("*positive definite*");
        Cholesky.IsPositiveDefinite(a).Should().BeFalse();
    }

    [Test, Order(10)]
    // Shift a random SPD matrix down past its smallest eigenvalue: A − (λmin + 0.1)·I is symmetric with one eigenvalue
    // of −0.1, so some vector has xᵀAx < 0 and no square root of a pivot can rescue it.
    public void Random_symmetric_matrices_with_a_negative_eigenvalue_are_rejected([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 10);
        var spd = Oracle.ToMatrix(data.Spd(n));
        var smallest = Oracle.SymmetricEigenvalues(spd.ToArray())[0];
        var indefinite = (spd - Matrix<double>.Build.DenseIdentity(n) * (smallest + 0.1)).ToArray();

        FluentActions.Invoking(() => Cholesky.Decompose(indefinite)).Should().Throw<ArgumentException>().WithMessage("*positive definite*");
        Cholesky.IsPositiveDefinite(indefinite).Should().BeFalse();
    }

    [Test, Order(11)]
    // vvᵀ is positive SEMI-definite (xᵀvvᵀx = (v·x)² ≥ 0) but singular. With v = (1, 2, 3) the second pivot is exactly
    // 4 − 2² = 0, and √0 = 0 would make the next step divide by zero. With v = (0.7, 0.1) it is 0.01 − 0.1² rounded:
    // about +3.5e-18 — positive! "pivot > 0" would accept it; "pivot > n·ε·max|aᵢⱼ|" (≈ 2.2e-16 here) refuses it.
    public void A_rank_one_semi_definite_matrix_is_rejected()
    {
        foreach (var v in new[] { new double[] { 1, 2, 3 }, [0.7, 0.1] })
        {
            var a = new double[v.Length, v.Length];
            for (var i = 0; i < v.Length; i++)
            {
                for (var j = 0; j < v.Length; j++)
                {
                    a[i, j] = v[i] * v[j];
                }
            }

            var name = $"vvᵀ with v = ({string.Join(", ", v)})";
            FluentActions.Invoking(() => Cholesky.Decompose(a)).Should().Throw<ArgumentException>("{0} is only semi-definite", name).WithMessage("*positive definite*");
            Cholesky.IsPositiveDefinite(a).Should().BeFalse("{0} is only semi-definite", name);
        }
    }

    [Test, Order(12)]
    // The Gram matrix BᵀB of the r×n matrix B = [I | C] (r < n, C random) is PSD with rank r. Its first r pivots are 1 and
    // pivot r is, in exact arithmetic, Σₖ cₖᵣ² − Σₖ cₖᵣ² = 0; in floating point it is that difference rounded, a few ε at
    // most. (A generic Gram matrix can leave a larger residue when its leading block is ill-conditioned; this one cannot.)
    public void A_rank_deficient_gram_matrix_is_rejected([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(3, 9);
        var r = data.Random.NextInt(1, n);
        var b = new double[r, n];
        for (var k = 0; k < r; k++)
        {
            b[k, k] = 1;
            for (var j = r; j < n; j++)
            {
                b[k, j] = data.Random.Uniform(-2, 2);
            }
        }
        var gram = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                for (var k = 0; k < r; k++)
                {
                    gram[i, j] += b[k, i] * b[k, j];
                }
            }
        }

        FluentActions.Invoking(() => Cholesky.Decompose(gram)).Should().Throw<ArgumentException>().WithMessage("*positive definite*");
        Cholesky.IsPositiveDefinite(gram).Should().BeFalse();
    }

    [Test, Order(13)]
    // Cholesky reads only one triangle, so it must check symmetry first: [2 1; 0 2] is not symmetric (and not LLᵀ of anything).
    public void A_non_symmetric_matrix_is_rejected()
    {
        var a = new double[,] { { 2, 1 }, { 0, 2 } };

        FluentActions.Invoking(() => Cholesky.Decompose(a)).Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        Cholesky.IsPositiveDefinite(a).Should().BeFalse();
    }

    [Test, Order(14)]
    // Positive definiteness is scale-free: 1e-200·A and 1e200·A are SPD when A is, and L scales by 1e∓100.
    public void Decisions_do_not_depend_on_the_scale([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var a = Oracle.ToMatrix(data.Spd(data.Random.NextInt(2, 8)));
        var l = Oracle.ToMatrix(Cholesky.Decompose(a.ToArray()));

        (Oracle.ToMatrix(Cholesky.Decompose((a * 1e-200).ToArray())) * 1e100).Should().BeApproximately(l, Tolerance.Default);
        (Oracle.ToMatrix(Cholesky.Decompose((a * 1e200).ToArray())) * 1e-100).Should().BeApproximately(l, Tolerance.Default);
    }

    [Test, Order(15)]
    // The refusals are scale-free too. At c = 1e-200 or 1e-12 the asymmetry of c·[2 1; 0 2] is tiny in absolute terms but
    // as large as the entries, so it is not symmetric; at c = 1e12 or 1e200 the rounding-level pivot of the semi-definite
    // c·vvᵀ, v = (0.7, 0.1), is far above any fixed threshold such as 1e-10 but still ≤ n·ε·max|aᵢⱼ|, so it is refused.
    // And c·I is positive definite at every scale.
    public void Refusals_do_not_depend_on_the_scale([Values(1e-200, 1e-12, 1e12, 1e200)] double c)
    {
        var nonSymmetric = new double[,] { { 2 * c, c }, { 0, 2 * c } };
        var semiDefinite = new double[,] { { 0.7 * 0.7 * c, 0.7 * 0.1 * c }, { 0.1 * 0.7 * c, 0.1 * 0.1 * c } };

        FluentActions.Invoking(() => Cholesky.Decompose(nonSymmetric)).Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        Cholesky.IsPositiveDefinite(nonSymmetric).Should().BeFalse();
        FluentActions.Invoking(() => Cholesky.Decompose(semiDefinite)).Should().Throw<ArgumentException>().WithMessage("*positive definite*");
        Cholesky.IsPositiveDefinite(semiDefinite).Should().BeFalse();
        Cholesky.IsPositiveDefinite(new double[,] { { c, 0 }, { 0, c } }).Should().BeTrue();
    }

    [Test, Order(16)]
    public void Bad_shapes_are_rejected()
    {
        FluentActions.Invoking(() => Cholesky.Decompose(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => Cholesky.IsPositiveDefinite(new double[3, 2])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => Cholesky.Decompose(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Cholesky.Solve(new double[,] { { 4, 2 }, { 2, 5 } }, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Cholesky.Decompose(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Cholesky.Solve(new double[,] { { 1 } }, null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(17)]
    public void The_inputs_are_left_untouched()
    {
        var a = new double[,] { { 4, 2 }, { 2, 5 } };
        double[] b = [8, 9];

        Cholesky.Decompose(a);
        Cholesky.Solve(a, b);

        a.Should().BeApproximately(new double[,] { { 4, 2 }, { 2, 5 } }, Tolerance.AbsoluteOnly(0));
        b.Should().Equal(8, 9);
    }
}
