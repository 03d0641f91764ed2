using System.Globalization;
using MathForML.Verification;

namespace MathForML.NumericalMethods.Tests;

/// <summary>
/// The double number line, exactly: ε = 2⁻⁵², ULP spacing and distances through the bit patterns, and the exact decimal
/// value behind a double. Wrong implementations these tests catch:
/// (1) halving while 1 + ε &gt; 1 (instead of 1 + ε/2 &gt; 1) returns 2⁻⁵³, the unit roundoff, not the spacing;
/// (2) comparing raw bit patterns as integers: negative doubles are stored as sign + magnitude, so −1 and 1 come out
///     2⁶³ apart instead of 2·bits(1) and the distance across zero is nonsense;
/// (3) Ulp(x) = ε·|x|: right only at powers of two, wrong (not a power of two) everywhere else;
/// (4) ExactDecimal via ToString("R") or "G17": the shortest round-trip text, not the exact value.
/// </summary>
public class FloatingPointTests
{
    private static readonly double Epsilon = Math.ScaleB(1, -52);

    [Test, Order(1)]
    // 1 + 2⁻⁵² is the next double after 1; 1 + 2⁻⁵³ is exactly halfway and rounds back to 1 (ties go to the even
    // mantissa), so halving must stop at 2⁻⁵² = 2.220446049250313e-16.
    public void Machine_epsilon_found_by_halving_is_two_to_the_minus_52()
    {
        var epsilon = FloatingPoint.MachineEpsilon();

        epsilon.Should().Be(Epsilon);
        (1 + epsilon).Should().BeGreaterThan(1);
        (1 + (epsilon / 2)).Should().Be(1);
    }

    [Test, Order(2)]
    // Doubles in [2ᵏ, 2ᵏ⁺¹) are spaced 2ᵏ⁻⁵² apart: Ulp(1) = ε, Ulp(1.5) = ε, Ulp(2) = 2ε, Ulp(0.75) = ε/2, Ulp(1024) = 2⁻⁴²,
    // Ulp(0.1) = 2⁻⁵⁶ (0.1 lies in [2⁻⁴, 2⁻³)); at zero the step is the smallest subnormal 2⁻¹⁰⁷⁴.
    public void Ulp_is_the_power_of_two_spacing_of_the_binade()
    {
        FloatingPoint.Ulp(1).Should().Be(Epsilon);
        FloatingPoint.Ulp(1.5).Should().Be(Epsilon);
        FloatingPoint.Ulp(2).Should().Be(2 * Epsilon);
        FloatingPoint.Ulp(0.75).Should().Be(Epsilon / 2);
        FloatingPoint.Ulp(-1024).Should().Be(Math.ScaleB(1, -42));
        FloatingPoint.Ulp(0.1).Should().Be(Math.ScaleB(1, -56));
        FloatingPoint.Ulp(0).Should().Be(double.Epsilon);
        FloatingPoint.Ulp(double.MaxValue).Should().Be(Math.ScaleB(1, 971));
    }

    [Test, Order(3)]
    // On seeded values across 600 orders of magnitude: x + Ulp(x) is the very next double, Ulp(x) is a power of two, and
    // for normal x the relative spacing Ulp(x)/|x| lies in (ε/2, ε] — the reason "relative error ≤ ε/2" is the rounding rule.
    public void Ulp_steps_to_the_next_double_at_every_scale([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        for (var i = 0; i < 200; i++)
        {
            var x = random.Uniform(1, 10) * Math.Pow(10, random.Uniform(-300, 300));
            var ulp = FloatingPoint.Ulp(x);

            (x + ulp).Should().Be(Math.BitIncrement(x));
            Math.ScaleB(1, Math.ILogB(ulp)).Should().Be(ulp, "the spacing is a power of two");
            (ulp / x).Should().BeInRange(Epsilon / 2, Epsilon);
            FloatingPoint.Ulp(-x).Should().Be(ulp);
        }
    }

    [Test, Order(4)]
    // Neighbours are 1 apart; 0.1 + 0.2 lands one double above 0.3 (0.30000000000000004); +0 and −0 are one point, so
    // the two smallest subnormals ±2⁻¹⁰⁷⁴ are 2 apart; MaxValue is one step below +∞.
    public void Ulp_distance_counts_the_doubles_between_two_values()
    {
        FloatingPoint.UlpDistance(1, Math.BitIncrement(1)).Should().Be(1);
        FloatingPoint.UlpDistance(0.1 + 0.2, 0.3).Should().Be(1);
        FloatingPoint.UlpDistance(0.3, 0.1 + 0.2).Should().Be(1);
        FloatingPoint.UlpDistance(0.0, -0.0).Should().Be(0);
        FloatingPoint.UlpDistance(-double.Epsilon, double.Epsilon).Should().Be(2);
        FloatingPoint.UlpDistance(double.MaxValue, double.PositiveInfinity).Should().Be(1);
        FloatingPoint.UlpDistance(1, 2).Should().Be(1UL << 52, "there are 2⁵² doubles in [1, 2)");
    }

    [Test, Order(5)]
    // Walking k steps with BitIncrement from a seeded start, also from negative starts through zero, covers exactly k
    // ULPs; and the distance from −x to x is twice the distance from 0 to x (the line is symmetric about zero).
    public void Ulp_distance_matches_stepping_also_across_zero([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        for (var i = 0; i < 20; i++)
        {
            var start = i % 2 == 0 ? random.Uniform(-1e-3, 1e-3) * Math.Pow(10, random.Uniform(-20, 20)) : -(random.NextInt(1, 50) * double.Epsilon);
            var steps = random.NextInt(1, 100);
            var end = start;
            for (var k = 0; k < steps; k++)
            {
                end = Math.BitIncrement(end);
            }

            // BitIncrement walks −2⁻¹⁰⁷⁴ → −0 → +2⁻¹⁰⁷⁴: the signed zeros are one stop, as UlpDistance counts them.
            FloatingPoint.UlpDistance(start, end).Should().Be((ulong)steps, $"{steps} steps from {start:R}");
            FloatingPoint.UlpDistance(-end, end).Should().Be(2 * FloatingPoint.UlpDistance(0, end));
        }
    }

    [Test, Order(6)]
    // 0.1 is stored as 3602879701896397·2⁻⁵⁵ = 0.1000000000000000055511151231257827021181583404541015625. The float 0.1f is
    // 13421773·2⁻²⁷ = 0.100000001490116119384765625: the same decimal, rounded to 24 bits instead of 53. 0.1 + 0.2 − 0.3 is
    // exactly 2⁻⁵⁴ = 5.551115123125783e-17: one rounding error of the sum, made visible by the exact subtraction.
    public void Exact_decimals_show_what_0_1_really_is()
    {
        FloatingPoint.ExactDecimal(0.1).Should().Be("0.1000000000000000055511151231257827021181583404541015625");
        FloatingPoint.ExactDecimal(0.1f).Should().Be("0.100000001490116119384765625");
        (0.1 + 0.2 - 0.3).Should().Be(5.551115123125783e-17);
        FloatingPoint.ExactDecimal(0.1 + 0.2 - 0.3).Should().Be("0.000000000000000055511151231257827021181583404541015625");
        FloatingPoint.ExactDecimal(0.5).Should().Be("0.5");
        FloatingPoint.ExactDecimal(-2.5).Should().Be("-2.5");
        FloatingPoint.ExactDecimal(1e20).Should().Be("100000000000000000000");
        FloatingPoint.ExactDecimal(1e23).Should().Be("99999999999999991611392");
        FloatingPoint.ExactDecimal(0).Should().Be("0");
        FloatingPoint.ExactDecimal(-0.0).Should().Be("-0");
    }

    [Test, Order(7)]
    // The exact decimal of a seeded double, parsed back, gives the same double (parsing rounds correctly), and a value
    // m·2⁻ᵏ with odd m has exactly k decimals. The smallest subnormal 2⁻¹⁰⁷⁴ has 1074 of them.
    public void Exact_decimals_round_trip_and_have_as_many_digits_as_the_power_of_two([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        for (var i = 0; i < 50; i++)
        {
            var x = random.Uniform(-1, 1) * Math.Pow(10, random.Uniform(-30, 30));
            var text = FloatingPoint.ExactDecimal(x);
            double.Parse(text, CultureInfo.InvariantCulture).Should().Be(x);

            var odd = (2 * random.NextInt(0, 1 << 20)) + 1;
            var places = random.NextInt(1, 60);
            var decimals = FloatingPoint.ExactDecimal(Math.ScaleB(odd, -places)).Split('.');
            decimals.Should().HaveCount(2);
            decimals[1].Should().HaveLength(places);
        }

        FloatingPoint.ExactDecimal(double.Epsilon).Split('.')[1].Should().HaveLength(1074).And.EndWith("625");
    }

    [Test, Order(8)]
    // A float keeps 24 significant bits, a double 53: the same decimal rounds with relative error ≤ 2⁻²⁴ ≈ 6e-8 as a
    // float but ≤ 2⁻⁵³ ≈ 1.1e-16 as a double. In [1, 2) half a float ULP (2⁻²⁴) is 2²⁸ double ULPs (2⁻⁵² each), so the
    // float of x lies at most 2²⁸ doubles from x. For 0.1: 0.1f − 0.1 = 107374182·2⁻⁵⁶ (computed exactly with fractions).
    public void A_float_rounds_the_same_decimal_29_bits_more_coarsely([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        for (var i = 0; i < 50; i++)
        {
            var x = random.Uniform(1, 2);
            var distance = FloatingPoint.UlpDistance(x, (float)x);
            distance.Should().BeLessThanOrEqualTo(1UL << 28, "rounding to 24 bits moves at most half a float ULP = 2²⁸ double ULPs");
            FloatingPoint.Ulp((float)x).Should().Be(Epsilon, "the float's value is itself a double in [1, 2]");
        }

        FloatingPoint.UlpDistance(0.1, 0.1f).Should().Be(107374182UL);
    }

    [Test, Order(9)]
    // NaN is not on the number line: it has no ULP, no distance and no decimal value; infinities have no ULP or decimal.
    public void Values_off_the_number_line_are_rejected()
    {
        FluentActions.Invoking(() => FloatingPoint.Ulp(double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => FloatingPoint.Ulp(double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => FloatingPoint.UlpDistance(double.NaN, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => FloatingPoint.UlpDistance(1, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => FloatingPoint.ExactDecimal(double.NegativeInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
    }

    [Test, Order(10)]
    // Whole numbers below 2⁵³ are stored as m·2ᵉ with e < 0 (1 = 2⁵²·2⁻⁵², 3 = (3·2⁵¹)·2⁻⁵¹): their decimal expansion has
    // no digit after the point, and none is written — "1", not "1.". A NaN argument is reported under its own name.
    public void Whole_numbers_have_no_decimal_point_and_NaN_is_named()
    {
        FloatingPoint.ExactDecimal(1).Should().Be("1");
        FloatingPoint.ExactDecimal(-3).Should().Be("-3");
        FluentActions.Invoking(() => FloatingPoint.UlpDistance(double.NaN, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("a");
        FluentActions.Invoking(() => FloatingPoint.UlpDistance(1, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("b");
    }
}
