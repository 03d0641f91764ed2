using MathForML.Figures;
using MathNet.Numerics.Distributions;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The variational-inference kata's figures, drawn from your <see cref="VariationalInference"/> (read, don't edit).</summary>
public static class VariationalInferenceFigures
{
    /// <summary>The data of the lesson's example: noise N(μ, 1), prior μ ~ N(1, 2²).</summary>
    private static readonly double[] Data = [2.1, 3.4, 2.7, 3.9, 2.9];

    private static double LogJoint(double mu) => (-(mu - 1) * (mu - 1) / 8) - Data.Sum(v => (v - mu) * (v - mu) / 2);

    private static double Gradient(double mu) => (-(mu - 1) / 4) + Data.Sum(v => v - mu);

    /// <summary>The ELBO per iteration, rising to ln p(D).</summary>
    /// <returns>The plot.</returns>
    [Figure("elbo-trace", "The ELBO estimate of every step of your FitGaussian (η = 0.02, S = 16 draws per step, seed 16) on the lesson’s posterior, from q = N(−2, 1) (its first estimates, near −70, are below the axis): it rises fast, then fluctuates just below ln Z = ln ∫ p̃, the black line, which it can approach but not exceed on average.")]
    public static Plot ElboTrace()
    {
        var (_, _, trace) = VariationalInference.FitGaussian(LogJoint, Gradient, -2, 0, 0.02, 400, 16, new Random(16));
        var iterations = Enumerable.Range(1, trace.Length).Select(t => (double)t).ToArray();

        // ln Z for this Gaussian log-joint: ln p̃(μₙ) + ½ ln(2π τ²) with μₙ = 61/21 and τ² = 4/21.
        var logZ = LogJoint(61.0 / 21) + (0.5 * Math.Log(2 * Math.PI * 4 / 21));
        return Charts.FunctionWithApproximations(
            "The ELBO climbs to ln Z and stays just below it", "iteration", "ELBO estimate",
            new Series($"ln Z = {logZ:0.000}", [1, trace.Length], [logZ, logZ]),
            [new Series("ELBO (one estimate per step)", iterations, trace)], (logZ - 8, logZ + 1));
    }

    /// <summary>q after 0, 10, 40 and 400 steps against the exact posterior.</summary>
    /// <returns>The plot.</returns>
    [Figure("q-converges", "Your FitGaussian stopped after 1, 10, 40 and 400 steps (same seed, so each run continues the same path) on the lesson's posterior: q moves from N(−2, 1) onto the exact posterior N(61/21, 4/21), the black curve.")]
    public static Plot QConverges()
    {
        var zs = Enumerable.Range(0, 301).Select(i => -4 + (i * 0.03)).ToArray();
        var fits = ((int[])[1, 10, 40, 400]).Select(n =>
        {
            var (mean, stdDev, _) = VariationalInference.FitGaussian(LogJoint, Gradient, -2, 0, 0.02, n, 16, new Random(16));
            return Series.Of($"q after {n} steps: N({mean:0.00}, {stdDev:0.00}²)", zs, z => Normal.PDF(mean, stdDev, z));
        }).ToList();
        var plot = Charts.FunctionWithApproximations(
            "q = N(μ, σ²) slides onto the posterior", "μ (the unknown mean)", "density",
            Series.Of("exact posterior N(2.905, 0.436²)", zs, z => Normal.PDF(61.0 / 21, Math.Sqrt(4.0 / 21), z)), fits);
        FigureStyle.Legend(plot, Alignment.UpperLeft);
        return plot;
    }
}
