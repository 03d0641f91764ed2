using MathForML.Verification;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace MathForML.Probability.Tests;

/// <summary>
/// Monte Carlo estimates and their errors. Wrong implementations these tests catch: the population standard
/// deviation (divisor n) in the standard error (the worked example), a standard error s/n instead of s/√n (it no
/// longer predicts the observed error), π̂ as the fraction of hits without the 4, and importance weights q/p instead
/// of p/q (biased by orders of magnitude on the rare event); the one-pass Σv² − n·v̄² in the standard error (off by
/// hundreds at an offset of 10⁹); null checks left to the delegates that happen to use the argument; a dart on the
/// circle counted as outside.
/// </summary>
public class MonteCarloTests
{
    /// <summary>P(X > 4) for X ~ N(0, 1), ≈ 3.167e-5, from the complementary error function (no cancellation in 1 − Φ).</summary>
    private static readonly double TailProbability = 0.5 * SpecialFunctions.Erfc(4 / Math.Sqrt(2));

    [Test, Order(1)]
    // "Draws" 1, 2, 3, 4 from a counter and f(x) = x²: values 1, 4, 9, 16, mean 7.5; sample variance
    // (6.5² + 3.5² + 1.5² + 8.5²)/3 = 129/3 = 43, so the standard error is √(43/4) ≈ 3.278719 (with divisor n it would
    // be √(32.25/4) ≈ 2.839).
    public void Expectation_worked_example()
    {
        var next = 0.0;

        var (estimate, standardError) = MonteCarlo.Expectation(new Random(1), _ => ++next, x => x * x, 4);

        estimate.Should().BeApproximately(7.5, Tolerance.Tight);
        standardError.Should().BeApproximately(Math.Sqrt(43.0 / 4), Tolerance.Tight);
    }

    [Test, Order(2)]
    // Every dart is recorded once, inside ones have x² + y² ≤ 1, and π̂ = 4·(inside)/(darts). With 100 000 darts the
    // standard error of π̂ is 4√(p(1 − p)/n) ≈ 0.0052 (p = π/4): π̂ is within 5 of those of π.
    public void Darts_estimate_pi([Range(1, 3)] int seed)
    {
        const int darts = 100_000;
        var (inside, outside) = (new List<double[]>(), new List<double[]>());

        var pi = MonteCarlo.EstimatePi(new Random(seed), darts, inside, outside);

        (inside.Count + outside.Count).Should().Be(darts);
        inside.Should().OnlyContain(p => (p[0] * p[0]) + (p[1] * p[1]) <= 1 && p[0] >= 0 && p[1] >= 0);
        outside.Should().OnlyContain(p => (p[0] * p[0]) + (p[1] * p[1]) > 1);
        pi.Should().BeApproximately(4.0 * inside.Count / darts, Tolerance.Tight);
        var p = Math.PI / 4;
        pi.Should().BeApproximately(Math.PI, Tolerance.AbsoluteOnly(5 * 4 * Math.Sqrt(p * (1 - p) / darts)));
    }

    [Test, Order(2)]
    // The quarter disc is closed: a dart with x² + y² = 1 exactly is inside. (0.6, 0.8) lands on the circle exactly in
    // double precision (0.36 + 0.64 = 1), so one such dart gives π̂ = 4; a dart just beyond it, at (0.6, 0.8 + 1e-15),
    // gives π̂ = 0. Counting the boundary as outside (x² + y² < 1) would get the first one wrong.
    public void A_dart_exactly_on_the_circle_counts_as_inside()
    {
        MonteCarlo.EstimatePi(new ChosenUniforms(0.6, 0.8), 1).Should().Be(4);
        MonteCarlo.EstimatePi(new ChosenUniforms(0.6, 0.8 + 1e-15), 1).Should().Be(0);
    }

    [Test, Order(3)]
    // The error shrinks like 1/√n: the root-mean-square error of π̂ over 40 runs at n = 100, 400, …, 25 600, fitted on
    // log–log axes, has slope −½. Each RMS has about 11 % relative noise (40 runs), so the fitted slope is within
    // ±0.1 of −½ with a wide margin.
    public void Error_shrinks_like_one_over_root_n()
    {
        var random = new Random(3);
        var ns = Enumerable.Range(0, 5).Select(k => 100 * (int)Math.Pow(4, k)).ToArray();
        var logN = ns.Select(n => Math.Log(n)).ToArray();
        var logRms = ns.Select(n => Math.Log(Math.Sqrt(Enumerable.Range(0, 40)
            .Select(_ => MonteCarlo.EstimatePi(random, n) - Math.PI).Average(e => e * e)))).ToArray();

        var (_, slope) = Fit.Line(logN, logRms);

        slope.Should().BeApproximately(-0.5, Tolerance.AbsoluteOnly(0.1));
    }

    [Test, Order(4)]
    // E[X²] = 1 for X ~ N(0, 1). With n = 20 000 the standard error is √(Var X²/n) = √(2/n) ≈ 0.01: the estimate is within
    // 5 of those, and the reported standard error is within 10 % of √(2/n) (its own relative noise is about 1.3 %).
    public void Expectation_reports_an_honest_standard_error([Range(1, 3)] int seed)
    {
        const int n = 20_000;

        var (estimate, standardError) = MonteCarlo.Expectation(new Random(seed), r => Normal.Sample(r, 0, 1), x => x * x, n);

        estimate.Should().BeApproximately(1, Tolerance.AbsoluteOnly(5 * Math.Sqrt(2.0 / n)));
        standardError.Should().BeApproximately(Math.Sqrt(2.0 / n), Tolerance.RelativeOnly(0.1));
    }

    [Test, Order(5)]
    // Proposal "draws" 1, 2 from a counter, q ≡ ½, p(x) = x/4, f(x) = x: values f·p/q = x²/2 = 0.5 and 2, mean 1.25,
    // sample variance 1.125, standard error √(1.125/2) = 0.75.
    public void Importance_sampling_worked_example()
    {
        var next = 0.0;

        var (estimate, standardError) = MonteCarlo.ImportanceSampling(new Random(5), _ => ++next, _ => 0.5, x => x / 4, x => x, 2);

        estimate.Should().BeApproximately(1.25, Tolerance.Tight);
        standardError.Should().BeApproximately(0.75, Tolerance.Tight);
    }

    [Test, Order(6)]
    // With q = p every weight is 1: the same draws give exactly the plain Monte Carlo estimate.
    public void Importance_sampling_with_the_target_as_proposal_is_plain_Monte_Carlo()
    {
        static double Draw(Random r) => Normal.Sample(r, 1, 2);
        static double Density(double x) => Normal.PDF(1, 2, x);

        var plain = MonteCarlo.Expectation(new Random(6), Draw, Math.Cos, 1000);
        var weighted = MonteCarlo.ImportanceSampling(new Random(6), Draw, Density, Density, Math.Cos, 1000);

        weighted.Estimate.Should().BeApproximately(plain.Estimate, Tolerance.Tight);
        weighted.StandardError.Should().BeApproximately(plain.StandardError, Tolerance.Tight);
    }

    [Test, Order(7)]
    // Reweighting is unbiased for any proposal that covers the target: E_p[X²] = 1 under p = N(0, 1) from q = N(0.5, 1.5²),
    // within 5 reported standard errors (n = 20 000).
    public void Importance_sampling_is_unbiased_with_a_wider_proposal([Range(1, 3)] int seed)
    {
        var (estimate, standardError) = MonteCarlo.ImportanceSampling(
            new Random(seed), r => Normal.Sample(r, 0.5, 1.5), x => Normal.PDF(0.5, 1.5, x), x => Normal.PDF(0, 1, x), x => x * x, 20_000);

        estimate.Should().BeApproximately(1, Tolerance.AbsoluteOnly(5 * standardError));
    }

    [Test, Order(8)]
    // The rare event P(X > 4) ≈ 3.17e-5. Plain Monte Carlo with n = 200 000 sees about 6 hits: per-sample variance
    // p(1 − p) ≈ 3.2e-5. Drawing from q = N(4, 1) puts half the draws in the event; the per-sample variance of f·p/q is
    // e¹⁶(1 − Φ(8)) − p² ≈ 4.5e-9, about 7000 times smaller. Asserted: IS within 5 % of the truth with 10 000 draws,
    // and the measured per-sample variance ratio (n·SE², plain over IS) above 100.
    public void Importance_sampling_beats_plain_Monte_Carlo_on_a_rare_event()
    {
        static double Indicator(double x) => x > 4 ? 1 : 0;

        var plain = MonteCarlo.Expectation(new Random(8), r => Normal.Sample(r, 0, 1), Indicator, 200_000);
        var weighted = MonteCarlo.ImportanceSampling(
            new Random(8), r => Normal.Sample(r, 4, 1), x => Normal.PDF(4, 1, x), x => Normal.PDF(0, 1, x), Indicator, 10_000);

        weighted.Estimate.Should().BeApproximately(TailProbability, Tolerance.RelativeOnly(0.05));
        weighted.Estimate.Should().BeApproximately(TailProbability, Tolerance.AbsoluteOnly(5 * weighted.StandardError));
        var plainVariance = plain.StandardError * plain.StandardError * 200_000;
        var weightedVariance = weighted.StandardError * weighted.StandardError * 10_000;
        (plainVariance / weightedVariance).Should().BeGreaterThan(100);
    }

    [Test, Order(9)]
    // A proposal density of 0 at its own draw would give an infinite weight; too few samples give no standard error.
    public void Rejects_bad_input()
    {
        var random = new Random(9);
        FluentActions.Invoking(() => MonteCarlo.ImportanceSampling(random, _ => 1, _ => 0, _ => 1, x => x, 10))
            .Should().Throw<InvalidOperationException>().WithMessage("*proposal*");
        FluentActions.Invoking(() => MonteCarlo.EstimatePi(random, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MonteCarlo.EstimatePi(null!, 10)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MonteCarlo.Expectation(random, r => r.NextDouble(), x => x, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MonteCarlo.Expectation(random, null!, x => x, 10)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MonteCarlo.ImportanceSampling(random, r => r.NextDouble(), _ => 1, _ => 1, x => x, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MonteCarlo.ImportanceSampling(random, r => r.NextDouble(), null!, _ => 1, x => x, 10)).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(10)]
    // Every generator and delegate is checked before it is used, even where the delegates given would not touch it
    // (a draw that ignores its generator); the exception names the null parameter.
    public void Every_null_generator_or_delegate_is_rejected_by_name()
    {
        var random = new Random(10);
        FluentActions.Invoking(() => MonteCarlo.Expectation(null!, _ => 1.0, x => x, 10)).Should().Throw<ArgumentNullException>().WithParameterName("random");
        FluentActions.Invoking(() => MonteCarlo.Expectation(random, _ => 1.0, null!, 10)).Should().Throw<ArgumentNullException>().WithParameterName("f");
        FluentActions.Invoking(() => MonteCarlo.ImportanceSampling(null!, _ => 1.0, _ => 1, _ => 1, x => x, 10)).Should().Throw<ArgumentNullException>().WithParameterName("random");
        FluentActions.Invoking(() => MonteCarlo.ImportanceSampling(random, null!, _ => 1, _ => 1, x => x, 10)).Should().Throw<ArgumentNullException>().WithParameterName("proposalDraw");
        FluentActions.Invoking(() => MonteCarlo.ImportanceSampling(random, _ => 1.0, _ => 1, null!, x => x, 10)).Should().Throw<ArgumentNullException>().WithParameterName("targetDensity");
        FluentActions.Invoking(() => MonteCarlo.ImportanceSampling(random, _ => 1.0, _ => 1, _ => 1, null!, 10)).Should().Throw<ArgumentNullException>().WithParameterName("f");
    }

    [Test, Order(11)]
    // "Draws" 1, 2, 4 at an offset of 10⁹: mean 10⁹ + 7/3, deviations −4/3, −1/3, 5/3, s² = (16 + 1 + 25)/9/2 = 7/3, so the
    // standard error is √(7/9) ≈ 0.8819 as without the offset. The mean 10⁹ + 7/3 is not a double: only the squared
    // deviations Σ(vᵢ − v̄)² survive its rounding; Σvᵢ² − n·v̄² (or Σ(vᵢ + v̄)(vᵢ − v̄)) is off by hundreds.
    public void The_standard_error_survives_a_large_offset()
    {
        double[] draws = [1, 2, 4];
        var (next, weights) = (0, 0);

        var plain = MonteCarlo.Expectation(new Random(11), _ => draws[next++], x => 1e9 + x, 3);
        var weighted = MonteCarlo.ImportanceSampling(new Random(11), _ => draws[weights++], _ => 1, _ => 1, x => 1e9 + x, 3);

        plain.Estimate.Should().BeApproximately(1e9 + (7.0 / 3), Tolerance.Tight);
        plain.StandardError.Should().BeApproximately(Math.Sqrt(7.0 / 9), Tolerance.Default);
        weighted.StandardError.Should().BeApproximately(Math.Sqrt(7.0 / 9), Tolerance.Default);
    }
}
