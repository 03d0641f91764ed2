namespace MathForML.Statistics;

/// <summary>
/// Corrections for testing m hypotheses at once from their p-values p₁ … p_m: Bonferroni's, which controls the
/// family-wise error rate (the chance of any false rejection), and Benjamini–Hochberg's step-up procedure, which controls
/// the false discovery rate (the expected share of false rejections among all rejections); each with its adjusted
/// p-values.
/// </summary>
/// <remarks>
/// Every result is in the order of the input (element i belongs to pᵢ), in a new array; the input is not modified.
/// A hypothesis is rejected at level α exactly when its adjusted p-value is ≤ α. Bad input: null →
/// <see cref="ArgumentNullException"/>; no p-values → <see cref="ArgumentException"/> with "empty"; a p-value outside
/// [0, 1] or NaN → <see cref="ArgumentException"/> with "between 0 and 1"; α outside (0, 1) or NaN →
/// <see cref="ArgumentOutOfRangeException"/>, also with "between 0 and 1".
/// Lesson: katas/04-statistics/10-multiple-testing/README.md
/// </remarks>
public static class MultipleTesting
{
    /// <summary>Bonferroni: reject hypothesis i when pᵢ ≤ α/m.</summary>
    /// <param name="pValues">The m ≥ 1 p-values.</param>
    /// <param name="alpha">The family-wise error rate α to control, 0 &lt; α &lt; 1.</param>
    /// <returns>One flag per hypothesis: true = rejected.</returns>
    public static bool[] Bonferroni(double[] pValues, double alpha)
    {
        // TODO: one threshold for all.
        throw new NotImplementedException("TODO MultipleTesting.Bonferroni: return pᵢ ≤ α/m for every i.");
    }

    /// <summary>Bonferroni-adjusted p-values min(1, m·pᵢ).</summary>
    /// <param name="pValues">The m ≥ 1 p-values.</param>
    /// <returns>The adjusted p-values, in [0, 1].</returns>
    public static double[] BonferroniAdjusted(double[] pValues)
    {
        // TODO: scale and cap.
        throw new NotImplementedException("TODO MultipleTesting.BonferroniAdjusted: return min(1, m·pᵢ) for every i.");
    }

    /// <summary>
    /// Benjamini–Hochberg at false discovery rate α: with p₍₁₎ ≤ … ≤ p₍m₎ the sorted p-values and k the LARGEST rank with
    /// p₍k₎ ≤ k·α/m, reject the hypotheses of the k smallest p-values (none if there is no such k).
    /// </summary>
    /// <param name="pValues">The m ≥ 1 p-values.</param>
    /// <param name="alpha">The false discovery rate α to control, 0 &lt; α &lt; 1.</param>
    /// <returns>One flag per hypothesis, in the input's order: true = rejected.</returns>
    public static bool[] BenjaminiHochberg(double[] pValues, double alpha)
    {
        // TODO: sort the positions by p-value; which is the last one under its line?
        throw new NotImplementedException("TODO MultipleTesting.BenjaminiHochberg: reject the k smallest p-values, k the largest rank with p₍k₎ ≤ kα/m.");
    }

    /// <summary>
    /// Benjamini–Hochberg-adjusted p-values (R's <c>p.adjust(p, method = "BH")</c>): the adjusted value of p₍i₎ is
    /// min over j ≥ i of min(1, m·p₍j₎/j), so the adjusted values never decrease as p grows and never exceed 1.
    /// </summary>
    /// <param name="pValues">The m ≥ 1 p-values.</param>
    /// <returns>The adjusted p-values in the input's order, in [0, 1].</returns>
    public static double[] BenjaminiHochbergAdjusted(double[] pValues)
    {
        // TODO: m·p/rank in sorted order, then a running minimum from the largest p down.
        throw new NotImplementedException("TODO MultipleTesting.BenjaminiHochbergAdjusted: return min over j ≥ i of m·p₍j₎/j, capped at 1, in the input's order.");
    }
}
