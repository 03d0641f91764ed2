namespace MathForML.NumericalMethods;

/// <summary>
/// The double-precision number line measured exactly: machine epsilon, the spacing of doubles (one ULP), the distance
/// between two doubles counted in ULPs, and the exact decimal value a double stores.
/// </summary>
/// <remarks>Lesson: katas/07-numerical-methods/01-floating-point/README.md</remarks>
public static class FloatingPoint
{
    /// <summary>
    /// Machine epsilon ε: the gap between 1 and the next larger double, found by halving a candidate while adding half
    /// of it to 1 still changes the sum. It must come out as exactly 2⁻⁵² (do not return a constant).
    /// </summary>
    /// <returns>ε = 2⁻⁵² ≈ 2.220446049250313e-16.</returns>
    public static double MachineEpsilon()
    {
        // TODO: start from 1 and halve while 1 + candidate/2 is still greater than 1.
        throw new NotImplementedException("TODO FloatingPoint.MachineEpsilon: return the gap between 1 and the next double, found by halving.");
    }

    /// <summary>
    /// One ULP at x: the distance from |x| to the next larger double (for the largest finite double, to the next smaller
    /// one). Ulp(1) = 2⁻⁵², Ulp(0) = 2⁻¹⁰⁷⁴ (the smallest subnormal), Ulp(−x) = Ulp(x).
    /// </summary>
    /// <param name="x">A finite double.</param>
    /// <returns>The spacing of doubles at x, a power of two.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN or infinite ("finite").</exception>
    public static double Ulp(double x)
    {
        // TODO: reinterpret |x| as its 64 bits, add one, reinterpret back and subtract.
        throw new NotImplementedException("TODO FloatingPoint.Ulp: return the distance from |x| to the next double.");
    }

    /// <summary>
    /// How many doubles apart a and b are: the number of steps of <see cref="Math.BitIncrement"/> from the smaller to the
    /// larger. +0 and −0 count as the same point, so UlpDistance(−2⁻¹⁰⁷⁴, 2⁻¹⁰⁷⁴) = 2. Infinities are allowed (one step
    /// beyond <see cref="double.MaxValue"/>).
    /// </summary>
    /// <param name="a">A double, not NaN.</param>
    /// <param name="b">A double, not NaN.</param>
    /// <returns>The distance in ULPs, 0 when a = b.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="a"/> or <paramref name="b"/> is NaN ("NaN").</exception>
    public static ulong UlpDistance(double a, double b)
    {
        // TODO: map each double's bits to an integer that increases with the double, also across zero; subtract.
        throw new NotImplementedException("TODO FloatingPoint.UlpDistance: return the number of doubles between a and b.");
    }

    /// <summary>
    /// The exact decimal value stored in x, with every digit and no exponent: ExactDecimal(0.1) =
    /// "0.1000000000000000055511151231257827021181583404541015625", ExactDecimal(1e20) = "100000000000000000000",
    /// ExactDecimal(−2.5) = "-2.5", ExactDecimal(0) = "0", ExactDecimal(−0.0) = "-0". No trailing zeros after the point
    /// and no point for integers; a leading "0." for values below 1 in magnitude.
    /// </summary>
    /// <param name="x">A finite double.</param>
    /// <returns>The decimal digits of x, exactly.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN or infinite ("finite").</exception>
    public static string ExactDecimal(double x)
    {
        // TODO: split x into an integer mantissa m and a power of two 2ᵉ; for e < 0 write m·5⁻ᵉ with −e decimals.
        throw new NotImplementedException("TODO FloatingPoint.ExactDecimal: return every decimal digit of the value x stores.");
    }
}
