using MathForML.Verification;
using MathNet.Numerics;

namespace MathForML.Probability.Tests;

/// <summary>
/// Factorials, permutations and combinations, exactly while they fit in a double and as logarithms when they do not.
/// </summary>
/// <remarks>
/// Plausible wrong implementations these tests catch:
/// C(n, k) computed as Factorial(n) / (Factorial(k)·Factorial(n − k)) is ∞/∞ = NaN for C(200, 2) (order 6);
/// LogFactorial(n) = LogGamma(n), one off, is ln (n − 1)! (order 9);
/// LogFactorial(n) = ln(Factorial(n)) is +∞ for n = 10⁶ (order 10);
/// Permutations as n!/(n − k + 1)!, an off-by-one, breaks P(n, k) = C(n, k)·k! (order 4).
/// </remarks>
public class CountingTests
{
    [Test, Order(1)]
    // 5! = 120; P(5, 2) = 5·4 = 20 ordered pairs; C(5, 2) = 20/2! = 10 unordered ones;
    // a poker hand: C(52, 5) = 52·51·50·49·48 / 120 = 311 875 200 / 120 = 2 598 960, exactly.
    public void Small_counts_are_exact()
    {
        Counting.Factorial(0).Should().Be(1);
        Counting.Factorial(5).Should().Be(120);
        Counting.Permutations(5, 2).Should().Be(20);
        Counting.Combinations(5, 2).Should().Be(10);
        Counting.Combinations(52, 5).Should().Be(2_598_960);
    }

    [Test, Order(2)]
    // n! = n·(n − 1)!, and 20! = 2 432 902 008 176 640 000 is still exact in a double (it has enough trailing zero bits).
    public void Factorial_satisfies_its_recurrence([Range(1, 5)] int seed)
    {
        var n = new TestData(seed).Random.NextInt(1, 150);

        Counting.Factorial(n).Should().BeApproximately(n * Counting.Factorial(n - 1), Tolerance.Tight);
        Counting.Factorial(20).Should().Be(2_432_902_008_176_640_000);
    }

    [Test, Order(3)]
    // The largest double is about 1.8·10³⁰⁸: 170! ≈ 7.26·10³⁰⁶ fits, 171! ≈ 1.24·10³⁰⁹ does not. The naive product is
    // fine until then and useless after — which is why the log versions below exist.
    public void The_naive_factorial_overflows_past_170()
    {
        Counting.Factorial(170).Should().BeApproximately(SpecialFunctions.Factorial(170), Tolerance.Tight);
        Counting.Factorial(171).Should().Be(double.PositiveInfinity);
    }

    [Test, Order(4)]
    // Choosing k items in order = choosing the set, then ordering it: P(n, k) = C(n, k)·k!. Also P(n, n) = n!, P(n, 0) = 1.
    public void Permutations_are_combinations_times_orderings([Range(1, 5)] int seed)
    {
        var random = new TestData(seed).Random;
        var n = random.NextInt(1, 60);
        var k = random.NextInt(0, n + 1);

        Counting.Permutations(n, k).Should().BeApproximately(Counting.Combinations(n, k) * Counting.Factorial(k), Tolerance.Tight);
        Counting.Permutations(n, n).Should().BeApproximately(Counting.Factorial(n), Tolerance.Tight);
        Counting.Permutations(n, 0).Should().Be(1);
    }

    [Test, Order(5)]
    // Pascal's rule C(n, k) = C(n − 1, k − 1) + C(n − 1, k) (the n-th item is in the set or not), symmetry
    // C(n, k) = C(n, n − k), and the row sum Σₖ C(n, k) = 2ⁿ (every subset counted once). All exact for n ≤ 50.
    public void Combinations_obey_Pascal_symmetry_and_the_row_sum([Range(1, 5)] int seed)
    {
        var random = new TestData(seed).Random;
        var n = random.NextInt(2, 51);
        var k = random.NextInt(1, n);

        Counting.Combinations(n, k).Should().Be(Counting.Combinations(n - 1, k - 1) + Counting.Combinations(n - 1, k));
        Counting.Combinations(n, k).Should().Be(Counting.Combinations(n, n - k));
        Enumerable.Range(0, n + 1).Sum(j => Counting.Combinations(n, j)).Should().Be(Math.Pow(2, n));
    }

    [Test, Order(6)]
    // C(200, 2) = 200·199/2 = 19 900, although 200! overflows: n!/(k!(n − k)!) would be ∞/∞ = NaN. C(1000, 500) ≈ 2.7·10²⁹⁹
    // still fits; MathNet's exp(ln C) is the oracle (both are good to ~1e-13 relative; 1e-11 leaves room).
    public void Combinations_stay_finite_where_the_factorials_overflow()
    {
        Counting.Combinations(200, 2).Should().Be(19_900);
        Counting.Combinations(1000, 500).Should().BeApproximately(Math.Exp(SpecialFunctions.BinomialLn(1000, 500)), Tolerance.RelativeOnly(1e-11));
    }

    [Test, Order(7)]
    // There are no ways to choose 6 items from 5: C(5, 6) = P(5, 6) = 0, and its logarithm is −∞.
    public void Choosing_more_items_than_there_are_has_no_ways()
    {
        Counting.Combinations(5, 6).Should().Be(0);
        Counting.Permutations(5, 6).Should().Be(0);
        Counting.LogCombinations(5, 6).Should().Be(double.NegativeInfinity);
    }

    [Test, Order(8)]
    // ln Γ against MathNet's GammaLn over 24 orders of magnitude (x log-uniform in [1e-12, 1e12]): near 0, Γ(x) ≈ 1/x so
    // ln Γ(x) ≈ −ln x ≈ 27.6; at 1e12 ln Γ ≈ 2.6·10¹³. Hand values: Γ(1) = Γ(2) = 1, Γ(½) = √π.
    public void LogGamma_matches_MathNet_from_tiny_to_huge_arguments([Range(1, 8)] int seed)
    {
        var x = Math.Pow(10, new TestData(seed).Random.Uniform(-12, 12));

        Counting.LogGamma(x).Should().BeApproximately(SpecialFunctions.GammaLn(x), Tolerance.Tight);
        Counting.LogGamma(1).Should().BeApproximately(0, Tolerance.Tight);
        Counting.LogGamma(2).Should().BeApproximately(0, Tolerance.Tight);
        Counting.LogGamma(0.5).Should().BeApproximately(0.5 * Math.Log(Math.PI), Tolerance.Tight);
    }

    [Test, Order(9)]
    // ln n! is exact (to rounding) where n! itself is known: ln 5! = ln 120, and ln n! = ln(n!) for all n ≤ 170.
    // LogGamma(n) instead of LogGamma(n + 1) would give ln (n − 1)!.
    public void LogFactorial_is_the_log_of_the_factorial_for_small_n()
    {
        Counting.LogFactorial(0).Should().Be(0);
        Counting.LogFactorial(1).Should().Be(0);
        Counting.LogFactorial(5).Should().BeApproximately(Math.Log(120), Tolerance.Tight);
        for (var n = 2; n <= 170; n++)
        {
            Counting.LogFactorial(n).Should().BeApproximately(Math.Log(SpecialFunctions.Factorial(n)), Tolerance.Tight, "n = {0}", n);
        }
    }

    [Test, Order(10)]
    // For n = 10⁶, n! has 5 565 709 digits, but ln n! ≈ 1.28·10⁷ and ln C(10⁶, 5·10⁵) ≈ 10⁶·ln 2 − ½ ln(π·5·10⁵) ≈ 693 140.
    // MathNet's FactorialLn and BinomialLn are the oracles.
    public void Log_counts_stay_finite_for_a_million_items()
    {
        Counting.LogFactorial(1_000_000).Should().BeApproximately(SpecialFunctions.FactorialLn(1_000_000), Tolerance.Tight);
        Counting.LogCombinations(1_000_000, 500_000).Should().BeApproximately(SpecialFunctions.BinomialLn(1_000_000, 500_000), Tolerance.Tight);
        Counting.LogCombinations(1_000_000, 500_000).Should().BeApproximately(693_140, Tolerance.AbsoluteOnly(1));
    }

    [Test, Order(11)]
    // exp(ln C(52, 5)) rounds back to 2 598 960, and ln C agrees with ln of the exact C on seeded (n, k).
    public void LogCombinations_agree_with_the_exact_counts([Range(1, 5)] int seed)
    {
        var random = new TestData(seed).Random;
        var n = random.NextInt(1, 300);
        var k = random.NextInt(0, n + 1);

        Math.Exp(Counting.LogCombinations(52, 5)).Should().BeApproximately(2_598_960, Tolerance.RelativeOnly(1e-12));
        Counting.LogCombinations(n, k).Should().BeApproximately(Math.Log(Counting.Combinations(n, k)), Tolerance.Tight);
        Counting.LogCombinations(n, 0).Should().Be(0);
    }

    [Test, Order(12)]
    // Counts of negative sizes do not exist, and Γ has poles at 0, −1, −2, …: this kata takes x > 0 only.
    public void Bad_arguments_are_rejected()
    {
        FluentActions.Invoking(() => Counting.Factorial(-1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*");
        FluentActions.Invoking(() => Counting.Permutations(3, -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*");
        FluentActions.Invoking(() => Counting.Combinations(-3, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*");
        FluentActions.Invoking(() => Counting.LogFactorial(-2)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*");
        FluentActions.Invoking(() => Counting.LogCombinations(4, -2)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*negative*");
        FluentActions.Invoking(() => Counting.LogGamma(0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Counting.LogGamma(-1.5)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Counting.LogGamma(double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Counting.LogGamma(double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
    }

    [Test, Order(13)]
    // Both sizes are checked before anything else, and the exception names the negative one: a negative n is not
    // "k > n, so 0 ways", and a negative k is not "the empty selection" (C(3, −1) is not 1).
    public void Each_negative_size_is_rejected_by_name()
    {
        FluentActions.Invoking(() => Counting.Permutations(-3, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n");
        FluentActions.Invoking(() => Counting.Combinations(3, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("k");
        FluentActions.Invoking(() => Counting.LogCombinations(-3, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n");
        FluentActions.Invoking(() => Counting.LogCombinations(4, -2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("k");
    }
}
