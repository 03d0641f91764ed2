using MathForML.Figures;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>
/// The constrained-optimisation kata's figure: the paths of your <see cref="ConstrainedOptimization.ProjectedGradientDescent"/>
/// (with your <see cref="Convexity.ProjectOntoBox"/>) and of your <see cref="ConstrainedOptimization.PenaltyMethod"/>
/// (read, don't edit).
/// </summary>
public static class ConstrainedOptimizationFigures
{
    /// <summary>f(x) = ½(x − c)ᵀQ(x − c) with Q = [[2, −0.6], [−0.6, 1]] and c = (2.4, 0.2), outside the box.</summary>
    private static readonly double[] C = [2.4, 0.2];
    private static readonly double[] Lower = [-1, -1];
    private static readonly double[] Upper = [1, 1];

    private static double F(double a, double b)
    {
        var (u, v) = (a - C[0], b - C[1]);
        return 0.5 * ((2 * u * u) - (1.2 * u * v) + (v * v));
    }

    private static double[] Gradient(double[] x)
    {
        var (u, v) = (x[0] - C[0], x[1] - C[1]);
        return [(2 * u) - (0.6 * v), (-0.6 * u) + v];
    }

    /// <summary>Projected gradient and penalty paths to the constrained minimum on the box [−1, 1]².</summary>
    /// <returns>The plot.</returns>
    [Figure("constrained-paths", "Minimising f = ½(x − c)ᵀQ(x − c) over the box [−1, 1]² (c = (2.4, 0.2) lies outside). Your projected gradient descent (η = 0.4) starts at the projection of (−2.2, 1.7) and every iterate stays in the box, ending on its right edge at (1, −0.64), where the contour touches the edge. Your penalty method's answers x(μ) for μ = 0.1 … 1000 start near c and approach the same point from OUTSIDE the box, their distance to it shrinking like 1/μ.")]
    public static Plot ConstrainedPaths()
    {
        var trace = new List<double[]>();
        var answer = ConstrainedOptimization.ProjectedGradientDescent(
            Gradient, x => Convexity.ProjectOntoBox(x, Lower, Upper), [-2.2, 1.7], 0.4, tolerance: 1e-10, trace: trace);

        Constraint Bound(int i, double sign, double limit) => new(x => sign * (x[i] - limit), x => i == 0 ? [sign, 0] : [0, sign]);
        var problem = new ConstrainedProblem(
            x => F(x[0], x[1]), Gradient, [], [Bound(0, 1, 1), Bound(0, -1, -1), Bound(1, 1, 1), Bound(1, -1, -1)]);
        var mus = Enumerable.Range(0, 21).Select(i => Math.Pow(10, -1 + (i / 5.0))).ToArray();
        var penalty = ConstrainedOptimization.PenaltyMethod(problem, [-2.2, 1.7], mus);

        return Charts.ContoursWithVectors(
            "Projected steps stay feasible; penalty answers close in from outside",
            F, (-2.6, 3), (-2, 2.2),
            [
                new Series("feasible box", [-1, 1, 1, -1, -1], [-1, -1, 1, 1, -1]),
                Series.Path("projected gradient descent", trace),
                Series.Path("penalty answers x(μ), μ = 0.1 … 1000", penalty.Select(s => s.X)),
            ],
            [],
            [("constrained minimum", answer), ("unconstrained minimum c", C)],
            levelScale: v => Math.Log(1 + v),
            legend: Alignment.UpperLeft);
    }
}
