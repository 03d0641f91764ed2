using MathForML.Verification;
using MathNet.Numerics.Distributions;

namespace MathForML.Probability.Tests;

/// <summary>
/// Metropolis–Hastings, judged by what it recovers and how well it mixes. Tolerances come from the effective sample
/// size (ESS) rather than the chain length: a chain of n correlated states carries the information of about ESS
/// independent ones, so a mean is within 5σ/√ESS and a variance within 5·√((μ₄ − σ⁴)/ESS) (μ₄ the fourth central
/// moment). Wrong implementations these tests catch: dropping the state on rejection (the chain becomes shorter and
/// its histogram wrong), the acceptance ratio inverted (the chain flees the mode), the ratio of densities instead of
/// log-densities (stuck forever at a start where p underflows to 0), and ESS summed over all lags (noise, not signal).
/// Also: an ESS sum that goes on past a ρₖ of exactly 0; a start check that only looks at ln p(x₀).
/// </summary>
public class MetropolisHastingsTests
{
    private static double LogStandardNormal(double x) => -0.5 * x * x;

    private static double LogUniform01(double x) => x is >= 0 and <= 1 ? 0 : double.NegativeInfinity;

    [Test, Order(1)]
    // Uniform target on [0, 1] from 0.5 with a step of 1e6: every proposal lands outside (ln p = −∞) and is rejected, so
    // the chain repeats 0.5 ten times and the acceptance rate is 0/10.
    public void Rejected_proposals_repeat_the_current_state()
    {
        var (samples, rate) = MetropolisHastings.Sample(LogUniform01, 0.5, 1e6, 10, new Random(1));

        samples.Should().Equal(Enumerable.Repeat(0.5, 10));
        rate.Should().Be(0);
    }

    [Test, Order(2)]
    // Chain 1, 2, 3, 4: mean 2.5, deviations −1.5, −0.5, 0.5, 1.5. c₀ = 5/4; c₁ = (0.75 − 0.25 + 0.75)/4 = 0.3125, so
    // ρ₁ = 0.25; c₂ = (−0.75 − 0.75)/4 = −0.375, so ρ₂ = −0.3. ESS = 4/(1 + 2·0.25) = 8/3 (ρ₂ ≤ 0 ends the sum).
    public void Autocorrelation_and_effective_sample_size_worked_example()
    {
        MetropolisHastings.Autocorrelation([1, 2, 3, 4], 2).Should().BeApproximately([1, 0.25, -0.3], Tolerance.Tight);
        MetropolisHastings.EffectiveSampleSize([1, 2, 3, 4]).Should().BeApproximately(8.0 / 3, Tolerance.Tight);
    }

    [Test, Order(3)]
    // Oracle: an AR(1) chain xₜ = φxₜ₋₁ + εₜ has ρₖ = φᵏ and ESS ≈ n(1 − φ)/(1 + φ). With n = 20 000, each ρₖ has
    // standard error below √((1 + φ²)/((1 − φ²)n)) ≈ 0.016 for φ = 0.9, so 0.1 is generous; the ESS is within 25 %.
    public void Autocorrelation_of_an_AR1_chain_decays_geometrically([Values(0.5, 0.9)] double phi)
    {
        const int n = 20_000;
        var random = new Random(3);
        var chain = new double[n];
        for (var t = 1; t < n; t++)
        {
            chain[t] = (phi * chain[t - 1]) + Normal.Sample(random, 0, 1);
        }

        MetropolisHastings.Autocorrelation(chain, 5).Should().BeApproximately(Enumerable.Range(0, 6).Select(k => Math.Pow(phi, k)).ToArray(), Tolerance.AbsoluteOnly(0.1));
        MetropolisHastings.EffectiveSampleSize(chain).Should().BeApproximately(n * (1 - phi) / (1 + phi), Tolerance.RelativeOnly(0.25));
    }

    [Test, Order(4)]
    // Target N(3, 2²) from 0 with the classic step 2.4σ = 4.8, 1000 burn-in steps and 20 000 recorded: the acceptance
    // rate is about 0.44 (asserted in [0.3, 0.6]), the mean within 5σ/√ESS and the variance within 5·√(2σ⁴/ESS).
    public void Recovers_the_mean_and_variance_of_a_normal_target([Range(1, 3)] int seed)
    {
        var (samples, rate) = MetropolisHastings.Sample(x => -0.5 * (x - 3) * (x - 3) / 4, 0, 4.8, 20_000, new Random(seed), 1000);

        var ess = MetropolisHastings.EffectiveSampleSize(samples);
        var mean = samples.Average();
        var variance = samples.Sum(v => (v - mean) * (v - mean)) / (samples.Length - 1);
        rate.Should().BeInRange(0.3, 0.6);
        ess.Should().BeGreaterThan(2000);
        mean.Should().BeApproximately(3, Tolerance.AbsoluteOnly(5 * 2 / Math.Sqrt(ess)));
        variance.Should().BeApproximately(4, Tolerance.AbsoluteOnly(5 * Math.Sqrt(2 * 16 / ess)));
    }

    [Test, Order(5)]
    // A skewed target on x > 0: Gamma(3, 1), ln p = 2 ln x − x, mean 3, variance 3, μ₄ = 45. Proposals below 0 have
    // ln p = −∞ and are rejected — the repeats they leave behind are part of the answer.
    public void Recovers_a_skewed_target_with_bounded_support([Range(1, 3)] int seed)
    {
        static double LogGamma3(double x) => x > 0 ? (2 * Math.Log(x)) - x : double.NegativeInfinity;

        var (samples, _) = MetropolisHastings.Sample(LogGamma3, 1, 3, 20_000, new Random(seed), 1000);

        var ess = MetropolisHastings.EffectiveSampleSize(samples);
        var mean = samples.Average();
        samples.Should().OnlyContain(x => x > 0);
        mean.Should().BeApproximately(3, Tolerance.AbsoluteOnly(5 * Math.Sqrt(3 / ess)));
        (samples.Sum(v => (v - mean) * (v - mean)) / (samples.Length - 1)).Should().BeApproximately(3, Tolerance.AbsoluteOnly(5 * Math.Sqrt((45 - 9) / ess)));
    }

    [Test, Order(6)]
    // From x₀ = 100 the N(0, 1) density is e^(−5000) = 0 in double precision (doubles end near e^(−745)), and so is
    // every proposal's within 60 standard deviations: a ratio of densities is 0/0. In log space −5000 vs −4900 is an
    // ordinary comparison; the chain walks home in a few hundred steps, well inside the 2000 burn-in steps, and the
    // mean is then within 5/√ESS of 0.
    public void Starts_far_in_the_tail_and_still_finds_the_mass()
    {
        var (samples, _) = MetropolisHastings.Sample(LogStandardNormal, 100, 1, 20_000, new Random(6), 2000);

        samples.Average().Should().BeApproximately(0, Tolerance.AbsoluteOnly(5 / Math.Sqrt(MetropolisHastings.EffectiveSampleSize(samples))));
    }

    [Test, Order(7)]
    // Mixing on N(0, 1) from 0 (5000 states each). A tiny step (0.01) accepts almost everything but barely moves: acceptance
    // above 0.99 and lag-1 autocorrelation above 0.99. A huge step (1000) is almost always rejected: acceptance below 1 %
    // and the chain sits still (lag-1 autocorrelation above 0.9). Both keep ESS below 1 % of n; the step 2.4 keeps it
    // above 10 %.
    public void A_step_far_too_small_or_too_large_mixes_poorly()
    {
        const int n = 5000;
        var tiny = MetropolisHastings.Sample(LogStandardNormal, 0, 0.01, n, new Random(7));
        var huge = MetropolisHastings.Sample(LogStandardNormal, 0, 1000, n, new Random(7));
        var good = MetropolisHastings.Sample(LogStandardNormal, 0, 2.4, n, new Random(7));

        tiny.AcceptanceRate.Should().BeGreaterThan(0.99);
        MetropolisHastings.Autocorrelation(tiny.Samples, 1)[1].Should().BeGreaterThan(0.99);
        huge.AcceptanceRate.Should().BeLessThan(0.01);
        MetropolisHastings.Autocorrelation(huge.Samples, 1)[1].Should().BeGreaterThan(0.9);
        MetropolisHastings.EffectiveSampleSize(tiny.Samples).Should().BeLessThan(0.01 * n);
        MetropolisHastings.EffectiveSampleSize(huge.Samples).Should().BeLessThan(0.01 * n);
        MetropolisHastings.EffectiveSampleSize(good.Samples).Should().BeGreaterThan(0.1 * n);
    }

    [Test, Order(8)]
    // The same seed gives the same chain; burn-in steps are discarded, not recorded.
    public void The_chain_is_reproducible_and_burn_in_is_discarded()
    {
        var first = MetropolisHastings.Sample(LogStandardNormal, 0, 1, 500, new Random(8));
        var again = MetropolisHastings.Sample(LogStandardNormal, 0, 1, 500, new Random(8));
        var burnt = MetropolisHastings.Sample(LogStandardNormal, 0, 1, 400, new Random(8), 100);

        again.Samples.Should().Equal(first.Samples);
        burnt.Samples.Should().Equal(first.Samples.Skip(100));
    }

    [Test, Order(9)]
    // Steps, counts and starts out of range, and chains too short or constant for an autocorrelation.
    public void Rejects_bad_input()
    {
        var random = new Random(9);
        FluentActions.Invoking(() => MetropolisHastings.Sample(LogStandardNormal, 0, 0, 10, random)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => MetropolisHastings.Sample(LogStandardNormal, 0, 1, 0, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MetropolisHastings.Sample(LogStandardNormal, 0, 1, 10, random, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MetropolisHastings.Sample(LogUniform01, 2, 1, 10, random)).Should().Throw<ArgumentException>().WithMessage("*start*");
        FluentActions.Invoking(() => MetropolisHastings.Sample(LogStandardNormal, double.NaN, 1, 10, random)).Should().Throw<ArgumentException>().WithMessage("*start*");
        FluentActions.Invoking(() => MetropolisHastings.Sample(null!, 0, 1, 10, random)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MetropolisHastings.Autocorrelation([1], 0)).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => MetropolisHastings.Autocorrelation([2, 2, 2], 1)).Should().Throw<ArgumentException>().WithMessage("*constant*");
        FluentActions.Invoking(() => MetropolisHastings.Autocorrelation([1, 2, 3], 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MetropolisHastings.EffectiveSampleSize([5, 5])).Should().Throw<ArgumentException>().WithMessage("*constant*");
        FluentActions.Invoking(() => MetropolisHastings.EffectiveSampleSize(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MetropolisHastings.Autocorrelation([1, 2, 3], -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MetropolisHastings.Sample(LogStandardNormal, 0, 1, 10, null!)).Should().Throw<ArgumentNullException>().WithParameterName("random");
    }

    [Test, Order(10)]
    // The start must be finite even where ln p is finite there: a flat ln p ≡ 0 at x₀ = +∞ would make every proposal
    // ∞ + ε = ∞. The message says why ("finite with ln p(start) > −∞").
    public void The_start_must_be_finite_whatever_the_target()
    {
        FluentActions.Invoking(() => MetropolisHastings.Sample(_ => 0, double.PositiveInfinity, 1, 10, new Random(10)))
            .Should().Throw<ArgumentException>().WithMessage("*start*finite*");
        FluentActions.Invoking(() => MetropolisHastings.Sample(LogUniform01, 2, 1, 10, new Random(10)))
            .Should().Throw<ArgumentException>().WithMessage("*start*finite*");
    }

    [Test, Order(11)]
    // Chain 0, 2, 1, 4, 3: mean 2, deviations −2, 0, −1, 2, 1; Σd² = 10, lag 1: 0 + 0 − 2 + 2 = 0, lag 2: 2 + 0 − 1 = 1,
    // lag 3: −4 − 0 = −4, lag 4: −2. So ρ = (1, 0, 0.1, −0.4, −0.2), and ρ₁ = 0 already ends the sum ("the first ρₖ ≤ 0"):
    // ESS = 5, not 5/(1 + 2·0.1).
    public void A_zero_autocorrelation_ends_the_effective_sample_size_sum()
    {
        MetropolisHastings.Autocorrelation([0, 2, 1, 4, 3], 4).Should().BeApproximately([1, 0, 0.1, -0.4, -0.2], Tolerance.Tight);
        MetropolisHastings.EffectiveSampleSize([0, 2, 1, 4, 3]).Should().BeApproximately(5, Tolerance.Tight);
    }
}
