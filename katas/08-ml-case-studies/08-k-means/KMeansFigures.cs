using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The k-means kata's figures, drawn from your <see cref="KMeans.Fit"/> and its traces on iris's petal measurements
/// (read, don't edit).
/// </summary>
public static class KMeansFigures
{
    /// <summary>The iris petals coloured by final cluster, with each centroid's path from its seed.</summary>
    /// <returns>The plot.</returns>
    [Figure("centroid-paths", "Iris petal length and width, coloured by the cluster your Fit assigns (k = 3, k-means++ seeded with new Random(2)). Each line is one centroid's path through the Lloyd iterations, from its k-means++ seed (a data point) to the mean of its final cluster.")]
    public static Plot CentroidPaths()
    {
        var x = Petals();
        var centroids = new List<double[,]>();
        var result = KMeans.Fit(x, 3, new Random(2), centroidTrace: centroids);
        var paths = Enumerable.Range(0, 3).Select(c => Series.Path($"centroid {c + 1}", centroids.Select(m => new[] { m[c, 0], m[c, 1] })));
        var clusters = Enumerable.Range(0, 3).Select(c =>
        {
            var rows = Enumerable.Range(0, result.Labels.Length).Where(i => result.Labels[i] == c).ToArray();
            return new Series($"cluster {c + 1} ({rows.Length})", [.. rows.Select(i => x[i, 0])], [.. rows.Select(i => x[i, 1])]);
        });
        return Charts.CurvesWithPoints(
            $"Lloyd's iterations move the seeds to the cluster means in {result.Iterations} steps",
            "petal length (cm)", "petal width (cm)", paths, clusters, corner: Alignment.UpperLeft);
    }

    /// <summary>The inertia after each iteration: a curve that never rises.</summary>
    /// <returns>The plot.</returns>
    [Figure("inertia-trace", "The inertia Σ‖xᵢ − c_label(i)‖² of your Fit on the iris petals after the first assignment and after each update-and-assign step, for five seeds: it never rises, and different seeds can stop at different local minima.")]
    public static Plot InertiaTrace()
    {
        var x = Petals();
        var series = new List<Series>();
        foreach (var seed in new[] { 1, 2, 3, 4, 5 })
        {
            var trace = new List<double>();
            KMeans.Fit(x, 3, new Random(seed), inertiaTrace: trace);
            series.Add(new Series($"new Random({seed})", [.. Enumerable.Range(0, trace.Count).Select(k => (double)k)], [.. trace]));
        }

        return Charts.Curves("Each Lloyd step lowers the inertia or leaves it alone", "iteration", "inertia (cm²)", series);
    }

    private static double[,] Petals()
    {
        var iris = DataSets.Iris();
        var x = new double[iris.Labels.Length, 2];
        for (var i = 0; i < iris.Labels.Length; i++)
        {
            (x[i, 0], x[i, 1]) = (iris.Features[i, 2], iris.Features[i, 3]);
        }

        return x;
    }
}
