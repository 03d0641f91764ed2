using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The naive-Bayes kata's figures, drawn from your <see cref="NaiveBayes.Fit"/>, <see cref="NaiveBayes.LogJoint"/> and
/// <see cref="NaiveBayes.PredictProbabilities"/> on iris's petal length (read, don't edit).
/// </summary>
public static class NaiveBayesFigures
{
    /// <summary>P(c)·N(x | μc, σ²c) for the three species along petal length.</summary>
    /// <returns>The plot.</returns>
    [Figure("class-densities", "Your Fit on iris's petal length alone: for each species the prior times its fitted normal density, exp of your LogJoint, along petal length. Where two curves cross, the predicted species changes.")]
    public static Plot ClassDensities()
    {
        var (model, names) = PetalLengthModel();
        var grid = Grid();
        var joint = NaiveBayes.LogJoint(model, Column(grid));
        var curves = names.Select((name, c) => new Series($"P({name})·N(x | μ, σ²)", grid, [.. grid.Select((_, i) => Math.Exp(joint[i, c]))]));
        return Charts.Curves("Each species is one bell curve; the highest curve wins", "petal length x (cm)", "P(c)·p(x | c)", curves);
    }

    /// <summary>The posterior of each species along petal length.</summary>
    /// <returns>The plot.</returns>
    [Figure("posteriors", "The posterior P(c | x) of each species along petal length, from your PredictProbabilities: the same three curves normalised to sum to 1, switching sharply where the densities cross.")]
    public static Plot Posteriors()
    {
        var (model, names) = PetalLengthModel();
        var grid = Grid();
        var p = NaiveBayes.PredictProbabilities(model, Column(grid));
        var curves = names.Select((name, c) => new Series($"P({name} | x)", grid, [.. grid.Select((_, i) => p[i, c])]));
        return Charts.Curves("Posteriors sum to 1 and switch where the densities cross", "petal length x (cm)", "P(c | x)", curves);
    }

    private static double[] Grid() => [.. Enumerable.Range(0, 301).Select(i => 0.5 + (7.0 * i / 300))];

    private static double[,] Column(double[] values)
    {
        var x = new double[values.Length, 1];
        for (var i = 0; i < values.Length; i++)
        {
            x[i, 0] = values[i];
        }

        return x;
    }

    private static (NaiveBayesModel Model, string[] Names) PetalLengthModel()
    {
        var iris = DataSets.Iris();
        var x = Column([.. Enumerable.Range(0, iris.Labels.Length).Select(i => iris.Features[i, 2])]);
        return (NaiveBayes.Fit(x, iris.Labels, 3), iris.ClassNames);
    }
}
