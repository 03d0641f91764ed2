using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Gram–Schmidt turns independent columns into orthonormal ones with the same span, and keeps the
/// coefficients as R in A = QR. The classical and modified variants agree in exact arithmetic but not in
/// floating point: on nearly dependent columns only the modified one stays orthogonal.
/// </summary>
public class GramSchmidtTests
{
    [Test, Order(1)]
    // a₁ = (1, 2, 2): ‖a₁‖ = 3, q₁ = (1, 2, 2)/3.
    // a₂ = (3, 3, 0): q₁·a₂ = (3 + 6 + 0)/3 = 3, a₂ − 3q₁ = (2, 1, −2), whose length is 3, so q₂ = (2, 1, −2)/3.
    public void Classical_orthonormalises_a_hand_example()
    {
        var q = GramSchmidt.Classical(new double[,] { { 1, 3 }, { 2, 3 }, { 2, 0 } });

        q.Should().BeApproximately(new double[,] { { 1.0 / 3, 2.0 / 3 }, { 2.0 / 3, 1.0 / 3 }, { 2.0 / 3, -2.0 / 3 } }, Tolerance.Tight);
    }

    [Test, Order(2)]
    // QᵀQ = I (unit, mutually orthogonal columns) and QQᵀA = A: projecting A onto span(Q) changes nothing,
    // so the qⱼ span the same space as the aⱼ.
    public void Classical_columns_are_orthonormal_and_span_the_columns_of_A([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 7);
        var a = data.Matrix(n + data.Random.NextInt(0, 4), n);

        var q = Oracle.ToMatrix(GramSchmidt.Classical(a));

        q.Should().HaveShape(a.GetLength(0), n).And.HaveOrthonormalColumns(Tolerance.Default);
        (q * q.Transpose() * Oracle.ToMatrix(a)).Should().BeApproximately(a, Tolerance.Default);
    }

    [Test, Order(3)]
    // Column j is orthonormalised before column j + 1 is looked at, so qⱼ depends only on a₁ … aⱼ:
    // span(q₁ … qⱼ) = span(a₁ … aⱼ) for every j, which makes R upper triangular.
    public void Each_q_is_built_from_the_columns_up_to_its_own([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var a = data.Matrix(6, 4);
        var q = GramSchmidt.Classical(a);

        for (var j = 1; j <= 4; j++)
        {
            var leading = new double[6, j];
            for (var i = 0; i < 6; i++)
            {
                for (var k = 0; k < j; k++)
                {
                    leading[i, k] = a[i, k];
                }
            }
            GramSchmidt.Classical(leading).Should().BeApproximately(Oracle.ToMatrix(q).SubMatrix(0, 6, 0, j), Tolerance.Default, "for the first {0} columns", j);
        }
    }

    [Test, Order(4)]
    // a₃ = a₁ + a₂ lies in span(a₁, a₂): after removing its projections nothing but rounding noise is left,
    // and dividing noise by its length would invent a direction. A zero column has no direction at all.
    public void Classical_rejects_dependent_columns()
    {
        var dependent = new double[,] { { 300, -120, 180 }, { 50, 700, 750 }, { -410, 260, -150 }, { 90, 30, 120 } };
        var zeroColumn = new double[,] { { 1, 0 }, { 2, 0 }, { 3, 0 } };

        FluentActions.Invoking(() => GramSchmidt.Classical(dependent)).Should().Throw<ArgumentException>().WithMessage("*independent*");
        FluentActions.Invoking(() => GramSchmidt.Classical(zeroColumn)).Should().Throw<ArgumentException>().WithMessage("*independent*");
    }

    [Test, Order(5)]
    public void Classical_rejects_empty_and_wide_matrices()
    {
        FluentActions.Invoking(() => GramSchmidt.Classical(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GramSchmidt.Classical(new double[3, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        // Three columns in ℝ² can never be independent.
        FluentActions.Invoking(() => GramSchmidt.Classical(new double[,] { { 1, 0, 1 }, { 0, 1, 1 } })).Should().Throw<ArgumentException>().WithMessage("*rows*");
    }

    [Test, Order(6)]
    // In exact arithmetic rₖⱼ = qₖ·aⱼ (classical) and qₖ·(aⱼ − Σ_{i<k} rᵢⱼqᵢ) (modified) are equal, because qₖ is
    // orthogonal to the qᵢ already removed. On well-conditioned columns the two results agree to rounding.
    public void Modified_gives_the_same_basis_as_classical_on_well_conditioned_columns([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 7);
        var a = data.Matrix(n + data.Random.NextInt(0, 4), n);

        var modified = GramSchmidt.Modified(a);

        modified.Should().HaveOrthonormalColumns(Tolerance.Default);
        modified.Should().BeApproximately(GramSchmidt.Classical(a), Tolerance.Default);
    }

    [Test, Order(7)]
    // Läuchli's matrix, δ = 1e-8 (so 1 + δ² rounds to 1): columns (1, δ, 0, 0), (1, 0, δ, 0), (1, 0, 0, δ).
    // Classical: q₁ = (1, δ, 0, 0); both q₂ and q₃ subtract q₁ computed from the ORIGINAL column:
    //   q₂ = (0, −1, 1, 0)/√2, q₃ = (0, −1, 0, 1)/√2, so q₂·q₃ = 1/2 — not orthogonal at all.
    // Modified: q₃ also removes its q₂ component from what is left, giving (0, −1, −1, 2)/√6 and q₂·q₃ ≈ 7e-9 (measured).
    public void Classical_loses_orthogonality_on_the_Lauchli_matrix_and_modified_does_not()
    {
        const double Delta = 1e-8;
        var a = new double[,] { { 1, 1, 1 }, { Delta, 0, 0 }, { 0, Delta, 0 }, { 0, 0, Delta } };

        var classical = GramSchmidt.Classical(a);
        var modified = GramSchmidt.Modified(a);

        Dot(classical, 1, 2).Should().BeApproximately(0.5, Tolerance.Loose);
        modified.Should().HaveOrthonormalColumns(Tolerance.AbsoluteOnly(1e-7));
        Dot(modified, 1, 2).Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-7));
    }

    [Test, Order(8)]
    // The Hilbert matrix H₈ (κ ≈ 1.5e10) has nearly dependent columns. Loss of orthogonality max|QᵀQ − I|:
    // classical grows like ε·κ², modified like ε·κ. Measured: classical 1.0 (two columns parallel),
    // modified 4.4e-7. The test asks for a factor of at least 100 between them.
    public void Modified_stays_far_more_orthogonal_than_classical_on_the_Hilbert_matrix()
    {
        var h = TestData.Hilbert(8);

        var classicalLoss = LossOfOrthogonality(GramSchmidt.Classical(h));
        var modifiedLoss = LossOfOrthogonality(GramSchmidt.Modified(h));

        classicalLoss.Should().BeGreaterThan(0.1, "classical Gram–Schmidt squares the condition number");
        modifiedLoss.Should().BeLessThan(1e-5, "modified Gram–Schmidt loses orthogonality only in proportion to κ");
        (100 * modifiedLoss).Should().BeLessThan(classicalLoss);
    }

    [Test, Order(9)]
    public void Modified_rejects_dependent_columns_too()
    {
        var dependent = new double[,] { { 1, 2, 3 }, { 4, 5, 9 }, { 7, 8, 15 }, { 1, 1, 2 } };

        FluentActions.Invoking(() => GramSchmidt.Modified(dependent)).Should().Throw<ArgumentException>().WithMessage("*independent*");
        FluentActions.Invoking(() => GramSchmidt.Modified(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Test, Order(10)]
    // a₁ = (3, 4): r₁₁ = 5, q₁ = (0.6, 0.8). a₂ = (1, 2): r₁₂ = q₁·a₂ = 0.6 + 1.6 = 2.2,
    // a₂ − 2.2q₁ = (−0.32, 0.24), r₂₂ = 0.4, q₂ = (−0.8, 0.6). Check: QR = [[3, 1], [4, 2]].
    public void Qr_factorises_a_hand_example()
    {
        var (q, r) = GramSchmidt.Qr(new double[,] { { 3, 1 }, { 4, 2 } });

        q.Should().BeApproximately(new double[,] { { 0.6, -0.8 }, { 0.8, 0.6 } }, Tolerance.Tight);
        r.Should().BeApproximately(new double[,] { { 5, 2.2 }, { 0, 0.4 } }, Tolerance.Tight);
    }

    [Test, Order(11)]
    // A = QR with QᵀQ = I, R upper triangular and rⱼⱼ = ‖what is left of aⱼ‖ > 0.
    public void Qr_multiplies_back_to_A_with_orthonormal_Q_and_triangular_R([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 8);
        var m = n + data.Random.NextInt(0, 5);
        var a = data.Matrix(m, n, -5, 5);

        var (q, r) = GramSchmidt.Qr(a);

        q.Should().HaveShape(m, n).And.HaveOrthonormalColumns(Tolerance.Default);
        r.Should().HaveShape(n, n).And.BeUpperTriangular(Tolerance.Tight);
        Enumerable.Range(0, n).Select(j => r[j, j]).Should().AllSatisfy(d => d.Should().BePositive());
        (Oracle.ToMatrix(q) * Oracle.ToMatrix(r)).Should().BeApproximately(a, Tolerance.Default);
    }

    [Test, Order(12)]
    // The thin QR of a full-rank matrix is unique once diag(R) > 0. MathNet's Householder QR may pick negative
    // diagonal entries; flipping column j of its Q and row j of its R by sign(rⱼⱼ) must give our factors.
    public void Qr_agrees_with_MathNet_up_to_column_signs([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 7);
        var a = data.Matrix(n + data.Random.NextInt(0, 4), n);
        var reference = Oracle.ToMatrix(a).QR(QRMethod.Thin);
        var signs = Matrix<double>.Build.DenseOfDiagonalArray(
            Enumerable.Range(0, n).Select(j => reference.R[j, j] < 0 ? -1.0 : 1.0).ToArray());

        var (q, r) = GramSchmidt.Qr(a);

        q.Should().BeApproximately(reference.Q * signs, Tolerance.Default);
        r.Should().BeApproximately(signs * reference.R, Tolerance.Default);
    }

    [Test, Order(13)]
    // Scaling A by c scales R by c and leaves Q alone. With c = 1e200, ‖aⱼ‖² = 1e400 overflows:
    // a norm must scale before squaring. With c = 1e-200 the squares underflow to 0 instead.
    public void Qr_works_at_any_scale([Values(1e200, 1e-200)] double scale)
    {
        var a = new double[,] { { 3, 1 }, { 4, 2 } };
        var scaled = new double[,] { { 3 * scale, scale }, { 4 * scale, 2 * scale } };

        var (q, r) = GramSchmidt.Qr(scaled);

        q.Should().BeApproximately(GramSchmidt.Qr(a).Q, Tolerance.Tight);
        r.Should().BeApproximately(new double[,] { { 5 * scale, 2.2 * scale }, { 0, 0.4 * scale } }, Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(14)]
    // Qr is built on modified Gram–Schmidt, so it inherits its stability: on H₈ the Q factor stays orthogonal to
    // about 4e-7 (classical would give 1.0) and A = QR still holds to rounding.
    public void Qr_keeps_the_stability_of_modified_Gram_Schmidt()
    {
        var h = TestData.Hilbert(8);

        var (q, r) = GramSchmidt.Qr(h);

        LossOfOrthogonality(q).Should().BeLessThan(1e-5);
        (Oracle.ToMatrix(q) * Oracle.ToMatrix(r)).Should().BeApproximately(h, Tolerance.Tight);
    }

    [Test, Order(15)]
    public void Qr_rejects_dependent_columns_and_leaves_its_input_alone()
    {
        FluentActions.Invoking(() => GramSchmidt.Qr(new double[,] { { 1, 2 }, { 2, 4 }, { 3, 6 } })).Should().Throw<ArgumentException>().WithMessage("*independent*");
        FluentActions.Invoking(() => GramSchmidt.Qr(new double[,] { { 1, 2, 3 } })).Should().Throw<ArgumentException>().WithMessage("*rows*");

        var a = new double[,] { { 3, 1 }, { 4, 2 }, { 0, 5 } };
        var copy = (double[,])a.Clone();
        GramSchmidt.Qr(a);
        GramSchmidt.Classical(a);
        GramSchmidt.Modified(a);
        a.Should().BeApproximately(copy, Tolerance.AbsoluteOnly(0));
    }

    [Test, Order(16)]
    // Dependence is judged against each column's own length (‖v‖ ≤ m·ε·‖aⱼ‖), not against a fixed number or the largest
    // column. a₁ = (1, 0, 0), a₂ = (1e-20, 1e-20, 0): removing its q₁ part leaves (0, 1e-20, 0), all of a₂'s own size
    // over √2 — a new direction, q₂ = (0, 1, 0). "‖v‖ < 1e-10" or "‖v‖ ≤ m·ε·max‖aₖ‖" would call it dependent.
    // Scaling the whole matrix by 1e±200 changes nothing either (scale the norms, or the squares overflow and underflow).
    public void Dependence_is_judged_against_each_columns_own_length()
    {
        var a = new double[,] { { 1, 1e-20 }, { 0, 1e-20 }, { 0, 0 } };
        var q = new double[,] { { 1, 0 }, { 0, 1 }, { 0, 0 } };
        var b = new double[,] { { 1, 3 }, { 2, 3 }, { 2, 0 } };
        var bQ = new double[,] { { 1.0 / 3, 2.0 / 3 }, { 2.0 / 3, 1.0 / 3 }, { 2.0 / 3, -2.0 / 3 } };

        foreach (var (name, method) in new (string, Func<double[,], double[,]>)[] { ("Classical", GramSchmidt.Classical), ("Modified", GramSchmidt.Modified), ("Qr", x => GramSchmidt.Qr(x).Q) })
        {
            method(a).Should().BeApproximately(q, Tolerance.Tight, "{0} keeps the tiny second column", name);
            foreach (var scale in new[] { 1e-200, 1e200 })
            {
                method((Oracle.ToMatrix(b) * scale).ToArray()).Should().BeApproximately(bQ, Tolerance.Tight, "{0} on the hand example × {1}", name, scale);
            }
        }
    }

    private static double Dot(double[,] q, int j, int k) =>
        Enumerable.Range(0, q.GetLength(0)).Sum(i => q[i, j] * q[i, k]);

    private static double LossOfOrthogonality(double[,] q)
    {
        var m = Oracle.ToMatrix(q);
        return (m.Transpose() * m - Matrix<double>.Build.DenseIdentity(q.GetLength(1))).Enumerate().Max(Math.Abs);
    }
}
