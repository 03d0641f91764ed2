using MathForML.Figures;
using ScottPlot;

namespace MathForML.InformationTheory.Figures;

/// <summary>The KL-divergence kata's figures, drawn from your <see cref="KlDivergence"/> (read, don't edit).</summary>
public static class KlDivergenceFigures
{
    /// <summary>The grid the densities are discretised on: 321 points over [−8, 8].</summary>
    private static double[] GridPoints() => [.. Enumerable.Range(0, 321).Select(i => -8 + (i * 0.05))];

    /// <summary>A density sampled on the grid and normalised into a distribution over the grid points.</summary>
    private static double[] Discretise(double[] xs, Func<double, double> density)
    {
        var weights = xs.Select(density).ToArray();
        var total = weights.Sum();
        return [.. weights.Select(w => w / total)];
    }

    private static double Normal(double x, double mean, double sd) =>
        Math.Exp(-0.5 * ((x - mean) / sd) * ((x - mean) / sd)) / (sd * Math.Sqrt(2 * Math.PI));

    /// <summary>The bimodal target: an even mixture of N(−2.5, 0.8²) and N(2.5, 0.8²).</summary>
    private static double Target(double x) => (0.5 * Normal(x, -2.5, 0.8)) + (0.5 * Normal(x, 2.5, 0.8));

    /// <summary>The single Gaussians that minimise the forward and the reverse KL divergence to a bimodal target.</summary>
    /// <returns>The plot.</returns>
    [Figure("forward-and-reverse-kl-fits", "A bimodal target p (black) and the single Gaussian q that minimises each direction of your KlDivergence.Nats, found by a grid search over the mean and standard deviation (all densities discretised on 321 points of [−8, 8]). Forward KL(p ‖ q) is infinite wherever q misses mass of p, so its best q covers both modes with one wide bump (mean-seeking). Reverse KL(q ‖ p) only charges q where q puts mass, so its best q sits on one mode and ignores the other (mode-seeking).")]
    public static Plot ForwardAndReverseKlFits()
    {
        var xs = GridPoints();
        var p = Discretise(xs, Target);
        var (forward, forwardKl) = (new double[xs.Length], double.PositiveInfinity);
        var (reverse, reverseKl) = (new double[xs.Length], double.PositiveInfinity);
        var (forwardFit, reverseFit) = ((0.0, 0.0), (0.0, 0.0));
        for (var mean = -4.0; mean <= 4.0 + 1e-9; mean += 0.1)
        {
            for (var sd = 0.3; sd <= 4.0 + 1e-9; sd += 0.05)
            {
                var (m, s) = (mean, sd);
                var q = Discretise(xs, x => Normal(x, m, s));
                var f = KlDivergence.Nats(p, q);
                var r = KlDivergence.Nats(q, p);
                if (f < forwardKl)
                {
                    (forward, forwardKl, forwardFit) = (q, f, (m, s));
                }

                if (r < reverseKl)
                {
                    (reverse, reverseKl, reverseFit) = (q, r, (m, s));
                }
            }
        }

        // Back from probabilities per grid point to densities (divide by the spacing 0.05) so the curves read as densities.
        Series AsDensity(string label, double[] weights) => new(label, xs, [.. weights.Select(w => w / 0.05)]);
        return Charts.FunctionWithApproximations(
            "Forward KL covers both modes, reverse KL picks one", "x", "density",
            AsDensity("target p: two modes", p),
            [
                AsDensity($"argmin KL(p ‖ q): N({forwardFit.Item1:0.0}, {forwardFit.Item2:0.00}²), KL = {forwardKl:0.00}", forward),
                AsDensity($"argmin KL(q ‖ p): N({reverseFit.Item1:0.0}, {reverseFit.Item2:0.00}²), KL = {reverseKl:0.00}", reverse),
            ],
            (0, 0.6));
    }
}
