using MathForML.Verification;
using MathNet.Numerics.Distributions;

namespace MathForML.Probability.Tests;

/// <summary>
/// The multivariate normal: the Cholesky factor, the log-density (against MathNet's determinant and inverse, and in
/// 200 dimensions where the determinant itself under- or overflows), sampling x = μ + Lz checked by its sample moments,
/// and the marginal and conditional of a bivariate normal.
/// </summary>
/// <remarks>
/// Plausible wrong implementations these tests catch:
/// ln det Σ as Math.Log of the determinant: 0 or ∞ in 200 dimensions (order 5);
/// ln det Σ = Σᵢ ln Lᵢᵢ, forgetting that det Σ = (det L)² (order 3);
/// sampling x = μ + Lᵀz, whose covariance is LᵀL ≠ Σ (order 6);
/// the conditional variance Σ₁₁ − Σ₁₂/Σ₂₂ instead of Σ₁₁ − Σ₁₂²/Σ₂₂ (order 8);
/// a marginal or conditional that reads its entries without validating μ and Σ, accepting a zero pivot (order 10);
/// an absolute symmetry tolerance of 1e-12 (order 11);
/// x = μ − Lz, or a fresh Box–Muller pair for every entry: the right distribution, but not the lesson's draws (order 12).
/// </remarks>
public class MultivariateNormalTests
{
    private static readonly double[,] Sigma2 = { { 4, 2 }, { 2, 3 } };
    private static readonly double[,] Sigma3 = { { 4, 1.2, -0.8 }, { 1.2, 2, 0.5 }, { -0.8, 0.5, 1 } };

    [Test, Order(1)]
    // Σ = [[4, 2], [2, 3]]: L₁₁ = √4 = 2, L₂₁ = 2/2 = 1, L₂₂ = √(3 − 1²) = √2. det Σ = 12 − 4 = 8 = (2·√2)².
    // At x − μ = (2, 1): L y = (2, 1) gives y = (1, 0), so (x − μ)ᵀΣ⁻¹(x − μ) = 1 and ln N = −½(2 ln 2π + ln 8 + 1).
    // N(0, I₂) at its mean: −½·2 ln 2π = −ln 2π.
    public void A_two_dimensional_example_by_hand()
    {
        MultivariateNormal.Cholesky(Sigma2).Should().BeApproximately(new double[,] { { 2, 0 }, { 1, Math.Sqrt(2) } }, Tolerance.Tight);
        MultivariateNormal.LogDensity([3, 3], [1, 2], Sigma2).Should().BeApproximately(-0.5 * ((2 * Math.Log(2 * Math.PI)) + Math.Log(8) + 1), Tolerance.Tight);
        MultivariateNormal.LogDensity([0, 0], [0, 0], new double[,] { { 1, 0 }, { 0, 1 } }).Should().BeApproximately(-Math.Log(2 * Math.PI), Tolerance.Tight);
    }

    [Test, Order(2)]
    // L is lower triangular with a positive diagonal and LLᵀ = Σ; MathNet's Cholesky factor is the oracle.
    public void Cholesky_factors_a_positive_definite_matrix([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var sigma = data.Spd(data.Random.NextInt(1, 7));

        var l = MultivariateNormal.Cholesky(sigma);

        l.Should().BeLowerTriangular();
        l.Should().BeApproximately(Oracle.ToMatrix(sigma).Cholesky().Factor.ToArray(), Tolerance.Default);
        (Oracle.ToMatrix(l) * Oracle.ToMatrix(l).Transpose()).ToArray().Should().BeApproximately(sigma, Tolerance.Default);
    }

    [Test, Order(3)]
    // ln N(x; μ, Σ) = −½(d ln 2π + ln det Σ + (x − μ)ᵀΣ⁻¹(x − μ)), with MathNet's determinant and inverse as the oracle,
    // in 1 to 6 dimensions; in one dimension it is MathNet's Normal.PDFLn.
    public void LogDensity_matches_the_formula_with_MathNet_algebra([Range(1, 6)] int seed)
    {
        var data = new TestData(seed);
        var d = data.Random.NextInt(1, 7);
        var (sigma, mean, x) = (data.Spd(d), data.Vector(d, -2, 2), data.Vector(d, -2, 2));
        var diff = Oracle.ToVector(x) - Oracle.ToVector(mean);
        var quadratic = diff * (Oracle.ToMatrix(Oracle.Inverse(sigma)) * diff);
        var expected = -0.5 * ((d * Math.Log(2 * Math.PI)) + Math.Log(Oracle.Determinant(sigma)) + quadratic);

        MultivariateNormal.LogDensity(x, mean, sigma).Should().BeApproximately(expected, Tolerance.Default);
        MultivariateNormal.LogDensity([x[0]], [mean[0]], new double[,] { { sigma[0, 0] } })
            .Should().BeApproximately(Normal.PDFLn(mean[0], Math.Sqrt(sigma[0, 0]), x[0]), Tolerance.Tight);
    }

    [Test, Order(4)]
    // A diagonal Σ means independent components: the log-density is the sum of the 1-D normal log-densities.
    public void A_diagonal_covariance_gives_independent_components([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var (variances, mean, x) = (data.Vector(4, 0.1, 5), data.Vector(4, -2, 2), data.Vector(4, -3, 3));
        var sigma = new double[4, 4];
        for (var i = 0; i < 4; i++)
        {
            sigma[i, i] = variances[i];
        }

        MultivariateNormal.LogDensity(x, mean, sigma).Should()
            .BeApproximately(Enumerable.Range(0, 4).Sum(i => Normal.PDFLn(mean[i], Math.Sqrt(variances[i]), x[i])), Tolerance.Tight);
    }

    [Test, Order(5)]
    // 200 dimensions, Σ = c·I: det Σ = c²⁰⁰ is 10⁻⁶⁰⁰ (0 in a double) for c = 10⁻³ and 10⁶⁰⁰ (∞) for c = 10³, but
    // ln det Σ = 200 ln c is an ordinary number, and at x = μ the log-density is −½·200·(ln 2π + ln c).
    public void The_log_density_is_finite_where_the_determinant_is_not([Values(1e-3, 1e3)] double c)
    {
        const int d = 200;
        var sigma = new double[d, d];
        for (var i = 0; i < d; i++)
        {
            sigma[i, i] = c;
        }

        var mean = new TestData(1).Vector(d);

        MultivariateNormal.LogDensity(mean, mean, sigma).Should().BeApproximately(-0.5 * d * (Math.Log(2 * Math.PI) + Math.Log(c)), Tolerance.Tight);
    }

    [Test, Order(6)]
    // 20 000 draws of N(μ, Σ) from a seeded System.Random. Sample means: standard error √(Σᵢᵢ/n) ≤ √(4/20 000) ≈ 0.014;
    // sample covariances (your CovarianceMatrices.Covariance): standard error √((ΣᵢᵢΣⱼⱼ + Σᵢⱼ²)/n). Allowing 5 standard
    // errors, a false failure has probability < 1e-6 per entry, and the seed is fixed. LᵀL differs from Σ by far more.
    public void Samples_have_the_requested_mean_and_covariance([Range(1, 3)] int seed)
    {
        const int n = 20_000;
        double[] mean = [1, -2, 0.5];

        var samples = MultivariateNormal.Sample(mean, Sigma3, n, new Random(seed));

        samples.Should().HaveCount(n);
        var data = new double[n, 3];
        for (var s = 0; s < n; s++)
        {
            samples[s].Should().HaveCount(3);
            for (var j = 0; j < 3; j++)
            {
                data[s, j] = samples[s][j];
            }
        }

        var covariance = CovarianceMatrices.Covariance(data);
        for (var j = 0; j < 3; j++)
        {
            samples.Average(x => x[j]).Should().BeApproximately(mean[j], Tolerance.AbsoluteOnly(5 * Math.Sqrt(Sigma3[j, j] / n)), "the mean of component {0}", j);
            for (var k = 0; k < 3; k++)
            {
                var standardError = Math.Sqrt(((Sigma3[j, j] * Sigma3[k, k]) + (Sigma3[j, k] * Sigma3[j, k])) / n);
                covariance[j, k].Should().BeApproximately(Sigma3[j, k], Tolerance.AbsoluteOnly(5 * standardError), "Σ[{0}, {1}]", j, k);
            }
        }
    }

    [Test, Order(7)]
    // The same seed gives the same draws; the marginal of component i is N(μᵢ, Σᵢᵢ).
    public void Sampling_is_reproducible_and_marginals_are_read_off()
    {
        double[] mean = [1, -2, 0.5];

        var first = MultivariateNormal.Sample(mean, Sigma3, 5, new Random(42));
        var again = MultivariateNormal.Sample(mean, Sigma3, 5, new Random(42));

        again.Zip(first).Should().OnlyContain(pair => pair.First.SequenceEqual(pair.Second));
        MultivariateNormal.Marginal(mean, Sigma3, 1).Should().Be((-2.0, 2.0));
        MultivariateNormal.Marginal(mean, Sigma3, 2).Should().Be((0.5, 1.0));
    }

    [Test, Order(8)]
    // μ = (1, 2), Σ = [[4, 2], [2, 3]], observed x₂ = 5: mean 1 + (2/3)(5 − 2) = 3, variance 4 − 2²/3 = 8/3.
    // In general the conditional density is the joint divided by the marginal: ln p(x₁ | x₂) = ln p(x₁, x₂) − ln p(x₂),
    // checked with your LogDensity and MathNet's 1-D normal at seeded points. Knowing x₂ never increases the variance,
    // and a nearly perfect correlation leaves almost none.
    public void The_conditional_of_a_bivariate_normal([Range(1, 5)] int seed)
    {
        var random = new TestData(seed).Random;
        double[] mean = [1, 2];
        var (x1, x2) = (random.Uniform(-3, 5), random.Uniform(-2, 6));

        var (m, v) = MultivariateNormal.ConditionalBivariate(mean, Sigma2, x2);
        var worked = MultivariateNormal.ConditionalBivariate(mean, Sigma2, 5);

        worked.Mean.Should().BeApproximately(3, Tolerance.Tight);
        worked.Variance.Should().BeApproximately(8.0 / 3, Tolerance.Tight);
        (MultivariateNormal.LogDensity([x1, x2], mean, Sigma2) - Normal.PDFLn(2, Math.Sqrt(3), x2))
            .Should().BeApproximately(Normal.PDFLn(m, Math.Sqrt(v), x1), Tolerance.Default);
        v.Should().BeLessThanOrEqualTo(Sigma2[0, 0]);
        MultivariateNormal.ConditionalBivariate(mean, new double[,] { { 1, 0.999999 }, { 0.999999, 1 } }, 3).Variance.Should().BeLessThan(1e-5);
        MultivariateNormal.ConditionalBivariate(mean, new double[,] { { 4, 0 }, { 0, 3 } }, x2).Should().Be((1.0, 4.0));
    }

    [Test, Order(9)]
    // Σ must be square, fit μ, be symmetric and positive definite ([[1, 2], [2, 1]] has eigenvalues 3 and −1).
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => MultivariateNormal.Cholesky(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MultivariateNormal.Cholesky(new double[,] { { 1, 2 }, { 2, 1 } })).Should().Throw<ArgumentException>().WithMessage("*positive definite*");
        FluentActions.Invoking(() => MultivariateNormal.Cholesky(new double[,] { { 2, 1 }, { 0, 2 } })).Should().Throw<ArgumentException>().WithMessage("*symmetric*");
        FluentActions.Invoking(() => MultivariateNormal.Cholesky(new double[2, 3])).Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => MultivariateNormal.LogDensity([1, 2], [1, 2, 3], Sigma2)).Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => MultivariateNormal.LogDensity([1], [1, 2], Sigma2)).Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => MultivariateNormal.LogDensity([1, double.NaN], [1, 2], Sigma2)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => MultivariateNormal.LogDensity([], [], new double[0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MultivariateNormal.Sample([1, 2], Sigma2, 0, new Random(1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MultivariateNormal.Sample([1, 2], Sigma2, 3, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MultivariateNormal.Marginal([1, 2], Sigma2, 2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MultivariateNormal.ConditionalBivariate([1, 2, 3], Sigma3, 1)).Should().Throw<ArgumentException>().WithMessage("*2*");
        FluentActions.Invoking(() => MultivariateNormal.ConditionalBivariate([1, 2], Sigma2, double.NaN)).Should().Throw<ArgumentException>().WithMessage("*finite*");
    }

    [Test, Order(10)]
    // Every function checks all of μ and Σ, even the ones that only read an entry or two: null arguments, an empty μ,
    // a μ with a NaN, a Σ that does not fit μ, a singular Σ ([[1, 1], [1, 1]]: the second pivot is 1 − 1² = 0, and
    // positive definite means every pivot > 0), and an index below 0.
    public void Every_function_validates_the_whole_distribution()
    {
        double[,] singular = { { 1, 1 }, { 1, 1 } };
        FluentActions.Invoking(() => MultivariateNormal.Cholesky(singular)).Should().Throw<ArgumentException>().WithMessage("*positive definite*");
        FluentActions.Invoking(() => MultivariateNormal.LogDensity(null!, [1, 2], Sigma2)).Should().Throw<ArgumentNullException>().WithParameterName("x");
        FluentActions.Invoking(() => MultivariateNormal.LogDensity([1, 2], null!, Sigma2)).Should().Throw<ArgumentNullException>().WithParameterName("mean");
        FluentActions.Invoking(() => MultivariateNormal.LogDensity([1, 2], [1, 2], null!)).Should().Throw<ArgumentNullException>().WithParameterName("covariance");
        FluentActions.Invoking(() => MultivariateNormal.LogDensity([], [], Sigma2)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MultivariateNormal.LogDensity([1, 2], [1, double.NaN], Sigma2)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => MultivariateNormal.LogDensity([1, 2, 3], [1, 2, 3], Sigma2)).Should().Throw<ArgumentException>().WithMessage("*shape*");
        FluentActions.Invoking(() => MultivariateNormal.Marginal([1, 2], singular, 0)).Should().Throw<ArgumentException>().WithMessage("*positive definite*");
        FluentActions.Invoking(() => MultivariateNormal.Marginal([1, 2], Sigma2, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MultivariateNormal.ConditionalBivariate(null!, Sigma2, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MultivariateNormal.ConditionalBivariate([1, 2], singular, 1)).Should().Throw<ArgumentException>().WithMessage("*positive definite*");
    }

    [Test, Order(11)]
    // "Symmetric to 1e-12 relative": entries of size 2·10⁶ that differ by 10⁻⁷ (5·10⁻¹⁴ relative, the rounding left by
    // computing Σ) are symmetric; L is then 1000 times the factor of [[4, 2], [2, 3]].
    public void Symmetry_is_relative_to_the_size_of_the_entries()
    {
        var sigma = new double[,] { { 4e6, 2e6 }, { 2e6 + 1e-7, 3e6 } };

        MultivariateNormal.Cholesky(sigma).Should().BeApproximately(new double[,] { { 2000, 0 }, { 1000, 1000 * Math.Sqrt(2) } }, Tolerance.Default);
    }

    [Test, Order(12)]
    // The lesson's Box–Muller, draw by draw: u₁ = 1 − NextDouble(), then u₂ = NextDouble(), give z₁ = √(−2 ln u₁) cos 2πu₂
    // and z₂ = √(−2 ln u₁) sin 2πu₂ (the second kept for the next entry), and x = μ + Lz with L = [[2, 0], [1, √2]]:
    // x = (μ₁ + 2z₁, μ₂ + z₁ + √2 z₂). Each 2-D draw uses one pair; μ − Lz, or a fresh pair per entry, has the same
    // distribution but not these draws.
    public void Draws_follow_the_Box_Muller_recipe_of_the_lesson()
    {
        double[] mean = [1, 2];
        var uniforms = new Random(7);

        var samples = MultivariateNormal.Sample(mean, Sigma2, 2, new Random(7));

        for (var s = 0; s < 2; s++)
        {
            var (u1, u2) = (1 - uniforms.NextDouble(), uniforms.NextDouble());
            var radius = Math.Sqrt(-2 * Math.Log(u1));
            var (z1, z2) = (radius * Math.Cos(2 * Math.PI * u2), radius * Math.Sin(2 * Math.PI * u2));
            samples[s].Should().BeApproximately([1 + (2 * z1), 2 + z1 + (Math.Sqrt(2) * z2)], Tolerance.Tight, "draw {0}", s);
        }
    }
}
