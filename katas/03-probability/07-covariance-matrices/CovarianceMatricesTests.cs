using MathForML.Verification;
using MathNet.Numerics.Statistics;

namespace MathForML.Probability.Tests;

/// <summary>
/// Covariance and correlation matrices: by hand, against MathNet, and by their properties — symmetric, positive
/// semi-definite, unit diagonal, entries in [−1, 1], invariant (or scaling as they should) under shifts and rescaling,
/// including data far from zero and variances whose products overflow.
/// </summary>
/// <remarks>
/// Plausible wrong implementations these tests catch:
/// dividing by n instead of n − 1 (order 2);
/// the one-pass E[XY] − E[X]E[Y], which cancels catastrophically for data near 10⁹ (order 5);
/// treating rows as variables and columns as samples (a 3 × 2 data set would give a 3 × 3 matrix; order 1);
/// √(ΣⱼⱼΣₖₖ) in the correlation, which overflows for variances of 10²⁰⁰ (order 6).
/// </remarks>
public class CovarianceMatricesTests
{
    // Three samples of (x, y): x = 1, 2, 3 and y = 2, 4, 7.
    private static readonly double[,] Small = { { 1, 2 }, { 2, 4 }, { 3, 7 } };

    [Test, Order(1)]
    // x̄ = 2, ȳ = 13/3; deviations dx = (−1, 0, 1), dy = (−7/3, −1/3, 8/3). Var x = 2/2 = 1,
    // Var y = (49 + 1 + 64)/9/2 = 57/9, Cov = (7/3 + 0 + 8/3)/2 = 5/2. Correlation 2.5/√(57/9) ≈ 0.9934.
    public void A_three_sample_example_by_hand()
    {
        CovarianceMatrices.Covariance(Small).Should().BeApproximately(new double[,] { { 1, 2.5 }, { 2.5, 57.0 / 9 } }, Tolerance.Tight);
        CovarianceMatrices.Correlation(Small)[0, 1].Should().BeApproximately(2.5 / Math.Sqrt(57.0 / 9), Tolerance.Tight);
    }

    [Test, Order(2)]
    // Entry [j, k] is the sample covariance of columns j and k (MathNet's Statistics.Covariance, n − 1), the diagonal
    // holds the sample variances, and the matrix is exactly symmetric.
    public void Covariance_matches_MathNet_and_is_symmetric([Range(1, 5)] int seed)
    {
        var data = new TestData(seed).Matrix(40, 4, -3, 3);
        var columns = Enumerable.Range(0, 4).Select(j => Enumerable.Range(0, 40).Select(i => data[i, j]).ToArray()).ToArray();

        var covariance = CovarianceMatrices.Covariance(data);

        covariance.Should().HaveShape(4, 4);
        for (var j = 0; j < 4; j++)
        {
            covariance[j, j].Should().BeApproximately(Moments.SampleVariance(columns[j]), Tolerance.Tight);
            for (var k = 0; k < 4; k++)
            {
                covariance[j, k].Should().BeApproximately(columns[j].Covariance(columns[k]), Tolerance.Tight);
                covariance[j, k].Should().Be(covariance[k, j]);
            }
        }
    }

    [Test, Order(3)]
    // Σ is positive semi-definite: vᵀΣv = sample variance of the projections vᵀxᵢ ≥ 0 for every v, so no eigenvalue is
    // negative (beyond rounding, 1e-12 of the largest). With fewer samples than variables (3 × 6) Σ has rank ≤ 2, and four
    // eigenvalues are 0 up to rounding — they must not come out clearly negative.
    public void Covariance_is_positive_semidefinite([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        foreach (var (n, d) in (ValueTuple<int, int>[])[(50, 5), (3, 6)])
        {
            var eigenvalues = Oracle.SymmetricEigenvalues(CovarianceMatrices.Covariance(data.Matrix(n, d, -2, 2)));

            eigenvalues[0].Should().BeGreaterThanOrEqualTo(-1e-12 * eigenvalues[^1], "n = {0}, d = {1}", n, d);
            if (n < d)
            {
                eigenvalues[d - n].Should().BeApproximately(0, Tolerance.AbsoluteOnly(1e-12 * eigenvalues[^1]));
            }
        }
    }

    [Test, Order(4)]
    // R has an exact unit diagonal, entries in [−1, 1], matches MathNet's Pearson correlation, and does not change when a
    // column is rescaled by a > 0 and shifted (a = 10⁻¹² or 10¹² included); a < 0 flips the signs of that column's row.
    public void Correlation_has_unit_diagonal_and_ignores_units([Range(1, 5)] int seed, [Values(1e-12, 3.0, 1e12)] double a)
    {
        var random = new TestData(seed);
        var data = random.Matrix(30, 3, -1, 1);
        for (var i = 0; i < 30; i++)
        {
            data[i, 2] += 0.8 * data[i, 0]; // make column 2 correlated with column 0
        }

        var correlation = CovarianceMatrices.Correlation(data);
        var rescaled = (double[,])data.Clone();
        for (var i = 0; i < 30; i++)
        {
            rescaled[i, 1] = (a * data[i, 1]) + (5 * a);
            rescaled[i, 2] = -a * data[i, 2];
        }

        var column = (int j) => Enumerable.Range(0, 30).Select(i => data[i, j]).ToArray();
        var after = CovarianceMatrices.Correlation(rescaled);
        for (var j = 0; j < 3; j++)
        {
            correlation[j, j].Should().Be(1);
            after[j, j].Should().Be(1);
        }

        correlation[0, 2].Should().BeApproximately(Correlation.Pearson(column(0), column(2)), Tolerance.Tight);
        correlation[0, 1].Should().BeInRange(-1, 1);
        after[0, 1].Should().BeApproximately(correlation[0, 1], Tolerance.Tight);
        after[0, 2].Should().BeApproximately(-correlation[0, 2], Tolerance.Tight);
        after[1, 2].Should().BeApproximately(-correlation[1, 2], Tolerance.Tight);
    }

    [Test, Order(5)]
    // Shifting every column by 10⁹ changes no covariance. E[XY] ≈ 10¹⁸ has a rounding spacing of 128, so E[XY] − E[X]E[Y]
    // is noise; products of deviations keep their digits (up to the mean's own error, ≈ 10⁹·ε: 1e-6 relative).
    public void Data_far_from_zero_keep_their_covariance([Range(1, 3)] int seed)
    {
        var data = new TestData(seed).Matrix(20, 3, -1, 1);
        var shifted = (double[,])data.Clone();
        for (var i = 0; i < 20; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                shifted[i, j] += 1e9;
            }
        }

        CovarianceMatrices.Covariance(shifted).Should().BeApproximately(CovarianceMatrices.Covariance(data), new Tolerance(1e-7, 1e-6));
    }

    [Test, Order(6)]
    // Perfectly linear columns (y = 2x + 1, z = −x) have correlations exactly ±1, never beyond (clamp the rounding).
    // Columns x, y scaled by 10¹⁰⁰ and by 10⁻¹⁰⁰ have variances near 10²⁰⁰ and 10⁻²⁰⁰: √(ΣⱼⱼΣₖₖ) is √∞ or √0 there, while
    // √Σⱼⱼ·√Σₖₖ is fine — and units never change a correlation, so every pair correlates as x and y do.
    public void Correlations_stay_in_range_at_extreme_scales([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var (x, y) = (data.Vector(25, -1, 1), data.Vector(25, -1, 1));
        var linear = new double[25, 3];
        var extreme = new double[25, 4];
        for (var i = 0; i < 25; i++)
        {
            (linear[i, 0], linear[i, 1], linear[i, 2]) = (x[i], (2 * x[i]) + 1, -x[i]);
            (extreme[i, 0], extreme[i, 1], extreme[i, 2], extreme[i, 3]) = (1e100 * x[i], 1e100 * y[i], 1e-100 * x[i], 1e-100 * y[i]);
        }

        var r = CovarianceMatrices.Correlation(linear);
        r[0, 1].Should().BeApproximately(1, Tolerance.Tight).And.BeLessThanOrEqualTo(1);
        r[0, 2].Should().BeApproximately(-1, Tolerance.Tight).And.BeGreaterThanOrEqualTo(-1);
        r[1, 2].Should().BeInRange(-1, 1);
        var pearson = Correlation.Pearson(x, y);
        var big = CovarianceMatrices.Correlation(extreme);
        big[0, 1].Should().BeApproximately(pearson, Tolerance.Tight);
        big[2, 3].Should().BeApproximately(pearson, Tolerance.Tight);
        big[0, 3].Should().BeApproximately(pearson, Tolerance.Tight);
    }

    [Test, Order(7)]
    // A constant column has zero variance: its covariances are 0, but its correlations are 0/0 — undefined, and said so.
    public void A_constant_column_has_no_correlation()
    {
        double[,] data = { { 1, 5 }, { 2, 5 }, { 4, 5 } };

        CovarianceMatrices.Covariance(data).Should().BeApproximately(new double[,] { { 7.0 / 3, 0 }, { 0, 0 } }, Tolerance.Tight);
        FluentActions.Invoking(() => CovarianceMatrices.Correlation(data)).Should().Throw<ArgumentException>().WithMessage("*zero variance*");
    }

    [Test, Order(8)]
    // Too few samples, no columns, non-finite data; a covariance matrix that is not square or not symmetric.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => CovarianceMatrices.Covariance(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CovarianceMatrices.Covariance(new double[,] { { 1, 2 } })).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => CovarianceMatrices.Covariance(new double[3, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => CovarianceMatrices.Correlation(new double[,] { { 1, 2 }, { double.NaN, 3 } })).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => CovarianceMatrices.CorrelationFromCovariance(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CovarianceMatrices.CorrelationFromCovariance(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => CovarianceMatrices.CorrelationFromCovariance(new double[,] { { 1, 0.5 }, { 0.2, 1 } })).Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        FluentActions.Invoking(() => CovarianceMatrices.CorrelationFromCovariance(new double[,] { { 1, 0 }, { 0, -1 } })).Should().Throw<ArgumentException>().WithMessage("*zero variance*");
        FluentActions.Invoking(() => CovarianceMatrices.Covariance(new double[,] { { 1, 2 }, { double.PositiveInfinity, 3 } })).Should().Throw<ArgumentException>().WithMessage("*finite*");
    }

    [Test, Order(9)]
    // Uncorrelated variables: Σ = diag(4, 9) has R = I (a covariance of exactly 0 is symmetric). Symmetry is relative:
    // covariances of size 2·10⁶ that differ by 10⁻⁷ (5·10⁻¹⁴ relative) are symmetric, and R₁₂ = 2·10⁶/(2000·3000) = ⅓.
    public void Zero_and_large_covariances_are_symmetric()
    {
        CovarianceMatrices.CorrelationFromCovariance(new double[,] { { 4, 0 }, { 0, 9 } }).Should().BeApproximately(new double[,] { { 1, 0 }, { 0, 1 } }, Tolerance.Tight);
        CovarianceMatrices.CorrelationFromCovariance(new double[,] { { 4e6, 2e6 }, { 2e6 + 1e-7, 9e6 } })
            .Should().BeApproximately(new double[,] { { 1, 1.0 / 3 }, { 1.0 / 3, 1 } }, Tolerance.Default);
    }
}
