using MathForML.Verification;

namespace MathForML.InformationTheory.Tests;

/// <summary>
/// Stable softmax, log-softmax and log-sum-exp, with a temperature. Wrong implementations these tests catch: no shift
/// by the largest logit (exp(1000) = ∞, ∞/∞ = NaN; exp(−1000) = 0, 0/0 = NaN); the shift applied after dividing by
/// the temperature (z/T overflows for tiny T); log-softmax as the log of softmax (−∞ where a probability underflows);
/// cross-entropy through probabilities (−ln 0 = ∞ for a loss that is really 1000); shifting by the minimum.
/// </summary>
public class StableSoftmaxTests
{
    [Test, Order(1)]
    // z = (0, ln 2, ln 3): exp z = (1, 2, 3), sum 6, so softmax = (1/6, 2/6, 3/6) and LSE = ln 6.
    public void Worked_example_normalises_the_exponentials()
    {
        double[] logits = [0, Math.Log(2), Math.Log(3)];

        StableSoftmax.LogSumExp(logits).Should().BeApproximately(Math.Log(6), Tolerance.Tight);
        StableSoftmax.Softmax(logits).Should().BeApproximately([1.0 / 6, 2.0 / 6, 3.0 / 6], Tolerance.Tight);
        StableSoftmax.LogSoftmax(logits).Should().BeApproximately([-Math.Log(6), Math.Log(2.0 / 6), Math.Log(3.0 / 6)], Tolerance.Tight);
    }

    [Test, Order(2)]
    // Adding c to every logit multiplies every exponential by eᶜ: softmax(z + c) = softmax(z), LSE(z + c) = LSE(z) + c.
    // For moderate logits the naive formulas are accurate and serve as the reference; max z ≤ LSE ≤ max z + ln n.
    public void Softmax_ignores_shifts_and_log_sum_exp_follows_them([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var z = data.Vector(6, -5, 5);
        var c = data.Random.Uniform(-50, 50);
        var naive = z.Select(Math.Exp).ToArray();

        StableSoftmax.Softmax(z).Should().BeApproximately(naive.Select(e => e / naive.Sum()), Tolerance.Tight);
        StableSoftmax.Softmax([.. z.Select(zi => zi + c)]).Should().BeApproximately(StableSoftmax.Softmax(z), Tolerance.Tight);
        StableSoftmax.LogSumExp(z).Should().BeApproximately(Math.Log(naive.Sum()), Tolerance.Tight);
        StableSoftmax.LogSumExp([.. z.Select(zi => zi + c)]).Should().BeApproximately(StableSoftmax.LogSumExp(z) + c, Tolerance.Tight);
        StableSoftmax.LogSumExp(z).Should().BeInRange(z.Max(), z.Max() + Math.Log(6));
    }

    [Test, Order(3)]
    // Logits (1000, 1000, 999): the naive exp(1000) is ∞ and ∞/∞ is NaN. Shifted by the max they are (0, 0, −1):
    // softmax = (e, e, 1)/(2e + 1) and LSE = 1000 + ln(2 + 1/e). Logits (−1000, −1000): naive 0/0 = NaN, true (½, ½).
    public void Large_logits_neither_overflow_nor_underflow()
    {
        double[] large = [1000, 1000, 999];
        var naive = large.Select(Math.Exp).ToArray();
        var denominator = (2 * Math.E) + 1;

        (naive[0] / naive.Sum()).Should().Be(double.NaN, "the naive formula fails here — yours must not");
        StableSoftmax.Softmax(large).Should().BeApproximately([Math.E / denominator, Math.E / denominator, 1 / denominator], Tolerance.Tight);
        StableSoftmax.LogSumExp(large).Should().BeApproximately(1000 + Math.Log(2 + (1 / Math.E)), Tolerance.Tight);
        StableSoftmax.Softmax([-1000, -1000]).Should().BeApproximately([0.5, 0.5], Tolerance.Tight);
        StableSoftmax.LogSumExp([-1000, -1000]).Should().BeApproximately(-1000 + Math.Log(2), Tolerance.Tight);
    }

    [Test, Order(4)]
    // Logits 1e308 apart: z − max = −2e308 overflows to −∞ and exp(−∞) = 0 — the right answer, no NaN.
    public void Logits_spread_over_the_whole_double_range_give_a_one_hot_softmax()
    {
        double[] spread = [-1e308, 1e308, 0];

        StableSoftmax.Softmax(spread).Should().Equal(0, 1, 0);
        StableSoftmax.LogSumExp(spread).Should().Be(1e308);
        StableSoftmax.LogSoftmax(spread)[1].Should().Be(0);
    }

    [Test, Order(5)]
    // z = (0, −800): p₁ = e⁻⁸⁰⁰/(1 + e⁻⁸⁰⁰) underflows to 0, so ln(softmax) gives −∞. Log-softmax stays in log space:
    // ln p₁ = −800 − ln(1 + e⁻⁸⁰⁰) = −800 exactly in double precision.
    public void Log_softmax_keeps_probabilities_that_underflow()
    {
        var logSoftmax = StableSoftmax.LogSoftmax([0, -800]);

        StableSoftmax.Softmax([0, -800])[1].Should().Be(0);
        logSoftmax.Should().BeApproximately([0, -800], Tolerance.Tight);
    }

    [Test, Order(6)]
    // ln softmax = log-softmax wherever the probabilities are representable, on random logits (at temperature 1 and 2).
    public void Log_softmax_is_the_log_of_softmax([Range(1, 5)] int seed)
    {
        var z = new TestData(seed).Vector(5, -10, 10);

        StableSoftmax.LogSoftmax(z).Should().BeApproximately(StableSoftmax.Softmax(z).Select(p => Math.Log(p)), Tolerance.Tight);
        StableSoftmax.LogSoftmax(z, 2).Should().BeApproximately(StableSoftmax.Softmax(z, 2).Select(p => Math.Log(p)), Tolerance.Tight);
    }

    [Test, Order(7)]
    // Temperature divides the logits: softmax(z, T) = softmax(z / T, 1); higher T, higher entropy.
    public void Temperature_divides_the_logits_and_raises_the_entropy([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var z = data.Vector(5, -3, 3);
        var t = data.Random.Uniform(0.2, 5);
        double[] temperatures = [0.1, 0.5, 1, 2, 10];

        StableSoftmax.Softmax(z, t).Should().BeApproximately(StableSoftmax.Softmax([.. z.Select(zi => zi / t)]), Tolerance.Tight);
        var entropies = temperatures.Select(temperature => Entropy.Bits(StableSoftmax.Softmax(z, temperature))).ToArray();
        entropies.Should().BeInAscendingOrder();
    }

    [Test, Order(8)]
    // T → 0 gives the argmax as a one-hot vector (ties share evenly), T → ∞ the uniform distribution. With T = 1e-310
    // the naive z/T is ±∞ (and ∞ − ∞ = NaN); shifting first gives (zᵢ − max)/T ∈ {0, −∞}.
    public void Temperature_limits_are_argmax_and_uniform()
    {
        StableSoftmax.Softmax([1, 3, 2], 1e-310).Should().Equal(0, 1, 0);
        StableSoftmax.Softmax([3, 5, 5], 1e-300).Should().Equal(0, 0.5, 0.5);
        StableSoftmax.Softmax([1, 3, 2], 1e300).Should().BeApproximately([1.0 / 3, 1.0 / 3, 1.0 / 3], Tolerance.Tight);
        StableSoftmax.LogSoftmax([1, 3, 2], 1e-310).Should().Equal(double.NegativeInfinity, 0, double.NegativeInfinity);
    }

    [Test, Order(9)]
    // −ln softmax(z)[y] = LSE(z) − z_y. With z = (1000, 0): the loss of label 1 is 1000 + ln(1 + e⁻¹⁰⁰⁰) = 1000, although
    // softmax(z)[1] = e⁻¹⁰⁰⁰ underflows to 0 (−ln 0 = ∞); the loss of label 0 is ln(1 + e⁻¹⁰⁰⁰) = 0.
    public void Cross_entropy_from_logits_never_forms_probabilities()
    {
        StableSoftmax.CrossEntropyFromLogits([1000, 0], 1).Should().BeApproximately(1000, Tolerance.Tight);
        StableSoftmax.CrossEntropyFromLogits([1000, 0], 0).Should().Be(0);
        StableSoftmax.CrossEntropyFromLogits([0, Math.Log(3)], 0).Should().BeApproximately(Math.Log(4), Tolerance.Tight);
    }

    [Test, Order(10)]
    // On moderate logits the loss from logits equals the cross-entropy kata's H(one-hot(y), softmax(z)) in nats.
    public void Cross_entropy_from_logits_matches_the_cross_entropy_of_softmax([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var z = data.Vector(4, -4, 4);
        var label = data.Random.NextInt(4);
        var oneHot = new double[4];
        oneHot[label] = 1;

        StableSoftmax.CrossEntropyFromLogits(z, label).Should().BeApproximately(CrossEntropy.Nats(oneHot, StableSoftmax.Softmax(z)), Tolerance.Tight);
    }

    [Test, Order(11)]
    // A masked class (logit −∞) gets probability exactly 0 and the others behave as if it were absent; predicting a
    // masked class costs +∞.
    public void Masked_logits_get_probability_zero()
    {
        double[] masked = [0, double.NegativeInfinity, Math.Log(3)];

        StableSoftmax.Softmax(masked).Should().BeApproximately([0.25, 0, 0.75], Tolerance.Tight);
        StableSoftmax.LogSoftmax(masked)[1].Should().Be(double.NegativeInfinity);
        StableSoftmax.LogSumExp(masked).Should().BeApproximately(Math.Log(4), Tolerance.Tight);
        StableSoftmax.CrossEntropyFromLogits(masked, 1).Should().Be(double.PositiveInfinity);
    }

    [Test, Order(12)]
    // Logits must be finite or −∞ with at least one finite; temperatures positive and finite; labels class indices.
    public void Rejects_bad_input()
    {
        FluentActions.Invoking(() => StableSoftmax.Softmax(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => StableSoftmax.LogSumExp([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => StableSoftmax.Softmax([1, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => StableSoftmax.LogSoftmax([1, double.PositiveInfinity])).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => StableSoftmax.LogSumExp([double.NegativeInfinity, double.NegativeInfinity])).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => StableSoftmax.Softmax([1, 2], 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*temperature*");
        FluentActions.Invoking(() => StableSoftmax.LogSoftmax([1, 2], -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*temperature*");
        FluentActions.Invoking(() => StableSoftmax.Softmax([1, 2], double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*temperature*");
        FluentActions.Invoking(() => StableSoftmax.Softmax([1, 2], double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*temperature*");
        FluentActions.Invoking(() => StableSoftmax.CrossEntropyFromLogits([1, 2], 2)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*label*");
        FluentActions.Invoking(() => StableSoftmax.CrossEntropyFromLogits([1, 2], -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*label*");
        FluentActions.Invoking(() => StableSoftmax.CrossEntropyFromLogits(null!, 0)).Should().Throw<ArgumentNullException>();
    }
}
