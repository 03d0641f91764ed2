using MathForML.Figures;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>The line-search kata's figures, drawn from your <see cref="LineSearch"/> (read, don't edit).</summary>
public static class LineSearchFigures
{
    /// <summary>f(x) = x⁴/4 − x, whose minimum is at x = 1.</summary>
    private static double F(double x) => (x * x * x * x / 4) - x;

    /// <summary>The trial steps of one backtracking search, on the graph of f along the search direction.</summary>
    /// <returns>The plot.</returns>
    [Figure("armijo-backtracking", "f(x) = x⁴/4 − x from x = 2 along d = −f′(2) = −7, as a function of the step t, with c = 0.3. Every point where your Backtracking evaluated f is marked: t = 1 (off the chart at φ = 161), ½ and ¼ lie above the dashed Armijo line φ(0) + c·t·φ′(0) and are rejected; t = ⅛ lies below it and is accepted. The dotted line is the tangent, which no step can beat by much.")]
    public static Plot ArmijoBacktracking()
    {
        const double X = 2, Direction = -7, C = 0.3;
        var slope = (X * X * X - 1) * Direction;
        var trials = new List<double>();
        var accepted = LineSearch.Backtracking(
            p =>
            {
                trials.Add((p[0] - X) / Direction);
                return F(p[0]);
            },
            [X], [(X * X * X) - 1], [Direction], sufficientDecrease: C);
        var t = Enumerable.Range(0, 111).Select(i => i * 0.005).ToArray();
        var rejected = trials.Where(s => s > 0 && s != accepted && s <= 0.55).ToArray();
        return Charts.CurvesWithPoints(
            $"Backtracking halves t until the Armijo line is met: t = {accepted:0.###}",
            "step t", "φ(t) = f(x + t·d)",
            [
                Series.Of("φ(t)", t, s => F(X + (s * Direction))),
                Series.Of("Armijo line φ(0) + c·t·φ′(0)", t, s => F(X) + (C * s * slope)),
            ],
            [new Series("rejected trial steps", rejected, [.. rejected.Select(s => F(X + (s * Direction)))])],
            [new Series("accepted step", [accepted], [F(X + (accepted * Direction))])],
            [Series.Of("tangent φ(0) + t·φ′(0)", [0, 0.15], s => F(X) + (s * slope))],
            corner: Alignment.UpperLeft);
    }

    /// <summary>Steepest descent with Armijo steps on Rosenbrock's function.</summary>
    /// <returns>The plot.</returns>
    [Figure("steepest-descent-rosenbrock", "The first 300 iterates of your LineSearch.Minimize on Rosenbrock's function from (−1.2, 1) (contours of log(1 + f)): no learning rate to choose, and f falls at every step. The path crawls in tiny zig-zags near the start, makes one long accepted jump along the valley (every search tries t = 1 first) and slows to a crawl again short of (1, 1): the steepest-descent direction points across the curved valley, not along it.")]
    public static Plot SteepestDescentOnRosenbrock()
    {
        var trace = new List<double[]>();
        try
        {
            LineSearch.Minimize(
                p => ((1 - p[0]) * (1 - p[0])) + (100 * (p[1] - (p[0] * p[0])) * (p[1] - (p[0] * p[0]))),
                p => [(-2 * (1 - p[0])) - (400 * p[0] * (p[1] - (p[0] * p[0]))), 200 * (p[1] - (p[0] * p[0]))],
                [-1.2, 1], tolerance: 1e-6, maxIterations: 300, trace: trace);
        }
        catch (InvalidOperationException)
        {
            // 300 steps are not enough on this valley: the trace so far is what is drawn.
        }

        return Charts.PathsOnContours(
            $"{trace.Count - 1} Armijo steps: f falls every time, yet (1, 1) is not reached",
            (a, b) => ((1 - a) * (1 - a)) + (100 * (b - (a * a)) * (b - (a * a))), (-1.5, 1.5), (-0.5, 1.5),
            [Series.Path("steepest descent with backtracking", trace)],
            z => Math.Log(1 + z), 16);
    }
}
