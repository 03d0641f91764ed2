using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.CaseStudies.Figures;

/// <summary>
/// The nearest-neighbours kata's figures, drawn from your <see cref="NearestNeighbours.ClassifyAll"/> and
/// <see cref="NearestNeighbours.Regress"/> (read, don't edit).
/// </summary>
public static class NearestNeighboursFigures
{
    /// <summary>Held-out accuracy on the penguins against k, with and without standardising.</summary>
    /// <returns>The plot.</returns>
    [Figure("accuracy-against-k", "Held-out accuracy of your ClassifyAll on the penguins (train on the first 240 birds of a fixed shuffle, test on the other 102) for k = 1 … 25: on standardised measurements nearly every bird is right for any small k; on the raw ones body mass in grams decides the distance almost alone and accuracy falls by more than 10 points.")]
    public static Plot AccuracyAgainstK()
    {
        var (train, test) = DataSets.Penguins().Split(240, seed: 6);
        var (scaledTrain, scaledTest) = (train.StandardisedBy(train), test.StandardisedBy(train));
        double[] ks = [.. Enumerable.Range(1, 25).Select(k => (double)k)];
        double Accuracy(bool scale, int k) =>
            NearestNeighbours.ClassifyAll((scale ? scaledTrain : train).Features, train.Labels, (scale ? scaledTest : test).Features, k)
                .Zip(test.Labels, (a, b) => a == b ? 1.0 : 0).Average();
        var plot = Charts.Curves("Standardise first: the raw distance is body mass alone", "k (neighbours voting)", "held-out accuracy",
            [Series.Of("standardised measurements", ks, k => Accuracy(true, (int)k)), Series.Of("raw measurements (mm and g)", ks, k => Accuracy(false, (int)k))]);
        plot.Axes.SetLimitsY(0.5, 1.02);
        FigureStyle.Legend(plot, Alignment.LowerRight);
        return plot;
    }

    /// <summary>k-NN regression of a noisy sine for three values of k.</summary>
    /// <returns>The plot.</returns>
    [Figure("regression-against-k", "k-NN regression by your Regress on 40 seeded noisy samples of sin x: k = 1 follows every noisy point, k = 7 smooths the noise away, k = 30 averages over so much that the curve flattens.")]
    public static Plot RegressionAgainstK()
    {
        var data = new TestData(4);
        var xs = data.Vector(40, 0, 2 * Math.PI);
        var ys = xs.Select(v => Math.Sin(v) + (0.3 * data.Random.Gaussian())).ToArray();
        var train = new double[40, 1];
        for (var i = 0; i < 40; i++)
        {
            train[i, 0] = xs[i];
        }

        double[] grid = [.. Enumerable.Range(0, 301).Select(i => 2 * Math.PI * i / 300)];
        int[] neighbourCounts = [1, 7, 30];
        var fits = neighbourCounts.Select(k => Series.Of($"k = {k}", grid, q => NearestNeighbours.Regress(train, ys, [q], k)));
        return Charts.ScatterWithFit("Small k follows the noise, large k averages the signal away", "x", "y", new Series("40 samples of sin x + noise", xs, ys), fits);
    }
}
