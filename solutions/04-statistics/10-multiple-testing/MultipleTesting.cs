namespace MathForML.Statistics;

/// <summary>Reference solution: Bonferroni and Benjamini–Hochberg rejections and adjusted p-values.</summary>
public static class MultipleTesting
{
    /// <summary>Reject when pᵢ ≤ α/m.</summary>
    public static bool[] Bonferroni(double[] pValues, double alpha)
    {
        RequireAlpha(alpha);
        RequirePValues(pValues);
        var threshold = alpha / pValues.Length;
        return [.. pValues.Select(p => p <= threshold)];
    }

    /// <summary>min(1, m·pᵢ).</summary>
    public static double[] BonferroniAdjusted(double[] pValues)
    {
        RequirePValues(pValues);
        var m = pValues.Length;
        return [.. pValues.Select(p => Math.Min(1, m * p))];
    }

    /// <summary>Step-up: the largest rank k with p₍k₎ ≤ kα/m, and every hypothesis ranked at or below it.</summary>
    public static bool[] BenjaminiHochberg(double[] pValues, double alpha)
    {
        RequireAlpha(alpha);
        var order = SortedPositions(pValues);
        var m = pValues.Length;

        // Step UP: search from the largest p-value down and stop at the first one under its line. Everything ranked
        // below it is rejected too, even p-values that lie above their own line.
        var k = m;
        while (k > 0 && pValues[order[k - 1]] > k * alpha / m)
        {
            k--;
        }

        var rejected = new bool[m];
        for (var rank = 0; rank < k; rank++)
        {
            rejected[order[rank]] = true;
        }

        return rejected;
    }

    /// <summary>q₍i₎ = min over j ≥ i of min(1, m·p₍j₎/j), back in the input's order.</summary>
    public static double[] BenjaminiHochbergAdjusted(double[] pValues)
    {
        var order = SortedPositions(pValues);
        var m = pValues.Length;
        var adjusted = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            // The running minimum from the top makes the adjusted values monotone in p (and ≤ 1 from the start).
            running = Math.Min(running, m * pValues[order[rank - 1]] / rank);
            adjusted[order[rank - 1]] = running;
        }

        return adjusted;
    }

    /// <summary>The positions 0 … m − 1 sorted by their p-values (ties in input order), after validating them.</summary>
    private static int[] SortedPositions(double[] pValues)
    {
        RequirePValues(pValues);
        return [.. Enumerable.Range(0, pValues.Length).OrderBy(i => pValues[i])];
    }

    private static void RequirePValues(double[] pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        if (pValues.Length == 0)
        {
            throw new ArgumentException("There are no p-values to correct (empty).", nameof(pValues));
        }

        if (pValues.Any(p => !(p >= 0 && p <= 1)))
        {
            throw new ArgumentException("Every p-value must lie between 0 and 1 (and not be NaN).", nameof(pValues));
        }
    }

    private static void RequireAlpha(double alpha)
    {
        if (!(alpha > 0 && alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The level α must lie strictly between 0 and 1.");
        }
    }
}
