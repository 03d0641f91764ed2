using System.Globalization;

namespace MathForML.Verification;

/// <summary>Formats numbers and shapes for failure messages, independent of the current culture.</summary>
internal static class Describe
{
    /// <summary>Shortest round-trip form, lower-case exponent: <c>2.5</c>, <c>1e-07</c>, <c>NaN</c>.</summary>
    public static string Number(double value) => value.ToString("g", CultureInfo.InvariantCulture);

    /// <summary>Three significant digits, for derived quantities such as allowances: <c>7e-09</c>, <c>0.333</c>.</summary>
    public static string Brief(double value) => value.ToString("g3", CultureInfo.InvariantCulture);

    public static string Shape(int rows, int columns) =>
        string.Create(CultureInfo.InvariantCulture, $"{rows}x{columns}");

    public static string Shape(double[,] matrix) => Shape(matrix.GetLength(0), matrix.GetLength(1));

    /// <summary>"1 entry is" / "3 entries are", so messages read naturally.</summary>
    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>"1 of 10 entries is" / "2 of 10 entries are": the verb agrees with the first count.</summary>
    public static string OutOf(int count, int total, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} of {total} {(total == 1 ? singular : plural)} {(count == 1 ? "is" : "are")}");
}

/// <summary>
/// Finds the worst of a series of value comparisons and counts how many are out of tolerance.
/// "Worst" means the largest difference measured in units of the allowed difference, so a small miss
/// near zero can outrank a larger miss on a large value; NaN and infinity mismatches rank above everything.
/// </summary>
internal sealed class WorstMismatch
{
    private double _severity;
    private double _difference;

    /// <summary>How many comparisons were out of tolerance.</summary>
    public int Count { get; private set; }

    /// <summary>The actual value of the worst comparison.</summary>
    public double Actual { get; private set; }

    /// <summary>The expected value of the worst comparison.</summary>
    public double Expected { get; private set; }

    /// <summary>|Actual − Expected| of the worst comparison.</summary>
    public double Difference => _difference;

    /// <summary>The difference the tolerance allowed for the worst comparison.</summary>
    public double Allowed { get; private set; }

    /// <summary>
    /// Records one comparison; returns <see langword="true"/> when it is out of tolerance and worse than
    /// every earlier one, so the caller can remember where it happened.
    /// </summary>
    public bool Consider(double actual, double expected, Tolerance tolerance)
    {
        if (tolerance.IsClose(actual, expected))
        {
            return false;
        }

        Count++;
        var difference = Math.Abs(actual - expected);
        var allowed = tolerance.AllowedDifference(actual, expected);
        return Offer(actual, expected, double.IsNaN(difference) ? double.PositiveInfinity : difference, allowed);
    }

    /// <summary>
    /// Records a value that should be zero, with an explicitly computed allowance
    /// (used when the allowance depends on the scale of a whole matrix rather than on the value itself).
    /// </summary>
    public bool ConsiderZero(double actual, double allowed)
    {
        var magnitude = Math.Abs(actual);
        if (magnitude <= allowed)
        {
            return false;
        }

        Count++;
        return Offer(actual, 0, double.IsNaN(magnitude) ? double.PositiveInfinity : magnitude, allowed);
    }

    private bool Offer(double actual, double expected, double difference, double allowed)
    {
        var severity = !double.IsFinite(actual) || !double.IsFinite(expected) || allowed <= 0 || !double.IsFinite(allowed)
            ? double.PositiveInfinity
            : difference / allowed;
        if (Count > 1 && (severity < _severity || (severity == _severity && difference <= _difference)))
        {
            return false;
        }

        _severity = severity;
        _difference = difference;
        Actual = actual;
        Expected = expected;
        Allowed = allowed;
        return true;
    }
}
