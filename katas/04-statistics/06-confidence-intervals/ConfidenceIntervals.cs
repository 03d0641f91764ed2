namespace MathForML.Statistics;

/// <summary>
/// Confidence intervals for the mean μ of a population from a sample x₁ … xₙ: the z interval when the population's
/// standard deviation σ is known, and Student's t interval when it is estimated by the sample standard deviation s.
/// </summary>
/// <remarks>
/// Quantiles of the standard normal and of Student's t distribution come from MathNet.Numerics
/// (<c>MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, p)</c> and <c>StudentT.InvCDF(0, 1, ν, p)</c>); the mean and s
/// from your <see cref="DescriptiveStatistics"/>. Bad input: null → <see cref="ArgumentNullException"/>; empty data →
/// <see cref="ArgumentException"/> with "empty"; fewer than two values for the t interval → "two"; NaN → "NaN"; σ not
/// positive and finite ("positive"), or a confidence level outside (0, 1) ("between 0 and 1") →
/// <see cref="ArgumentOutOfRangeException"/>.
/// Lesson: katas/04-statistics/06-confidence-intervals/README.md
/// </remarks>
public static class ConfidenceIntervals
{
    /// <summary>The z interval x̄ ± z · σ/√n, z the standard normal quantile at (1 + c)/2 (1.959964… for c = 0.95).</summary>
    /// <param name="data">The sample, n ≥ 1.</param>
    /// <param name="sigma">The known population standard deviation σ &gt; 0.</param>
    /// <param name="confidence">The level c, strictly between 0 and 1.</param>
    /// <returns>The interval (Low &lt; High).</returns>
    public static (double Low, double High) ZInterval(double[] data, double sigma, double confidence)
    {
        // TODO: centre, quantile, half-width.
        throw new NotImplementedException("TODO ConfidenceIntervals.ZInterval: return x̄ ± z₍₁₊c₎/₂·σ/√n.");
    }

    /// <summary>
    /// Student's t interval x̄ ± t · s/√n, t the quantile at (1 + c)/2 of the t distribution with n − 1 degrees of
    /// freedom (2.776445… for c = 0.95 and n = 5) and s the sample standard deviation.
    /// </summary>
    /// <param name="data">The sample, n ≥ 2.</param>
    /// <param name="confidence">The level c, strictly between 0 and 1.</param>
    /// <returns>The interval (Low ≤ High).</returns>
    public static (double Low, double High) TInterval(double[] data, double confidence)
    {
        // TODO: like the z interval, with s for σ and a t quantile for z.
        throw new NotImplementedException("TODO ConfidenceIntervals.TInterval: return x̄ ± t₍₁₊c₎/₂,ₙ₋₁·s/√n.");
    }
}
