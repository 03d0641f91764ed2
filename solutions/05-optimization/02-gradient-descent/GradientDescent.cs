namespace MathForML.Optimization;

/// <summary>Reference solution: gradient descent with a fixed learning rate, xₖ₊₁ = xₖ − η∇f(xₖ).</summary>
public static class GradientDescent
{
    /// <summary>Steps against the gradient until ‖∇f(xₖ)‖₂ ≤ tolerance.</summary>
    public static double[] Minimize(
        Func<double[], double[]> gradient,
        double[] x0,
        double learningRate,
        double tolerance = 1e-8,
        int maxIterations = 100_000,
        IList<double[]>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        OptimizerGuard.RequireStart(x0);
        OptimizerGuard.RequirePositive(learningRate, nameof(learningRate));
        OptimizerGuard.RequireSettings(tolerance, maxIterations);

        var x = (double[])x0.Clone();
        trace?.Add((double[])x.Clone());
        for (var k = 0; ; k++)
        {
            var g = OptimizerGuard.Gradient(gradient, x);
            if (OptimizerGuard.Norm(g) <= tolerance)
            {
                return x;
            }

            if (k == maxIterations)
            {
                throw new InvalidOperationException($"Gradient descent did not converge in {maxIterations} iterations (‖∇f‖ = {OptimizerGuard.Norm(g):g3}).");
            }

            for (var i = 0; i < x.Length; i++)
            {
                x[i] -= learningRate * g[i];
            }

            OptimizerGuard.RequireFiniteIterate(x, k + 1);
            trace?.Add((double[])x.Clone());
        }
    }
}
