using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>
/// The regularisation kata's figures: coefficient paths over λ drawn from your <see cref="Regularization.Lasso"/> and
/// <see cref="Regularization.RidgeClosedForm"/> (read, don't edit).
/// </summary>
public static class RegularizationFigures
{
    /// <summary>The true weights of the figures' regression: two of six are zero.</summary>
    private static readonly double[] TrueWeights = [3, -2, 0, 1.5, 0, 0.5];

    /// <summary>The lasso's coefficients as λ grows.</summary>
    /// <returns>The plot.</returns>
    [Figure("lasso-path", "The six weights of your Lasso on a seeded regression (n = 50, true weights (3, −2, 0, 1.5, 0, 0.5), noise σ = 0.3) for λ from 10⁻³ to 10: each weight shrinks and then sits at EXACTLY 0, the weakest first; read from right to left, the variables enter one at a time.")]
    public static Plot LassoPath() => Path("The lasso sets weights to exactly 0, one after another", (x, y, l) => Regularization.Lasso(x, y, l));

    /// <summary>Ridge's coefficients as λ grows.</summary>
    /// <returns>The plot.</returns>
    [Figure("ridge-path", "The same weights from your RidgeClosedForm: every weight shrinks smoothly towards 0 like 1/(1 + λ/d) but none reaches it, so ridge never selects variables.")]
    public static Plot RidgePath() => Path("Ridge shrinks every weight, and none becomes 0", (x, y, l) => Regularization.RidgeClosedForm(x, y, l));

    private static Plot Path(string title, Func<double[,], double[], double, double[]> fit)
    {
        var data = new TestData(7).Regression(50, TrueWeights, noiseStdDev: 0.3);
        var lambdas = Enumerable.Range(0, 81).Select(i => Math.Pow(10, -3 + (i / 20.0))).ToArray();
        var paths = lambdas.Select(l => fit(data.Features, data.Targets, l)).ToArray();
        var series = Enumerable.Range(0, TrueWeights.Length)
            .Select(j => new Series($"w{(char)('₁' + j)} (true {TrueWeights[j]})", lambdas, [.. paths.Select(w => w[j])]));
        return Charts.CurvesOverLogX(title, "λ", "weight", series);
    }
}
