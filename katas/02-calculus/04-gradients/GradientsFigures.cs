using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The gradients kata's figures, drawn from your <see cref="Gradients.Gradient"/> (read, don't edit).
/// </summary>
public static class GradientsFigures
{
    /// <summary>Rosenbrock's function (1 − x₁)² + 100(x₂ − x₁²)², minimum 0 at (1, 1) at the end of a curved valley.</summary>
    private static double Rosenbrock(double[] x) => ((1 - x[0]) * (1 - x[0])) + (100 * (x[1] - (x[0] * x[0])) * (x[1] - (x[0] * x[0])));

    /// <summary>The ellipse bowl x₁² + 4x₂² of the lesson.</summary>
    private static double Bowl(double[] x) => (x[0] * x[0]) + (4 * x[1] * x[1]);

    /// <summary>Gradient descent on Rosenbrock's function, the gradient by your central differences.</summary>
    /// <returns>The plot.</returns>
    [Figure("gradient-descent", "Gradient descent x ← x − η∇f(x) from (−1.2, 1) on Rosenbrock's function, every gradient computed by your Gradient. The steps drop into the curved valley within a few iterations and then creep along its nearly flat floor: after 2000 steps neither step size has reached the minimum at (1, 1). The points mark each of the first 60 iterates, then every 20th; the contours are drawn for log(1 + f).")]
    public static Plot GradientDescent()
    {
        Series Descend(double eta, int steps)
        {
            var x = new[] { -1.2, 1.0 };
            var path = new List<double[]> { x };
            for (var k = 0; k < steps; k++)
            {
                var g = Gradients.Gradient(Rosenbrock, x);
                x = [x[0] - (eta * g[0]), x[1] - (eta * g[1])];
                if (k < 60 || k % 20 == 19)
                {
                    path.Add(x); // every one of the first 60 steps, then every 20th: the slow crawl needs no more points
                }
            }

            return Series.Path($"η = {eta}: after {steps} steps at ({x[0]:0.00}, {x[1]:0.00})", path);
        }

        return Charts.PathsOnContours(
            "Gradient descent drops into the valley, then creeps along it",
            (a, b) => Rosenbrock([a, b]), (-1.6, 1.6), (-0.6, 1.6),
            [Descend(0.002, 2000), Descend(0.001, 2000), new Series("minimum (1, 1)", [1], [1])],
            z => Math.Log(1 + z), 16);
    }

    /// <summary>Gradient arrows on the level sets of x₁² + 4x₂².</summary>
    /// <returns>The plot.</returns>
    [Figure("gradient-field", "The gradient ∇f of f = x₁² + 4x₂², computed by your Gradient at points on two level sets (arrows scaled by 0.1). Each arrow is perpendicular to its ellipse and points outwards, uphill; it is longest where the ellipses are closest together, at the ends of the short axis.")]
    public static Plot GradientField()
    {
        const double scale = 0.1;
        var arrows = new List<(double[] From, double[] To)>();
        foreach (var level in new[] { 1.0, 4.0 })
        {
            for (var k = 0; k < 16; k++)
            {
                var t = 2 * Math.PI * k / 16;
                double[] p = [Math.Sqrt(level) * Math.Cos(t), Math.Sqrt(level) / 2 * Math.Sin(t)];
                var g = Gradients.Gradient(Bowl, p);
                arrows.Add((p, [p[0] + (scale * g[0]), p[1] + (scale * g[1])]));
            }
        }

        return Charts.ContoursWithVectors(
            "∇f is perpendicular to the level sets and points uphill",
            (a, b) => Bowl([a, b]), (-3.6, 3.6), (-2, 2), [], [("0.1·∇f", arrows)], [],
            ("the level sets f = 1 and f = 4", [1, 4]), levels: 10);
    }
}
