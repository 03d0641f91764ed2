using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The moments kata's figures, drawn from your <see cref="Moments.SampleVariance"/> and <see cref="Moments.SampleMean"/> (read, don't edit).</summary>
public static class MomentsFigures
{
    /// <summary>The relative error of the sample variance of shifted data, two-pass against one-pass.</summary>
    /// <returns>The plot.</returns>
    [Figure("variance-cancellation", "1000 seeded N(0, 1) samples shifted by c = 1 … 10¹²: the relative error of your SampleVariance (deviations from the mean) grows only like ε·c, while the one-pass formula mean(x²) − mean(x)², computed with your SampleMean, loses every digit by c ≈ 10⁸ and is then pure rounding noise (errors ≥ 1 mean a meaningless answer, even a negative 'variance').")]
    public static Plot VarianceCancellation()
    {
        var samples = new TestData(7).GaussianVector(1000);
        var exact = Moments.SampleVariance(samples);
        var shifts = Enumerable.Range(0, 49).Select(i => Math.Pow(10, i / 4.0)).ToArray();
        double TwoPass(double c) => Math.Abs(Moments.SampleVariance([.. samples.Select(x => x + c)]) - exact) / exact;
        double OnePass(double c)
        {
            var shifted = samples.Select(x => x + c).ToArray();
            var mean = Moments.SampleMean(shifted);
            var n = shifted.Length;
            var variance = (Moments.SampleMean([.. shifted.Select(x => x * x)]) - (mean * mean)) * n / (n - 1);
            return Math.Max(Math.Abs(variance - exact) / exact, 1e-17);
        }

        return Charts.LogScale(
            "Deviations from the mean keep the variance; E[X²] − (E X)² cancels it away",
            "shift c",
            "relative error of s²",
            [Series.Of("two-pass: your SampleVariance", shifts, c => Math.Max(TwoPass(c), 1e-17)), Series.Of("one-pass: mean(x²) − mean(x)²", shifts, OnePass)]);
    }
}
