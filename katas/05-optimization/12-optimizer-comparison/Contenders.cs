namespace MathForML.Optimization;

/// <summary>
/// Given code (read, don't edit): one optimiser's run on a problem. It minimises <paramref name="problem"/> from its start
/// until ‖∇f‖ ≤ <paramref name="tolerance"/> or <paramref name="maxIterations"/> steps, adding a copy of x₀ and of every
/// iterate to <paramref name="trace"/>, and returns the point it stopped at; giving up (the cap, divergence) is an
/// <see cref="InvalidOperationException"/>.
/// </summary>
/// <param name="problem">The problem (the harness passes one whose delegates count their calls).</param>
/// <param name="tolerance">The gradient norm at which to stop.</param>
/// <param name="maxIterations">The budget of steps.</param>
/// <param name="trace">Receives x₀ and every iterate.</param>
/// <returns>The final point.</returns>
public delegate double[] Minimizer(BenchmarkProblem problem, double tolerance, int maxIterations, IList<double[]> trace);

/// <summary>Given code (read, don't edit): a named optimiser, a column of the comparison table.</summary>
/// <param name="Name">A short name, unique within one comparison.</param>
/// <param name="Minimize">The run.</param>
public sealed record Contender(string Name, Minimizer Minimize);

/// <summary>
/// Given code (read, don't edit): YOUR optimisers from katas 02, 05, 06 and 11, wrapped as <see cref="Contender"/>s with
/// the settings the lesson explains. Finish those katas first: the race runs your code.
/// </summary>
public static class Contenders
{
    /// <summary><see cref="GradientDescent.Minimize"/> with a fixed learning rate.</summary>
    /// <param name="learningRate">η, e.g. 1/L.</param>
    /// <returns>The contender "gradient descent".</returns>
    public static Contender GradientDescent(double learningRate) =>
        new("gradient descent", (p, tolerance, max, trace) => Optimization.GradientDescent.Minimize(p.Gradient, p.Start, learningRate, tolerance, max, trace));

    /// <summary><see cref="Momentum.Nesterov"/> tuned for curvatures in [μ, L]: η = 1/L, β = (√κ − 1)/(√κ + 1).</summary>
    /// <param name="mu">μ, the smallest curvature, positive.</param>
    /// <param name="l">L, the largest curvature, at least μ.</param>
    /// <returns>The contender "Nesterov".</returns>
    public static Contender Nesterov(double mu, double l)
    {
        var root = Math.Sqrt(l / mu);
        var beta = (root - 1) / (root + 1);
        return new("Nesterov", (p, tolerance, max, trace) => Momentum.Nesterov(p.Gradient, p.Start, 1 / l, beta, tolerance, max, trace));
    }

    /// <summary>
    /// Your <see cref="Optimization.Adam"/> (default β₁, β₂, ε), a fresh one per run, stepped until ‖∇f‖ ≤ tolerance; the
    /// cap is an InvalidOperationException ("did not converge").
    /// </summary>
    /// <param name="learningRate">η.</param>
    /// <returns>The contender "Adam".</returns>
    public static Contender Adam(double learningRate) =>
        new("Adam", (p, tolerance, max, trace) =>
        {
            var adam = new Optimization.Adam(learningRate);
            var x = (double[])p.Start.Clone();
            trace.Add((double[])x.Clone());
            for (var k = 0; ; k++)
            {
                var g = p.Gradient((double[])x.Clone());
                if (Math.Sqrt(g.Sum(v => v * v)) <= tolerance)
                {
                    return x;
                }

                if (k == max)
                {
                    throw new InvalidOperationException($"Adam did not converge in {max} iterations.");
                }

                x = adam.Step(x, g);
                trace.Add((double[])x.Clone());
            }
        });

    /// <summary><see cref="SecondOrderMethods.Newton"/>, its iterates copied into the trace.</summary>
    /// <returns>The contender "Newton".</returns>
    public static Contender Newton() =>
        new("Newton", (p, tolerance, max, trace) => Copy(SecondOrderMethods.Newton(p.Gradient, p.Hessian, p.Start, tolerance, max), trace));

    /// <summary><see cref="SecondOrderMethods.Bfgs"/>, its iterates copied into the trace.</summary>
    /// <returns>The contender "BFGS".</returns>
    public static Contender Bfgs() =>
        new("BFGS", (p, tolerance, max, trace) => Copy(SecondOrderMethods.Bfgs(p.Value, p.Gradient, p.Start, tolerance, max), trace));

    private static double[] Copy(SecondOrderResult result, IList<double[]> trace)
    {
        foreach (var x in result.Iterates)
        {
            trace.Add(x);
        }

        return result.Minimizer;
    }
}
