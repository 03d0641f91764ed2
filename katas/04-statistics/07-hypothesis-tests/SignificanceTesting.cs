namespace MathForML.Statistics;

/// <summary>
/// Two-sided hypothesis tests with their p-values: the one-sample t-test of a mean, Welch's two-sample t-test (unequal
/// variances) and the one-sample z-test of a proportion.
/// </summary>
/// <remarks>
/// The CDFs come from MathNet.Numerics (<c>MathNet.Numerics.Distributions.StudentT.CDF(0, 1, ν, x)</c> and
/// <c>Normal.CDF(0, 1, x)</c>); the means and variances from your <see cref="DescriptiveStatistics"/>. p-values must stay
/// accurate far in the tails (down to about 1e-300), where 1 − CDF rounds to 0.
/// Bad input: null → <see cref="ArgumentNullException"/>; empty data → <see cref="ArgumentException"/> with "empty"; fewer
/// than two values in a sample → "two"; NaN → "NaN"; data without spread (zero variance) → "constant"; a non-finite μ₀
/// ("finite"), trials &lt; 1, successes outside [0, trials] ("trials") or p₀ outside (0, 1) ("between 0 and 1") →
/// <see cref="ArgumentOutOfRangeException"/> naming the parameter.
/// Lesson: katas/04-statistics/07-hypothesis-tests/README.md
/// </remarks>
public static class SignificanceTesting
{
    /// <summary>The one-sample t-test of H₀: μ = μ₀: t = (x̄ − μ₀)/(s/√n) with ν = n − 1, two-sided p-value.</summary>
    /// <param name="data">The sample, n ≥ 2, not constant.</param>
    /// <param name="mu0">The mean under the null hypothesis, finite.</param>
    /// <returns>t, ν = n − 1 and p.</returns>
    public static TestResult OneSampleT(double[] data, double mu0)
    {
        // TODO: the statistic, then p = P(|T| ≥ |t|) for T ~ t(ν).
        throw new NotImplementedException("TODO SignificanceTesting.OneSampleT: return t = (x̄ − μ₀)/(s/√n), ν = n − 1 and the two-sided p-value.");
    }

    /// <summary>
    /// Welch's t-test of H₀: μₐ = μᵦ without assuming equal variances: t = (x̄ₐ − x̄ᵦ)/√(sₐ²/nₐ + sᵦ²/nᵦ), ν by the
    /// Welch–Satterthwaite formula (not an integer in general), two-sided p-value.
    /// </summary>
    /// <param name="a">The first sample, at least two values.</param>
    /// <param name="b">The second sample, at least two values; the two together not both constant.</param>
    /// <returns>t (positive when a's mean is larger), ν and p.</returns>
    public static TestResult WelchT(double[] a, double[] b)
    {
        // TODO: the two squared standard errors drive everything.
        throw new NotImplementedException("TODO SignificanceTesting.WelchT: return Welch's t, its Welch–Satterthwaite ν and the two-sided p-value.");
    }

    /// <summary>
    /// The z-test of H₀: p = p₀ for a proportion: z = (p̂ − p₀)/√(p₀(1 − p₀)/n) with p̂ = successes/trials (the standard
    /// error under H₀, not the one from p̂), two-sided p-value from the standard normal; ν is reported as ∞.
    /// </summary>
    /// <param name="successes">The number of successes, 0 … trials.</param>
    /// <param name="trials">The number of trials n ≥ 1.</param>
    /// <param name="p0">The null proportion, strictly between 0 and 1.</param>
    /// <returns>z, <see cref="double.PositiveInfinity"/> and p.</returns>
    public static TestResult ProportionZ(int successes, int trials, double p0)
    {
        // TODO: the statistic and its normal tail.
        throw new NotImplementedException("TODO SignificanceTesting.ProportionZ: return z = (p̂ − p₀)/√(p₀(1 − p₀)/n), ∞ and the two-sided p-value.");
    }
}
