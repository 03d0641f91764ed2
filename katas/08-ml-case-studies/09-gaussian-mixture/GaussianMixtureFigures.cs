using MathForML.Figures;
using MathForML.Verification;
using MathNet.Numerics.LinearAlgebra;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The Gaussian-mixture kata's figures, drawn from your <see cref="GaussianMixture.Fit"/> and its traces on iris's petal
/// measurements (read, don't edit).
/// </summary>
public static class GaussianMixtureFigures
{
    /// <summary>The 2σ ellipses of the three components at several EM steps, over the petals.</summary>
    /// <returns>The plot.</returns>
    [Figure("gmm-ellipses", "Iris petal length and width with the 2-standard-deviation ellipse of each component of your Fit: dashed black at the start (unit circles around flowers 0, 50 and 100), then after EM step 2 and at convergence: the components shrink and stretch along the clusters' own directions.")]
    public static Plot Ellipses()
    {
        var (x, labels, _) = Petals();
        var models = new List<GaussianMixtureModel>();
        GaussianMixture.Fit(x, Start(x), modelTrace: models);
        var steps = new[] { 2, models.Count - 1 }.Where(s => s < models.Count).Distinct().ToArray();
        var curves = steps.SelectMany(s => Enumerable.Range(0, 3).Select(c => Ellipse(s == models.Count - 1 ? $"converged, component {c + 1}" : $"step {s}, component {c + 1}", models[s], c)));
        Series[] points = [new("150 flowers", [.. Enumerable.Range(0, labels.Length).Select(i => x[i, 0])], [.. Enumerable.Range(0, labels.Length).Select(i => x[i, 1])])];
        var start = Enumerable.Range(0, 3).Select(c => Ellipse(c == 0 ? "start" : string.Empty, models[0], c));
        var plot = Charts.CurvesWithPoints(
            $"EM reshapes three unit circles into the clusters in {models.Count - 1} steps", "petal length (cm)", "petal width (cm)",
            curves, points, references: start, squareUnits: true, corner: Alignment.UpperLeft);
        return plot;
    }

    /// <summary>The log-likelihood after every EM step.</summary>
    /// <returns>The plot.</returns>
    [Figure("gmm-log-likelihood", "The log-likelihood of your Fit on the iris petals after every EM step, from the starting mixture: it never decreases, climbing steeply at first and then levelling off at a (local) maximum.")]
    public static Plot LogLikelihood()
    {
        var (x, _, _) = Petals();
        var trace = new List<double>();
        GaussianMixture.Fit(x, Start(x), logLikelihoodTrace: trace);
        return Charts.Curves("EM never lowers the log-likelihood", "EM step", "log-likelihood ℓ",
            [new Series("ℓ after each step", [.. Enumerable.Range(0, trace.Count).Select(k => (double)k)], [.. trace])]);
    }

    private static Series Ellipse(string label, GaussianMixtureModel model, int c)
    {
        var evd = Matrix<double>.Build.DenseOfArray(model.Covariances[c]).Evd(Symmetricity.Symmetric);
        var (a, b) = (Math.Sqrt(Math.Max(0, evd.EigenValues[0].Real)), Math.Sqrt(Math.Max(0, evd.EigenValues[1].Real)));
        var (u, v) = (evd.EigenVectors.Column(0), evd.EigenVectors.Column(1));
        var points = Enumerable.Range(0, 101).Select(i =>
        {
            var t = 2 * Math.PI * i / 100;
            var (p, q) = (2 * a * Math.Cos(t), 2 * b * Math.Sin(t));
            return new[] { model.Means[c, 0] + (p * u[0]) + (q * v[0]), model.Means[c, 1] + (p * u[1]) + (q * v[1]) };
        });
        return Series.Path(label, points);
    }

    private static GaussianMixtureModel Start(double[,] x)
    {
        int[] rows = [0, 50, 100];
        var means = new double[3, 2];
        for (var c = 0; c < 3; c++)
        {
            (means[c, 0], means[c, 1]) = (x[rows[c], 0], x[rows[c], 1]);
        }

        return new GaussianMixtureModel([1.0 / 3, 1.0 / 3, 1.0 / 3], means, [new double[,] { { 1, 0 }, { 0, 1 } }, new double[,] { { 1, 0 }, { 0, 1 } }, new double[,] { { 1, 0 }, { 0, 1 } }]);
    }

    private static (double[,] X, int[] Labels, string[] Names) Petals()
    {
        var iris = DataSets.Iris();
        var x = new double[iris.Labels.Length, 2];
        for (var i = 0; i < iris.Labels.Length; i++)
        {
            (x[i, 0], x[i, 1]) = (iris.Features[i, 2], iris.Features[i, 3]);
        }

        return (x, iris.Labels, iris.ClassNames);
    }
}
