using MathForML.Verification;

namespace MathForML.InformationTheory.Tests;

/// <summary>
/// Shannon entropy in bits and nats. Wrong implementations these tests catch: the natural logarithm where log₂ is
/// asked for (off by a factor ln 2 ≈ 0.693); evaluating 0 · log 0 as 0 · (−∞) = NaN instead of 0; a sign error
/// (negative entropies); skipping "negligible" probabilities below a threshold; silently renormalising weights
/// that do not sum to 1; integer division in the frequencies of label counts (every frequency 0).
/// </summary>
public class EntropyTests
{
    [Test, Order(1)]
    // An outcome of probability 1/8 carries −log₂(1/8) = 3 bits of surprise; a sure outcome carries 0; an impossible one ∞.
    public void Surprisal_is_minus_log2_of_the_probability()
    {
        Entropy.Surprisal(0.125).Should().BeApproximately(3, Tolerance.Tight);
        Entropy.Surprisal(0.5).Should().BeApproximately(1, Tolerance.Tight);
        Entropy.Surprisal(1).Should().Be(0);
        Entropy.Surprisal(0).Should().Be(double.PositiveInfinity);
    }

    [Test, Order(2)]
    // Fair coin: −(½ log₂ ½ + ½ log₂ ½) = 1 bit. (½, ¼, ¼): ½·1 + ¼·2 + ¼·2 = 1.5 bits. A sure thing: 0 bits.
    public void A_fair_coin_carries_one_bit_and_the_worked_examples_add_up()
    {
        Entropy.Bits([0.5, 0.5]).Should().BeApproximately(1, Tolerance.Tight);
        Entropy.Bits([0.5, 0.25, 0.25]).Should().BeApproximately(1.5, Tolerance.Tight);
        Entropy.Bits([1]).Should().Be(0);
    }

    [Test, Order(3)]
    // p ln p → 0 as p → 0, so an impossible outcome adds nothing: (½, 0, ½) has the fair coin's 1 bit, (0, 1, 0) has 0.
    // Evaluating 0 · log 0 literally gives 0 · (−∞) = NaN.
    public void Zero_probability_outcomes_contribute_nothing()
    {
        Entropy.Bits([0.5, 0, 0.5]).Should().BeApproximately(1, Tolerance.Tight);
        Entropy.Bits([0, 1, 0]).Should().Be(0);
        Entropy.Nats([0, 0.5, 0.5, 0]).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
    }

    [Test, Order(4)]
    // The uniform distribution on k outcomes has H = Σ (1/k) log₂ k = log₂ k bits: 1 → 0, 2 → 1, 8 → 3, 1000 → 9.97.
    public void The_uniform_distribution_on_k_outcomes_has_log2_k_bits([Values(1, 2, 3, 8, 1000)] int k)
    {
        var uniform = Enumerable.Repeat(1.0 / k, k).ToArray();

        Entropy.Bits(uniform).Should().BeApproximately(Math.Log2(k), Tolerance.Tight);
    }

    [Test, Order(5)]
    // log₂ x = ln x / ln 2, so H in nats = H in bits · ln 2, whatever the distribution.
    public void Nats_are_bits_times_ln_2([Range(1, 5)] int seed)
    {
        var p = new TestData(seed).ProbabilityVector(6 + seed);

        Entropy.Nats(p).Should().BeApproximately(Entropy.Bits(p) * Math.Log(2), Tolerance.Tight);
        Entropy.Nats(p).Should().BeApproximately(-p.Sum(pi => pi * Math.Log(pi)), Tolerance.Tight);
    }

    [Test, Order(6)]
    // 0 ≤ H(p) ≤ log₂ k with equality on the right only for the uniform distribution: spreading probability out
    // never loses uncertainty. Reordering the outcomes or adding impossible ones changes nothing.
    public void Entropy_lies_between_zero_and_that_of_the_uniform_distribution([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var k = 2 + data.Random.NextInt(10);
        var p = data.ProbabilityVector(k);
        var h = Entropy.Bits(p);
        var shuffled = p.ToList();
        data.Random.Shuffle(shuffled);

        h.Should().BeGreaterThan(0).And.BeLessThan(Math.Log2(k));
        Entropy.Bits([.. shuffled]).Should().BeApproximately(h, Tolerance.Tight);
        Entropy.Bits([.. p, 0, 0]).Should().BeApproximately(h, Tolerance.Tight);
    }

    [Test, Order(7)]
    // H(ε, 1 − ε) ≈ ε log₂(1/ε) + ε/ln 2 for small ε: with ε = 1e-15 that is 5.13e-14 bits, which a threshold such as
    // "skip pᵢ < 1e-12" would lose entirely. The expected value is the exact two-term sum, compared to 1e-6 relative.
    public void A_very_unlikely_outcome_still_counts()
    {
        const double epsilon = 1e-15;
        var expected = (-epsilon * Math.Log2(epsilon)) - ((1 - epsilon) * Math.Log2(1 - epsilon));

        Entropy.Bits([epsilon, 1 - epsilon]).Should().BeApproximately(expected, Tolerance.RelativeOnly(1e-6));
        expected.Should().BeApproximately(5.127e-14, Tolerance.RelativeOnly(1e-3));
    }

    [Test, Order(8)]
    // Counts (3, 1) → frequencies (¾, ¼): H = ¾ log₂(4/3) + ¼ log₂ 4 = 0.8113 bits. Scaling every count by 1000, or
    // adding a label nobody has, changes nothing; (5, 5) is a fair coin.
    public void Entropy_of_counts_is_the_entropy_of_the_frequencies([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var counts = Enumerable.Range(0, 5).Select(_ => data.Random.NextInt(1, 50)).ToArray();
        var n = (double)counts.Sum();

        Entropy.OfCounts([3, 1]).Should().BeApproximately((0.75 * Math.Log2(4.0 / 3)) + 0.5, Tolerance.Tight);
        Entropy.OfCounts([5, 5]).Should().BeApproximately(1, Tolerance.Tight);
        Entropy.OfCounts(counts).Should().BeApproximately(Entropy.Bits([.. counts.Select(c => c / n)]), Tolerance.Tight);
        Entropy.OfCounts([.. counts.Select(c => c * 1000), 0]).Should().BeApproximately(Entropy.OfCounts(counts), Tolerance.Tight);
    }

    [Test, Order(9)]
    // Two labels with a billion samples each: the total 2e9 is past int.MaxValue, but the frequencies are still ½, ½.
    public void Entropy_of_counts_survives_a_total_past_int_MaxValue() =>
        Entropy.OfCounts([1_000_000_000, 1_000_000_000, 0]).Should().BeApproximately(1, Tolerance.Tight);

    [Test, Order(10)]
    // A distribution is non-empty, non-negative and sums to 1; weights that do not are rejected, not renormalised.
    public void Rejects_what_is_not_a_distribution()
    {
        FluentActions.Invoking(() => Entropy.Bits(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Entropy.Bits([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Entropy.Bits([1.5, -0.5])).Should().Throw<ArgumentException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => Entropy.Nats([double.NaN, 1])).Should().Throw<ArgumentException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => Entropy.Bits([1, 1])).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => Entropy.Nats([0.2, 0.2])).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => Entropy.Surprisal(1.5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*probability*");
        FluentActions.Invoking(() => Entropy.Surprisal(double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*probability*");
        FluentActions.Invoking(() => Entropy.OfCounts(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Entropy.OfCounts([0, 0])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Entropy.OfCounts([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Entropy.OfCounts([3, -1])).Should().Throw<ArgumentException>().WithMessage("*non-negative*");
    }
}
