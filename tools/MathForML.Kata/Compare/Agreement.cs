namespace MathForML.Kata.Compare;

/// <summary>How closely two flattened results agree.</summary>
/// <param name="LargestDifference">The largest |learner − reference| over all numbers (∞ when shapes differ or one is NaN).</param>
/// <param name="Digits">Significant digits in common at the worst number: −log10 of the relative difference, capped at 16.</param>
internal sealed record Agreement(double LargestDifference, double Digits)
{
    public const double MaxDigits = 16;

    public static readonly Agreement Exact = new(0, MaxDigits);

    public static readonly Agreement None = new(double.PositiveInfinity, 0);

    public static Agreement Between(FlatResult learner, FlatResult reference)
    {
        if (learner.Shape != reference.Shape || learner.Numbers.Count != reference.Numbers.Count)
        {
            return None;
        }

        var largest = 0.0;
        var digits = MaxDigits;
        for (var i = 0; i < learner.Numbers.Count; i++)
        {
            var (difference, agreement) = Compare(learner.Numbers[i], reference.Numbers[i]);
            largest = Math.Max(largest, difference);
            digits = Math.Min(digits, agreement);
        }

        return new Agreement(largest, digits);
    }

    /// <summary>The worse of two agreements (over several inputs, the worst input decides).</summary>
    public Agreement Worst(Agreement other) =>
        new(Math.Max(LargestDifference, other.LargestDifference), Math.Min(Digits, other.Digits));

    internal static (double Difference, double Digits) Compare(double a, double b)
    {
        if (a.Equals(b))
        {
            return (0, MaxDigits); // also NaN = NaN and ∞ = ∞: the same answer
        }

        if (double.IsNaN(a) || double.IsNaN(b) || double.IsInfinity(a) || double.IsInfinity(b))
        {
            return (double.PositiveInfinity, 0);
        }

        var difference = Math.Abs(a - b);
        var scale = Math.Max(Math.Abs(a), Math.Abs(b));
        var relative = difference / scale;
        var digits = relative <= 0 ? MaxDigits : Math.Clamp(-Math.Log10(relative), 0, MaxDigits);
        return (difference, digits);
    }
}
