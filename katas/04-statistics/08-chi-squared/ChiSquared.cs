namespace MathForML.Statistics;

/// <summary>
/// Pearson's chi-squared tests on counts: goodness of fit (do the counts of k categories follow given proportions?) and
/// independence (are the row and column classifications of an r × c contingency table unrelated?). Both report
/// χ² = Σ (O − E)²/E, its degrees of freedom and the upper-tail p-value.
/// </summary>
/// <remarks>
/// The upper tail of χ²(ν) is the regularized upper incomplete gamma function Q(ν/2, x/2), available as
/// <c>MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(a, x)</c>; p-values must stay accurate (and positive) far in
/// the tail, down to about 1e-300, where 1 − CDF rounds to 0. No continuity (Yates) correction.
/// Bad input: null → <see cref="ArgumentNullException"/>; anything else invalid → <see cref="ArgumentException"/> (or its
/// subclass <see cref="ArgumentOutOfRangeException"/>) with the message words listed on each method.
/// Lesson: katas/04-statistics/08-chi-squared/README.md
/// </remarks>
public static class ChiSquared
{
    /// <summary>The upper-tail probability P(X ≥ x) of a chi-squared variable X with ν degrees of freedom.</summary>
    /// <param name="statistic">x ≥ 0.</param>
    /// <param name="degreesOfFreedom">ν ≥ 1.</param>
    /// <returns>The p-value in [0, 1]; 1 at x = 0; relative accuracy about 1e-10 even when it is as small as 1e-300.</returns>
    /// <exception cref="ArgumentOutOfRangeException">x is negative or NaN ("negative"), or ν &lt; 1.</exception>
    public static double UpperTail(double statistic, int degreesOfFreedom)
    {
        // TODO: a tail probability computed directly, not as 1 − something.
        throw new NotImplementedException("TODO ChiSquared.UpperTail: return P(X ≥ x) for X ~ χ²(ν), computed without 1 − CDF.");
    }

    /// <summary>
    /// The goodness-of-fit test of observed counts O₁ … O_k against expected proportions: E_i = n·w_i/Σw with n = ΣO,
    /// χ² = Σ (O_i − E_i)²/E_i, ν = k − 1 − <paramref name="estimatedParameters"/>.
    /// </summary>
    /// <param name="observed">The counts O_i ≥ 0 of the k ≥ 2 categories, not all zero.</param>
    /// <param name="expected">
    /// The expected proportions w_i &gt; 0 of the same k categories: probabilities, ratios (9, 3, 3, 1) or expected counts; they
    /// are rescaled to total n, so any positive multiple gives the same test.
    /// </param>
    /// <param name="estimatedParameters">How many parameters of the null distribution were estimated from these counts (0 when it was fully given).</param>
    /// <returns>χ², ν and the upper-tail p-value.</returns>
    /// <exception cref="ArgumentException">
    /// The arrays differ in length ("length"); fewer than two categories ("two"); a negative or non-finite count ("negative");
    /// all counts zero ("zero"); an expected proportion that is zero, negative or non-finite ("zero"); ν &lt; 1 ("degrees of freedom").
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="estimatedParameters"/> is negative.</exception>
    public static ChiSquaredResult GoodnessOfFit(double[] observed, double[] expected, int estimatedParameters = 0)
    {
        // TODO: scale the proportions to expected counts, sum the squared differences relative to them.
        throw new NotImplementedException("TODO ChiSquared.GoodnessOfFit: return χ² = Σ (O − E)²/E with E = n·w/Σw, ν = k − 1 − estimated parameters, and the upper-tail p.");
    }

    /// <summary>
    /// The expected counts of an r × c contingency table under independence: E_ij = (row total i)·(column total j)/n, n
    /// the grand total. The table is not modified.
    /// </summary>
    /// <param name="table">The observed counts, r ≥ 2 rows and c ≥ 2 columns, every row and column total positive.</param>
    /// <returns>A new r × c array; its row and column totals equal the table's.</returns>
    /// <exception cref="ArgumentException">
    /// Fewer than two rows or columns ("two"); a negative or non-finite count ("negative"); a row or column whose total is
    /// zero, which makes its expected counts zero ("zero").
    /// </exception>
    public static double[,] ExpectedCounts(double[,] table)
    {
        // TODO: the row totals, the column totals and the grand total first.
        throw new NotImplementedException("TODO ChiSquared.ExpectedCounts: return E[i, j] = row total i × column total j / n.");
    }

    /// <summary>
    /// The test of independence of an r × c contingency table: χ² = Σ_ij (O_ij − E_ij)²/E_ij with E from
    /// <see cref="ExpectedCounts"/>, ν = (r − 1)(c − 1), upper-tail p-value.
    /// </summary>
    /// <param name="table">The observed counts, as for <see cref="ExpectedCounts"/>.</param>
    /// <returns>χ², ν and the upper-tail p-value.</returns>
    /// <exception cref="ArgumentException">As for <see cref="ExpectedCounts"/>.</exception>
    public static ChiSquaredResult Independence(double[,] table)
    {
        // TODO: compare the table with its expected counts.
        throw new NotImplementedException("TODO ChiSquared.Independence: return χ² against the expected counts, ν = (r − 1)(c − 1), and the upper-tail p.");
    }
}
