using MathForML.Figures;
using MathNet.Numerics.Distributions;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The hypothesis-test kata's figure, drawn from your <see cref="SignificanceTesting"/> (read, don't edit).</summary>
public static class SignificanceTestingFigures
{
    /// <summary>The t density of the lesson's Welch test with the observed statistic and the two-sided p-value area.</summary>
    /// <returns>The plot.</returns>
    [Figure("t-test-p-value", "Your Welch test of 1 … 5 against 2, 4, … 12: the density of Student's t with your ν ≈ 6.97 degrees of freedom (black), your observed t ≈ −2.38 and its mirror image +2.38, and the two-sided p-value as the shaded area beyond them on both sides (≈ 0.049: just under 5 %).")]
    public static Plot TTestPValue()
    {
        var result = SignificanceTesting.WelchT([1, 2, 3, 4, 5], [2, 4, 6, 8, 10, 12]);
        var (t, nu) = (Math.Abs(result.Statistic), result.DegreesOfFreedom);
        var plot = Charts.DensityWithShadedArea(
            $"p = {result.PValue:0.0000}: the area beyond ±{t:0.00} under t({nu:0.00})",
            "t",
            ($"Student's t, ν = {nu:0.00}", x => StudentT.PDF(0, 1, nu, x)),
            (-5, 5),
            [(-5, -t), (t, 5)],
            $"two-sided p-value = {result.PValue:0.0000}",
            [($"observed t = {result.Statistic:0.000}", result.Statistic), ($"mirror +{t:0.000}", t)]);
        return plot;
    }
}
