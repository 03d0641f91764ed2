using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The PCA kata's figures, drawn from your <see cref="PrincipalComponents.Fit"/> and
/// <see cref="PrincipalComponents.Project"/> on Fisher's iris (read, don't edit).
/// </summary>
public static class PrincipalComponentsFigures
{
    /// <summary>The explained-variance ratio of each component of iris, and the cumulative share.</summary>
    /// <returns>The plot.</returns>
    [Figure("explained-variance", "The share of iris's total variance along each principal direction, from your Fit (covariance PCA of the four measurements in cm), and the running total: the first component alone carries about 92 %, two carry about 98 %.")]
    public static Plot ExplainedVariance()
    {
        var ratios = PrincipalComponents.Fit(DataSets.Iris().Features).ExplainedVarianceRatio;
        var cumulative = ratios.Select((_, k) => ratios.Take(k + 1).Sum()).ToArray();
        return Charts.Bars(
            "Two directions carry almost all of iris's variance", "share of total variance",
            [.. ratios.Select((_, k) => $"PC{k + 1}")],
            [("explained-variance ratio", ratios), ("cumulative", cumulative)], "0.0%");
    }

    /// <summary>Iris projected on its first two principal components, coloured by species.</summary>
    /// <returns>The plot.</returns>
    [Figure("iris-projection", "The 150 iris flowers projected on the first two principal components by your Project, coloured by species (which PCA never sees): setosa separates along PC1, versicolor and virginica overlap a little.")]
    public static Plot Projection()
    {
        var iris = DataSets.Iris();
        var model = PrincipalComponents.Fit(iris.Features);
        var scores = PrincipalComponents.Project(model, iris.Features, 2);
        var species = iris.ClassNames.Select((name, c) =>
        {
            var rows = Enumerable.Range(0, iris.Labels.Length).Where(i => iris.Labels[i] == c).ToArray();
            return new Series(name, [.. rows.Select(i => scores[i, 0])], [.. rows.Select(i => scores[i, 1])]);
        });
        return Charts.CurvesWithPoints(
            $"PC1 ({model.ExplainedVarianceRatio[0]:0.0%}) and PC2 ({model.ExplainedVarianceRatio[1]:0.0%}) separate the species",
            "score on PC1 (cm)", "score on PC2 (cm)", [], species, squareUnits: true, corner: Alignment.UpperLeft);
    }
}
