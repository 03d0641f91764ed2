using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// A = PDP⁻¹: in the basis of eigenvectors (the columns of P) A just scales each coordinate by an eigenvalue.
/// That turns Aᵏ into PDᵏP⁻¹ and any f(A) into Pf(D)P⁻¹ — a power or a function of n numbers.
/// </summary>
public class DiagonalizationTests
{
    [Test, Order(1)]
    // P = [[1, 1], [0, 1]], D = diag(2, 3), P⁻¹ = [[1, −1], [0, 1]].
    // PD = [[2, 3], [0, 3]]; PD·P⁻¹ = [[2, −2 + 3], [0, 3]] = [[2, 1], [0, 3]]:
    // upper triangular with the eigenvalues 2 and 3 on the diagonal, as it must be.
    public void Reconstruct_builds_P_D_P_inverse_for_a_hand_example() =>
        Diagonalization.Reconstruct(new double[,] { { 1, 1 }, { 0, 1 } }, [2, 3])
            .Should().BeApproximately(new double[,] { { 2, 1 }, { 0, 3 } }, Tolerance.Tight);

    [Test, Order(2)]
    // P = [[0, 1], [1, 1]] has p₁₁ = 0, so inverting it needs a row swap. P⁻¹ = [[−1, 1], [1, 0]],
    // D = diag(1, 2): PD = [[0, 2], [1, 2]], PD·P⁻¹ = [[2, 0], [1, 1]].
    public void Reconstruct_pivots_when_P_starts_with_a_zero() =>
        Diagonalization.Reconstruct(new double[,] { { 0, 1 }, { 1, 1 } }, [1, 2])
            .Should().BeApproximately(new double[,] { { 2, 0 }, { 1, 1 } }, Tolerance.Tight);

    [Test, Order(3)]
    // p₁₁ = 1e-20 is not zero, but dividing by it without a row swap makes 1e20-sized multipliers
    // and the result is wrong (or looks singular). Partial pivoting picks the 1 below instead.
    public void Reconstruct_pivots_on_a_tiny_leading_entry()
    {
        var p = new double[,] { { 1e-20, 1 }, { 1, 1 } };
        var d = new double[] { 3, -2 };
        var expected = Oracle.ToMatrix(p) * Matrix<double>.Build.DenseOfDiagonalArray(d) * Oracle.ToMatrix(Oracle.Inverse(p));

        Diagonalization.Reconstruct(p, d).Should().BeApproximately(expected, Tolerance.Default);
    }

    [Test, Order(4)]
    // The pivot is the entry of largest ABSOLUTE value: in P = [[1e-20, 1], [−1, 1]] it is −1, not the larger signed
    // value 1e-20 — which is negligible next to 1, so that choice calls an invertible P singular (or loses every digit).
    // P⁻¹ ≈ [[1, −1], [1, 1e-20]]; with D = diag(3, −2) that gives A ≈ [[−2, −5e-20], [−5, 3]] (check: A·(1, 1) ≈ −2·(1, 1)).
    public void Reconstruct_pivots_on_the_largest_absolute_value_even_when_it_is_negative()
    {
        var p = new double[,] { { 1e-20, 1 }, { -1, 1 } };
        var d = new double[] { 3, -2 };
        var expected = Oracle.ToMatrix(p) * Matrix<double>.Build.DenseOfDiagonalArray(d) * Oracle.ToMatrix(Oracle.Inverse(p));

        Diagonalization.Reconstruct(p, d).Should().BeApproximately(expected, Tolerance.Default);
    }

    [Test, Order(5)]
    // The defining property: A = PDP⁻¹ ⇔ AP = PD, i.e. A·pⱼ = dⱼ·pⱼ — each column of P is an eigenvector.
    public void Reconstruct_makes_the_columns_of_P_eigenvectors([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 7);
        var p = data.WithConditionNumber(n, n == 1 ? 1 : 10);
        var d = data.Vector(n, -3, 3);

        var a = Oracle.ToMatrix(Diagonalization.Reconstruct(p, d));

        (a * Oracle.ToMatrix(p)).Should().BeApproximately(Oracle.ToMatrix(p) * Matrix<double>.Build.DenseOfDiagonalArray(d), Tolerance.Default);
    }

    [Test, Order(6)]
    // With an orthogonal P = Q, P⁻¹ = Qᵀ and the result is the symmetric QΛQᵀ — the shape of every symmetric matrix.
    public void Reconstruct_with_an_orthogonal_P_gives_Q_Lambda_QT([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var q = data.Orthogonal(5);
        var values = data.Vector(5, -4, 4);
        var expected = Oracle.ToMatrix(q) * Matrix<double>.Build.DenseOfDiagonalArray(values) * Oracle.ToMatrix(q).Transpose();

        Diagonalization.Reconstruct(q, values).Should().BeApproximately(expected, Tolerance.Default);
    }

    [Test, Order(7)]
    public void Reconstruct_rejects_a_singular_P_and_mismatched_shapes()
    {
        // Dependent columns are not a basis of eigenvectors: P⁻¹ does not exist.
        FluentActions.Invoking(() => Diagonalization.Reconstruct(new double[,] { { 1, 2 }, { 2, 4 } }, [1, 2])).Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => Diagonalization.Reconstruct(new double[2, 2], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*singular*");
        // Columns c and 3c with c = 100·(0.1, 0.7), rounded: elimination leaves a pivot of about 1e-14 instead of 0.
        // Only a threshold relative to the entries (n·ε·max|pᵢⱼ| ≈ 9e-14) recognises it as zero.
        var c = new[] { 0.1, 0.7 };
        var nearlySingular = new double[,] { { c[0] * 100, 3 * c[0] * 100 }, { c[1] * 100, 3 * c[1] * 100 } };
        FluentActions.Invoking(() => Diagonalization.Reconstruct(nearlySingular, [1, 2])).Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => Diagonalization.Reconstruct(new double[,] { { 1, 0 }, { 0, 1 } }, [1, 2, 3])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => Diagonalization.Reconstruct(new double[2, 3], [1, 2])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => Diagonalization.Reconstruct(new double[0, 0], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Diagonalization.Reconstruct(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Diagonalization.Reconstruct(new double[1, 1], null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(8)]
    // Eigenvectors have no natural length: P·D·P⁻¹ is the same for cP, since (cP)D(cP)⁻¹ = PDP⁻¹. So "singular" must be
    // judged relative to the entries of P — c = 1e-12 or 1e-200 makes every entry tiny without making P any less invertible.
    public void Reconstruct_does_not_depend_on_the_length_of_the_eigenvectors([Values(1e-200, 1e-12, 1e12, 1e200)] double c, [Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 7);
        var p = data.WithConditionNumber(n, 10);
        var d = data.Vector(n, -3, 3);

        Diagonalization.Reconstruct((Oracle.ToMatrix(p) * c).ToArray(), d).Should().BeApproximately(Diagonalization.Reconstruct(p, d), Tolerance.Default);
    }

    [Test, Order(9)]
    // Fibonacci: [[1, 1], [1, 0]]ᵏ = [[Fₖ₊₁, Fₖ], [Fₖ, Fₖ₋₁]]. Its eigenvalues are φ = (1 + √5)/2 and −1/φ, so
    // Fₖ = (φᵏ − (−1/φ)ᵏ)/√5 (Binet). For k = 10: [[89, 55], [55, 34]]; up to k = 40, Fₖ rounds to the exact integer.
    public void Power_of_the_Fibonacci_matrix_gives_Fibonacci_numbers()
    {
        var m = new double[,] { { 1, 1 }, { 1, 0 } };

        Diagonalization.Power(m, 10).Should().BeApproximately(new double[,] { { 89, 55 }, { 55, 34 } }, Tolerance.Tight);
        long previous = 0, current = 1;
        for (var k = 1; k <= 40; k++)
        {
            Math.Round(Diagonalization.Power(m, k)[0, 1]).Should().Be(current, "F({0}) is an integer", k);
            (previous, current) = (current, previous + current);
        }
    }

    [Test, Order(10)]
    // QΛᵏQᵀ must agree with A·A·…·A (k factors, MathNet), and Aᵏ⁺ˡ = Aᵏ·Aˡ.
    public void Power_agrees_with_repeated_multiplication([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var a = data.Spd(4);
        var k = data.Random.NextInt(1, 7);
        var l = data.Random.NextInt(1, 4);

        var ak = Diagonalization.Power(a, k);

        ak.Should().BeApproximately(Oracle.ToMatrix(a).Power(k), Tolerance.Default);
        Diagonalization.Power(a, k + l).Should().BeApproximately(Oracle.ToMatrix(ak) * Oracle.ToMatrix(Diagonalization.Power(a, l)), Tolerance.Default);
    }

    [Test, Order(11)]
    // A⁰ = I for every A, even a singular one (λ⁰ = 1, including 0⁰ = 1 by convention); A¹ = A.
    public void Power_zero_is_the_identity_and_power_one_is_A()
    {
        var singular = new double[,] { { 1, 1 }, { 1, 1 } };
        var a = new double[,] { { 2, -1, 0 }, { -1, 3, 1 }, { 0, 1, -4 } };

        Diagonalization.Power(singular, 0).Should().BeApproximately(new double[,] { { 1, 0 }, { 0, 1 } }, Tolerance.Tight);
        Diagonalization.Power(a, 1).Should().BeApproximately(a, Tolerance.Tight);
    }

    [Test, Order(12)]
    // A⁻¹ = QΛ⁻¹Qᵀ: invert the eigenvalues. k = −1 must match the oracle's inverse, and A⁻² = (A⁻¹)².
    public void Negative_powers_invert_the_eigenvalues([Range(1, 5)] int seed)
    {
        var a = new TestData(seed).Spd(5);
        var inverse = Oracle.Inverse(a);

        Diagonalization.Power(a, -1).Should().BeApproximately(inverse, Tolerance.Default);
        Diagonalization.Power(a, -2).Should().BeApproximately(Oracle.ToMatrix(inverse) * Oracle.ToMatrix(inverse), Tolerance.Default);
    }

    [Test, Order(13)]
    // [[1, 1], [1, 1]] has λ = 0 and 2: 0⁻¹ does not exist. Neither does it for the zero matrix.
    public void Negative_powers_of_a_singular_matrix_are_rejected()
    {
        FluentActions.Invoking(() => Diagonalization.Power(new double[,] { { 1, 1 }, { 1, 1 } }, -1)).Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => Diagonalization.Power(new double[2, 2], -2)).Should().Throw<ArgumentException>().WithMessage("*singular*");
        FluentActions.Invoking(() => Diagonalization.Power(new double[,] { { 1, 2 }, { 3, 4 } }, 2)).Should().Throw<ArgumentException>().WithMessage("*symmetric*");
    }

    [Test, Order(14)]
    // uuᵀ has rank one: two of its eigenvalues are 0, computed as rounding noise (up to about 1e-14 here, not exactly 0).
    // "Singular" must be judged relative to the largest eigenvalue, min|λ| ≤ n·ε·max|λ|, or the noise gets inverted.
    public void Negative_powers_treat_rounding_noise_eigenvalues_as_zero([Range(1, 3)] int seed)
    {
        var u = new TestData(seed).Vector(3, -10, 10);
        var a = new double[3, 3];
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                a[i, j] = u[i] * u[j];
            }
        }

        FluentActions.Invoking(() => Diagonalization.Power(a, -1)).Should().Throw<ArgumentException>().WithMessage("*singular*");
    }

    [Test, Order(15)]
    // Invertibility is relative too: (cA)⁻¹ = A⁻¹/c for SPD A even at c = 1e-12, where every eigenvalue is below a fixed
    // threshold such as 1e-10; and the rank-one c·uuᵀ stays singular at c = 1e12, where its rounding-noise eigenvalues
    // (about 1e-14·c) are far above such a threshold.
    public void Negative_powers_judge_singularity_relative_to_the_largest_eigenvalue([Values(1e-12, 1e12)] double c, [Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var a = Oracle.ToMatrix(data.Spd(4));
        var u = Oracle.ToVector(data.Vector(3, -10, 10));
        var rankOne = (u.OuterProduct(u) * c).ToArray();

        (Oracle.ToMatrix(Diagonalization.Power((a * c).ToArray(), -1)) * c).Should().BeApproximately(Oracle.Inverse(a.ToArray()), Tolerance.Default);
        FluentActions.Invoking(() => Diagonalization.Power(rankOne, -1)).Should().Throw<ArgumentException>().WithMessage("*singular*");
    }

    [Test, Order(16)]
    // √A = Q·diag(√λ)·Qᵀ for SPD A (all λ > 0): it is symmetric positive definite and √A·√A = QΛQᵀ = A.
    public void Apply_square_root_gives_a_matrix_whose_square_is_A([Range(1, 5)] int seed)
    {
        var a = new TestData(seed).Spd(5);

        var root = Diagonalization.Apply(a, Math.Sqrt);

        root.Should().BeSymmetric(Tolerance.Tight).And.BePositiveDefinite();
        (Oracle.ToMatrix(root) * Oracle.ToMatrix(root)).Should().BeApproximately(a, Tolerance.Default);
    }

    [Test, Order(17)]
    // f(A) for a polynomial f is the same polynomial in A: x ↦ x³ must give A³, and x ↦ 1 gives I.
    // For a diagonal matrix Q = I, so f acts on the diagonal: exp(diag(1, 4)) = diag(e, e⁴).
    public void Apply_agrees_with_powers_and_acts_on_each_eigenvalue([Range(1, 3)] int seed)
    {
        var a = new TestData(seed).Spd(4);

        Diagonalization.Apply(a, x => x * x * x).Should().BeApproximately(Oracle.ToMatrix(a).Power(3), Tolerance.Default);
        Diagonalization.Apply(a, _ => 1).Should().BeApproximately(Matrix<double>.Build.DenseIdentity(4), Tolerance.Default);
        Diagonalization.Apply(new double[,] { { 1, 0 }, { 0, 4 } }, Math.Exp)
            .Should().BeApproximately(new double[,] { { Math.E, 0 }, { 0, Math.Exp(4) } }, Tolerance.Tight);
    }

    [Test, Order(18)]
    // [[0, 2], [2, 0]] has λ = 2 and −2: √−2 is not a real number, so the real square root of this matrix does not exist.
    public void Apply_rejects_a_function_undefined_at_an_eigenvalue()
    {
        FluentActions.Invoking(() => Diagonalization.Apply(new double[,] { { 0, 2 }, { 2, 0 } }, Math.Sqrt)).Should().Throw<ArgumentException>().WithMessage("*eigenvalue*");
        FluentActions.Invoking(() => Diagonalization.Apply(new double[,] { { 1, 0 }, { 0, 0 } }, x => 1 / x)).Should().Throw<ArgumentException>().WithMessage("*eigenvalue*");
        FluentActions.Invoking(() => Diagonalization.Apply(new double[,] { { 1, 0 }, { 0, 1 } }, null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(19)]
    public void Inputs_are_left_alone()
    {
        var p = new double[,] { { 0, 1 }, { 1, 1 } };
        var d = new double[] { 1, 2 };
        var a = new double[,] { { 2, 1 }, { 1, 3 } };
        var (pCopy, dCopy, aCopy) = ((double[,])p.Clone(), (double[])d.Clone(), (double[,])a.Clone());

        Diagonalization.Reconstruct(p, d);
        Diagonalization.Power(a, 3);
        Diagonalization.Apply(a, Math.Sqrt);

        p.Should().BeApproximately(pCopy, Tolerance.AbsoluteOnly(0));
        d.Should().Equal(dCopy);
        a.Should().BeApproximately(aCopy, Tolerance.AbsoluteOnly(0));
    }
}
