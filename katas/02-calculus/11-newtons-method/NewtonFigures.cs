using MathForML.Figures;
using ScottPlot;

namespace MathForML.Calculus.Figures;

/// <summary>
/// The Newton's-method kata's figures, drawn from your <see cref="Newton.Minimize"/> and <see cref="Newton.FindRoot"/>
/// and their traces (read, don't edit).
/// </summary>
public static class NewtonFigures
{
    /// <summary>Rosenbrock's function (1 − x₁)² + 100(x₂ − x₁²)², minimum 0 at (1, 1).</summary>
    private static double Rosenbrock(double a, double b) => ((1 - a) * (1 - a)) + (100 * (b - (a * a)) * (b - (a * a)));

    /// <summary>Its gradient (−2(1 − x₁) − 400x₁(x₂ − x₁²), 200(x₂ − x₁²)).</summary>
    private static double[] RosenbrockGradient(double[] x) =>
        [(-2 * (1 - x[0])) - (400 * x[0] * (x[1] - (x[0] * x[0]))), 200 * (x[1] - (x[0] * x[0]))];

    /// <summary>Its Hessian [[2 − 400x₂ + 1200x₁², −400x₁], [−400x₁, 200]].</summary>
    private static double[,] RosenbrockHessian(double[] x) =>
        new[,] { { 2 - (400 * x[1]) + (1200 * x[0] * x[0]), -400 * x[0] }, { -400 * x[0], 200 } };

    /// <summary>Newton's path and gradient descent's on Rosenbrock's function from (−1.2, 1).</summary>
    /// <returns>The plot.</returns>
    [Figure("newton-vs-gradient-descent", "From (−1.2, 1) on Rosenbrock's function, your Newton.Minimize (its trace: x₀ and every iterate) takes a handful of long steps, scaled by the curvature in each direction (one overshoots far below the valley), and lands on the minimum (1, 1). Gradient descent with the largest stable step η = 0.002 zig-zags into the valley and is still crawling along its floor after 1000 steps (its first 60 iterates are marked, then every 20th). The contours are drawn for log(1 + f).")]
    public static Plot NewtonVersusGradientDescent()
    {
        var trace = new List<double[]>();
        Newton.Minimize(RosenbrockGradient, RosenbrockHessian, [-1.2, 1], trace: trace);
        var x = new[] { -1.2, 1.0 };
        var descent = new List<double[]> { x };
        for (var k = 0; k < 1000; k++)
        {
            var g = RosenbrockGradient(x);
            x = [x[0] - (0.002 * g[0]), x[1] - (0.002 * g[1])];
            if (k < 60 || k % 20 == 19)
            {
                descent.Add(x); // every one of the first 60 steps, then every 20th
            }
        }

        var end = trace.Count > 0 ? trace[^1] : [double.NaN, double.NaN];
        var arrived = Math.Abs(end[0] - 1) < 1e-6 && Math.Abs(end[1] - 1) < 1e-6;
        var title = arrived
            ? $"Newton: {trace.Count - 1} steps to (1, 1); gradient descent: 1000 and not there"
            : $"Newton stopped at ({end[0]:0.###}, {end[1]:0.###}) after {trace.Count - 1} steps, not at (1, 1)";
        return Charts.PathsOnContours(
            title,
            Rosenbrock, (-1.6, 1.6), (-3.4, 1.8),
            [Series.Path($"Newton ({trace.Count - 1} steps)", trace), Series.Path("gradient descent, η = 0.002 (1000 steps)", descent)],
            z => Math.Log(1 + z), 16);
    }

    /// <summary>The error per iteration of Newton's method: the number of correct digits doubles.</summary>
    /// <returns>The plot.</returns>
    [Figure("quadratic-convergence", "The error of each iterate in the traces of your FindRoot (x² − 2 = 0 from x₀ = 3, error |xₖ − √2|) and Minimize (Rosenbrock from (−1.2, 1), error ‖xₖ − (1, 1)‖). Once close, each step squares the error: 10⁻², 10⁻⁴, 10⁻⁸, 10⁻¹⁶. Exact zeros are left out.")]
    public static Plot QuadraticConvergence()
    {
        var roots = new List<double>();
        Newton.FindRoot(x => (x * x) - 2, x => 2 * x, 3, trace: roots);
        var minima = new List<double[]>();
        Newton.Minimize(RosenbrockGradient, RosenbrockHessian, [-1.2, 1], trace: minima);
        var rootErrors = roots.Select(x => Math.Abs(x - Math.Sqrt(2))).ToArray();
        var minimumErrors = minima.Select(x => Math.Sqrt(((x[0] - 1) * (x[0] - 1)) + ((x[1] - 1) * (x[1] - 1)))).ToArray();
        return Charts.LogScale(
            "Once close, every Newton step doubles the correct digits", "iteration k", "error of xₖ",
            [
                new Series("FindRoot, x² − 2 = 0: |xₖ − √2|", Enumerable.Range(0, rootErrors.Length).Select(k => (double)k).ToArray(), rootErrors),
                new Series("Minimize, Rosenbrock: ‖xₖ − (1, 1)‖", Enumerable.Range(0, minimumErrors.Length).Select(k => (double)k).ToArray(), minimumErrors),
            ],
            logX: false, markers: true);
    }
}
