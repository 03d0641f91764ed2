using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// The PCA pipeline: centre, covariance, eigen-decomposition, projection, reconstruction, whitening. Wrong implementations
/// these tests catch: the population covariance (divide by n: 4.5 instead of 6 in the worked example); no centring (the
/// shifted worked example and the SVD comparison fail); the one-pass formula E[x²] − E[x]² (it loses every digit at an
/// offset of 10⁸); eigenvalues left in ascending order (MathNet returns them so); a sign convention other than
/// "largest entry positive"; a whitening cut-off λ &lt; 10⁻¹²·λ₁ instead of ≤ (or 10⁻¹²/λ₁), accepting a variance exactly at
/// it; null arguments dereferenced instead of named.
/// </summary>
public class PrincipalComponentsTests
{
    // Four points (3, 0), (−3, 0), (0, 1), (0, −1) shifted by (10, 20): the mean is (10, 20), the sample covariance
    // diag(18/3, 2/3) = diag(6, 2/3). So λ = (6, 2/3), components (1, 0) and (0, 1), ratios 6/(20/3) = 0.9 and 0.1.
    private static readonly double[,] Cross = { { 13, 20 }, { 7, 20 }, { 10, 21 }, { 10, 19 } };

    [Test, Order(1)]
    // Mean (10, 20); covariance diag(6, 2/3) with the n − 1 = 3 denominator.
    public void Mean_and_sample_covariance_of_four_points_by_hand()
    {
        PrincipalComponents.Mean(Cross).Should().BeApproximately([10, 20], Tolerance.Tight);
        PrincipalComponents.Covariance(Cross).Should().BeApproximately(new double[,] { { 6, 0 }, { 0, 2.0 / 3 } }, Tolerance.Tight);
    }

    [Test, Order(2)]
    // Values near 10⁸ with spread of order 1: the one-pass formula Σx²/n − x̄² subtracts two numbers near 10¹⁶ and keeps
    // nothing. Centring first (two passes) gives the same covariance as for the data without the offset.
    public void Covariance_is_unchanged_by_a_huge_offset([Range(1, 3)] int seed)
    {
        var x = new TestData(seed).Matrix(50, 3, -2, 2);
        var shifted = (double[,])x.Clone();
        for (var i = 0; i < 50; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                shifted[i, j] += 1e8;
            }
        }

        PrincipalComponents.Covariance(shifted).Should().BeApproximately(PrincipalComponents.Covariance(x), Tolerance.AbsoluteOnly(1e-6));
    }

    [Test, Order(3)]
    // The worked example's model: variances (6, 2/3) in decreasing order, components the axes, ratios (0.9, 0.1).
    public void Fit_finds_the_axes_of_the_cross_by_hand()
    {
        var model = PrincipalComponents.Fit(Cross);

        model.Mean.Should().BeApproximately([10, 20], Tolerance.Tight);
        model.Variances.Should().BeApproximately([6, 2.0 / 3], Tolerance.Tight);
        model.ExplainedVarianceRatio.Should().BeApproximately([0.9, 0.1], Tolerance.Tight);
        model.Components.Should().BeApproximately(new double[,] { { 1, 0 }, { 0, 1 } }, Tolerance.Tight);
    }

    [Test, Order(4)]
    // The SVD route as an oracle: the centred data Xc = UΣVᵀ (MathNet's SVD) has Xcᵀ Xc/(n − 1) = V·Σ²/(n − 1)·Vᵀ, so the
    // variances are σₖ²/(n − 1) and the components are the rows of Vᵀ up to sign. Also: the rows are orthonormal, the
    // ratios decrease and sum to 1, and each component's largest-magnitude entry is positive.
    public void Fit_agrees_with_MathNet_SVD_of_the_centred_data([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var d = data.Random.NextInt(2, 6);
        var x = Scaled(data.Matrix(40, d, -1, 1), data.Vector(d, 0.2, 5));
        var model = PrincipalComponents.Fit(x);
        var mean = model.Mean;
        var centred = Oracle.ToMatrix(x) - MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.Dense(40, d, (_, j) => mean[j]);
        var svd = centred.Svd(computeVectors: true);

        model.Variances.Should().BeApproximately([.. svd.S.Select(s => s * s / 39)], Tolerance.Default);
        model.ExplainedVarianceRatio.Sum().Should().BeApproximately(1, Tolerance.Tight);
        Oracle.ToMatrix(model.Components).Transpose().Should().HaveOrthonormalColumns();
        for (var k = 0; k < d; k++)
        {
            var row = Enumerable.Range(0, d).Select(j => model.Components[k, j]).ToArray();
            var v = svd.VT.Row(k).ToArray();
            var sign = Math.Sign(row.Zip(v, (a, b) => a * b).Sum());
            row.Should().BeApproximately([.. v.Select(a => sign * a)], Tolerance.Loose);
            row.MaxBy(Math.Abs).Should().BePositive();
            if (k > 0)
            {
                model.ExplainedVarianceRatio[k].Should().BeLessThanOrEqualTo(model.ExplainedVarianceRatio[k - 1]);
            }
        }
    }

    [Test, Order(5)]
    // Keeping all d components loses nothing: Reconstruct(Project(x, d)) = x. Keeping k, the squared reconstruction error
    // summed over the data is (n − 1)·(λₖ₊₁ + … + λ_d): exactly the variance of the directions left out.
    public void Reconstruction_error_is_the_variance_of_the_dropped_components([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = Scaled(data.Matrix(30, 4, -1, 1), [3, 2, 1, 0.5]);
        var model = PrincipalComponents.Fit(x);

        PrincipalComponents.Reconstruct(model, PrincipalComponents.Project(model, x, 4)).Should().BeApproximately(x, Tolerance.Default);
        for (var k = 1; k < 4; k++)
        {
            var back = PrincipalComponents.Reconstruct(model, PrincipalComponents.Project(model, x, k));
            var error = Enumerable.Range(0, 30).Sum(i => Enumerable.Range(0, 4).Sum(j => Math.Pow(x[i, j] - back[i, j], 2)));
            error.Should().BeApproximately(29 * model.Variances.Skip(k).Sum(), Tolerance.Default);
        }
    }

    [Test, Order(6)]
    // Whitened scores have sample covariance I: each component's scores divided by √λ have unit variance, and distinct
    // components are uncorrelated. The scores themselves have covariance diag(λ₁, …, λₖ).
    public void Whitened_scores_have_identity_covariance([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = Scaled(data.Matrix(60, 3, -1, 1), data.Vector(3, 0.5, 4));
        var model = PrincipalComponents.Fit(x);

        PrincipalComponents.Covariance(PrincipalComponents.Whiten(model, x, 3)).Should().BeApproximately(new double[,] { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } }, Tolerance.Default);
        var scores = PrincipalComponents.Covariance(PrincipalComponents.Project(model, x, 2));
        scores.Should().BeApproximately(new double[,] { { model.Variances[0], 0 }, { 0, model.Variances[1] } }, Tolerance.Default);
    }

    [Test, Order(7)]
    // Fisher's iris, four measurements in cm (covariance PCA, no standardising): the first component explains 92.46 % of
    // the variance and the first two 97.77 % (the values every PCA library reports for iris).
    public void On_iris_two_components_explain_almost_all_the_variance()
    {
        var model = PrincipalComponents.Fit(DataSets.Iris().Features);

        model.ExplainedVarianceRatio.Should().BeApproximately([0.92462, 0.05307, 0.01710, 0.00521], Tolerance.AbsoluteOnly(5e-5));
        (model.ExplainedVarianceRatio[0] + model.ExplainedVarianceRatio[1]).Should().BeApproximately(0.9777, Tolerance.AbsoluteOnly(5e-5));
    }

    [Test, Order(8)]
    // Points on a line in 3-D: one component carries all the variance and the others are rounding-level; whitening them
    // would divide by (nearly) zero and must be refused.
    public void Degenerate_data_have_zero_variance_components_that_cannot_be_whitened()
    {
        var x = new double[,] { { 1, 2, 3 }, { 2, 4, 6 }, { 3, 6, 9 }, { 4, 8, 12 } };
        var model = PrincipalComponents.Fit(x);

        model.ExplainedVarianceRatio[0].Should().BeApproximately(1, Tolerance.Tight);
        new[] { model.Components[0, 0], model.Components[0, 1], model.Components[0, 2] }
            .Should().BeApproximately([1 / Math.Sqrt(14), 2 / Math.Sqrt(14), 3 / Math.Sqrt(14)], Tolerance.Default);
        PrincipalComponents.Whiten(model, x, 1).Should().HaveShape(4, 1);
        FluentActions.Invoking(() => PrincipalComponents.Whiten(model, x, 2)).Should().Throw<ArgumentException>().WithMessage("*zero variance*");
    }

    [Test, Order(9)]
    // Too few samples, the wrong number of columns, k out of range, NaN, constant data.
    public void Bad_inputs_are_rejected_with_a_message_naming_the_problem()
    {
        var model = PrincipalComponents.Fit(Cross);
        FluentActions.Invoking(() => PrincipalComponents.Covariance(new double[,] { { 1, 2 } })).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => PrincipalComponents.Mean(new double[0, 2])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => PrincipalComponents.Fit(new double[,] { { 1, double.NaN }, { 2, 3 } })).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => PrincipalComponents.Fit(new double[,] { { 1, 1 }, { 1, 1 } })).Should().Throw<ArgumentException>().WithMessage("*variance*");
        FluentActions.Invoking(() => PrincipalComponents.Project(model, new double[,] { { 1, 2, 3 } }, 1)).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => PrincipalComponents.Project(model, Cross, 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PrincipalComponents.Project(model, Cross, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => PrincipalComponents.Reconstruct(model, new double[1, 3])).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => PrincipalComponents.Fit(null!)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(10)]
    // A null model, data or scores is named (not a NullReferenceException from inside).
    public void Null_arguments_are_rejected_naming_the_parameter()
    {
        var model = PrincipalComponents.Fit(Cross);
        FluentActions.Invoking(() => PrincipalComponents.Project(null!, Cross, 1)).Should().Throw<ArgumentNullException>().WithParameterName("model");
        FluentActions.Invoking(() => PrincipalComponents.Project(model, null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => PrincipalComponents.Reconstruct(null!, new double[1, 2])).Should().Throw<ArgumentNullException>().WithParameterName("model");
        FluentActions.Invoking(() => PrincipalComponents.Reconstruct(model, null!)).Should().Throw<ArgumentNullException>().WithParameterName("scores");
    }

    [Test, Order(11)]
    // The whitening cut-off is inclusive: a model (built by hand) with λ = (4, 4·10⁻¹²) has λ₂ exactly 10⁻¹²·λ₁, so it
    // must be refused; with λ₂ = 8·10⁻¹² it is kept, and the point (2, 0) whitens to (2/√4, 0) = (1, 0).
    public void A_variance_exactly_at_the_cut_off_cannot_be_whitened()
    {
        double[,] axes = { { 1, 0 }, { 0, 1 } };
        var atCutOff = new PcaModel([0, 0], axes, [4, 4 * 1e-12], [1, 1e-12]);
        var above = new PcaModel([0, 0], axes, [4, 8 * 1e-12], [1, 2e-12]);

        FluentActions.Invoking(() => PrincipalComponents.Whiten(atCutOff, new double[,] { { 2, 0 } }, 2)).Should().Throw<ArgumentException>().WithMessage("*zero variance*");
        PrincipalComponents.Whiten(above, new double[,] { { 2, 0 } }, 2).Should().BeApproximately(new double[,] { { 1, 0 } }, Tolerance.Tight);
    }

    private static double[,] Scaled(double[,] x, double[] scales)
    {
        for (var i = 0; i < x.GetLength(0); i++)
        {
            for (var j = 0; j < x.GetLength(1); j++)
            {
                x[i, j] *= scales[j];
            }
        }

        return x;
    }
}
