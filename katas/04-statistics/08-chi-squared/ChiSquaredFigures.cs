using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;
using ChiSquaredDistribution = MathNet.Numerics.Distributions.ChiSquared;

namespace MathForML.Statistics.Figures;

/// <summary>The chi-squared kata's figures, drawn from your <see cref="ChiSquared"/> (read, don't edit).</summary>
public static class ChiSquaredFigures
{
    /// <summary>The χ²(ν) density of the lesson's die test with the observed statistic and the p-value as the upper tail.</summary>
    /// <returns>The plot.</returns>
    [Figure("die-upper-tail", "Your goodness-of-fit test of the die that showed 5, 8, 9, 8, 10, 20 in 60 rolls: the density of χ² with your ν = 5 degrees of freedom (black), your statistic χ² = 13.4, and the p-value as the shaded area to its right (≈ 0.02). Only large χ² speak against H₀, so the test uses one tail.")]
    public static Plot DieUpperTail()
    {
        var result = ChiSquared.GoodnessOfFit([5, 8, 9, 8, 10, 20], [1, 1, 1, 1, 1, 1]);
        var (x, nu) = (result.Statistic, result.DegreesOfFreedom);
        return Charts.DensityWithShadedArea(
            $"p = {result.PValue:0.0000}: the area right of χ² = {x:0.0} under χ²({nu})",
            "χ²",
            ($"χ² density, ν = {nu}", t => ChiSquaredDistribution.PDF(nu, t)),
            (0, 20),
            [(x, 20)],
            $"upper-tail p-value = {result.PValue:0.0000}",
            [($"observed χ² = {x:0.0}", x)]);
    }

    /// <summary>A histogram of p-values from goodness-of-fit tests on counts simulated under H₀, against the uniform density.</summary>
    /// <returns>The plot.</returns>
    [Figure("null-p-values", "Your p-values from 4000 goodness-of-fit tests on seeded multinomial counts (n = 100 over five cells with probabilities 0.1 … 0.3) for which H₀ is true. They spread evenly over [0, 1] (the black line is the uniform density 1): p < 0.05 happens 5 % of the time, which is exactly what a 5 % test promises. Wrong degrees of freedom would pile them up at one end.")]
    public static Plot NullPValues()
    {
        double[] cells = [0.1, 0.15, 0.2, 0.25, 0.3];
        var random = new Random(8);
        var pValues = new double[4000];
        for (var k = 0; k < pValues.Length; k++)
        {
            pValues[k] = ChiSquared.GoodnessOfFit(TestData.Multinomial(cells, 100, random), cells).PValue;
        }

        var below = pValues.Count(p => p < 0.05) / (double)pValues.Length;
        return Charts.HistogramWithDensity($"Under H₀ the p-values are uniform: {below:P1} fall below 0.05", "p-value", pValues, _ => 1, bins: 20);
    }
}
