using System.Globalization;
using System.Numerics;

namespace MathForML.NumericalMethods;

/// <summary>Reference solution: machine epsilon, ULPs and exact decimal values of doubles.</summary>
public static class FloatingPoint
{
    /// <summary>ε = 2⁻⁵², found by halving.</summary>
    public static double MachineEpsilon()
    {
        var epsilon = 1.0;
        // Stop at the last candidate whose half no longer changes 1: 1 + 2⁻⁵³ is a tie and rounds to 1 (to even).
        while (1 + (epsilon / 2) > 1)
        {
            epsilon /= 2;
        }

        return epsilon;
    }

    /// <summary>The spacing of doubles at x.</summary>
    public static double Ulp(double x)
    {
        RequireFinite(x, nameof(x));
        var magnitude = Math.Abs(x);
        if (magnitude == double.MaxValue)
        {
            // The next double up is +∞; the spacing is the step down instead (the same power of two).
            return magnitude - Math.BitDecrement(magnitude);
        }

        // Positive doubles are ordered like their bit patterns, so the next double is the next integer's pattern.
        var next = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(magnitude) + 1);
        return next - magnitude;
    }

    /// <summary>The number of doubles from a to b.</summary>
    public static ulong UlpDistance(double a, double b)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            throw new ArgumentOutOfRangeException(double.IsNaN(a) ? nameof(a) : nameof(b), "A ULP distance to NaN is undefined.");
        }

        var (ka, kb) = (OrderedKey(a), OrderedKey(b));
        // The keys lie in ±(2⁶³ − 2⁵²): their difference fits an unsigned 64-bit integer, not a signed one.
        return ka >= kb ? (ulong)(ka - (Int128)kb) : (ulong)(kb - (Int128)ka);
    }

    /// <summary>Every decimal digit of x.</summary>
    public static string ExactDecimal(double x)
    {
        RequireFinite(x, nameof(x));
        var bits = BitConverter.DoubleToInt64Bits(x);
        var sign = bits < 0 ? "-" : "";
        var biasedExponent = (int)((bits >> 52) & 0x7FF);
        var fraction = bits & 0xF_FFFF_FFFF_FFFFL;
        // x = ± m · 2ᵉ with an integer m: subnormals have no hidden bit and the exponent of the smallest normals.
        var mantissa = biasedExponent == 0 ? fraction : fraction | (1L << 52);
        var exponent = (biasedExponent == 0 ? 1 : biasedExponent) - 1075;
        if (mantissa == 0)
        {
            return sign + "0";
        }

        if (exponent >= 0)
        {
            return sign + (new BigInteger(mantissa) << exponent).ToString(CultureInfo.InvariantCulture);
        }

        // m · 2⁻ᵏ = m · 5ᵏ / 10ᵏ: the digits of m · 5ᵏ with the decimal point k places from the right.
        var places = -exponent;
        var digits = (mantissa * BigInteger.Pow(5, places)).ToString(CultureInfo.InvariantCulture).PadLeft(places + 1, '0');
        var whole = digits[..^places];
        var decimals = digits[^places..].TrimEnd('0');
        return decimals.Length == 0 ? sign + whole : $"{sign}{whole}.{decimals}";
    }

    /// <summary>An integer that increases with the double: the bit pattern for x ≥ +0, mirrored below zero (−0 ↦ 0).</summary>
    private static long OrderedKey(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        return bits >= 0 ? bits : long.MinValue - bits;
    }

    private static void RequireFinite(double x, string name)
    {
        if (!double.IsFinite(x))
        {
            throw new ArgumentOutOfRangeException(name, x, "The value must be finite.");
        }
    }
}
