using MathForML.Figures;
using ScottPlot;

namespace MathForML.NumericalMethods.Figures;

/// <summary>The root-finding kata's figure, drawn from the traces of your three solvers (read, don't edit).</summary>
public static class RootFindingFigures
{
    /// <summary>|xₖ − √2| per iteration for x² − 2 = 0.</summary>
    /// <returns>The plot.</returns>
    [Figure("convergence", "The error |xₖ − √2| of every iterate in the traces of your Bisection (on [0, 2]), Secant (from 0 and 2) and Newton (from 2) for x² − 2 = 0, on a log scale. Bisection gains one bit per step (a straight line of slope log₁₀ ½), the secant method multiplies its number of correct digits by about 1.618 per step and Newton doubles it. Exact zeros are left out.")]
    public static Plot Convergence()
    {
        static double F(double x) => (x * x) - 2;
        var (bisection, secant, newton) = (new List<double>(), new List<double>(), new List<double>());
        RootFinding.Bisection(F, 0, 2, trace: bisection);
        RootFinding.Secant(F, 0, 2, trace: secant);
        RootFinding.Newton(F, x => 2 * x, 2, trace: newton);
        Series Errors(string label, List<double> trace) =>
            new(label, [.. Enumerable.Range(0, trace.Count).Select(k => (double)k)], [.. trace.Select(x => Math.Abs(x - Math.Sqrt(2)))]);
        return Charts.LogScale(
            "Bisection gains a bit per step; secant and Newton multiply their digits",
            "iteration k", "error |xₖ − √2|",
            [
                Errors($"bisection ({bisection.Count} midpoints), order 1", bisection),
                Errors($"secant ({secant.Count} iterates), order 1.618", secant),
                Errors($"Newton ({newton.Count} iterates), order 2", newton),
            ],
            logX: false, markers: true);
    }
}
