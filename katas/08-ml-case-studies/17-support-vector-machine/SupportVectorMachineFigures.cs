using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>The SVM kata's figure, drawn from your <see cref="SupportVectorMachine.Train"/> (read, don't edit).</summary>
public static class SupportVectorMachineFigures
{
    /// <summary>Pegasos' boundary and margins on two seeded blobs.</summary>
    /// <returns>The plot.</returns>
    [Figure("svm-margin", "Two seeded blobs (TestData(4), 30 points each around ±(1.5, 1), spread 0.6) and the linear SVM your Train finds by Pegasos (λ = 0.01, 20 000 steps, System.Random(1)). The solid line is the boundary w·x + b = 0, the dashed lines the margins w·x + b = ±1, 2/‖w‖ apart; the ringed points are those on or inside the margins (y·(w·x + b) ≤ 1.05): only they pull on w, the support vectors.")]
    public static Plot SvmMargin()
    {
        var data = new TestData(4);
        var x = new double[60, 2];
        var y = new int[60];
        for (var i = 0; i < 60; i++)
        {
            y[i] = i < 30 ? 1 : -1;
            x[i, 0] = (1.5 * y[i]) + data.Random.Gaussian(0, 0.6);
            x[i, 1] = y[i] + data.Random.Gaussian(0, 0.6);
        }

        var model = SupportVectorMachine.Train(x, y, 0.01, 20_000, new Random(1));
        var support = Enumerable.Range(0, 60).Where(i => y[i] * model.Score([x[i, 0], x[i, 1]]) <= 1.05).ToArray();
        Series Class(int label, string name) => new(
            name,
            [.. Enumerable.Range(0, 60).Where(i => y[i] == label).Select(i => x[i, 0])],
            [.. Enumerable.Range(0, 60).Where(i => y[i] == label).Select(i => x[i, 1])]);
        var width = 2 / Math.Sqrt(model.Weights.Sum(w => w * w));
        return Charts.ScatterWithMargin(
            $"The widest street between the classes: margin width 2/‖w‖ = {width:0.00}",
            [Class(1, "y = +1"), Class(-1, "y = −1")],
            model.Weights, model.Bias, (-4, 4), (-3.5, 3.5),
            new Series($"on or inside the margin ({support.Length})", [.. support.Select(i => x[i, 0])], [.. support.Select(i => x[i, 1])]),
            Alignment.LowerRight);
    }
}
