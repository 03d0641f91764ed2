using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The softmax-regression kata's figures, drawn from your <see cref="SoftmaxRegression.Fit"/> and
/// <see cref="SoftmaxRegression.Predict"/> on the Palmer penguins (read, don't edit).
/// </summary>
public static class SoftmaxRegressionFigures
{
    /// <summary>The penguins by beak length and flipper length, coloured by species, the misclassified ones marked.</summary>
    /// <returns>The plot.</returns>
    [Figure("misclassified-penguins", "All 342 penguins by beak length and flipper length, coloured by species. Your Fit (500 steps of η = 0.5 on the four standardised measurements) and Predict get almost every bird right; the diamonds are the ones it gets wrong — birds that sit among another species in this view.")]
    public static Plot MisclassifiedPenguins()
    {
        var penguins = DataSets.Penguins();
        var x = Standardised(penguins.Features);
        var w = SoftmaxRegression.Fit(x, penguins.Labels, 3, 0.5, 500);
        var predicted = SoftmaxRegression.Predict(x, w);
        var n = penguins.Labels.Length;
        Series Points(string label, IEnumerable<int> rows) =>
            new(label, [.. rows.Select(i => penguins.Features[i, 0])], [.. rows.Select(i => penguins.Features[i, 2])]);
        var species = penguins.ClassNames.Select((name, c) => Points(name, Enumerable.Range(0, n).Where(i => penguins.Labels[i] == c)));
        var wrong = Enumerable.Range(0, n).Where(i => predicted[i] != penguins.Labels[i]).ToArray();
        return Charts.CurvesWithPoints(
            $"{n - wrong.Length} of {n} penguins classified right; the {wrong.Length} mistakes sit among another species",
            "beak length (mm)", "flipper length (mm)", [], species,
            highlights: [Points($"misclassified ({wrong.Length})", wrong)], corner: Alignment.LowerRight);
    }

    /// <summary>Each column scaled to mean 0 and standard deviation 1.</summary>
    private static double[,] Standardised(double[,] features)
    {
        var (n, p) = (features.GetLength(0), features.GetLength(1));
        var x = new double[n, p];
        for (var j = 0; j < p; j++)
        {
            var mean = Enumerable.Range(0, n).Average(i => features[i, j]);
            var sd = Math.Sqrt(Enumerable.Range(0, n).Sum(i => Math.Pow(features[i, j] - mean, 2)) / (n - 1));
            for (var i = 0; i < n; i++)
            {
                x[i, j] = (features[i, j] - mean) / sd;
            }
        }

        return x;
    }
}
