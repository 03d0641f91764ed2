using MathForML.Figures;
using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>The MDS kata's figure, drawn from your <see cref="MultidimensionalScaling.SquaredDistances"/> and <see cref="MultidimensionalScaling.Embed"/> (read, don't edit).</summary>
public static class MultidimensionalScalingFigures
{
    private static readonly string[] Towns = ["Ashby", "Brindle", "Colby", "Dunmore", "Elstow", "Fenwick", "Garth", "Hollin", "Ingham", "Jarrow"];

    /// <summary>A map of ten towns recovered from their distance table alone.</summary>
    /// <returns>The plot.</returns>
    [Figure("map-from-distances", "Ten made-up towns at seeded positions in a 100 km square (TestData(11)). Only their table of pairwise distances is given to your Embed (k = 2). The recovered map is centred and may come out rotated or mirrored — distances cannot tell — so it is turned onto the true map by the best rotation or reflection (orthogonal Procrustes, MathNet's SVD) before plotting. Each recovered town (small dot) sits on its true position (large diamond).")]
    public static Plot MapFromDistances()
    {
        var data = new TestData(11);
        var truth = data.Matrix(Towns.Length, 2, 0, 100);
        var map = MultidimensionalScaling.Embed(MultidimensionalScaling.SquaredDistances(truth), 2);

        // Centre the truth, then find the orthogonal R minimising ‖map·R − truth‖: R = U·Vᵀ for mapᵀ·truth = U·Σ·Vᵀ.
        var t = Matrix<double>.Build.DenseOfArray(truth);
        var mean = t.ColumnSums() / Towns.Length;
        for (var i = 0; i < Towns.Length; i++)
        {
            t.SetRow(i, t.Row(i) - mean);
        }

        var m = Matrix<double>.Build.DenseOfArray(map);
        var svd = m.TransposeThisAndMultiply(t).Svd();
        var aligned = m * svd.U * svd.VT;
        var error = Math.Sqrt((aligned - t).FrobeniusNorm() * (aligned - t).FrobeniusNorm() / Towns.Length);

        return Charts.CurvesWithPoints(
            $"A map from a distance table alone: root-mean-square misplacement {error:0.##e+0} km",
            "east (km, centred)", "north (km, centred)",
            [],
            [new Series("recovered from distances (aligned)", [.. aligned.Column(0)], [.. aligned.Column(1)])],
            highlights: [new Series("true position", [.. t.Column(0)], [.. t.Column(1)])],
            squareUnits: true,
            corner: Alignment.LowerRight,
            notes: [.. Towns.Select((name, i) => (name, t[i, 0], t[i, 1]))]);
    }
}
