using System.Numerics;
using MathForML.Verification;

namespace MathForML.NumericalMethods.Tests;

/// <summary>
/// Naive, Kahan and pairwise sums measured against the EXACT sum (computed here with big integers: every double is
/// m·2ᵉ, so a sum of doubles is an integer multiple of the smallest 2ᵉ). Wrong implementations these tests catch:
/// (1) Kahan with the compensation's sign flipped, c = (t − s) + y, or computed but never fed back: the error grows
///     like the naive sum's; (2) a pairwise split that drops or repeats the middle element; (3) "pairwise" as
///     adjacent pairs added left to right (x₁ + x₂) + (x₃ + x₄) + …, which is still naive in its error growth.
/// </summary>
public class SummationTests
{
    private static readonly double Epsilon = Math.ScaleB(1, -52);

    [Test, Order(1)]
    // 1e16 has ULP 2, so 1e16 + 1 is a tie that rounds (to even) back to 1e16: the naive sum of [1e16, 1, 1] is 1e16 and
    // loses both ones. Kahan: after the first 1 is lost, c = −1 remembers it, and the next step adds 1 − (−1) = 2,
    // giving 1e16 + 2 exactly. Pairwise: 1e16 + (1 + 1) = 1e16 + 2 exactly.
    public void Adding_ones_to_1e16_loses_them_unless_compensated()
    {
        double[] values = [1e16, 1, 1];

        Summation.NaiveSum(values).Should().Be(1e16);
        Summation.KahanSum(values).Should().Be(1e16 + 2);
        Summation.PairwiseSum(values).Should().Be(1e16 + 2);
        Summation.NaiveSum([1, 2, 3, 4]).Should().Be(10);
        Summation.KahanSum([1, 2, 3, 4]).Should().Be(10);
        Summation.PairwiseSum([1, 2, 3, 4]).Should().Be(10);
    }

    [Test, Order(2)]
    // Integers below 2⁵³ add exactly, so on seeded integer data all three sums equal the exact sum (no hard-coded total
    // can pass), whatever the length — also lengths that are not powers of two, where a pairwise split can go wrong.
    public void Exact_data_gives_the_exact_sum_in_every_method([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        foreach (var n in (int[])[0, 1, 2, 3, 7, 100, 1001])
        {
            var values = Enumerable.Range(0, n).Select(_ => (double)random.NextInt(-1_000_000, 1_000_000)).ToArray();
            var exact = values.Sum(v => (long)v);

            Summation.NaiveSum(values).Should().Be(exact);
            Summation.KahanSum(values).Should().Be(exact);
            Summation.PairwiseSum(values).Should().Be(exact);
        }
    }

    [Test, Order(3)]
    // The adversarial input: x₁ = 1, then n − 1 positive values each below ε/2 = 2⁻⁵³, half an ULP of the running sum.
    // Each naive addition rounds the new value away: the naive sum is exactly 1 and its error is the whole tail, growing
    // linearly with n. Kahan's error stays below the n-independent bound 2ε·Σ|xᵢ| at n = 300, 3000 and 30 000, and pairwise below
    // ε·log₂(n)·Σ|xᵢ|.
    public void On_values_below_half_an_ulp_naive_error_grows_with_n_and_Kahan_error_does_not([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        var naiveErrors = new List<double>();
        foreach (var n in (int[])[300, 3_000, 30_000])
        {
            double[] values = [1, .. Enumerable.Range(1, n - 1).Select(_ => random.Uniform(0.1, 0.49) * Epsilon)];
            var absoluteSum = values.Sum(Math.Abs);

            Summation.NaiveSum(values).Should().Be(1, "every tiny value is rounded away");
            naiveErrors.Add(ErrorOf(Summation.NaiveSum(values), values));
            ErrorOf(Summation.KahanSum(values), values).Should().BeLessThanOrEqualTo(2 * Epsilon * absoluteSum, $"Kahan at n = {n}");
            ErrorOf(Summation.PairwiseSum(values), values).Should().BeLessThanOrEqualTo(Epsilon * Math.Log2(n) * absoluteSum, $"pairwise at n = {n}");
        }

        // The tail sum is (n − 1)·0.29ε on average: a hundred times more values, about a hundred times the naive error.
        (naiveErrors[2] / naiveErrors[0]).Should().BeGreaterThan(50);
    }

    [Test, Order(4)]
    // Mixed signs and magnitudes 10⁻⁸ … 10⁸ (full 53-bit mantissas, so nearly every addition rounds): Kahan within
    // 2ε·Σ|xᵢ| and pairwise within ε·log₂(n)·Σ|xᵢ| (n = 20 000). The bounds are worst cases (Higham, Accuracy and
    // Stability, §4.2–4.3), so a correct implementation never fails; a Kahan sum with a wrong compensation overshoots.
    public void On_random_signs_and_scales_the_error_bounds_hold([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        var values = Enumerable.Range(0, 20_000)
            .Select(_ => (random.NextDouble() < 0.5 ? -1 : 1) * random.Uniform(1, 10) * Math.Pow(10, random.NextInt(-8, 9)))
            .ToArray();
        var absoluteSum = values.Sum(Math.Abs);

        var kahan = ErrorOf(Summation.KahanSum(values), values);
        var pairwise = ErrorOf(Summation.PairwiseSum(values), values);

        kahan.Should().BeLessThanOrEqualTo(2 * Epsilon * absoluteSum);
        pairwise.Should().BeLessThanOrEqualTo(Epsilon * Math.Log2(values.Length) * absoluteSum);
    }

    [Test, Order(5)]
    // A sum is only as meaningful as its terms: NaN or ±∞ anywhere makes every method's answer NaN or ∞ (Kahan even
    // turns ∞ into NaN through ∞ − ∞), so they are refused up front. Null is not an empty list.
    public void Non_finite_values_and_null_are_rejected()
    {
        foreach (var sum in (Func<double[], double>[])[Summation.NaiveSum, Summation.KahanSum, Summation.PairwiseSum])
        {
            FluentActions.Invoking(() => sum([1, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*finite*");
            FluentActions.Invoking(() => sum([double.PositiveInfinity])).Should().Throw<ArgumentException>().WithMessage("*finite*");
            FluentActions.Invoking(() => sum(null!)).Should().Throw<ArgumentNullException>();
            sum([]).Should().Be(0);
        }
    }

    /// <summary>|computed − exact sum of values|, the exact sum formed with big integers (no rounding at all).</summary>
    private static double ErrorOf(double computed, double[] values)
    {
        // Write every double as m·2ᵉ and scale all of them by 2^(−smallest e): the sum becomes an integer sum.
        var parts = values.Append(computed).Select(Decompose).ToArray();
        var lowest = parts.Where(p => p.Mantissa != 0).Select(p => p.Exponent).DefaultIfEmpty(0).Min();
        var exact = BigInteger.Zero;
        for (var i = 0; i < values.Length; i++)
        {
            exact += parts[i].Mantissa << (parts[i].Exponent - lowest);
        }

        var difference = BigInteger.Abs((parts[^1].Mantissa << (parts[^1].Exponent - lowest)) - exact);
        if (difference.IsZero)
        {
            return 0;
        }

        // Keep the leading 62 bits and put the power of two back (a direct conversion could overflow to ∞).
        var drop = Math.Max(0, (int)difference.GetBitLength() - 62);
        return Math.ScaleB((double)(difference >> drop), drop + lowest);
    }

    private static (BigInteger Mantissa, int Exponent) Decompose(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var biased = (int)((bits >> 52) & 0x7FF);
        var mantissa = biased == 0 ? bits & 0xF_FFFF_FFFF_FFFFL : (bits & 0xF_FFFF_FFFF_FFFFL) | (1L << 52);
        return (bits < 0 ? -mantissa : mantissa, (biased == 0 ? 1 : biased) - 1075);
    }
}
