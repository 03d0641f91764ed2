namespace MathForML.Verification;

/// <summary>
/// Natural logarithm and exponential built only from IEEE-754 +, −, ×, ÷ and bit manipulation, so the results
/// are bit-for-bit identical on every operating system, CPU and .NET version. <see cref="Math.Log(double)"/> and
/// <see cref="Math.Exp"/> call the platform C runtime, whose last-bit rounding differs between systems; the seeded
/// generators use these instead so that the same seed gives the same data everywhere. Accurate to a few ulps.
/// </summary>
internal static class PortableMath
{
    // ln 2 split so that k · Ln2High is exact for |k| < 2^11 and Ln2Low carries the remaining bits.
    private const double Ln2High = 6.93147180369123816490e-01;
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double Ln2 = 0.6931471805599453;
    private const double Sqrt2 = 1.4142135623730951;
    private const double SmallestNormal = 2.2250738585072014e-308;

    /// <summary>ln x for finite x &gt; 0; NaN for x ≤ 0 or NaN, +∞ for +∞.</summary>
    public static double Log(double x)
    {
        if (!(x > 0))
        {
            return double.NaN;
        }

        if (double.IsPositiveInfinity(x))
        {
            return x;
        }

        var exponent = 0;
        if (x < SmallestNormal)
        {
            // Subnormal: scale into the normal range first (multiplying by a power of two is exact).
            x *= 18014398509481984.0; // 2^54
            exponent = -54;
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        exponent += (int)((bits >> 52) & 0x7FF) - 1023;

        // Mantissa in [1, 2), then folded into [√½, √2] so that |s| below stays under 0.172.
        var m = BitConverter.Int64BitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | 0x3FF0_0000_0000_0000L);
        if (m > Sqrt2)
        {
            m *= 0.5;
            exponent++;
        }

        // ln m = 2 atanh(s) = 2 (s + s³/3 + s⁵/5 + …) with s = (m − 1)/(m + 1); eleven terms reach 1e-18 relative.
        var s = (m - 1) / (m + 1);
        var s2 = s * s;
        var series = 1.0 / 23;
        for (var k = 10; k >= 0; k--)
        {
            series = (series * s2) + (1.0 / ((2 * k) + 1));
        }

        return (exponent * Ln2High) + ((2 * s * series) + (exponent * Ln2Low));
    }

    /// <summary>eˣ; 0 far below the double range, +∞ above it, NaN for NaN.</summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (x > 709.782712893384)
        {
            return double.PositiveInfinity;
        }

        if (x < -745.2)
        {
            return 0;
        }

        // x = k ln 2 + r with |r| ≤ ½ ln 2; e^r from its Taylor series in nested form
        // 1 + r(1 + r/2(1 + r/3(…))), 17 terms (the first omitted one is below 1e-20), then scale by 2^k exactly.
        var k = Math.Round(x / Ln2);
        var r = (x - (k * Ln2High)) - (k * Ln2Low);
        var sum = 1.0;
        for (var n = 17; n >= 1; n--)
        {
            sum = 1 + (r / n * sum);
        }

        return Math.ScaleB(sum, (int)k);
    }
}
