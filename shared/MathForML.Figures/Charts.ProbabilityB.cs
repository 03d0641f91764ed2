using ScottPlot;

namespace MathForML.Figures;

/// <summary>
/// The kinds of figure the later probability katas add: an estimate converging inside a shrinking band, and several
/// histograms overlaid as outlines against one density.
/// </summary>
public static partial class Charts
{
    /// <summary>
    /// An estimate after each of n = 1, 2, … observations (a running mean, a Monte Carlo estimate) converging to its
    /// target, drawn between the bands target ± halfWidth(n) (dashed black) on a logarithmic n axis, so the early
    /// wandering and the late settling are both visible.
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="yLabel">The vertical axis (the estimated quantity).</param>
    /// <param name="estimates">The estimate after each n; element n − 1 belongs to n observations. Several paths may be given.</param>
    /// <param name="target">The value the estimates converge to, drawn as a black line.</param>
    /// <param name="halfWidth">The half-width of the band at n, e.g. n ↦ σ/√n.</param>
    /// <param name="bandLabel">The legend text of the band, e.g. "μ ± σ/√n".</param>
    /// <returns>The plot.</returns>
    public static Plot EstimatesWithBand(
        string title, string yLabel, IEnumerable<Series> estimates, double target, Func<double, double> halfWidth, string bandLabel)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(halfWidth);
        var plot = FigureStyle.NewPlot(title, "number of observations n", yLabel);
        var paths = estimates.ToList();
        var longest = paths.Count == 0 ? 1 : paths.Max(p => p.Xs.Length == 0 ? 1 : p.Xs.Max());

        // The band on 200 log-spaced n from 1 to the longest path.
        var ns = Enumerable.Range(0, 200).Select(i => Math.Pow(longest, i / 199.0)).ToArray();
        var logNs = ns.Select(Math.Log10).ToArray();
        var upper = Line(plot, new Series(bandLabel, logNs, ns.Select(n => target + halfWidth(n)).ToArray()), FigureStyle.Reference, 1.5f);
        upper.LinePattern = LinePattern.Dashed;
        var lower = Line(plot, new Series(string.Empty, logNs, ns.Select(n => target - halfWidth(n)).ToArray()), FigureStyle.Reference, 1.5f);
        lower.LinePattern = LinePattern.Dashed;
        Line(plot, new Series($"target {target:0.####}", [logNs[0], logNs[^1]], [target, target]), FigureStyle.Reference, 1);
        var k = 0;
        foreach (var path in paths)
        {
            var kept = Enumerable.Range(0, path.Xs.Length).Where(i => path.Xs[i] > 0).ToArray();
            Line(plot, new Series(path.Label, kept.Select(i => Math.Log10(path.Xs[i])).ToArray(), kept.Select(i => path.Ys[i]).ToArray()), FigureStyle.Series(k++));
        }

        plot.Axes.Bottom.TickGenerator = PowersOfTen();
        FigureStyle.Legend(plot);
        return plot;
    }

    /// <summary>
    /// Several samples' density histograms over the same bins, drawn as step outlines in the palette's colours, with
    /// the density they should approach in black: how a distribution changes with a parameter (the CLT's n, say).
    /// </summary>
    /// <param name="title">What to look at.</param>
    /// <param name="xLabel">The horizontal axis.</param>
    /// <param name="samples">The labelled samples, each at least one value.</param>
    /// <param name="density">The density to compare with.</param>
    /// <param name="range">The range of the bins; samples outside are counted but not drawn.</param>
    /// <param name="bins">The number of bins.</param>
    /// <returns>The plot.</returns>
    public static Plot HistogramOutlines(
        string title, string xLabel, IEnumerable<(string Label, double[] Samples)> samples, Func<double, double> density,
        (double Low, double High) range, int bins = 40)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(density);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (!(range.High > range.Low))
        {
            throw new ArgumentException($"The range [{range.Low}, {range.High}] is empty.", nameof(range));
        }

        var plot = FigureStyle.NewPlot(title, xLabel, "density");
        var width = (range.High - range.Low) / bins;
        var k = 0;
        foreach (var (label, values) in samples)
        {
            ArgumentNullException.ThrowIfNull(values);
            if (values.Length == 0)
            {
                throw new ArgumentException($"The sample \"{label}\" is empty.", nameof(samples));
            }

            var counts = new double[bins];
            foreach (var x in values)
            {
                var bin = (int)Math.Floor((x - range.Low) / width);
                if (bin >= 0 && bin < bins)
                {
                    counts[bin]++;
                }
            }

            // A step outline: up and across each bin, so the colours stay readable where histograms overlap.
            var xs = new List<double>();
            var ys = new List<double>();
            for (var i = 0; i < bins; i++)
            {
                var height = counts[i] / (values.Length * width);
                xs.Add(range.Low + (i * width));
                ys.Add(height);
                xs.Add(range.Low + ((i + 1) * width));
                ys.Add(height);
            }

            Line(plot, new Series(label, [.. xs], [.. ys]), FigureStyle.Series(k++));
        }

        var grid = Enumerable.Range(0, 301).Select(i => range.Low + ((range.High - range.Low) * i / 300)).ToArray();
        Line(plot, Series.Of("limit density", grid, density), FigureStyle.Reference, LineWidth + 1);
        plot.Axes.SetLimitsX(range.Low, range.High);
        FigureStyle.Legend(plot);
        return plot;
    }
}
