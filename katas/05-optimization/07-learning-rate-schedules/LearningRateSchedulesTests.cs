using MathForML.Verification;

namespace MathForML.Optimization.Tests;

/// <summary>
/// Schedules are simple formulas whose mistakes live at the boundaries, so the tests pin the values there: the step
/// edges, the warm-up end, the cosine end and what comes after it. Wrong implementations killed:
/// <list type="bullet">
/// <item>a step decay that drops one step early, ⌊(t + 1)/s⌋ (test 1);</item>
/// <item>a warm-up counted from 1, η(t + 1)/W, which reaches the peak one step early (test 3);</item>
/// <item>a cosine over T − 1 steps, or one that keeps going after T and climbs back up (cos is periodic; test 4);</item>
/// <item>WarmupCosine whose cosine part is not shifted by W, so it does not start at the peak (test 5);</item>
/// <item>a warm-up that keeps computing η·t/W at t = W, which rounds away from η (0.1·3/3 = 0.10000000000000002), and
/// ranges closed at the wrong end: a factor of 1 or a minimum equal to the initial rate rejected (test 8);</item>
/// <item>a setting checked in one schedule but not in another (a negative t, a rate of 0, a minimum above the peak, no
/// warm-up steps), or rejected under the wrong name or without the words of its rule (test 9).</item>
/// </list>
/// </summary>
public class LearningRateSchedulesTests
{
    [Test, Order(1)]
    // η₀ = 0.1, γ = 0.5, s = 10: steps 0 … 9 use 0.1, steps 10 … 19 use 0.05, step 20 uses 0.025.
    public void Step_decay_drops_exactly_at_multiples_of_the_step_size()
    {
        LearningRateSchedules.Step(0.1, 0.5, 10, 0).Should().Be(0.1);
        LearningRateSchedules.Step(0.1, 0.5, 10, 9).Should().Be(0.1);
        LearningRateSchedules.Step(0.1, 0.5, 10, 10).Should().Be(0.05);
        LearningRateSchedules.Step(0.1, 0.5, 10, 19).Should().Be(0.05);
        LearningRateSchedules.Step(0.1, 0.5, 10, 20).Should().Be(0.025);
    }

    [Test, Order(2)]
    // η₀·γᵗ: with γ = 2^(−1/h) the rate halves every h steps. And ηₜ₊₁/ηₜ = γ at every t.
    public void Exponential_decay_halves_every_half_life([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var h = data.Random.NextInt(2, 50);
        var t = data.Random.NextInt(0, 500);
        var gamma = Math.Pow(2, -1.0 / h);

        LearningRateSchedules.Exponential(0.3, gamma, 0).Should().Be(0.3);
        LearningRateSchedules.Exponential(0.3, gamma, t + h).Should().BeApproximately(LearningRateSchedules.Exponential(0.3, gamma, t) / 2, Tolerance.RelativeOnly(1e-12));
        (LearningRateSchedules.Exponential(0.3, gamma, t + 1) / LearningRateSchedules.Exponential(0.3, gamma, t)).Should().BeApproximately(gamma, Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(3)]
    // η = 0.01, W = 4: t = 0, 1, 2, 3 give 0, 0.0025, 0.005, 0.0075; the peak 0.01 is reached at t = W = 4 and kept.
    public void Linear_warmup_reaches_the_peak_at_step_W()
    {
        double[] expected = [0, 0.0025, 0.005, 0.0075, 0.01, 0.01, 0.01];

        Enumerable.Range(0, 7).Select(t => LearningRateSchedules.LinearWarmup(0.01, 4, t)).ToArray()
            .Should().BeApproximately(expected, Tolerance.Tight);
    }

    [Test, Order(4)]
    // Cosine from η₀ = 1 to ηmin = 0.1 over T = 100: t = 0 gives 1, t = 50 the midpoint 0.55, t = 25 gives
    // 0.1 + 0.45(1 + cos(π/4)) = 0.1 + 0.45(1 + √2/2), t = 100 gives 0.1 — and so do t = 150 and t = 200, where
    // cos(πt/T) would have climbed back to 0 and 1. In between it never increases.
    public void Cosine_annealing_ends_at_the_minimum_and_stays_there()
    {
        LearningRateSchedules.Cosine(1, 0.1, 100, 0).Should().Be(1);
        LearningRateSchedules.Cosine(1, 0.1, 100, 50).Should().BeApproximately(0.55, Tolerance.Tight);
        LearningRateSchedules.Cosine(1, 0.1, 100, 25).Should().BeApproximately(0.1 + (0.45 * (1 + (Math.Sqrt(2) / 2))), Tolerance.Tight);
        LearningRateSchedules.Cosine(1, 0.1, 100, 100).Should().BeApproximately(0.1, Tolerance.Tight);
        LearningRateSchedules.Cosine(1, 0.1, 100, 150).Should().Be(0.1);
        LearningRateSchedules.Cosine(1, 0.1, 100, 200).Should().Be(0.1);
        LearningRateSchedules.Cosine(1, 0.1, 100, 99).Should().BeGreaterThan(0.1);

        var values = Enumerable.Range(0, 101).Select(t => LearningRateSchedules.Cosine(1, 0.1, 100, t)).ToArray();
        values.Zip(values.Skip(1), (a, b) => b <= a).Should().AllBeEquivalentTo(true);
    }

    [Test, Order(5)]
    // Warm-up for W steps, then cosine over the remaining T − W: at t = W the rate is exactly the peak, at t = T the
    // minimum, and at the middle of the cosine part (t = W + (T − W)/2) the average of the two. Seeded W and T.
    public void Warmup_cosine_peaks_at_W_and_ends_at_T([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var w = data.Random.NextInt(1, 20);
        var half = data.Random.NextInt(1, 100);
        var total = w + (2 * half);
        var (peak, minimum) = (data.Random.Uniform(1e-4, 1), 0.0);

        LearningRateSchedules.WarmupCosine(peak, minimum, w, total, 0).Should().Be(0);
        LearningRateSchedules.WarmupCosine(peak, minimum, w, total, w - 1).Should().BeApproximately(peak * (w - 1) / w, Tolerance.Tight);
        LearningRateSchedules.WarmupCosine(peak, minimum, w, total, w).Should().Be(peak);
        LearningRateSchedules.WarmupCosine(peak, minimum, w, total, w + half).Should().BeApproximately(peak / 2, Tolerance.Tight);
        LearningRateSchedules.WarmupCosine(peak, minimum, w, total, total).Should().BeApproximately(minimum, Tolerance.Tight);
        LearningRateSchedules.WarmupCosine(peak, minimum, w, total, total + 7).Should().Be(minimum);
    }

    [Test, Order(6)]
    // Schedules must not break at extreme settings: a rate of 1e-12 or 1e12 scales every value exactly (the formulas are
    // linear in η₀ with ηmin = 0), and a decay of 0.5 over 2000 steps underflows gracefully to 0, not NaN.
    public void Extreme_scales_stay_exact_and_finite()
    {
        LearningRateSchedules.Cosine(1e-12, 0, 10, 3).Should().BeApproximately(1e-12 * LearningRateSchedules.Cosine(1, 0, 10, 3), Tolerance.RelativeOnly(1e-12));
        LearningRateSchedules.Step(1e12, 0.1, 3, 7).Should().BeApproximately(1e10, Tolerance.RelativeOnly(1e-12));
        LearningRateSchedules.Exponential(1, 0.5, 2000).Should().Be(0);
    }

    [Test, Order(7)]
    // Out-of-range settings are the caller's mistake.
    public void Bad_settings_are_rejected()
    {
        FluentActions.Invoking(() => LearningRateSchedules.Step(0.1, 0.5, 10, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LearningRateSchedules.Step(0.1, 0.5, 0, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LearningRateSchedules.Step(0.1, 1.5, 10, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LearningRateSchedules.Exponential(0, 0.5, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LearningRateSchedules.Exponential(0.1, 0, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LearningRateSchedules.Cosine(0.1, 0.2, 10, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LearningRateSchedules.Cosine(0.1, -0.1, 10, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LearningRateSchedules.Cosine(double.NaN, 0, 10, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LearningRateSchedules.LinearWarmup(0.1, 0, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LearningRateSchedules.WarmupCosine(0.1, 0, 10, 10, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => LearningRateSchedules.WarmupCosine(0.1, 0, 10, 20, -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(8)]
    // The closed ends of the ranges are allowed: a factor γ = 1 never decays (η₀·1^⌊t/s⌋ = η₀·1ᵗ = η₀), a minimum equal
    // to the initial rate makes the cosine flat (ηmin + ½·0·(…) = η₀). From t = W on the warm-up IS the peak, bit for bit,
    // although η·W/W would round: 0.1·3 = 0.30000000000000004, and / 3 gives 0.10000000000000002.
    public void Closed_ends_of_the_ranges_and_the_exact_peak()
    {
        LearningRateSchedules.Step(0.1, 1, 10, 25).Should().Be(0.1);
        LearningRateSchedules.Exponential(0.1, 1, 7).Should().Be(0.1);
        LearningRateSchedules.Cosine(0.1, 0.1, 10, 3).Should().Be(0.1);
        LearningRateSchedules.WarmupCosine(0.1, 0.1, 2, 6, 4).Should().Be(0.1);

        LearningRateSchedules.LinearWarmup(0.1, 3, 3).Should().Be(0.1);
        LearningRateSchedules.LinearWarmup(0.1, 3, 4).Should().Be(0.1);
    }

    [Test, Order(9)]
    // Every documented range, in every schedule that takes the setting, named with the parameter and, where the summary
    // promises them, the words of the broken rule. Each call breaks exactly one rule.
    public void Every_bad_setting_is_named_with_its_rule()
    {
        foreach (var rate in new[] { 0, -0.1, double.NaN, double.PositiveInfinity })
        {
            Rejects(() => LearningRateSchedules.Step(rate, 0.5, 10, 1), "initial", "*positive and finite*", rate);
            Rejects(() => LearningRateSchedules.Exponential(rate, 0.5, 1), "initial", "*positive and finite*", rate);
            Rejects(() => LearningRateSchedules.LinearWarmup(rate, 4, 1), "peak", "*positive and finite*", rate);
        }

        // With ηmin = 0 a rate of 0 or ∞ breaks only the rate's rule (a negative or NaN one would break the minimum's too).
        foreach (var rate in new[] { 0, double.PositiveInfinity })
        {
            Rejects(() => LearningRateSchedules.Cosine(rate, 0, 10, 1), "initial", "*positive and finite*", rate);
            Rejects(() => LearningRateSchedules.WarmupCosine(rate, 0, 4, 10, 1), "peak", "*positive and finite*", rate);
            Rejects(() => LearningRateSchedules.WarmupCosine(rate, 0, 4, 10, 6), "peak", "*positive and finite*", rate);
        }

        foreach (var factor in new[] { 0, -0.5, 1.5, double.NaN })
        {
            Rejects(() => LearningRateSchedules.Step(0.1, factor, 10, 1), "factor", "*(0, 1]*", factor);
            Rejects(() => LearningRateSchedules.Exponential(0.1, factor, 1), "decay", "*(0, 1]*", factor);
        }

        foreach (var minimum in new[] { -0.01, 0.2, double.NaN })
        {
            Rejects(() => LearningRateSchedules.Cosine(0.1, minimum, 10, 1), "minimum", "*[0, initial]*", minimum);
            Rejects(() => LearningRateSchedules.WarmupCosine(0.1, minimum, 4, 10, 1), "minimum", "*[0, initial]*", minimum);
        }

        Rejects(() => LearningRateSchedules.Step(0.1, 0.5, 0, 1), "stepSize", "*", 0);
        Rejects(() => LearningRateSchedules.Cosine(0.1, 0, 0, 1), "totalSteps", "*", 0);
        Rejects(() => LearningRateSchedules.LinearWarmup(0.1, 0, 1), "warmupSteps", "*", 0);
        Rejects(() => LearningRateSchedules.WarmupCosine(0.1, 0, 0, 10, 1), "warmupSteps", "*", 0);
        Rejects(() => LearningRateSchedules.WarmupCosine(0.1, 0, 10, 10, 1), "totalSteps", "*exceed*", 10);
        Rejects(() => LearningRateSchedules.WarmupCosine(0.1, 0, 10, 5, 1), "totalSteps", "*exceed*", 5);

        Rejects(() => LearningRateSchedules.Step(0.1, 0.5, 10, -1), "t", "*", -1);
        Rejects(() => LearningRateSchedules.Exponential(0.1, 0.5, -1), "t", "*", -1);
        Rejects(() => LearningRateSchedules.Cosine(0.1, 0, 10, -1), "t", "*", -1);
        Rejects(() => LearningRateSchedules.LinearWarmup(0.1, 4, -1), "t", "*", -1);
        Rejects(() => LearningRateSchedules.WarmupCosine(0.1, 0, 4, 10, -1), "t", "*", -1);
    }

    private static void Rejects(Func<double> schedule, string parameter, string words, double value) =>
        FluentActions.Invoking(schedule).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName(parameter).WithMessage(words, "{0} = {1}", parameter, value);
}
