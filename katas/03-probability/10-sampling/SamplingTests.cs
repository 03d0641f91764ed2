using MathForML.Verification;
using MathNet.Numerics.Distributions;

namespace MathForML.Probability.Tests;

/// <summary>
/// Samplers, tested two ways: with a generator that returns chosen uniform numbers (the results can be checked by
/// hand), and statistically on n = 20 000 seeded draws. Statistical tolerances are 5 standard errors: for a mean,
/// 5σ/√n; for a variance, 5·√((μ₄ − σ⁴)/n) (μ₄ the fourth central moment); for a fraction p below a point,
/// 5·√(p(1 − p)/n). A false failure has probability below 1e-6 per check, and the seeds are fixed.
/// Wrong implementations these tests catch: multiplying by the rate instead of dividing, √(−ln u) without the 2
/// (variance ½), −ln(u) instead of −ln(1 − u) (the worked example), reusing one uniform for both Box–Muller values
/// (correlated pairs), and accepting when u &lt; f(x) without the envelope M (the wrong shape); proposals
/// low + (high + low)·u (only visible away from low = 0); accepting at u₂M = f(x); refusing f(x) = M; one rejection
/// more than the limit allowed.
/// </summary>
public class SamplingTests
{
    private const int N = 20_000;
    private const double Z = 5;

    /// <summary>The fraction of samples at or below x: the empirical CDF.</summary>
    private static double FractionBelow(double[] samples, double x) => samples.Count(s => s <= x) / (double)samples.Length;

    private static void FractionsMatch(double[] samples, Func<double, double> cdf, params double[] points)
    {
        foreach (var x in points)
        {
            var p = cdf(x);
            FractionBelow(samples, x).Should().BeApproximately(p, Tolerance.AbsoluteOnly(Z * Math.Sqrt(p * (1 - p) / samples.Length)), "P(X ≤ {0})", x);
        }
    }

    [Test, Order(1)]
    // F⁻¹(u) = 10u (uniform on [0, 10)): u = 0.1, 0.5, 0.25 give 1, 5, 2.5, one u per draw, in order.
    public void Inverse_transform_applies_the_quantile_function_to_each_uniform() =>
        Sampling.InverseTransform(new ChosenUniforms(0.1, 0.5, 0.25), u => 10 * u, 3).Should().BeApproximately([1, 5, 2.5], Tolerance.Tight);

    [Test, Order(2)]
    // λ = 2: x = −ln(1 − u)/2. u = 0.5 → ln 2/2 ≈ 0.346574; u = 0.75 → ln 4/2 ≈ 0.693147; u = 0 → 0.
    public void Exponential_worked_example() =>
        Sampling.Exponential(new ChosenUniforms(0.5, 0.75, 0), 2, 3).Should().BeApproximately([Math.Log(2) / 2, Math.Log(4) / 2, 0], Tolerance.Tight);

    [Test, Order(3)]
    // Exponential(λ): mean 1/λ, variance 1/λ², μ₄ = 9/λ⁴, so the variance has standard error √8/(λ²√n); the CDF is
    // MathNet's Exponential.CDF. A sampler that multiplies by λ fails for every λ but 1.
    public void Exponential_draws_have_mean_one_over_rate_and_the_right_distribution([Range(1, 4)] int seed)
    {
        var rate = new TestData(seed).Random.Uniform(0.2, 5);

        var x = Sampling.Exponential(new Random(seed), rate, N);

        x.Average().Should().BeApproximately(1 / rate, Tolerance.AbsoluteOnly(Z / rate / Math.Sqrt(N)));
        Variance(x).Should().BeApproximately(1 / (rate * rate), Tolerance.AbsoluteOnly(Z * Math.Sqrt(8.0 / N) / (rate * rate)));
        FractionsMatch(x, t => MathNet.Numerics.Distributions.Exponential.CDF(rate, t), 0.1 / rate, 1 / rate, 3 / rate);
    }

    [Test, Order(4)]
    // Rates near 1e-12 and 1e12: with the same uniforms, the draws are exactly the rate-1 draws divided by λ.
    public void Exponential_scales_with_the_rate([Values(1e-12, 1e12)] double rate)
    {
        var unit = Sampling.Exponential(new Random(4), 1, 100);
        var scaled = Sampling.Exponential(new Random(4), rate, 100);

        scaled.Select(x => x * rate).ToArray().Should().BeApproximately(unit, Tolerance.Tight);
    }

    [Test, Order(5)]
    // u₁ = 1 − e⁻² gives r = √(−2 ln e⁻²) = 2, u₂ = 0.5 gives θ = π: the pair (−2, 0). u₁ = 1 − e^(−½) gives r = 1, and
    // u₂ = 0.125 gives θ = π/4: (√½, √½). A third value starts a new pair and keeps only its cosine: u₁ = 0 → r = 0.
    public void Box_Muller_worked_example()
    {
        var z = Sampling.BoxMuller(new ChosenUniforms(1 - Math.Exp(-2), 0.5, 1 - Math.Exp(-0.5), 0.125, 0, 0.3), 5);

        z.Should().BeApproximately([-2, 0, Math.Sqrt(0.5), Math.Sqrt(0.5), 0], Tolerance.Tight);
    }

    [Test, Order(6)]
    // N(0, 1): mean 0 (standard error 1/√n), variance 1 (μ₄ = 3, standard error √(2/n)), CDF from MathNet.
    // √(−ln u) instead of √(−2 ln u) gives variance ½ and fails here.
    public void Box_Muller_draws_are_standard_normal([Range(1, 4)] int seed)
    {
        var z = Sampling.BoxMuller(new Random(seed), N);

        z.Average().Should().BeApproximately(0, Tolerance.AbsoluteOnly(Z / Math.Sqrt(N)));
        Variance(z).Should().BeApproximately(1, Tolerance.AbsoluteOnly(Z * Math.Sqrt(2.0 / N)));
        FractionsMatch(z, t => Normal.CDF(0, 1, t), -2, -1, 0, 0.5, 1.5);
    }

    [Test, Order(7)]
    // The two values of a pair are independent: over n/2 pairs their correlation (and that of their squares) has
    // standard error 1/√(n/2). Deriving both from one uniform, or r from u₂, breaks this.
    public void Box_Muller_pairs_are_uncorrelated([Range(1, 3)] int seed)
    {
        var z = Sampling.BoxMuller(new Random(seed), N);
        var first = Enumerable.Range(0, N / 2).Select(i => z[2 * i]).ToArray();
        var second = Enumerable.Range(0, N / 2).Select(i => z[(2 * i) + 1]).ToArray();
        var tolerance = Tolerance.AbsoluteOnly(Z / Math.Sqrt(N / 2.0));

        Correlation(first, second).Should().BeApproximately(0, tolerance);
        Correlation(first.Select(v => v * v).ToArray(), second.Select(v => v * v).ToArray()).Should().BeApproximately(0, tolerance);
    }

    [Test, Order(8)]
    // An odd count drops the sine of the last pair, so 3 draws are the first 3 of 4 from the same seed.
    public void Box_Muller_odd_count_is_a_prefix_of_the_even_one() =>
        Sampling.BoxMuller(new Random(8), 3).Should().Equal(Sampling.BoxMuller(new Random(8), 4).Take(3));

    [Test, Order(9)]
    // f(x) = 2x on [0, 1), M = 2. Proposal x = 0.25 (f = 0.5) with u₂ = 0.3: u₂M = 0.6 ≥ 0.5, rejected (without the M,
    // 0.3 < 0.5 would accept it). Proposal x = 0.75 (f = 1.5) with u₂ = 0.5: u₂M = 1 < 1.5, accepted.
    public void Rejection_worked_example() =>
        Sampling.Rejection(new ChosenUniforms(0.25, 0.3, 0.75, 0.5), x => 2 * x, 0, 1, 2, 1).Should().Equal(0.75);

    [Test, Order(10)]
    // Beta(2, 5), f(x) = 30x(1 − x)⁴ with maximum f(0.2) ≈ 2.458 ≤ M = 2.5: mean 2/7, variance αβ/((α+β)²(α+β+1)) = 10/392;
    // the CDF is MathNet's Beta.CDF. The envelope may be loose (M = 5) and f unnormalised (f/30, M = 1/12): same law.
    public void Rejection_draws_follow_the_target_density([Values(1.0, 2.0, 1.0 / 30)] double factor, [Values(1, 2)] int seed)
    {
        double Density(double x) => factor * 30 * x * Math.Pow(1 - x, 4);
        var bound = factor * (seed == 1 ? 2.5 : 5);

        var x = Sampling.Rejection(new Random(seed), Density, 0, 1, bound, N);

        x.Should().OnlyContain(v => v >= 0 && v < 1);
        x.Average().Should().BeApproximately(2.0 / 7, Tolerance.AbsoluteOnly(Z * Math.Sqrt(10.0 / 392 / N)));
        FractionsMatch(x, t => Beta.CDF(2, 5, t), 0.05, 0.15, 0.3, 0.5);
    }

    [Test, Order(11)]
    // An envelope that does not cover f (M = 1 < max f ≈ 2.458) cannot produce f: refuse it at the first proposal above M.
    public void Rejection_refuses_an_envelope_below_the_density() =>
        FluentActions.Invoking(() => Sampling.Rejection(new Random(11), x => 30 * x * Math.Pow(1 - x, 4), 0, 1, 1, 1000))
            .Should().Throw<InvalidOperationException>().WithMessage("*bound*");

    [Test, Order(12)]
    // A density that is 0 on the whole interval accepts nothing: stop after 1 000 000 rejections in a row.
    public void Rejection_gives_up_when_nothing_is_accepted() =>
        FluentActions.Invoking(() => Sampling.Rejection(new Random(12), _ => 0, 0, 1, 1, 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*rejected*");

    [Test, Order(13)]
    // Counts, rates, intervals and envelopes out of range, and missing generators or delegates.
    public void Rejects_bad_input()
    {
        var random = new Random(13);
        FluentActions.Invoking(() => Sampling.Exponential(random, 0, 5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Sampling.Exponential(random, double.NaN, 5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Sampling.Exponential(random, 1, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Sampling.BoxMuller(random, -2)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Sampling.BoxMuller(null!, 2)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Sampling.InverseTransform(random, null!, 2)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Sampling.InverseTransform(random, u => u, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Sampling.Rejection(random, x => x, 1, 1, 1, 5)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => Sampling.Rejection(random, x => x, 0, double.PositiveInfinity, 1, 5)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => Sampling.Rejection(random, x => x, 0, 1, 0, 5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Sampling.Rejection(random, x => x, 0, 1, 1, -5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Sampling.Rejection(random, null!, 0, 1, 1, 5)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Sampling.Rejection(null!, x => x, 0, 1, 1, 5)).Should().Throw<ArgumentNullException>().WithParameterName("random");
        FluentActions.Invoking(() => Sampling.InverseTransform(null!, u => u, 2)).Should().Throw<ArgumentNullException>().WithParameterName("random");
        FluentActions.Invoking(() => Sampling.Exponential(null!, 1, 2)).Should().Throw<ArgumentNullException>().WithParameterName("random");
        // [−1e308, 1e308] has finite ends but a width of 2e308 = ∞ in double precision.
        FluentActions.Invoking(() => Sampling.Rejection(random, _ => 1, -1e308, 1e308, 1, 5)).Should().Throw<ArgumentException>().WithMessage("*interval*");
        FluentActions.Invoking(() => Sampling.Rejection(random, _ => 1, double.NaN, 1, 1, 5)).Should().Throw<ArgumentException>().WithMessage("*interval*");
    }

    [Test, Order(14)]
    // On [1, 3) a proposal is x = 1 + 2u₁: u₁ = 0.5 → 2, u₁ = 0.25 → 1.5. With f ≡ 1 = M every proposal with u₂M < 1 is
    // accepted (f may reach M). Where f = 0 nothing is accepted, not even with u₂ = 0 (0 < 0 is false): for f(x) = x on
    // [0, 1) the proposal x = 0 is rejected and the next one, 0.5, accepted.
    public void Rejection_edge_cases_by_hand()
    {
        Sampling.Rejection(new ChosenUniforms(0.5, 0, 0.25, 0.5), _ => 1, 1, 3, 1, 2).Should().Equal(2, 1.5);
        Sampling.Rejection(new ChosenUniforms(0, 0, 0.5, 0), x => x, 0, 1, 1, 1).Should().Equal(0.5);
    }

    [Test, Order(15)]
    // "1 000 000 proposals in a row rejected" is the limit: a density that turns on at the 1 000 000th proposal still
    // gives a draw (999 999 rejections), one that turns on at the 1 000 001st comes too late.
    public void Rejection_gives_up_after_exactly_a_million_rejections()
    {
        var calls = 0;
        Sampling.Rejection(new Random(15), _ => ++calls >= 1_000_000 ? 1 : 0, 0, 1, 1, 1).Should().HaveCount(1);
        calls = 0;
        FluentActions.Invoking(() => Sampling.Rejection(new Random(15), _ => ++calls > 1_000_000 ? 1 : 0, 0, 1, 1, 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*rejected*");
    }

    [Test, Order(16)]
    // Zero draws is a valid request.
    public void Zero_draws_give_an_empty_sample()
    {
        Sampling.Exponential(new Random(14), 1, 0).Should().BeEmpty();
        Sampling.BoxMuller(new Random(14), 0).Should().BeEmpty();
        Sampling.Rejection(new Random(14), x => x, 0, 1, 1, 0).Should().BeEmpty();
    }

    /// <summary>The sample variance with the n − 1 divisor, two-pass.</summary>
    private static double Variance(double[] x)
    {
        var mean = x.Average();
        return x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
    }

    private static double Correlation(double[] a, double[] b)
    {
        var (ma, mb) = (a.Average(), b.Average());
        var cov = a.Zip(b, (p, q) => (p - ma) * (q - mb)).Sum();
        return cov / Math.Sqrt(a.Sum(p => (p - ma) * (p - ma)) * b.Sum(q => (q - mb) * (q - mb)));
    }
}
