using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.LinearAlgebra.Figures;

/// <summary>The linear models kata's figures, drawn from your <see cref="LinearModels"/> methods (read, don't edit).</summary>
public static class LinearModelsFigures
{
    /// <summary>The origin.</summary>
    private static readonly double[] Origin = [0, 0];

    /// <summary>Seeded data from y = 2x + 1 + noise, with the predictions of two models from your Predict.</summary>
    /// <returns>The plot.</returns>
    [Figure("predictions", "40 seeded samples of y = 2x + 1 plus noise, and your Predict(X, w, b) on a fine grid of x for two models: the one the data came from (w = 2, b = 1) runs through the middle of the cloud, a guess (w = 0.5, b = 1.5) misses it on both sides.")]
    public static Plot Predictions()
    {
        var data = new TestData(21).Regression(40, [2.0], 1.0, 0.3);
        var xs = Enumerable.Range(0, 101).Select(i => -1 + (i / 50.0)).ToArray();
        var grid = new double[xs.Length, 1];
        for (var i = 0; i < xs.Length; i++)
        {
            grid[i, 0] = xs[i];
        }

        var samples = new Series("samples", Enumerable.Range(0, 40).Select(i => data.Features[i, 0]).ToArray(), data.Targets);
        var plot = Charts.ScatterWithFit(
            "ŷ = Xw + b: one prediction per row, all on one line",
            "feature x",
            "target y",
            samples,
            [new Series("Predict with w = 2, b = 1 (the truth)", xs, LinearModels.Predict(grid, [2.0], 1.0)), new Series("Predict with w = 0.5, b = 1.5 (a guess)", xs, LinearModels.Predict(grid, [0.5], 1.5))]);
        FigureStyle.Legend(plot, Alignment.LowerRight);
        return plot;
    }

    /// <summary>Ten embeddings in the plane as (angle in degrees, length): short and long, in every direction.</summary>
    private static readonly (double Degrees, double Length)[] Polar =
        [(0, 2.5), (40, 0.6), (75, 3), (120, 1.5), (160, 2.2), (200, 1), (250, 2.8), (300, 1.8), (20, 1.2), (-30, 3)];

    /// <summary>Embeddings of very different lengths; the three nearest to the query by cosine, found by your NearestByCosine.</summary>
    /// <returns>The plot.</returns>
    [Figure("nearest-by-cosine", "Ten embeddings of very different lengths and the query q = (1.5, 1): the three rows your NearestByCosine ranks first are the arrows at the smallest angles to q — the shortest row among them — while the longest rows, pointing elsewhere (grey), lose.")]
    public static Plot NearestByCosine()
    {
        var embeddings = new double[Polar.Length, 2];
        for (var i = 0; i < Polar.Length; i++)
        {
            var angle = Polar[i].Degrees * Math.PI / 180;
            (embeddings[i, 0], embeddings[i, 1]) = (Polar[i].Length * Math.Cos(angle), Polar[i].Length * Math.Sin(angle));
        }

        double[] query = [1.5, 1];
        var nearest = LinearModels.NearestByCosine(embeddings, query, 3);
        double[] Row(int i) => [embeddings[i, 0], embeddings[i, 1]];
        return Charts.VectorDiagram(
            "The nearest rows by cosine point most nearly along q, long or short",
            [("query q", Origin, query), .. nearest.Select((row, rank) => ($"rank {rank + 1}: row {row}, cos = {DotProduct.CosineSimilarity(Row(row), query):0.###}", Origin, Row(row)))],
            muted: Enumerable.Range(0, Polar.Length).Where(i => !nearest.Contains(i)).Select(i => ("other rows", Origin, Row(i))),
            legend: Alignment.LowerLeft);
    }
}
