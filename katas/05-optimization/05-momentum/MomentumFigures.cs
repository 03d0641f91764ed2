using MathForML.Figures;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>The momentum kata's figures, drawn from your <see cref="Momentum"/> and <see cref="GradientDescent"/> (read, don't edit).</summary>
public static class MomentumFigures
{
    /// <summary>Paths of gradient descent, heavy ball and Nesterov on an ill-conditioned quadratic.</summary>
    /// <returns>The plot.</returns>
    [Figure("momentum-paths", "The first 60 iterates of your GradientDescent.Minimize (η = 1/L), Momentum.HeavyBall and Momentum.Nesterov (tuned as in the lesson) on f = ½(x₁² + 25x₂²), κ = 25, from (−4, 1.5): gradient descent (η = 1/L) solves the steep direction in one step and then creeps along the flat one, its path hidden under Nesterov's, which covers the same line far faster; heavy ball, tuned for the best worst-case rate, takes ηL ≈ 2.8 in the steep direction and bounces hard between the walls while racing along the valley.")]
    public static Plot MomentumPaths()
    {
        const double Kappa = 25;
        double[] G(double[] p) => [p[0], Kappa * p[1]];
        var beta = (Math.Sqrt(Kappa) - 1) / (Math.Sqrt(Kappa) + 1);
        double[] start = [-4, 1.5];
        return Charts.PathsOnContours(
            "Momentum reaches the minimum of a narrow valley in a fraction of the steps",
            (a, b) => 0.5 * ((a * a) + (Kappa * b * b)), (-4.5, 1.5), (-1.8, 1.8),
            [
                Series.Path("gradient descent, η = 1/L", Capped(t => GradientDescent.Minimize(G, start, 1 / Kappa, maxIterations: 60, trace: t))),
                Series.Path("heavy ball", Capped(t => Momentum.HeavyBall(G, start, 4 / Math.Pow(Math.Sqrt(Kappa) + 1, 2), beta * beta, maxIterations: 60, trace: t))),
                Series.Path("Nesterov", Capped(t => Momentum.Nesterov(G, start, 1 / Kappa, beta, maxIterations: 60, trace: t))),
            ]);
    }

    /// <summary>Steps to tolerance against κ on log–log axes.</summary>
    /// <returns>The plot.</returns>
    [Figure("steps-against-kappa", "Steps to ‖∇f‖ ≤ 10⁻⁸ on f = ½(x₁² + κx₂²) from (1, 1), counted from the traces of your methods, for κ from 10 to 10⁴ (log–log axes): gradient descent's counts rise with slope 1 (∝ κ), heavy ball's and Nesterov's with slope ½ (∝ √κ).")]
    public static Plot StepsAgainstKappa()
    {
        double[] kappas = [10, 30, 100, 300, 1000, 3000, 10000];
        double Count(double kappa, int method)
        {
            double[] G(double[] p) => [p[0], kappa * p[1]];
            var beta = (Math.Sqrt(kappa) - 1) / (Math.Sqrt(kappa) + 1);
            var trace = new List<double[]>();
            _ = method switch
            {
                0 => GradientDescent.Minimize(G, [1, 1], 1 / kappa, maxIterations: 1_000_000, trace: trace),
                1 => Momentum.HeavyBall(G, [1, 1], 4 / Math.Pow(Math.Sqrt(kappa) + 1, 2), beta * beta, trace: trace),
                _ => Momentum.Nesterov(G, [1, 1], 1 / kappa, beta, trace: trace),
            };
            return trace.Count - 1;
        }

        return Charts.LogScale(
            "Plain descent needs ∝ κ steps, momentum ∝ √κ", "condition number κ", "steps to tolerance",
            [
                new Series("gradient descent", kappas, [.. kappas.Select(k => Count(k, 0))]),
                new Series("heavy ball", kappas, [.. kappas.Select(k => Count(k, 1))]),
                new Series("Nesterov", kappas, [.. kappas.Select(k => Count(k, 2))]),
            ],
            markers: true);
    }

    /// <summary>
    /// The trace of a run cut off at its iteration cap (the cap's exception is expected and ignored); also used by the
    /// adaptive-methods figures.
    /// </summary>
    /// <param name="run">Runs an optimiser with the given trace.</param>
    /// <returns>The trace.</returns>
    internal static List<double[]> Capped(Func<List<double[]>, double[]> run)
    {
        var trace = new List<double[]>();
        try
        {
            run(trace);
        }
        catch (InvalidOperationException)
        {
            // Stopped at the cap: draw what was done.
        }

        return trace;
    }
}
