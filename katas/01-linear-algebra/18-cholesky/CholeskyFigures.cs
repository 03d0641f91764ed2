using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The Cholesky kata's figures, drawn from your <see cref="Cholesky.Decompose"/> (read, don't edit).</summary>
public static class CholeskyFigures
{
    /// <summary>A covariance: standard deviations 2 and 1.5, correlation 0.8, so A = [[4, 2.4], [2.4, 2.25]].</summary>
    private static readonly double[,] Covariance = { { 4, 2.4 }, { 2.4, 2.25 } };

    /// <summary>Samples x = Lz of round noise z, the columns of L, and the 1σ and 2σ ellipses of A.</summary>
    /// <returns>The plot.</returns>
    [Figure("correlated-samples", "500 standard normal points z, mapped through the factor L of your Decompose: x = Lz has covariance LLᵀ = A = [[4, 2.4], [2.4, 2.25]], so the cloud fills the ellipses xᵀA⁻¹x = 1 and 4 (dashed, computed from A alone). The arrows are the columns of L, the images of e₁ and e₂: L is lower triangular, so Le₂ points straight up.")]
    public static Plot CorrelatedSamples()
    {
        var l = Cholesky.Decompose(Covariance);
        var random = new SeededRandom(18);
        var samples = new List<double[]>();
        for (var i = 0; i < 500; i++)
        {
            var (z1, z2) = (random.Gaussian(), random.Gaussian());
            samples.Add([(l[0, 0] * z1) + (l[0, 1] * z2), (l[1, 0] * z1) + (l[1, 1] * z2)]);
        }

        return Charts.VectorDiagram(
            "x = Lz turns round noise into samples with covariance A = LLᵀ",
            [("Le₁", [0, 0], [l[0, 0], l[1, 0]]), ("Le₂", [0, 0], [l[0, 1], l[1, 1]])],
            points: [Series.Path("x = Lz", samples)],
            guides: [Ellipse("xᵀA⁻¹x = 1 and 4", 1), Ellipse(string.Empty, 2)],
            legend: Alignment.UpperLeft);
    }

    /// <summary>
    /// The ellipse xᵀA⁻¹x = r², from the eigen-decomposition of the symmetric 2×2 A in closed form (not from L):
    /// semi-axes r·√λ along the eigenvectors.
    /// </summary>
    private static Series Ellipse(string label, double r)
    {
        var (a, b, d) = (Covariance[0, 0], Covariance[0, 1], Covariance[1, 1]);
        var mean = (a + d) / 2;
        var radius = Math.Sqrt((((a - d) / 2) * ((a - d) / 2)) + (b * b));
        var (major, minor) = (Math.Sqrt(mean + radius), Math.Sqrt(mean - radius));
        var angle = Math.Atan2(2 * b, a - d) / 2;
        var ts = Enumerable.Range(0, 201).Select(i => 2 * Math.PI * i / 200).ToArray();
        return new Series(
            label,
            ts.Select(t => r * ((major * Math.Cos(t) * Math.Cos(angle)) - (minor * Math.Sin(t) * Math.Sin(angle)))).ToArray(),
            ts.Select(t => r * ((major * Math.Cos(t) * Math.Sin(angle)) + (minor * Math.Sin(t) * Math.Cos(angle)))).ToArray());
    }
}
