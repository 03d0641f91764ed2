using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The feature-scaling kata's figure, drawn from your <see cref="FeatureScaling"/> (read, don't edit).</summary>
public static class FeatureScalingFigures
{
    /// <summary>One feature with a few wild values, under the three scalers.</summary>
    /// <returns>The plot.</returns>
    [Figure("scalers-with-outliers", "One seeded feature — 200 normal values (mean 50, standard deviation 10) and 4 wild ones near 200 — after your three scalers, each fitted to it. Standard scaling centres the bulk but the outliers inflate σ; min–max maps the range onto [0, 1], so the 200 ordinary values are squeezed into the bottom quarter; robust scaling (median, IQR) gives the bulk a unit-wide box at 0 and leaves the outliers far out, where they belong.")]
    public static Plot ScalersWithOutliers()
    {
        var random = new SeededRandom(17);
        var values = Enumerable.Range(0, 200).Select(_ => random.Gaussian(50, 10)).Concat([190, 200, 205, 215]).ToArray();
        var x = new double[values.Length, 1];
        for (var i = 0; i < values.Length; i++)
        {
            x[i, 0] = values[i];
        }

        double[] Scaled(Scaler scaler)
        {
            var z = FeatureScaling.Transform(scaler, x);
            return [.. Enumerable.Range(0, values.Length).Select(i => z[i, 0])];
        }

        var boxes = new[]
        {
            ("standard", Scaled(FeatureScaling.FitStandard(x))),
            ("min–max", Scaled(FeatureScaling.FitMinMax(x))),
            ("robust", Scaled(FeatureScaling.FitRobust(x))),
        }.Select(DescriptiveStatisticsFigures.Summary);
        return Charts.BoxPlots("Min–max squeezes the bulk; robust scaling gives it a unit box", "scaled value", boxes);
    }
}
