using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The ridge-regression kata's figures, drawn from your <see cref="RidgeRegression.Path"/> and
/// <see cref="RidgeRegression.WeightNorm"/> on NIST's Longley data (read, don't edit).
/// </summary>
public static class RidgeRegressionFigures
{
    /// <summary>Each standardised Longley coefficient against log₁₀ λ.</summary>
    /// <returns>The plot.</returns>
    [Figure("ridge-path", "The regularisation path of your Path on NIST's Longley data, predictors standardised (mean 0, standard deviation 1) so that one λ means the same for each: at small λ the six collinear predictors get large weights of opposite signs; as λ grows they are pulled together and then all towards 0.")]
    public static Plot RidgePath()
    {
        var (x, y, names) = StandardisedLongley();
        var lambdas = Lambdas();
        var path = RidgeRegression.Path(x, y, lambdas);
        var logs = lambdas.Select(Math.Log10).ToArray();
        var series = names.Select((name, j) => new Series(name, logs, [.. path.Select(beta => beta[j + 1])]));
        return Charts.Curves("Ridge pulls collinear weights together, then to zero", "log₁₀ λ", "weight wⱼ (standardised predictor)", series);
    }

    /// <summary>‖w(λ)‖ against log₁₀ λ: a curve that never rises.</summary>
    /// <returns>The plot.</returns>
    [Figure("ridge-weight-norm", "The norm ‖w(λ)‖ of your ridge weights on the standardised Longley data, computed by your WeightNorm along your Path: it falls monotonically from the least-squares value towards 0 as λ grows.")]
    public static Plot WeightNorm()
    {
        var (x, y, _) = StandardisedLongley();
        var lambdas = Lambdas();
        var norms = RidgeRegression.Path(x, y, lambdas).Select(RidgeRegression.WeightNorm).ToArray();
        return Charts.Curves("‖w(λ)‖ only ever shrinks as λ grows", "log₁₀ λ", "‖w(λ)‖", [new Series("‖w(λ)‖ on Longley", [.. lambdas.Select(Math.Log10)], norms)]);
    }

    private static double[] Lambdas() => [.. Enumerable.Range(0, 81).Select(k => Math.Pow(10, -4 + (k / 10.0)))];

    private static (double[,] X, double[] Y, string[] Names) StandardisedLongley()
    {
        var longley = CertifiedData.Regression("Longley");
        var x = (double[,])longley.Predictors.Clone();
        var (n, p) = (x.GetLength(0), x.GetLength(1));
        for (var j = 0; j < p; j++)
        {
            var mean = Enumerable.Range(0, n).Average(i => x[i, j]);
            var sd = Math.Sqrt(Enumerable.Range(0, n).Sum(i => (x[i, j] - mean) * (x[i, j] - mean)) / (n - 1));
            for (var i = 0; i < n; i++)
            {
                x[i, j] = (x[i, j] - mean) / sd;
            }
        }

        string[] names = ["GNP deflator", "GNP", "unemployed", "armed forces", "population", "year"];
        return (x, longley.Response, names);
    }
}
