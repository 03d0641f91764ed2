using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The decision-stump kata's figures, drawn from your <see cref="DecisionStump.Gain"/> and
/// <see cref="DecisionStump.BestSplit"/> on Fisher's iris flowers (read, don't edit).
/// </summary>
public static class DecisionStumpFigures
{
    /// <summary>Information gain and Gini gain of every threshold on iris petal length.</summary>
    /// <returns>The plot.</returns>
    [Figure("gain-by-threshold", "For every threshold t midway between two distinct petal lengths of the 150 iris flowers, the gain of the split \"petal length ≤ t\" by your Gain: information gain in bits and Gini gain. Both peak at 2.45 cm, midway between the longest setosa petal (1.9 cm) and the shortest other one (3.0 cm), where setosa is cut off from the rest; a second, lower bump near 4.75 cm splits versicolor from virginica.")]
    public static Plot GainByThreshold()
    {
        var iris = DataSets.Iris();
        var lengths = Enumerable.Range(0, iris.Labels.Length).Select(i => iris.Features[i, 2]).ToArray();
        var values = lengths.Distinct().Order().ToArray();
        var thresholds = values.Zip(values.Skip(1), (a, b) => a + ((b - a) / 2)).ToArray();
        double GainAt(double t, SplitCriterion criterion)
        {
            var (left, right) = (new int[3], new int[3]);
            for (var i = 0; i < lengths.Length; i++)
            {
                (lengths[i] <= t ? left : right)[iris.Labels[i]]++;
            }

            return DecisionStump.Gain(left, right, criterion);
        }

        return Charts.CurvesWithPoints(
            "Both gains peak at 2.45 cm, where setosa ends", "threshold t on petal length (cm)", "gain of \"petal length ≤ t\"",
            [
                Series.Of("information gain (bits)", thresholds, t => GainAt(t, SplitCriterion.InformationGain)),
                Series.Of("Gini gain", thresholds, t => GainAt(t, SplitCriterion.Gini)),
            ],
            []);
    }

    /// <summary>The best stump between versicolor and virginica, drawn over their petal measurements.</summary>
    /// <returns>The plot.</returns>
    [Figure("stump-boundary", "Versicolor against virginica (50 flowers each) by petal length and width. Your BestSplit, by information gain over all four features, asks one question — the boundary is the line where the chosen feature equals the threshold (petal width 1.75 cm) — and the title gives its accuracy against the majority baseline 0.5.")]
    public static Plot StumpBoundary()
    {
        var iris = DataSets.Iris();
        var rows = Enumerable.Range(0, iris.Labels.Length).Where(i => iris.Labels[i] > 0).ToArray();
        var x = new double[rows.Length, 4];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                x[i, j] = iris.Features[rows[i], j];
            }
        }

        var labels = rows.Select(i => iris.Labels[i] - 1).ToArray();
        string[] names = ["sepal length", "sepal width", "petal length", "petal width"];
        var split = DecisionStump.BestSplit(x, labels, 2, SplitCriterion.InformationGain);
        var correct = Enumerable.Range(0, rows.Length).Count(i => split.Predict([x[i, 0], x[i, 1], x[i, 2], x[i, 3]]) == labels[i]);
        Series Class(int c, string name) => new(
            name,
            [.. Enumerable.Range(0, rows.Length).Where(i => labels[i] == c).Select(i => x[i, 2])],
            [.. Enumerable.Range(0, rows.Length).Where(i => labels[i] == c).Select(i => x[i, 3])]);
        var plot = Charts.ScatterWithBoundary(
            $"\"{names[split.Feature]} ≤ {split.Threshold:0.###}\": {correct} of {rows.Length} right (baseline 50)",
            [Class(0, "versicolor"), Class(1, "virginica")],
            (length, width) => split.Threshold - (split.Feature switch { 2 => length, 3 => width, _ => double.NaN }),
            (2.8, 7.2), (0.8, 2.7));
        plot.XLabel("petal length (cm)");
        plot.YLabel("petal width (cm)");
        FigureStyle.Legend(plot, Alignment.UpperLeft);
        return plot;
    }
}
