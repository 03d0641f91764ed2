namespace MathForML.Optimization;

/// <summary>Reference solution: heavy-ball (Polyak) momentum and Nesterov's accelerated gradient.</summary>
public static class Momentum
{
    /// <summary>v ← βv − η∇f(x), x ← x + v, from v = 0; stops when ‖∇f(xₖ)‖ ≤ tolerance.</summary>
    public static double[] HeavyBall(
        Func<double[], double[]> gradient,
        double[] x0,
        double learningRate,
        double momentum,
        double tolerance = 1e-8,
        int maxIterations = 100_000,
        IList<double[]>? trace = null) =>
        Run(gradient, x0, learningRate, momentum, tolerance, maxIterations, trace, lookAhead: false);

    /// <summary>v ← βv − η∇f(x + βv), x ← x + v, from v = 0; stops when the look-ahead gradient is small.</summary>
    public static double[] Nesterov(
        Func<double[], double[]> gradient,
        double[] x0,
        double learningRate,
        double momentum,
        double tolerance = 1e-8,
        int maxIterations = 100_000,
        IList<double[]>? trace = null) =>
        Run(gradient, x0, learningRate, momentum, tolerance, maxIterations, trace, lookAhead: true);

    private static double[] Run(
        Func<double[], double[]> gradient,
        double[] x0,
        double learningRate,
        double momentum,
        double tolerance,
        int maxIterations,
        IList<double[]>? trace,
        bool lookAhead)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        OptimizerGuard.RequireStart(x0);
        OptimizerGuard.RequirePositive(learningRate, nameof(learningRate));
        OptimizerGuard.RequireFraction(momentum, nameof(momentum));
        OptimizerGuard.RequireSettings(tolerance, maxIterations);

        var n = x0.Length;
        var x = (double[])x0.Clone();
        var v = new double[n];
        trace?.Add((double[])x.Clone());
        for (var k = 0; ; k++)
        {
            // Heavy ball measures the slope where it stands; Nesterov where the velocity is about to carry it.
            var probe = lookAhead ? [.. x.Select((xi, i) => xi + (momentum * v[i]))] : x;
            var g = OptimizerGuard.Gradient(gradient, probe);
            if (OptimizerGuard.Norm(g) <= tolerance)
            {
                return (double[])probe.Clone();
            }

            if (k == maxIterations)
            {
                throw new InvalidOperationException($"Momentum did not converge in {maxIterations} iterations.");
            }

            for (var i = 0; i < n; i++)
            {
                v[i] = (momentum * v[i]) - (learningRate * g[i]);
                x[i] += v[i];
            }

            OptimizerGuard.RequireFiniteIterate(x, k + 1);
            trace?.Add((double[])x.Clone());
        }
    }
}
