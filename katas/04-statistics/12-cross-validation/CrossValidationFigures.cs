using MathForML.Figures;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The cross-validation kata's figure, drawn from your <see cref="CrossValidation"/> (read, don't edit).</summary>
public static class CrossValidationFigures
{
    /// <summary>Plain and stratified 5-fold validation sets of 30 samples in three classes, as a fold × sample grid.</summary>
    /// <returns>The plot.</returns>
    [Figure("folds-grid", "Your 5-fold splits of 30 samples sorted by class (20 of class 0, 7 of class 1, 3 of class 2): one row per fold, one column per sample, coloured by the sample's class where the fold validates on it and white where it trains on it. Each column is coloured exactly once (every sample is validated once). Plain k-fold (top) leaves the classes wherever the shuffle puts them (in this draw one fold gets two of the three class-2 samples and three folds none); stratified k-fold (bottom) gives every fold exactly 4 samples of class 0 and 1 or 2 of class 1, and sends the 3 samples of class 2 to 3 different folds.")]
    public static Plot FoldsGrid()
    {
        int[] labels = [.. Enumerable.Repeat(0, 20).Concat(Enumerable.Repeat(1, 7)).Concat(Enumerable.Repeat(2, 3))];
        var plain = CrossValidation.KFold(labels.Length, 5, new Random(12));
        var stratified = CrossValidation.StratifiedKFold(labels, 5, new Random(12));
        return Charts.HeatmapTiles(
            "Every sample is validated once; stratified folds share out every class",
            [("plain k-fold: fold (row) × sample (column)", Grid(plain, labels)), ("stratified k-fold", Grid(stratified, labels))],
            columns: 1,
            colorLabel: "class of a validation sample");
    }

    /// <summary>Row j, column i: the class of sample i if fold j validates on it, NaN (white) if it trains on it.</summary>
    private static double[,] Grid(Fold[] folds, int[] labels)
    {
        var grid = new double[folds.Length, labels.Length];
        for (var j = 0; j < folds.Length; j++)
        {
            for (var i = 0; i < labels.Length; i++)
            {
                grid[j, i] = double.NaN;
            }

            foreach (var i in folds[j].Validation)
            {
                grid[j, i] = labels[i];
            }
        }

        return grid;
    }
}
