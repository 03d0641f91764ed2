using MathForML.Verification;

namespace MathForML.LinearAlgebra.Tests;

/// <summary>
/// Two roads to det A — the cofactor definition and the LU shortcut — checked against each other, against MathNet,
/// and against the rules every determinant obeys.
/// </summary>
public class DeterminantsTests
{
    [Test, Order(1)]
    // det [3 8; 4 6] = 3·6 − 8·4 = 18 − 32 = −14.
    public void Cofactors_of_a_2_by_2_matrix_give_ad_minus_bc() =>
        Determinants.ByCofactors(new double[,] { { 3, 8 }, { 4, 6 } }).Should().Be(-14);

    [Test, Order(2)]
    // Along the first row of [6 1 1; 4 −2 5; 2 8 7]:
    // 6·(−2·7 − 5·8) − 1·(4·7 − 5·2) + 1·(4·8 − (−2)·2) = 6·(−54) − 18 + 36 = −306. Note the alternating signs + − +.
    public void Cofactors_of_a_3_by_3_matrix_alternate_signs_along_the_first_row() =>
        Determinants.ByCofactors(new double[,] { { 6, 1, 1 }, { 4, -2, 5 }, { 2, 8, 7 } }).Should().Be(-306);

    [Test, Order(3)]
    // A 1×1 matrix [a] has determinant a: the end of the recursion.
    public void The_determinant_of_a_1_by_1_matrix_is_its_entry()
    {
        Determinants.ByCofactors(new double[,] { { -2.5 } }).Should().Be(-2.5);
        Determinants.ByLu(new double[,] { { -2.5 } }).Should().Be(-2.5);
    }

    [Test, Order(4)]
    // The LU road: the same worked examples, −14 and −306, from det A = det(P)·u₀₀·u₁₁·…
    public void By_lu_gives_the_same_worked_examples()
    {
        Determinants.ByLu(new double[,] { { 3, 8 }, { 4, 6 } }).Should().BeApproximately(-14, Tolerance.Tight);
        Determinants.ByLu(new double[,] { { 6, 1, 1 }, { 4, -2, 5 }, { 2, 8, 7 } }).Should().BeApproximately(-306, Tolerance.Tight);
    }

    [Test, Order(5)]
    // Swapping the two rows of the identity gives [0 1; 1 0], det = 0·0 − 1·1 = −1. LU needs one row swap here and
    // finds U = I: forgetting the permutation's sign would answer +1.
    public void By_lu_includes_the_sign_of_the_row_swaps()
    {
        Determinants.ByLu(new double[,] { { 0, 1 }, { 1, 0 } }).Should().Be(-1);
        Determinants.ByLu(new double[,] { { 0, 0, 2 }, { 0, 3, 0 }, { 4, 0, 0 } }).Should().BeApproximately(-24, Tolerance.Tight);
    }

    [Test, Order(6)]
    // Two completely different algorithms, one answer: cofactor expansion and LU agree on random matrices up to 6×6.
    public void Cofactors_and_lu_agree([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 7);
        var a = data.Matrix(n, n, -3, 3);

        Determinants.ByLu(a).Should().BeApproximately(Determinants.ByCofactors(a), Tolerance.Default);
    }

    [Test, Order(7)]
    // Against MathNet's determinant on random matrices up to 25×25.
    public void By_lu_agrees_with_the_oracle([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 26);
        var a = data.Matrix(n, n, -2, 2);

        Determinants.ByLu(a).Should().BeApproximately(Oracle.Determinant(a), Tolerance.Default);
    }

    [Test, Order(8)]
    // det(AB) = det(A)·det(B): the volume scale of "B then A" is the product of the two scales.
    public void The_determinant_of_a_product_is_the_product_of_the_determinants([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 7);
        var a = data.Matrix(n, n);
        var b = data.Matrix(n, n);
        var ab = (Oracle.ToMatrix(a) * Oracle.ToMatrix(b)).ToArray();

        Determinants.ByLu(ab).Should().BeApproximately(Determinants.ByLu(a) * Determinants.ByLu(b), Tolerance.Default);
        Determinants.ByCofactors(ab).Should().BeApproximately(Determinants.ByCofactors(a) * Determinants.ByCofactors(b), Tolerance.Default);
    }

    [Test, Order(9)]
    // det(Aᵀ) = det(A): rows and columns play the same role.
    public void Transposing_does_not_change_the_determinant([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 7);
        var a = data.Matrix(n, n);
        var transposed = Oracle.ToMatrix(a).Transpose().ToArray();

        Determinants.ByLu(transposed).Should().BeApproximately(Determinants.ByLu(a), Tolerance.Default);
        Determinants.ByCofactors(transposed).Should().BeApproximately(Determinants.ByCofactors(a), Tolerance.Default);
    }

    [Test, Order(10)]
    // Swapping two rows flips the orientation, so the determinant changes sign.
    public void Swapping_two_rows_flips_the_sign([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 7);
        var a = data.Matrix(n, n);
        var (r, s) = (data.Random.NextInt(n), data.Random.NextInt(n - 1));
        s = s >= r ? s + 1 : s;
        var swapped = (double[,])a.Clone();
        for (var j = 0; j < n; j++)
        {
            (swapped[r, j], swapped[s, j]) = (a[s, j], a[r, j]);
        }

        Determinants.ByLu(swapped).Should().BeApproximately(-Determinants.ByLu(a), Tolerance.Default);
        Determinants.ByCofactors(swapped).Should().BeApproximately(-Determinants.ByCofactors(a), Tolerance.Default);
    }

    [Test, Order(11)]
    // det(cA) = cⁿ det(A): scaling every one of the n rows by c scales the volume n times.
    public void Scaling_the_matrix_scales_the_determinant_by_c_to_the_n([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 7);
        var a = data.Matrix(n, n);
        var c = data.Random.Uniform(-3, 3);
        var scaled = (Oracle.ToMatrix(a) * c).ToArray();

        Determinants.ByLu(scaled).Should().BeApproximately(Math.Pow(c, n) * Determinants.ByLu(a), Tolerance.Default);
        Determinants.ByCofactors(scaled).Should().BeApproximately(Math.Pow(c, n) * Determinants.ByCofactors(a), Tolerance.Default);
    }

    [Test, Order(12)]
    // A small determinant is not a zero determinant: 10⁻⁶A has det = 10⁻⁶ⁿ·det A (10⁻¹² to 10⁻³⁶ here), which is as
    // far from singular as A itself. "Clean up" rules such as "|det| < 1e-10 means 0" destroy it; at c = 10⁶ the
    // determinant is huge and must come out just as exactly.
    public void Tiny_and_huge_determinants_keep_their_value([Values(1e-6, 1e6)] double c, [Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 7);
        var a = data.Matrix(n, n);
        var scaled = (Oracle.ToMatrix(a) * c).ToArray();
        var expected = Math.Pow(c, n) * Oracle.Determinant(a);

        Determinants.ByLu(scaled).Should().BeApproximately(expected, Tolerance.RelativeOnly(1e-9));
        Determinants.ByCofactors(scaled).Should().BeApproximately(expected, Tolerance.RelativeOnly(1e-9));
    }

    [Test, Order(13)]
    // For a triangular matrix every cofactor expansion collapses to one term: det = product of the diagonal.
    public void The_determinant_of_a_triangular_matrix_is_the_product_of_its_diagonal([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 7);
        var t = data.Matrix(n, n, -2, 2);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < i; j++)
            {
                t[i, j] = 0;
            }
        }
        var diagonal = Enumerable.Range(0, n).Aggregate(1.0, (product, i) => product * t[i, i]);

        Determinants.ByLu(t).Should().BeApproximately(diagonal, Tolerance.Default);
        Determinants.ByCofactors(t).Should().BeApproximately(diagonal, Tolerance.Default);
        var lower = Oracle.ToMatrix(t).Transpose().ToArray();
        Determinants.ByCofactors(lower).Should().BeApproximately(diagonal, Tolerance.Default);
    }

    [Test, Order(14)]
    // A singular matrix squashes space flat: det = 0. For LU that is a 0 on U's diagonal, and the answer is a number —
    // exactly 0 for [1 2; 2 4] and a zero column, and rounding-level for [1 2 3; 4 5 6; 7 8 9] — never an exception.
    public void Singular_matrices_have_determinant_zero()
    {
        Determinants.ByLu(new double[,] { { 1, 2 }, { 2, 4 } }).Should().Be(0);
        Determinants.ByLu(new double[,] { { 0, 1 }, { 0, 2 } }).Should().Be(0);
        Determinants.ByCofactors(new double[,] { { 1, 2 }, { 2, 4 } }).Should().Be(0);
        Determinants.ByLu(new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }).Should().BeApproximately(0, Tolerance.Tight);
        Determinants.ByCofactors(new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }).Should().Be(0);
    }

    [Test, Order(15)]
    // A random rank-deficient product (n×r times r×n, r < n) is singular: |det| is rounding noise, tiny next to ‖A‖ⁿ.
    public void Random_rank_deficient_matrices_have_a_determinant_at_rounding_level([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 7);
        var r = data.Random.NextInt(1, n);
        var a = (Oracle.ToMatrix(data.Matrix(n, r)) * Oracle.ToMatrix(data.Matrix(r, n))).ToArray();
        var volumeScale = Math.Pow(Oracle.ToMatrix(a).FrobeniusNorm(), n);

        Math.Abs(Determinants.ByLu(a)).Should().BeLessThan(1e-12 * volumeScale);
        Math.Abs(Determinants.ByCofactors(a)).Should().BeLessThan(1e-12 * volumeScale);
    }

    [Test, Order(16)]
    // Cofactor expansion of an n×n matrix makes n recursive calls of size n − 1: about n! products. 8! = 40 320 is fine,
    // 20! ≈ 2.4·10¹⁸ would never finish, so sizes above 8 are refused. LU handles them in about ⅔n³ flops.
    public void Cofactors_refuse_matrices_larger_than_8_by_8()
    {
        var nine = new TestData(1).Matrix(9, 9);

        FluentActions.Invoking(() => Determinants.ByCofactors(nine)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*too large*");
        Determinants.ByCofactors(new TestData(2).Matrix(8, 8)).Should().BeApproximately(Determinants.ByLu(new TestData(2).Matrix(8, 8)), Tolerance.Default);
        Determinants.ByLu(nine).Should().BeApproximately(Oracle.Determinant(nine), Tolerance.Default);
    }

    [Test, Order(17)]
    // Only a square matrix has a determinant.
    public void Bad_shapes_are_rejected()
    {
        FluentActions.Invoking(() => Determinants.ByCofactors(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => Determinants.ByLu(new double[3, 2])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => Determinants.ByCofactors(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Determinants.ByCofactors(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Determinants.ByLu(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(18)]
    public void Both_methods_leave_the_matrix_untouched()
    {
        var a = new double[,] { { 0, 2, 1 }, { 3, 1, 4 }, { 1, 5, 9 } };

        Determinants.ByCofactors(a);
        Determinants.ByLu(a);

        a.Should().BeApproximately(new double[,] { { 0, 2, 1 }, { 3, 1, 4 }, { 1, 5, 9 } }, Tolerance.AbsoluteOnly(0));
    }
}
