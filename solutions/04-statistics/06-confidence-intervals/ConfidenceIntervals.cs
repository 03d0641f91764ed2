using MathNet.Numerics.Distributions;

namespace MathForML.Statistics;

/// <summary>Reference solution: z and t confidence intervals for a mean.</summary>
public static class ConfidenceIntervals
{
    /// <summary>x̄ ± z₍₁₊c₎/₂ · σ/√n with σ known.</summary>
    public static (double Low, double High) ZInterval(double[] data, double sigma, double confidence)
    {
        if (double.IsNaN(sigma) || sigma <= 0 || double.IsInfinity(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "The known standard deviation σ must be positive and finite.");
        }

        RequireConfidence(confidence);
        var mean = DescriptiveStatistics.Mean(data);
        var halfWidth = Normal.InvCDF(0, 1, (1 + confidence) / 2) * sigma / Math.Sqrt(data.Length);
        return (mean - halfWidth, mean + halfWidth);
    }

    /// <summary>x̄ ± t₍₁₊c₎/₂,ₙ₋₁ · s/√n with σ estimated by s.</summary>
    public static (double Low, double High) TInterval(double[] data, double confidence)
    {
        RequireConfidence(confidence);
        var mean = DescriptiveStatistics.Mean(data);
        var s = DescriptiveStatistics.StandardDeviation(data); // rejects n < 2 ("two")
        var n = data.Length;
        var halfWidth = StudentT.InvCDF(0, 1, n - 1, (1 + confidence) / 2) * s / Math.Sqrt(n);
        return (mean - halfWidth, mean + halfWidth);
    }

    private static void RequireConfidence(double confidence)
    {
        if (double.IsNaN(confidence) || confidence <= 0 || confidence >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must lie strictly between 0 and 1.");
        }
    }
}
