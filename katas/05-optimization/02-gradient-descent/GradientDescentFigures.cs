using MathForML.Figures;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>The gradient-descent kata's figures, drawn from your <see cref="GradientDescent.Minimize"/> and its trace (read, don't edit).</summary>
public static class GradientDescentFigures
{
    /// <summary>The curvatures of f(x) = ½(x₁² + 10x₂²): L = 10, κ = 10.</summary>
    private const double Steep = 10;

    private static double F(double a, double b) => 0.5 * ((a * a) + (Steep * b * b));

    private static double[] Gradient(double[] x) => [x[0], Steep * x[1]];

    /// <summary>The loss per iteration for four learning rates, one above 2/L.</summary>
    /// <returns>The plot.</returns>
    [Figure("loss-by-learning-rate", "f(xₖ) along the traces of your Minimize on f = ½(x₁² + 10x₂²) (L = 10) from (1, 1), for four learning rates: on a log scale convergence is a straight line whose slope is set by the slowest factor |1 − ηλᵢ|; η = 0.5/L is slowest (factor 1 − 0.05 = 0.95 on the flat direction), η = 1/L and 1.9/L share the factor 0.9 (the latter's from the steep direction, flipping sign), and η = 2.1/L (above 2/L) climbs without end.")]
    public static Plot LossByLearningRate()
    {
        var series = new List<Series>();
        foreach (var (factor, label) in new[] { (0.5, "η = 0.5/L"), (1.0, "η = 1/L"), (1.9, "η = 1.9/L"), (2.1, "η = 2.1/L (diverges)") })
        {
            var trace = Run([1, 1], factor / Steep, 60);
            series.Add(new Series(label, [.. Enumerable.Range(0, trace.Count).Select(k => (double)k)], [.. trace.Select(x => F(x[0], x[1]))]));
        }

        return Charts.LogScale("Below 2/L the loss falls geometrically; above it, it grows geometrically", "iteration k", "f(xₖ)", series, logX: false);
    }

    /// <summary>Paths on the contours of the ill-conditioned quadratic.</summary>
    /// <returns>The plot.</returns>
    [Figure("paths-on-contours", "The iterates of your Minimize on f = ½(x₁² + 10x₂²) from (−4.5, 1.8): with η = 0.5/L the path slides smoothly down the steep wall and then along the flat valley; with η = 1.9/L it bounces from wall to wall, because the steep coordinate is multiplied by 1 − 1.9 = −0.9 at every step.")]
    public static Plot PathsOnContours() =>
        Charts.PathsOnContours(
            "A step near 2/L zig-zags across the valley; a smaller one does not",
            F, (-5, 1), (-2, 2),
            [
                Series.Path("η = 0.5/L", Run([-4.5, 1.8], 0.5 / Steep, 40)),
                Series.Path("η = 1.9/L", Run([-4.5, 1.8], 1.9 / Steep, 40)),
            ]);

    /// <summary>At most <paramref name="steps"/> iterates of gradient descent (the run is cut off there, converged or not).</summary>
    private static List<double[]> Run(double[] x0, double rate, int steps)
    {
        var trace = new List<double[]>();
        try
        {
            GradientDescent.Minimize(Gradient, x0, rate, tolerance: 1e-12, maxIterations: steps, trace: trace);
        }
        catch (InvalidOperationException)
        {
            // The cap was reached (or the run diverged): the trace so far is what is drawn.
        }

        return trace;
    }
}
