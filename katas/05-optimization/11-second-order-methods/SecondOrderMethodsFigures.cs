using MathForML.Figures;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>
/// The second-order kata's figures: your <see cref="SecondOrderMethods"/> against your steepest descent with line search
/// (<see cref="LineSearch.Minimize"/>) on Rosenbrock's function (read, don't edit).
/// </summary>
public static class SecondOrderMethodsFigures
{
    private static double Rosenbrock(double a, double b) => ((1 - a) * (1 - a)) + (100 * (b - (a * a)) * (b - (a * a)));

    private static double Rosenbrock(double[] p) => Rosenbrock(p[0], p[1]);

    private static double[] RosenbrockGradient(double[] p) =>
        [(-2 * (1 - p[0])) - (400 * p[0] * (p[1] - (p[0] * p[0]))), 200 * (p[1] - (p[0] * p[0]))];

    private static double[,] RosenbrockHessian(double[] p) =>
        new[,] { { 2 - (400 * p[1]) + (1200 * p[0] * p[0]), -400 * p[0] }, { -400 * p[0], 200 } };

    /// <summary>Error against iteration for Newton, BFGS and steepest descent.</summary>
    /// <returns>The plot.</returns>
    [Figure("error-against-iteration", "The error ‖xₖ − (1, 1)‖ of your Newton (pure, full steps), your BFGS and your steepest descent with Armijo steps (LineSearch.Minimize) on Rosenbrock's function from (−1.2, 1), on a log scale. Steepest descent (60 steps shown) creeps, makes one long accepted jump along the valley floor and creeps again (linear, with a ratio near 1); BFGS needs a few dozen steps to learn the curvature, then the error falls ever faster (superlinear); Newton, once close, squares the error at every step — the number of correct digits doubles.")]
    public static Plot ErrorAgainstIteration()
    {
        double[] start = [-1.2, 1];
        var newton = SecondOrderMethods.Newton(RosenbrockGradient, RosenbrockHessian, start, tolerance: 1e-12);
        var bfgs = SecondOrderMethods.Bfgs(Rosenbrock, RosenbrockGradient, start, tolerance: 1e-12);
        var steepest = MomentumFigures.Capped(t => LineSearch.Minimize(Rosenbrock, RosenbrockGradient, start, tolerance: 1e-12, maxIterations: 60, trace: t));
        var plot = Charts.LogScale(
            "Linear, superlinear, quadratic: error per iteration on Rosenbrock",
            "iteration k", "error ‖xₖ − x*‖",
            [Errors("steepest descent + Armijo", steepest), Errors("BFGS", bfgs.Iterates), Errors("Newton", newton.Iterates)],
            logX: false, markers: true);
        FigureStyle.Legend(plot, Alignment.LowerRight); // the curves start at the upper left and fall to the lower middle
        return plot;
    }

    /// <summary>The three paths on Rosenbrock's contours.</summary>
    /// <returns>The plot.</returns>
    [Figure("paths-on-rosenbrock", "The iterates of the same three runs on the contours of log(1 + f): your Newton jumps far below the valley at its second step (the quadratic model is only trusted locally) and is at (1, 1) within seven steps; your BFGS follows the curved valley floor with steps the line search accepts; steepest descent's first 40 steps crawl near the start, jump once along the valley floor and stop short of (1, 1).")]
    public static Plot PathsOnRosenbrock()
    {
        double[] start = [-1.2, 1];
        var newton = SecondOrderMethods.Newton(RosenbrockGradient, RosenbrockHessian, start, tolerance: 1e-12);
        var bfgs = SecondOrderMethods.Bfgs(Rosenbrock, RosenbrockGradient, start, tolerance: 1e-12);
        var steepest = MomentumFigures.Capped(t => LineSearch.Minimize(Rosenbrock, RosenbrockGradient, start, tolerance: 1e-12, maxIterations: 40, trace: t));
        return Charts.PathsOnContours(
            "Newton and BFGS reach (1, 1); steepest descent stops short",
            Rosenbrock, (-1.6, 1.6), (-3.4, 2.8),
            [Series.Path("steepest descent + Armijo", steepest), Series.Path("BFGS", bfgs.Iterates), Series.Path("Newton", newton.Iterates)],
            z => Math.Log(1 + z), 16);
    }

    private static Series Errors(string label, IReadOnlyList<double[]> iterates) =>
        new(label, [.. Enumerable.Range(0, iterates.Count).Select(k => (double)k)],
            [.. iterates.Select(p => Math.Sqrt(((p[0] - 1) * (p[0] - 1)) + ((p[1] - 1) * (p[1] - 1))))]);
}
