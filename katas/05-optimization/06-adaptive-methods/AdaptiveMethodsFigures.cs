using MathForML.Figures;
using ScottPlot;

namespace MathForML.Optimization.Figures;

/// <summary>
/// The adaptive-methods kata's figures: your <see cref="RmsProp"/> and <see cref="Adam"/> raced against your
/// <see cref="GradientDescent"/> and <see cref="Momentum"/> from the earlier katas (read, don't edit).
/// </summary>
public static class AdaptiveMethodsFigures
{
    private static double Rosenbrock(double a, double b) => ((1 - a) * (1 - a)) + (100 * (b - (a * a)) * (b - (a * a)));

    private static double[] RosenbrockGradient(double[] p) =>
        [(-2 * (1 - p[0])) - (400 * p[0] * (p[1] - (p[0] * p[0]))), 200 * (p[1] - (p[0] * p[0]))];

    /// <summary>Five optimisers on Rosenbrock's function.</summary>
    /// <returns>The plot.</returns>
    [Figure("optimizers-on-rosenbrock", "1500 steps of five optimisers from (−1.2, 1) on Rosenbrock's function (contours of log(1 + f)), every 15th iterate marked: gradient descent (η = 0.001) and heavy-ball and Nesterov momentum (η = 0.0002, β = 0.9) from the earlier katas, and your RmsProp (η = 0.005) and Adam (η = 0.02). All five reach the curved valley floor and follow it towards (1, 1); the adaptive methods' first steps are about η in each coordinate, whatever the gradient's size.")]
    public static Plot OptimizersOnRosenbrock() =>
        Charts.PathsOnContours(
            "Five optimisers, 1500 steps each, on Rosenbrock's valley",
            Rosenbrock, (-1.6, 1.6), (-0.4, 1.8),
            Paths(RosenbrockGradient, [-1.2, 1], 1500, 15, 0.001, 0.0002, 0.9, 0.005, 0.02),
            z => Math.Log(1 + z), 16);

    /// <summary>Five optimisers on an ill-conditioned quadratic.</summary>
    /// <returns>The plot.</returns>
    [Figure("optimizers-on-quadratic", "80 steps of the same five optimisers on f = ½(x₁² + 50x₂²) (κ = 50) from (−4, 1.5), every iterate marked: gradient descent (η = 1.8/L) bounces between the walls and creeps; heavy ball and Nesterov (η = 1/L, β = 0.8) glide along the valley; RMSProp (η = 0.1) rescales each coordinate and heads almost straight for the minimum; Adam (η = 0.3) does too, but its first moment carries it past the minimum before it turns back.")]
    public static Plot OptimizersOnQuadratic() =>
        Charts.PathsOnContours(
            "On a narrow valley: bouncing, gliding, and rescaled steps",
            (a, b) => 0.5 * ((a * a) + (50 * b * b)), (-4.5, 1), (-1.8, 1.8),
            Paths(p => [p[0], 50 * p[1]], [-4, 1.5], 80, 1, 1.8 / 50, 1.0 / 50, 0.8, 0.1, 0.3));

    /// <summary>The five paths, each subsampled to every <paramref name="every"/>-th iterate (and the last).</summary>
    private static Series[] Paths(
        Func<double[], double[]> gradient, double[] start, int steps, int every,
        double gdRate, double momentumRate, double beta, double rmsRate, double adamRate)
    {
        var rms = new RmsProp(rmsRate);
        var adam = new Adam(adamRate);
        return
        [
            Series.Path($"gradient descent, η = {gdRate:0.####}", Thin(MomentumFigures.Capped(t => GradientDescent.Minimize(gradient, start, gdRate, maxIterations: steps, trace: t)), every)),
            Series.Path("heavy ball", Thin(MomentumFigures.Capped(t => Momentum.HeavyBall(gradient, start, momentumRate, beta, maxIterations: steps, trace: t)), every)),
            Series.Path("Nesterov", Thin(MomentumFigures.Capped(t => Momentum.Nesterov(gradient, start, momentumRate, beta, maxIterations: steps, trace: t)), every)),
            Series.Path("RMSProp", Thin(Stepped(rms.Step, gradient, start, steps), every)),
            Series.Path("Adam", Thin(Stepped(adam.Step, gradient, start, steps), every)),
        ];
    }

    private static List<double[]> Stepped(Func<double[], double[], double[]> step, Func<double[], double[]> gradient, double[] start, int steps)
    {
        var trace = new List<double[]> { start };
        for (var k = 0; k < steps; k++)
        {
            trace.Add(step(trace[^1], gradient(trace[^1])));
        }

        return trace;
    }

    private static IEnumerable<double[]> Thin(List<double[]> trace, int every) =>
        trace.Where((_, k) => k % every == 0 || k == trace.Count - 1);
}
