using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The covariance kata's figures, drawn from your <see cref="CovarianceMatrices.Covariance"/> and <see cref="CovarianceMatrices.Correlation"/> (read, don't edit).</summary>
public static class CovarianceMatricesFigures
{
    /// <summary>Covariance and correlation of five features built from two hidden factors, in different units.</summary>
    /// <returns>The plot.</returns>
    [Figure("covariance-and-correlation", "500 seeded samples of five features: features 0–2 follow one hidden factor, 3–4 another, and feature 2 is measured in units 10 times larger. Your Covariance (left) is dominated by that one large-unit feature; your Correlation (right) removes the units — unit diagonal, entries in [−1, 1] — and shows the two blocks of related features plainly.")]
    public static Plot CovarianceAndCorrelation()
    {
        var random = new SeededRandom(11);
        const int n = 500;
        var data = new double[n, 5];
        for (var i = 0; i < n; i++)
        {
            var (f, g) = (random.Gaussian(), random.Gaussian());
            data[i, 0] = f + (0.3 * random.Gaussian());
            data[i, 1] = -f + (0.5 * random.Gaussian());
            data[i, 2] = 10 * (f + random.Gaussian());
            data[i, 3] = g + (0.4 * random.Gaussian());
            data[i, 4] = (0.7 * g) + (0.7 * random.Gaussian());
        }

        var covariance = CovarianceMatrices.Covariance(data);
        var largest = covariance.Cast<double>().Max(x => Math.Abs(x));
        var scaled = new double[5, 5];
        for (var j = 0; j < 5; j++)
        {
            for (var k = 0; k < 5; k++)
            {
                scaled[j, k] = covariance[j, k] / largest;
            }
        }

        return Charts.Matrices(
            "Correlation removes the units and shows the two blocks",
            [($"Σ / {largest:0}", scaled), ("R", CovarianceMatrices.Correlation(data))],
            zerosBlank: false);
    }
}
