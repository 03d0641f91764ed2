using MathForML.Figures;
using MathForML.Verification;

namespace MathForML.NumericalMethods.Figures;

/// <summary>The least-squares kata's figure, drawn from your <see cref="LeastSquares.NormalEquations"/> and <see cref="LeastSquares.Householder"/> (read, don't edit).</summary>
public static class LeastSquaresFigures
{
    /// <summary>NIST's Filip data with the degree-10 polynomial fitted by the normal equations and by Householder QR.</summary>
    /// <returns>The plot.</returns>
    [Figure("filip-fit", "NIST's Filip data (82 points) with the degree-10 polynomial y = B₀ + B₁x + … + B₁₀x¹⁰ fitted by your NormalEquations and your Householder. The QR coefficients agree with the certified ones to about 8 digits and the curve follows the data; the normal equations, which square κ ≈ 10¹⁵, return coefficients with no correct digit, and their curve drifts away from the QR fit — near x = −8 and at both ends of the data.")]
    public static ScottPlot.Plot FilipFit()
    {
        var data = CertifiedData.Regression("Filip");
        var m = data.Response.Length;
        var xs = Enumerable.Range(0, m).Select(i => data.Predictors[i, 0]).ToArray();
        var design = TestData.Vandermonde(xs, 10);
        var normal = LeastSquares.NormalEquations(design, data.Response);
        var qr = LeastSquares.Householder(design, data.Response);
        var grid = Enumerable.Range(0, 301).Select(i => xs.Min() + ((xs.Max() - xs.Min()) * i / 300)).ToArray();
        static double Polynomial(double[] b, double x) => b.Reverse().Aggregate(0.0, (sum, coefficient) => (sum * x) + coefficient); // Horner
        var plot = Charts.ScatterWithFit(
            "Filip, degree 10: QR follows the data, the normal equations drift",
            "x", "y",
            new Series("Filip data", xs, data.Response),
            [Series.Of("Householder QR", grid, x => Polynomial(qr, x)), Series.Of("normal equations", grid, x => Polynomial(normal, x))]);
        FigureStyle.Legend(plot, ScottPlot.Alignment.LowerRight); // the lower right corner holds no data
        return plot;
    }
}
