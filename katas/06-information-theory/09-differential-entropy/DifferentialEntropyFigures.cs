using MathForML.Figures;
using ScottPlot;

namespace MathForML.InformationTheory.Figures;

/// <summary>The differential-entropy kata's figures, drawn from your <see cref="DifferentialEntropy"/> (read, don't edit).</summary>
public static class DifferentialEntropyFigures
{
    /// <summary>h(N(0, σ²)) over σ and h(U(0, w)) over w, with the zero crossings marked.</summary>
    /// <returns>The plot.</returns>
    [Figure("entropy-crosses-zero", "Your DifferentialEntropy.Gaussian(σ) and DifferentialEntropy.Uniform(0, w) against the width parameter σ or w. Both grow like its logarithm and cross zero — the Gaussian at σ = 1/√(2πe) ≈ 0.242, the uniform at w = 1 (diamonds, computed by your code) — and are negative for narrower distributions: differential entropy is not a count of bits but a measure relative to U(0, 1).")]
    public static Plot EntropyCrossesZero()
    {
        var widths = Enumerable.Range(1, 300).Select(i => i / 100.0).ToArray();
        var sigmaZero = 1 / Math.Sqrt(2 * Math.PI * Math.E);
        var curves = new[]
        {
            Series.Of("h(N(0, σ²)), x = σ", widths, DifferentialEntropy.Gaussian),
            Series.Of("h(U(0, w)), x = w", widths, w => DifferentialEntropy.Uniform(0, w)),
        };
        var crossings = new Series("h = 0", [sigmaZero, 1], [DifferentialEntropy.Gaussian(sigmaZero), DifferentialEntropy.Uniform(0, 1)]);
        var zero = new Series("zero", [0, 3], [0, 0]);
        var plot = Charts.CurvesWithPoints(
            "Differential entropy turns negative for narrow distributions", "width: σ (normal) or w (uniform)", "differential entropy h (nats)",
            curves, [], [crossings], [zero], corner: Alignment.LowerRight,
            notes: [("σ = 1/√(2πe) ≈ 0.242", sigmaZero, 0.1), ("w = 1", 1, 0.1)]);
        plot.Axes.SetLimits(0, 3, -3, 2.8);
        return plot;
    }

    /// <summary>Three densities with variance 1 (normal, Laplace, uniform) with their entropies.</summary>
    /// <returns>The plot.</returns>
    [Figure("equal-variance-densities", "Three densities with the same variance 1: the normal N(0, 1), the Laplace density with β = 1/√2 and the uniform U(−√3, √3), with their differential entropies from your DifferentialEntropy.Gaussian, Numerical (Simpson's rule, for the Laplace density) and Uniform in the legend. The normal density has the largest: for a given variance it assumes the least.")]
    public static Plot EqualVarianceDensities()
    {
        var xs = Enumerable.Range(0, 801).Select(i => -4 + (i / 100.0)).ToArray();
        var beta = 1 / Math.Sqrt(2);
        var root3 = Math.Sqrt(3);
        double LogLaplace(double x) => (-Math.Abs(x) / beta) - Math.Log(2 * beta);
        var normal = DifferentialEntropy.Gaussian(1);
        var laplace = DifferentialEntropy.Numerical(LogLaplace, -40 * beta, 40 * beta, 4000);
        var uniform = DifferentialEntropy.Uniform(-root3, root3);
        var curves = new[]
        {
            Series.Of($"normal: h = {normal:0.0000}", xs, x => Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI)),
            Series.Of($"Laplace: h = {laplace:0.0000}", xs, x => Math.Exp(LogLaplace(x))),
            Series.Of($"uniform: h = {uniform:0.0000}", xs, x => Math.Abs(x) <= root3 ? 1 / (2 * root3) : 0),
        };
        var plot = Charts.Curves("With the same variance, the normal density has the largest entropy", "x", "density p(x)", curves);
        plot.Axes.SetLimits(-4, 4, 0, 0.8);
        return plot;
    }
}
