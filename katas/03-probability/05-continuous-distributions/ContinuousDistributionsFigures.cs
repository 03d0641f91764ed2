using MathForML.Figures;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The continuous-distributions kata's figures, drawn from your densities and CDFs (read, don't edit).</summary>
public static class ContinuousDistributionsFigures
{
    /// <summary>Five densities on one axis.</summary>
    /// <returns>The plot.</returns>
    [Figure("densities", "Your UniformPdf on [−1, 2], NormalPdf with μ = 0, σ = 1, ExponentialPdf with λ = 1, GammaPdf with shape 3 and rate 2, and BetaPdf with α = 2, β = 5 (which lives on [0, 1]). Each encloses area 1; the beta density rises above 2, because a density is not a probability.")]
    public static Plot Densities()
    {
        var xs = Enumerable.Range(0, 601).Select(i => -3 + (i * 0.01)).ToArray();
        return Charts.Curves(
            "Five densities, each with area 1 under it",
            "x",
            "f(x)",
            [
                Series.Of("Uniform(−1, 2)", xs, x => ContinuousDistributions.UniformPdf(x, -1, 2)),
                Series.Of("Normal(0, 1)", xs, x => ContinuousDistributions.NormalPdf(x, 0, 1)),
                Series.Of("Exponential(1)", xs, x => ContinuousDistributions.ExponentialPdf(x, 1)),
                Series.Of("Gamma(3, rate 2)", xs, x => ContinuousDistributions.GammaPdf(x, 3, 2)),
                Series.Of("Beta(2, 5)", xs, x => ContinuousDistributions.BetaPdf(x, 2, 5)),
            ]);
    }

    /// <summary>The lower tail of Φ from erfc and from 1 + erf, on a log scale.</summary>
    /// <returns>The plot.</returns>
    [Figure("normal-lower-tail", "Φ(z) for z from −38 to 0 on a log scale: your NormalCdf, ½ erfc(−z/√2), follows the tail down to about 10⁻³⁰⁰; the textbook ½(1 + erf(z/√2)), computed with your Erf, stops near z ≈ −8.3, where 1 + erf(z/√2) rounds to 0 (log scales cannot show 0, so the curve just ends).")]
    public static Plot NormalLowerTail()
    {
        var zs = Enumerable.Range(0, 381).Select(i => -38 + (i * 0.1)).ToArray();
        var plot = Charts.LogScale(
            "½(1 + erf) loses the tail at z ≈ −8.3; ½ erfc keeps it",
            "z",
            "Φ(z)",
            [
                Series.Of("NormalCdf(z, 0, 1) = ½ erfc(−z/√2)", zs, z => ContinuousDistributions.NormalCdf(z, 0, 1)),
                Series.Of("½(1 + Erf(z/√2))", zs, z => 0.5 * (1 + ContinuousDistributions.Erf(z / Math.Sqrt(2)))),
            ],
            logX: false);
        FigureStyle.Legend(plot, Alignment.LowerRight); // both curves end at the upper right
        return plot;
    }
}
