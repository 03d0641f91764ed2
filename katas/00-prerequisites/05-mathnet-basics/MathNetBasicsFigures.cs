using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Prerequisites.Figures;

/// <summary>The MathNet basics kata's figures, drawn from your <see cref="MathNetBasics"/> methods (read, don't edit).</summary>
public static class MathNetBasicsFigures
{
    /// <summary>A = [[1, 0.8], [−0.4, 0.6]], the matrix that moves the cloud.</summary>
    private static readonly double[,] A = { { 1, 0.8 }, { -0.4, 0.6 } };

    /// <summary>A seeded cloud of points, its column means, and both after the matrix–vector product with A.</summary>
    /// <returns>The plot.</returns>
    [Figure("column-means", "200 seeded points, one per row of a 200 × 2 matrix, and their centre from your ColumnMeans; your Multiply(A, x) applied to every row moves the cloud, and its new ColumnMeans is exactly A times the old centre (the legend computes both): the mean of Ax is A times the mean of x.")]
    public static Plot ColumnMeans()
    {
        const int Points = 200;
        var data = new TestData(11);
        var values = new double[Points, 2];
        for (var i = 0; i < Points; i++)
        {
            values[i, 0] = data.Random.Gaussian(2, 0.7);
            values[i, 1] = data.Random.Gaussian(1, 0.4) + (0.3 * values[i, 0]);
        }

        var x = MathNetBasics.ToMatrix(values);
        var a = MathNetBasics.ToMatrix(A);
        var moved = new double[Points, 2];
        for (var i = 0; i < Points; i++)
        {
            var image = MathNetBasics.Multiply(a, x.Row(i));
            (moved[i, 0], moved[i, 1]) = (image[0], image[1]);
        }

        var mean = MathNetBasics.ColumnMeans(x);
        var movedMean = MathNetBasics.ColumnMeans(MathNetBasics.ToMatrix(moved));
        var meanImage = MathNetBasics.Multiply(a, mean);
        static Series Cloud(string label, double[,] m) =>
            new(label, Enumerable.Range(0, m.GetLength(0)).Select(i => m[i, 0]).ToArray(), Enumerable.Range(0, m.GetLength(0)).Select(i => m[i, 1]).ToArray());
        var plot = Charts.CurvesWithPoints(
            "The mean moves with the cloud: mean of Ax = A · mean of x",
            "x₁",
            "x₂",
            [],
            [Cloud("rows x of the matrix", values), Cloud("Multiply(A, x) of each row", moved)],
            [
                new Series($"ColumnMeans = ({mean[0]:0.00}, {mean[1]:0.00})", [mean[0]], [mean[1]]),
                new Series(
                    $"ColumnMeans after A = ({movedMean[0]:0.00}, {movedMean[1]:0.00}); A · ({mean[0]:0.00}, {mean[1]:0.00}) = ({meanImage[0]:0.00}, {meanImage[1]:0.00})",
                    [movedMean[0]],
                    [movedMean[1]]),
            ],
            squareUnits: true,
            corner: Alignment.UpperLeft);
        plot.Axes.SetLimitsY(-1, 4.8);
        return plot;
    }
}
