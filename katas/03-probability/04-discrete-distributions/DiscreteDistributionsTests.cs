using MathForML.Verification;
using MathNet.Numerics.Distributions;

namespace MathForML.Probability.Tests;

/// <summary>
/// PMFs and CDFs of five discrete distributions, checked by hand, against MathNet.Numerics.Distributions on seeded
/// parameters, and by their defining properties (a PMF sums to 1, a CDF is the running sum of the PMF).
/// </summary>
/// <remarks>
/// Plausible wrong implementations these tests catch:
/// the binomial PMF as Combinations(n, k)·pᵏ(1 − p)ⁿ⁻ᵏ in plain arithmetic: C(10 000, 5000) is +∞ and pᵏ is 0, so NaN (order 6);
/// the Poisson PMF as Math.Pow(λ, k)·e^−λ / Factorial(k): ∞/∞ at k = λ = 1000 (order 6);
/// k ln p with ln 0 = −∞ and 0·(−∞) = NaN at p = 0 or 1 (order 7);
/// a CDF that sums j &lt; k instead of j ≤ k (order 4);
/// the geometric distribution counting failures before the first success, (1 − p)ᵏ p from k = 0 (order 5);
/// a CDF that returns 0 or 1 before checking its parameters (order 10);
/// n = 0 trials rejected; 1 − (1 − p)ᵏ for negative k; a categorical CDF that sums up to the last category (order 11).
/// </remarks>
public class DiscreteDistributionsTests
{
    // The PMF oracle tolerance: both sides work in logarithms, whose rounding (≈ 1e-16 × |ln P| ≲ 1e-13) becomes a
    // relative error of P itself; 1e-10 relative leaves room, and the tiny absolute part keeps values near 1e-300 honest.
    private static readonly Tolerance PmfTolerance = new(1e-300, 1e-10);

    [Test, Order(1)]
    // Bernoulli(0.3): P(1) = 0.3, P(0) = 0.7. Binomial(4, ½): P(2) = C(4, 2)/2⁴ = 6/16. Geometric(½): P(3) = ½·½·½ = 1/8
    // (two failures, then a success). Poisson(2): P(0) = e⁻², P(2) = 2²e⁻²/2! = 2e⁻². Categorical(0.2, 0.5, 0.3):
    // P(1) = 0.5, P(X ≤ 1) = 0.7.
    public void Small_cases_by_hand()
    {
        DiscreteDistributions.BernoulliPmf(1, 0.3).Should().BeApproximately(0.3, Tolerance.Tight);
        DiscreteDistributions.BernoulliPmf(0, 0.3).Should().BeApproximately(0.7, Tolerance.Tight);
        DiscreteDistributions.BinomialPmf(2, 4, 0.5).Should().BeApproximately(0.375, Tolerance.Tight);
        DiscreteDistributions.GeometricPmf(3, 0.5).Should().BeApproximately(0.125, Tolerance.Tight);
        DiscreteDistributions.PoissonPmf(0, 2).Should().BeApproximately(Math.Exp(-2), Tolerance.Tight);
        DiscreteDistributions.PoissonPmf(2, 2).Should().BeApproximately(2 * Math.Exp(-2), Tolerance.Tight);
        DiscreteDistributions.CategoricalPmf(1, [0.2, 0.5, 0.3]).Should().BeApproximately(0.5, Tolerance.Tight);
        DiscreteDistributions.CategoricalCdf(1, [0.2, 0.5, 0.3]).Should().BeApproximately(0.7, Tolerance.Tight);
    }

    [Test, Order(2)]
    // MathNet is the oracle for every PMF, at every k of the support (and a little beyond), on seeded parameters.
    public void PMFs_match_MathNet([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 80);
        var p = data.Random.Uniform(0.02, 0.98);
        var lambda = data.Random.Uniform(0.1, 30);
        var pi = data.ProbabilityVector(6);

        for (var k = -1; k <= n + 1; k++)
        {
            DiscreteDistributions.BinomialPmf(k, n, p).Should().BeApproximately(k < 0 || k > n ? 0 : Binomial.PMF(p, n, k), PmfTolerance, "binomial k = {0}", k);
        }

        for (var k = 0; k <= 80; k++)
        {
            DiscreteDistributions.BernoulliPmf(k, p).Should().BeApproximately(k > 1 ? 0 : Bernoulli.PMF(p, k), PmfTolerance, "Bernoulli k = {0}", k);
            DiscreteDistributions.PoissonPmf(k, lambda).Should().BeApproximately(Poisson.PMF(lambda, k), PmfTolerance, "Poisson k = {0}", k);
            DiscreteDistributions.GeometricPmf(k, p).Should().BeApproximately(k == 0 ? 0 : Geometric.PMF(p, k), PmfTolerance, "geometric k = {0}", k);
            DiscreteDistributions.CategoricalPmf(k, pi).Should().BeApproximately(k < 6 ? Categorical.PMF(pi, k) : 0, PmfTolerance, "categorical k = {0}", k);
        }
    }

    [Test, Order(3)]
    // Some value must occur: Σₖ P(X = k) = 1. The binomial and categorical sums are finite; the Poisson and geometric
    // sums are cut where the tail is negligible (λ ≤ 30: P(X > 200) < 1e-80; p ≥ 0.02: P(X > 3000) = 0.98³⁰⁰⁰ < 1e-26).
    public void PMFs_sum_to_one([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 200);
        var p = data.Random.Uniform(0.02, 0.98);
        var lambda = data.Random.Uniform(0.1, 30);
        var pi = data.ProbabilityVector(7);

        Enumerable.Range(0, n + 1).Sum(k => DiscreteDistributions.BinomialPmf(k, n, p)).Should().BeApproximately(1, Tolerance.Tight);
        Enumerable.Range(0, 201).Sum(k => DiscreteDistributions.PoissonPmf(k, lambda)).Should().BeApproximately(1, Tolerance.Tight);
        Enumerable.Range(1, 3000).Sum(k => DiscreteDistributions.GeometricPmf(k, p)).Should().BeApproximately(1, Tolerance.Tight);
        Enumerable.Range(0, 7).Sum(k => DiscreteDistributions.CategoricalPmf(k, pi)).Should().BeApproximately(1, Tolerance.Tight);
    }

    [Test, Order(4)]
    // P(X ≤ k) includes k itself: the CDF at k minus the CDF at k − 1 is the PMF at k. MathNet's CDFs are the oracle
    // (the binomial one through the incomplete beta function, so 1e-9 rather than 1e-12).
    public void CDFs_are_running_sums_of_the_PMF([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(2, 60);
        var k = data.Random.NextInt(0, n);
        var p = data.Random.Uniform(0.05, 0.95);
        var lambda = data.Random.Uniform(0.5, 20);
        var pi = data.ProbabilityVector(5);
        var c = data.Random.NextInt(0, 4);

        DiscreteDistributions.BinomialCdf(k, n, p).Should().BeApproximately(Binomial.CDF(p, n, k), Tolerance.Default);
        (DiscreteDistributions.BinomialCdf(k, n, p) - DiscreteDistributions.BinomialCdf(k - 1, n, p)).Should().BeApproximately(DiscreteDistributions.BinomialPmf(k, n, p), Tolerance.Tight);
        DiscreteDistributions.PoissonCdf(k, lambda).Should().BeApproximately(Poisson.CDF(lambda, k), Tolerance.Default);
        DiscreteDistributions.GeometricCdf(k + 1, p).Should().BeApproximately(Geometric.CDF(p, k + 1), Tolerance.Tight);
        (DiscreteDistributions.GeometricCdf(k + 1, p) - DiscreteDistributions.GeometricCdf(k, p)).Should().BeApproximately(DiscreteDistributions.GeometricPmf(k + 1, p), Tolerance.Tight);
        DiscreteDistributions.CategoricalCdf(c, pi).Should().BeApproximately(Categorical.CDF(pi, c), Tolerance.Tight);
        DiscreteDistributions.CategoricalCdf(c, pi).Should().BeApproximately(pi.Take(c + 1).Sum(), Tolerance.Tight);
    }

    [Test, Order(5)]
    // Outside the support: a PMF is 0, a CDF is 0 below and 1 above. The geometric variable counts trials, so it is at
    // least 1: P(X = 0) = 0, and its mean is Σ k P(X = k) = 1/p (counting failures instead would give (1 − p)/p).
    public void Outside_the_support_and_the_geometric_convention()
    {
        DiscreteDistributions.BinomialPmf(-1, 10, 0.3).Should().Be(0);
        DiscreteDistributions.BinomialPmf(11, 10, 0.3).Should().Be(0);
        DiscreteDistributions.BinomialCdf(-1, 10, 0.3).Should().Be(0);
        DiscreteDistributions.BinomialCdf(10, 10, 0.3).Should().Be(1);
        DiscreteDistributions.PoissonPmf(-3, 2).Should().Be(0);
        DiscreteDistributions.PoissonCdf(-1, 2).Should().Be(0);
        DiscreteDistributions.GeometricCdf(0, 0.4).Should().Be(0);
        DiscreteDistributions.CategoricalPmf(3, [0.2, 0.5, 0.3]).Should().Be(0);
        DiscreteDistributions.CategoricalCdf(-1, [0.2, 0.5, 0.3]).Should().Be(0);
        DiscreteDistributions.CategoricalCdf(5, [0.2, 0.5, 0.3]).Should().Be(1);
        DiscreteDistributions.GeometricPmf(0, 0.4).Should().Be(0);
        Enumerable.Range(1, 2000).Sum(k => k * DiscreteDistributions.GeometricPmf(k, 0.4)).Should().BeApproximately(1 / 0.4, Tolerance.Tight);
    }

    [Test, Order(6)]
    // Large counts: C(10 000, 5000) ≈ 10³⁰⁰⁸ and 2⁻¹⁰⁰⁰⁰ ≈ 10⁻³⁰¹⁰ are both outside a double, but their product
    // P(X = 5000) ≈ 0.008 is not. Poisson(1000) at k = 1000: 1000¹⁰⁰⁰ and 1000! overflow, P ≈ 0.0126 does not.
    // Also the far tail P(X = 0) of Binomial(10 000, ½) = 2⁻¹⁰⁰⁰⁰ underflows to exactly 0, as MathNet's does.
    public void Large_counts_stay_finite()
    {
        DiscreteDistributions.BinomialPmf(5000, 10_000, 0.5).Should().BeApproximately(Binomial.PMF(0.5, 10_000, 5000), PmfTolerance);
        DiscreteDistributions.BinomialPmf(3100, 10_000, 0.3).Should().BeApproximately(Binomial.PMF(0.3, 10_000, 3100), PmfTolerance);
        DiscreteDistributions.PoissonPmf(1000, 1000).Should().BeApproximately(Poisson.PMF(1000, 1000), PmfTolerance);
        DiscreteDistributions.PoissonCdf(1000, 1000).Should().BeApproximately(Poisson.CDF(1000, 1000), Tolerance.Default);
        DiscreteDistributions.BinomialPmf(0, 10_000, 0.5).Should().Be(0);
    }

    [Test, Order(7)]
    // p = 0: no trial succeeds, so X = 0 surely; p = 1: every trial does, X = n surely. Here pᵏ with k = 0 is 1 even when
    // p = 0 (0⁰ = 1): a formula with k·ln p gives 0·(−∞) = NaN. Geometric(1): the first trial succeeds, P(X = 1) = 1.
    public void Degenerate_probabilities_give_certain_outcomes()
    {
        DiscreteDistributions.BinomialPmf(0, 12, 0).Should().Be(1);
        DiscreteDistributions.BinomialPmf(1, 12, 0).Should().Be(0);
        DiscreteDistributions.BinomialPmf(12, 12, 1).Should().Be(1);
        DiscreteDistributions.BinomialPmf(11, 12, 1).Should().Be(0);
        DiscreteDistributions.BinomialCdf(0, 12, 0).Should().Be(1);
        DiscreteDistributions.BernoulliPmf(0, 0).Should().Be(1);
        DiscreteDistributions.GeometricPmf(1, 1).Should().Be(1);
        DiscreteDistributions.GeometricPmf(2, 1).Should().Be(0);
        DiscreteDistributions.GeometricCdf(1, 1).Should().Be(1);
    }

    [Test, Order(8)]
    // Binomial mean Σ k P(X = k) = np; Poisson mean and variance both λ (sums over the support, seeded parameters).
    public void The_means_are_np_and_lambda([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var n = data.Random.NextInt(1, 100);
        var p = data.Random.Uniform(0.01, 0.99);
        var lambda = data.Random.Uniform(0.5, 20);

        Enumerable.Range(0, n + 1).Sum(k => k * DiscreteDistributions.BinomialPmf(k, n, p)).Should().BeApproximately(n * p, Tolerance.Default);
        var mean = Enumerable.Range(0, 200).Sum(k => k * DiscreteDistributions.PoissonPmf(k, lambda));
        mean.Should().BeApproximately(lambda, Tolerance.Default);
        Enumerable.Range(0, 200).Sum(k => (k - mean) * (k - mean) * DiscreteDistributions.PoissonPmf(k, lambda)).Should().BeApproximately(lambda, Tolerance.Default);
    }

    [Test, Order(9)]
    // Parameters outside their ranges, and categorical probabilities that are not a distribution.
    public void Bad_parameters_are_rejected()
    {
        FluentActions.Invoking(() => DiscreteDistributions.BernoulliPmf(1, 1.5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*probability*");
        FluentActions.Invoking(() => DiscreteDistributions.BinomialPmf(1, 5, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*probability*");
        FluentActions.Invoking(() => DiscreteDistributions.BinomialCdf(1, 5, -0.1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*probability*");
        FluentActions.Invoking(() => DiscreteDistributions.BinomialPmf(1, -5, 0.5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*");
        FluentActions.Invoking(() => DiscreteDistributions.BinomialCdf(1, -5, 0.5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*");
        FluentActions.Invoking(() => DiscreteDistributions.GeometricPmf(1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*probability*");
        FluentActions.Invoking(() => DiscreteDistributions.GeometricCdf(1, 1.2)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*probability*");
        FluentActions.Invoking(() => DiscreteDistributions.PoissonPmf(1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => DiscreteDistributions.PoissonCdf(1, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => DiscreteDistributions.CategoricalPmf(0, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => DiscreteDistributions.CategoricalPmf(0, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => DiscreteDistributions.CategoricalPmf(0, [0.5, 0.6])).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => DiscreteDistributions.CategoricalCdf(0, [1.5, -0.5])).Should().Throw<ArgumentException>().WithMessage("*negative*");
    }

    [Test, Order(10)]
    // Parameters are checked even where the answer needs no arithmetic (k ≥ n gives 1, k &lt; 0 gives 0).
    public void Parameters_are_checked_at_every_k()
    {
        FluentActions.Invoking(() => DiscreteDistributions.BinomialCdf(5, 3, 1.5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*probability*");
        FluentActions.Invoking(() => DiscreteDistributions.PoissonCdf(-1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
    }

    [Test, Order(11)]
    // Edges: Binomial(0, p) is the point mass at 0 (no trials, no successes), so P(X = 0) = P(X ≤ 0) = 1. The geometric
    // CDF is 0 for every k ≤ 0, also k = −2 (1 − (1 − p)⁻² would be −3 for p = ½). A categorical CDF is exactly 1 from
    // k = K − 1 on, even for probabilities that sum to 1 − 10⁻¹⁰ (allowed: within 1e-9).
    public void Edges_of_the_supports()
    {
        DiscreteDistributions.BinomialPmf(0, 0, 0.3).Should().Be(1);
        DiscreteDistributions.BinomialCdf(0, 0, 0.3).Should().Be(1);
        DiscreteDistributions.GeometricCdf(-2, 0.5).Should().Be(0);
        DiscreteDistributions.CategoricalCdf(2, [0.3, 0.3, 0.4 - 1e-10]).Should().Be(1);
    }
}
