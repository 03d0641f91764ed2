namespace MathForML.NumericalMethods;

/// <summary>Reference solution: naive, Kahan and pairwise summation.</summary>
public static class Summation
{
    /// <summary>Left to right.</summary>
    public static double NaiveSum(double[] values)
    {
        RequireFinite(values);
        var sum = 0.0;
        foreach (var x in values)
        {
            sum += x;
        }

        return sum;
    }

    /// <summary>Left to right with Kahan's compensation.</summary>
    public static double KahanSum(double[] values)
    {
        RequireFinite(values);
        var sum = 0.0;
        var compensation = 0.0; // what the additions so far have lost (with the opposite sign)
        foreach (var x in values)
        {
            var corrected = x - compensation;
            var next = sum + corrected;
            // (next − sum) is exactly the part of `corrected` that made it into `next`; subtracting `corrected` leaves
            // minus the part that was rounded away.
            compensation = (next - sum) - corrected;
            sum = next;
        }

        return sum;
    }

    /// <summary>A balanced tree of additions.</summary>
    public static double PairwiseSum(double[] values)
    {
        RequireFinite(values);
        return values.Length == 0 ? 0 : Pairwise(values, 0, values.Length);
    }

    private static double Pairwise(double[] values, int start, int count)
    {
        if (count == 1)
        {
            return values[start];
        }

        var half = count / 2;
        return Pairwise(values, start, half) + Pairwise(values, start + half, count - half);
    }

    private static void RequireFinite(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var x in values)
        {
            if (!double.IsFinite(x))
            {
                throw new ArgumentException($"Every value must be finite; found {x}.", nameof(values));
            }
        }
    }
}
