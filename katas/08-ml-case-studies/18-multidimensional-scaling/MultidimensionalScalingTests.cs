using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// Classical MDS: double centring by hand and as the Gram matrix of the centred points, exact recovery of every
/// pairwise distance of seeded points in the plane (up to rounding; the coordinates only up to rotation and
/// reflection), rank and clamping for non-Euclidean input, and validation.
/// </summary>
/// <remarks>
/// Wrong implementations these tests kill: centring only the rows (B not symmetric, rows sum to 0 but columns do not);
/// a missing −½ (distances come out √2 times too long, or B negative); the eigenvalues taken in MathNet's ascending order
/// (the embedding uses the smallest, zero, eigenvalues); eigenvectors not scaled by √λ (all distances wrong); a
/// negative eigenvalue passed to Math.Sqrt (NaN coordinates for non-Euclidean distances); a symmetry check with no
/// tolerance, a tolerance not scaled by the largest entry (1e-9/largest), or one whose bound is exclusive (the
/// rounding test); a null matrix dereferenced instead of named.
/// </remarks>
public class MultidimensionalScalingTests
{
    [Test, Order(1)]
    // Three points on a line at 0, 1 and 3: D² = [0 1 9; 1 0 4; 9 4 0]. The centred positions are (−4/3, −1/3, 5/3), so
    // B = x·xᵀ: B[0, 0] = 16/9, B[0, 2] = −20/9, B[1, 1] = 1/9. Its only non-zero eigenvalue is ‖x‖² = 42/9, and the 1-D
    // embedding is ±x.
    public void Double_centring_and_embedding_by_hand()
    {
        var d2 = MultidimensionalScaling.SquaredDistances(new double[,] { { 0 }, { 1 }, { 3 } });
        double[] x = [-4.0 / 3, -1.0 / 3, 5.0 / 3];

        d2.Should().BeApproximately(new double[,] { { 0, 1, 9 }, { 1, 0, 4 }, { 9, 4, 0 } }, Tolerance.Tight);
        var b = MultidimensionalScaling.DoubleCenter(d2);
        b.Should().BeApproximately(Outer(x, x), Tolerance.Tight);
        var embedding = MultidimensionalScaling.Embed(d2, 1);
        var sign = Math.Sign(embedding[0, 0] * x[0]);
        Enumerable.Range(0, 3).Select(i => embedding[i, 0]).Should().BeApproximately([.. x.Select(v => sign * v)], Tolerance.Default);
    }

    [Test, Order(2)]
    // For Euclidean distances, −½·J·D²·J = X_c·X_cᵀ, the Gram matrix of the centred points X_c = J·X (each column's
    // mean subtracted): ‖xᵢ − xⱼ‖² = ‖xᵢ‖² + ‖xⱼ‖² − 2xᵢ·xⱼ, and centring cancels the first two terms. Seeded points in
    // 3-D; every row and column of B sums to 0.
    public void Double_centring_gives_the_Gram_matrix_of_the_centred_points([Range(1, 5)] int seed)
    {
        var points = new TestData(seed).Matrix(9, 3, -5, 5);
        var centred = Oracle.ToMatrix(points);
        var means = centred.ColumnSums() / 9;
        for (var i = 0; i < 9; i++)
        {
            centred.SetRow(i, centred.Row(i) - means);
        }

        var b = MultidimensionalScaling.DoubleCenter(MultidimensionalScaling.SquaredDistances(points));

        b.Should().BeApproximately(centred.TransposeAndMultiply(centred).ToArray(), Tolerance.Default);
        for (var i = 0; i < 9; i++)
        {
            Enumerable.Range(0, 9).Sum(j => b[i, j]).Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-10));
            Enumerable.Range(0, 9).Sum(j => b[j, i]).Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-10));
        }
    }

    [Test, Order(3)]
    // The guarantee: points in the plane, given only their distances, are recovered exactly — every pairwise distance
    // of the 2-D embedding equals the original (up to rounding: 1e-9 relative), though the coordinates themselves are
    // rotated, reflected and centred. Seeded sets of 12 points, coordinates up to 100 or shifted by 1e6.
    public void Points_in_the_plane_are_recovered_from_their_distances([Range(1, 5)] int seed, [Values(0.0, 1e6)] double offset)
    {
        var points = new TestData(seed).Matrix(12, 2, -100, 100);
        for (var i = 0; i < 12; i++)
        {
            points[i, 0] += offset;
        }

        var d2 = MultidimensionalScaling.SquaredDistances(points);
        var embedding = MultidimensionalScaling.Embed(d2, 2);

        MultidimensionalScaling.SquaredDistances(embedding).Should().BeApproximately(d2, new Tolerance(1e-9 * d2.Cast<double>().Max(), 1e-9));
        for (var c = 0; c < 2; c++)
        {
            Enumerable.Range(0, 12).Sum(i => embedding[i, c]).Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-7));
        }
    }

    [Test, Order(4)]
    // Planar points have a rank-2 Gram matrix: embedded in 3-D, the third coordinate is (numerically) 0 everywhere,
    // and the first column carries the most spread (the largest eigenvalue comes first).
    public void Extra_dimensions_of_planar_points_are_empty([Range(1, 3)] int seed)
    {
        var points = new TestData(seed).Matrix(10, 2, -10, 10);

        var embedding = MultidimensionalScaling.Embed(MultidimensionalScaling.SquaredDistances(points), 3);

        Enumerable.Range(0, 10).Should().OnlyContain(i => Math.Abs(embedding[i, 2]) < 1e-6);
        Enumerable.Range(0, 10).Sum(i => embedding[i, 0] * embedding[i, 0])
            .Should().BeGreaterThanOrEqualTo(Enumerable.Range(0, 10).Sum(i => embedding[i, 1] * embedding[i, 1]));
    }

    [Test, Order(5)]
    // Distances that no point set in any dimension has (four points with every pair at squared distance 1 except one pair
    // at 9: the triangle inequality fails, 3 > 1 + 1) give B a negative eigenvalue. It counts as 0: the embedding stays
    // finite, and the negative direction is simply dropped.
    public void Non_Euclidean_distances_give_finite_coordinates()
    {
        double[,] d2 = { { 0, 1, 1, 9 }, { 1, 0, 1, 1 }, { 1, 1, 0, 1 }, { 9, 1, 1, 0 } };

        Oracle.SymmetricEigenvalues(MultidimensionalScaling.DoubleCenter(d2)).Min().Should().BeLessThan(-0.1);
        MultidimensionalScaling.Embed(d2, 4).Cast<double>().Should().OnlyContain(v => double.IsFinite(v));
    }

    [Test, Order(6)]
    // A distance matrix must be square, symmetric, non-negative, with zeros on the diagonal; k must be 1 … n.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => MultidimensionalScaling.DoubleCenter(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*not square*");
        FluentActions.Invoking(() => MultidimensionalScaling.DoubleCenter(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MultidimensionalScaling.Embed(null!, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MultidimensionalScaling.DoubleCenter(new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MultidimensionalScaling.DoubleCenter(new double[,] { { 0, 1 }, { 2, 0 } })).Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        FluentActions.Invoking(() => MultidimensionalScaling.DoubleCenter(new double[,] { { 0, -1 }, { -1, 0 } })).Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => MultidimensionalScaling.DoubleCenter(new double[,] { { 1, 1 }, { 1, 0 } })).Should().Throw<ArgumentException>().WithMessage("*diagonal*");
        FluentActions.Invoking(() => MultidimensionalScaling.Embed(new double[,] { { 0, 1 }, { 1, 0 } }, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MultidimensionalScaling.Embed(new double[,] { { 0, 1 }, { 1, 0 } }, 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MultidimensionalScaling.SquaredDistances(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MultidimensionalScaling.SquaredDistances(new double[0, 2])).Should().Throw<ArgumentException>().WithMessage("*empty*");
    }

    [Test, Order(7)]
    // Symmetric "to within 1e-9 relative to the largest entry": |D²ᵢⱼ − D²ⱼᵢ| ≤ 1e-9·max D² is rounding, not an error.
    // Largest entry 10⁶: an asymmetry of 10⁻⁵ is accepted (B is then symmetrised by the centring formula only up to
    // that), an asymmetry of exactly 1e-9·1024 with largest entry 1024 is still within (the bound is inclusive), and
    // 10⁻² is refused.
    public void An_asymmetry_within_the_relative_tolerance_is_accepted_as_rounding()
    {
        const double large = 1e6;
        double[,] nearly = { { 0, large, 1 }, { large + 1e-5, 0, 1 }, { 1, 1, 0 } };
        FluentActions.Invoking(() => MultidimensionalScaling.DoubleCenter(nearly)).Should().NotThrow();

        const double largest = 1024;
        double[,] boundary = { { 0, largest, 0 }, { largest, 0, largest }, { 1e-9 * largest, largest, 0 } };
        FluentActions.Invoking(() => MultidimensionalScaling.DoubleCenter(boundary)).Should().NotThrow();

        nearly[1, 0] = large + 1e-2;
        FluentActions.Invoking(() => MultidimensionalScaling.DoubleCenter(nearly)).Should().Throw<ArgumentException>().WithMessage("*symmetric*");
    }

    private static double[,] Outer(double[] a, double[] b)
    {
        var result = new double[a.Length, b.Length];
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                result[i, j] = a[i] * b[j];
            }
        }

        return result;
    }
}
