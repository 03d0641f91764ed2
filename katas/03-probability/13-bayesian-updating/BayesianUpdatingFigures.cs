using MathForML.Figures;
using MathNet.Numerics.Distributions;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The Bayesian-updating kata's figures, drawn from your <see cref="BayesianUpdating"/> (read, don't edit).</summary>
public static class BayesianUpdatingFigures
{
    /// <summary>A Beta prior becoming sharper posteriors as coin flips arrive.</summary>
    /// <returns>The plot.</returns>
    [Figure("prior-to-posterior", "A coin with P(heads) = 0.7 (seed 13) and the prior Beta(2, 2): the posterior densities from your BetaBinomialUpdate after 0, 1, 5, 20 and 200 flips. The curve moves towards 0.7 and narrows; its width shrinks like 1/√n.")]
    public static Plot PriorToPosterior()
    {
        var random = new Random(13);
        var flips = Enumerable.Range(0, 200).Select(_ => random.NextDouble() < 0.7 ? 1 : 0).ToArray();
        var ps = Enumerable.Range(0, 401).Select(i => i / 400.0).ToArray();
        var curves = ((int[])[0, 1, 5, 20, 200]).Select(n =>
        {
            var heads = flips.Take(n).Sum();
            var (alpha, beta) = BayesianUpdating.BetaBinomialUpdate(2, 2, heads, n - heads);
            return Series.Of($"after {n} flips ({heads} heads): Beta({alpha:0}, {beta:0})", ps, p => Beta.PDF(alpha, beta, p));
        }).ToList();
        var plot = Charts.Curves("Prior → posterior: the density concentrates near p = 0.7", "p = P(heads)", "density", curves);
        FigureStyle.Legend(plot, Alignment.UpperLeft);
        return plot;
    }

    /// <summary>Posterior variances of both conjugate models against n, with the 1/n slope.</summary>
    /// <returns>The plot.</returns>
    [Figure("posterior-variance", "Posterior variances from your BetaVariance (Beta(1, 1) prior, coin p = 0.3) and your NormalNormalUpdate (prior N(0, 1), noise σ² = 9, true mean 2), seed 13, for n = 1 … 10 000 observations, on log–log axes: both fall along slope −1, the reference lines p(1 − p)/n and σ²/n.")]
    public static Plot PosteriorVariance()
    {
        var random = new Random(13);
        var ns = Enumerable.Range(0, 25).Select(i => (int)Math.Round(Math.Pow(10, i / 6.0))).Distinct().ToArray();
        var flips = Enumerable.Range(0, ns[^1]).Select(_ => random.NextDouble() < 0.3 ? 1 : 0).ToArray();
        var x = Enumerable.Range(0, ns[^1]).Select(_ => Normal.Sample(random, 2, 3)).ToArray();
        var beta = ns.Select(n =>
        {
            var heads = flips.Take(n).Sum();
            var (a, b) = BayesianUpdating.BetaBinomialUpdate(1, 1, heads, n - heads);
            return BayesianUpdating.BetaVariance(a, b);
        }).ToArray();
        var normal = ns.Select(n => BayesianUpdating.NormalNormalUpdate(0, 1, 9, x.Take(n).ToArray()).Variance).ToArray();
        var xs = ns.Select(n => (double)n).ToArray();
        return Charts.LogScaleWithReferences(
            "Posterior variance shrinks like 1/n", "observations n", "posterior variance",
            [new Series("Beta–Binomial", xs, beta), new Series("Normal–Normal", xs, normal)],
            [Series.Of("0.21/n", xs, n => 0.21 / n), Series.Of("9/n", xs, n => 9 / n)], markers: true);
    }
}
