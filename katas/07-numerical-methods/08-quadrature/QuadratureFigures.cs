using MathForML.Figures;

namespace MathForML.NumericalMethods.Figures;

/// <summary>The quadrature kata's figure, drawn from your four rules (read, don't edit).</summary>
public static class QuadratureFigures
{
    /// <summary>The error of each rule on ∫₀^π sin x dx = 2 against the number of function evaluations.</summary>
    /// <returns>The plot.</returns>
    [Figure("error-against-evaluations", "The error of your rules on ∫₀^π sin x dx = 2 against the number of function evaluations, log–log: trapezoid falls with slope −2 (O(h²)), Simpson with slope −4 (O(h⁴)), Gauss–Legendre faster than any power and reaches rounding level with about a dozen nodes; adaptive Simpson (tolerances 10⁻² … 10⁻¹², evaluations counted) follows Simpson's slope on this smooth integrand. Exact zeros are left out.")]
    public static ScottPlot.Plot ErrorAgainstEvaluations()
    {
        var ns = Enumerable.Range(1, 12).Select(k => (int)Math.Round(Math.Pow(2, k * 0.9))).Select(n => n + (n % 2)).Distinct().ToArray();
        double Error(double value) => Math.Abs(value - 2);
        var trapezoid = new Series("trapezoid", [.. ns.Select(n => n + 1.0)], [.. ns.Select(n => Error(Quadrature.Trapezoid(Math.Sin, 0, Math.PI, n)))]);
        var simpson = new Series("Simpson", [.. ns.Select(n => n + 1.0)], [.. ns.Select(n => Error(Quadrature.Simpson(Math.Sin, 0, Math.PI, n)))]);
        var nodes = Enumerable.Range(1, 14).ToArray();
        var gauss = new Series("Gauss–Legendre", [.. nodes.Select(n => (double)n)], [.. nodes.Select(n => Error(Quadrature.GaussLegendre(Math.Sin, 0, Math.PI, n)))]);
        var (counts, errors) = (new List<double>(), new List<double>());
        for (var k = 2; k <= 12; k++)
        {
            var evaluations = 0;
            var value = Quadrature.AdaptiveSimpson(x => { evaluations++; return Math.Sin(x); }, 0, Math.PI, Math.Pow(10, -k));
            counts.Add(evaluations);
            errors.Add(Error(value));
        }

        return Charts.LogScale(
            "More accuracy per evaluation: trapezoid h², Simpson h⁴, Gauss spectral",
            "function evaluations", "error",
            [trapezoid, simpson, gauss, new Series("adaptive Simpson", [.. counts], [.. errors])],
            markers: true);
    }
}
