using System.Globalization;

namespace MathForML.Verification;

/// <summary>
/// How far apart two floating-point numbers may be and still count as equal:
/// <c>|actual − expected| ≤ Absolute + Relative · max(|actual|, |expected|)</c>.
/// </summary>
/// <remarks>
/// The absolute part matters near zero, where a relative bound would shrink to nothing;
/// the relative part matters for large values, where an absolute bound would be smaller
/// than the spacing of doubles. Both parts must be non-negative and not NaN;
/// <c>default(Tolerance)</c> is exact equality.
/// </remarks>
/// <param name="Absolute">The difference always allowed, whatever the magnitude of the values.</param>
/// <param name="Relative">The difference allowed per unit of the larger magnitude of the two values.</param>
public readonly record struct Tolerance(double Absolute, double Relative)
{
    /// <summary>
    /// abs 1e-12 + rel 1e-12: for results of a few well-conditioned floating-point operations,
    /// whose rounding error is a small multiple of machine epsilon (about 2.2e-16).
    /// </summary>
    public static readonly Tolerance Tight = new(1e-12, 1e-12);

    /// <summary>
    /// abs 1e-9 + rel 1e-9: for direct (non-iterative) algorithms on moderately conditioned inputs,
    /// such as solving a linear system or factorising a small matrix; leaves room for error growth
    /// through the computation while still catching any real mistake.
    /// </summary>
    public static readonly Tolerance Default = new(1e-9, 1e-9);

    /// <summary>
    /// abs 1e-6 + rel 1e-6: for iterative methods stopped at a convergence threshold and for
    /// finite-difference approximations, whose error is dominated by truncation rather than rounding.
    /// </summary>
    public static readonly Tolerance Loose = new(1e-6, 1e-6);

    private readonly double _absolute = Validated(Absolute, nameof(Absolute));
    private readonly double _relative = Validated(Relative, nameof(Relative));

    /// <summary>The difference always allowed, whatever the magnitude of the values.</summary>
    public double Absolute
    {
        get => _absolute;
        init => _absolute = Validated(value, nameof(Absolute));
    }

    /// <summary>The difference allowed per unit of the larger magnitude of the two values.</summary>
    public double Relative
    {
        get => _relative;
        init => _relative = Validated(value, nameof(Relative));
    }

    /// <summary>A tolerance with only an absolute part: <c>|actual − expected| ≤ absolute</c>.</summary>
    /// <param name="absolute">The allowed difference; must be non-negative and not NaN.</param>
    /// <returns>The tolerance.</returns>
    public static Tolerance AbsoluteOnly(double absolute) => new(Validated(absolute, nameof(absolute)), 0);

    /// <summary>A tolerance with only a relative part: <c>|actual − expected| ≤ relative · max(|actual|, |expected|)</c>.</summary>
    /// <param name="relative">The allowed difference per unit of magnitude; must be non-negative and not NaN.</param>
    /// <returns>The tolerance.</returns>
    public static Tolerance RelativeOnly(double relative) => new(0, Validated(relative, nameof(relative)));

    /// <summary>
    /// Whether <paramref name="actual"/> is within this tolerance of <paramref name="expected"/>.
    /// NaN is never close to anything, not even to NaN; an infinity is close only to the same infinity.
    /// </summary>
    /// <param name="actual">The computed value.</param>
    /// <param name="expected">The reference value.</param>
    /// <returns><see langword="true"/> when the two values count as equal.</returns>
    public bool IsClose(double actual, double expected)
    {
        if (double.IsNaN(actual) || double.IsNaN(expected))
        {
            return false;
        }

        if (double.IsInfinity(actual) || double.IsInfinity(expected))
        {
            return actual == expected;
        }

        var difference = Math.Abs(actual - expected);

        // Checked first so that an infinite relative part times a zero magnitude (NaN) cannot reject equal values.
        return difference == 0 || difference <= AllowedDifference(actual, expected);
    }

    /// <summary>
    /// The largest difference this tolerance allows between the two values:
    /// <c>Absolute + Relative · max(|actual|, |expected|)</c>. Used in failure messages.
    /// </summary>
    /// <param name="actual">The computed value.</param>
    /// <param name="expected">The reference value.</param>
    /// <returns>The allowed difference.</returns>
    public double AllowedDifference(double actual, double expected) =>
        Absolute + (Relative * Math.Max(Math.Abs(actual), Math.Abs(expected)));

    /// <summary>Describes the tolerance for failure messages, for example <c>abs 1e-09 + rel 1e-09</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"abs {Absolute:g} + rel {Relative:g}");

    private static double Validated(double value, string name)
    {
        if (double.IsNaN(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "A tolerance must be non-negative and not NaN.");
        }

        return value;
    }
}
