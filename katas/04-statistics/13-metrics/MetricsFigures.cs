using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Statistics.Figures;

/// <summary>The metrics kata's figure, drawn from your <see cref="Metrics"/> (read, don't edit).</summary>
public static class MetricsFigures
{
    /// <summary>The ROC curves of a strong and a weak scorer on the same seeded labels, with their AUCs.</summary>
    /// <returns>The plot.</returns>
    [Figure("roc-curves", "Your ROC curves and AUCs for two scorers of the same 200 seeded labels: a strong one (score = 1.5·label + Gaussian noise) and a weak one (0.5·label + noise, rounded to one decimal, so many scores tie). Each point is one threshold; the weak curve's slanted segments are tied groups that mix both classes. The dashed diagonal is a scorer that guesses (AUC = 0.5).")]
    public static Plot RocCurves()
    {
        var random = new SeededRandom(13);
        int[] labels = [.. Enumerable.Range(0, 200).Select(_ => random.NextInt(2))];
        double[] strong = [.. labels.Select(l => (1.5 * l) + random.Gaussian())];
        double[] weak = [.. labels.Select(l => Math.Round((0.5 * l) + random.Gaussian(), 1))];
        var (strongRoc, weakRoc) = (Metrics.Roc(labels, strong), Metrics.Roc(labels, weak));
        var (strongAuc, weakAuc) = (Metrics.Auc(labels, strong), Metrics.Auc(labels, weak));
        return Charts.CurvesWithPoints(
            $"ROC curves: the strong scorer's AUC {strongAuc:0.000} against {weakAuc:0.000}",
            "false positive rate FP/n₋",
            "true positive rate TP/n₊",
            [
                new Series($"strong scorer, AUC = {strongAuc:0.000}", strongRoc.FalsePositiveRates, strongRoc.TruePositiveRates),
                new Series($"weak scorer with ties, AUC = {weakAuc:0.000}", weakRoc.FalsePositiveRates, weakRoc.TruePositiveRates),
            ],
            [],
            references: [new Series("chance, AUC = 0.5", [0, 1], [0, 1])],
            squareUnits: true,
            corner: Alignment.LowerRight);
    }
}
