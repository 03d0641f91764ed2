using MathForML.Figures;
using MathNet.Numerics.Distributions;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The discrete-distributions kata's figures, drawn from your PMFs and CDFs (read, don't edit).</summary>
public static class DiscreteDistributionsFigures
{
    /// <summary>Binomial(20, 0.3) and Poisson(6) PMFs as bars, with MathNet's values as markers.</summary>
    /// <returns>The plot.</returns>
    [Figure("pmf-versus-mathnet", "Your BinomialPmf(k, 20, 0.3) and PoissonPmf(k, 6) for k = 0 … 20 as bars, with MathNet's PMFs as black dots on top of each bar: a bar that misses its dot is a bug. Both have mean 6; the Poisson is wider (variance 6 against np(1 − p) = 4.2) and, unlike the binomial, allows k > 20.")]
    public static Plot PmfVersusMathNet()
    {
        var ks = Enumerable.Range(0, 21).Select(k => (double)k).ToArray();
        var binomial = ks.Select(k => DiscreteDistributions.BinomialPmf((int)k, 20, 0.3)).ToArray();
        var poisson = ks.Select(k => DiscreteDistributions.PoissonPmf((int)k, 6)).ToArray();
        var worst = ks.Max(k => Math.Max(
            Math.Abs(binomial[(int)k] - Binomial.PMF(0.3, 20, (int)k)), Math.Abs(poisson[(int)k] - Poisson.PMF(6, (int)k))));
        return Charts.BarsWithReferences(
            worst < 1e-12 ? "Binomial(20, 0.3) and Poisson(6): every bar meets MathNet's dot" : $"Your PMFs miss MathNet's by up to {worst:g2}",
            "k",
            "P(X = k)",
            [
                (new Series("Binomial(20, 0.3)", ks, binomial), new Series("MathNet", ks, [.. ks.Select(k => Binomial.PMF(0.3, 20, (int)k))])),
                (new Series("Poisson(6)", ks, poisson), new Series(string.Empty, ks, [.. ks.Select(k => Poisson.PMF(6, (int)k))])),
            ]);
    }

    /// <summary>The CDFs as running sums of the PMFs.</summary>
    /// <returns>The plot.</returns>
    [Figure("cdfs", "Your BinomialCdf(k, 20, 0.3), PoissonCdf(k, 6) and GeometricCdf(k, 0.2): each climbs by the PMF at every whole number k and reaches 1. The binomial CDF is exactly 1 from k = 20 on; the others approach 1 without reaching it.")]
    public static Plot Cdfs()
    {
        var plot = Charts.Curves(
            "A CDF is the running sum of its PMF",
            "k",
            "P(X ≤ k)",
            [
                Steps("Binomial(20, 0.3)", 25, k => DiscreteDistributions.BinomialCdf(k, 20, 0.3)),
                Steps("Poisson(6)", 25, k => DiscreteDistributions.PoissonCdf(k, 6)),
                Steps("Geometric(0.2)", 25, k => DiscreteDistributions.GeometricCdf(k, 0.2)),
            ]);
        FigureStyle.Legend(plot, Alignment.LowerRight);
        return plot;
    }

    /// <summary>A CDF over whole numbers as a staircase: flat from k to k + 1, a jump at each k.</summary>
    private static Series Steps(string label, int last, Func<int, double> cdf)
    {
        var (xs, ys) = (new List<double>(), new List<double>());
        for (var k = -1; k <= last; k++)
        {
            xs.AddRange([k, k + 1]);
            ys.AddRange([cdf(k), cdf(k)]);
        }

        return new Series(label, [.. xs], [.. ys]);
    }
}
