using MathForML.Figures;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The multivariate-normal kata's figures, drawn from your <see cref="MultivariateNormal.Sample"/>, <see cref="MultivariateNormal.Cholesky"/> and <see cref="MultivariateNormal.LogDensity"/> (read, don't edit).</summary>
public static class MultivariateNormalFigures
{
    private static readonly double[] Mean = [1, 0.5];

    private static readonly double[,] Covariance = { { 2, 1.2 }, { 1.2, 1 } };

    /// <summary>2000 samples with the images μ + L·(r cos t, r sin t) of circles of radius 1, 2, 3 and the columns of L.</summary>
    /// <returns>The plot.</returns>
    [Figure("gaussian-samples", "2000 draws from your Sample with μ = (1, 0.5), Σ = [[2, 1.2], [1.2, 1]] (seeded), and the images μ + L·(r cos t, r sin t) of circles of radius r = 1, 2, 3 under your Cholesky factor L: the contour ellipses of the density. The arrows are the columns of L. The legend gives the share of the draws inside each ellipse (measured with your LogDensity), against 1 − e^(−r²/2) = 39 %, 86 %, 99 % for a true Gaussian.")]
    public static Plot GaussianSamples()
    {
        var l = MultivariateNormal.Cholesky(Covariance);
        var samples = MultivariateNormal.Sample(Mean, Covariance, 2000, new Random(8));
        var peak = MultivariateNormal.LogDensity(Mean, Mean, Covariance);

        // (x − μ)ᵀΣ⁻¹(x − μ) = −2(ln p(x) − ln p(μ)): a point is inside the radius-r ellipse when this is at most r².
        var squaredRadii = samples.Select(x => -2 * (MultivariateNormal.LogDensity(x, Mean, Covariance) - peak)).ToArray();
        var ts = Enumerable.Range(0, 241).Select(i => 2 * Math.PI * i / 240).ToArray();
        Series Ellipse(double r)
        {
            var inside = squaredRadii.Count(q => q <= r * r) / (double)samples.Length;
            var points = ts.Select(t => new[]
            {
                Mean[0] + (l[0, 0] * r * Math.Cos(t)) + (l[0, 1] * r * Math.Sin(t)),
                Mean[1] + (l[1, 0] * r * Math.Cos(t)) + (l[1, 1] * r * Math.Sin(t)),
            });
            return Series.Path($"r = {r}: {inside:P0} of the draws inside (Gaussian: {1 - Math.Exp(-r * r / 2):P0})", points);
        }

        var plot = Charts.ScatterWithFit(
            "Samples μ + Lz fill the ellipses μ + L·(circle of radius r)",
            "x₁",
            "x₂",
            new Series("draws", [.. samples.Select(x => x[0])], [.. samples.Select(x => x[1])]),
            [Ellipse(1), Ellipse(2), Ellipse(3)]);
        Charts.Arrow(plot, "columns of L", Mean, [Mean[0] + l[0, 0], Mean[1] + l[1, 0]], FigureStyle.Series(5));
        Charts.Arrow(plot, string.Empty, Mean, [Mean[0] + l[0, 1], Mean[1] + l[1, 1]], FigureStyle.Series(5));
        FigureStyle.Legend(plot, Alignment.UpperLeft);
        return plot;
    }
}
