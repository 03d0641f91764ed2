using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The softmax-regression kata's figures, drawn from your <see cref="SoftmaxRegression.Fit"/> and
/// <see cref="SoftmaxRegression.Predict"/> on the Palmer penguins and the handwritten digits (read, don't edit).
/// </summary>
public static class SoftmaxRegressionFigures
{
    /// <summary>The penguins by beak length and flipper length, coloured by species, the misclassified ones marked.</summary>
    /// <returns>The plot.</returns>
    [Figure("misclassified-penguins", "All 342 penguins by beak length and flipper length, coloured by species. Your Fit (500 steps of η = 0.5 on the four standardised measurements) and Predict get almost every bird right; the diamonds are the ones it gets wrong — birds that sit among another species in this view.")]
    public static Plot MisclassifiedPenguins()
    {
        var penguins = DataSets.Penguins();
        var x = penguins.StandardisedBy(penguins).Features;
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

    /// <summary>The held-out digits the model reads wrongly, as 8 × 8 images labelled with the truth and the prediction.</summary>
    /// <returns>The plot.</returns>
    [Figure("misclassified-digits", "The first 12 of the held-out handwritten digits that your Fit (30 steps of η = 4 on the ink fractions of 500 other digits) and Predict read wrongly, each drawn as its 8 × 8 ink counts with row 0 at the top, labelled with the true digit and your prediction. Several would make a person hesitate too: a 2 and a 9 drawn almost as one slanted stroke, read as 1; a 6 whose loop fills the square, read as 0. The model has one weight per pixel and class: it scores which pixels are inked, not the strokes they form.")]
    public static Plot MisclassifiedDigits()
    {
        // The test's split and settings: seed 8, 500 digits to train and 500 held out, ink counts divided by 16.
        var (train, test) = DataSets.Digits().Split(500, seed: 8);
        var w = SoftmaxRegression.Fit(train.Scaled(1.0 / 16).Features, train.Labels, 10, 4, 30);
        var predicted = SoftmaxRegression.Predict(test.Scaled(1.0 / 16).Features, w);
        var wrong = Enumerable.Range(0, test.Count).Where(i => predicted[i] != test.Labels[i]).ToArray();
        var tiles = wrong.Take(12)
            .Select(i => ($"a {test.Labels[i]} read as {predicted[i]}", Image(test.Features, i)))
            .ToArray();
        var right = test.Count - wrong.Length;
        return Charts.HeatmapTiles(
            $"{right} of {test.Count} held-out digits read right ({100.0 * right / test.Count:F1} %); {tiles.Length} of the {wrong.Length} misread",
            tiles,
            columns: 4,
            colorLabel: "ink (0 … 16)");
    }

    /// <summary>Sample i's 64 features as its 8 × 8 image: feature 8r + c is row r (0 at the top), column c.</summary>
    private static double[,] Image(double[,] features, int i)
    {
        var image = new double[8, 8];
        for (var r = 0; r < 8; r++)
        {
            for (var c = 0; c < 8; c++)
            {
                image[r, c] = features[i, (8 * r) + c];
            }
        }

        return image;
    }
}
