using MathForML.Figures;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The Monte Carlo kata's figures, drawn from your <see cref="MonteCarlo"/> (read, don't edit).</summary>
public static class MonteCarloFigures
{
    /// <summary>The dart board: darts inside and outside the quarter disc.</summary>
    /// <returns>The plot.</returns>
    [Figure("dart-board", "2000 darts of your EstimatePi (seed 14) in the unit square: those with x² + y² ≤ 1 (inside the quarter circle, drawn black) and the rest. Four times the fraction inside estimates π; the title gives your estimate.")]
    public static Plot DartBoard()
    {
        var (inside, outside) = (new List<double[]>(), new List<double[]>());
        var pi = MonteCarlo.EstimatePi(new Random(14), 2000, inside, outside);
        return Charts.ScatterWithBoundary(
            $"π ≈ 4 × {inside.Count}/2000 = {pi:0.000}",
            [Series.Path($"inside ({inside.Count})", inside), Series.Path($"outside ({outside.Count})", outside)],
            (x, y) => 1 - (x * x) - (y * y), (0, 1), (0, 1));
    }

    /// <summary>The error of the π estimate against the number of darts, on log–log axes.</summary>
    /// <returns>The plot.</returns>
    [Figure("error-log-log", "The error |π̂ − π| of your EstimatePi for n = 10 … 10⁶ darts (one run per n, seed 14) and its root mean square over 20 runs, with the reference 4√(p(1 − p)/n), p = π/4: on log–log axes the error falls along slope −½, ten times more accurate for a hundred times more darts.")]
    public static Plot ErrorLogLog()
    {
        var random = new Random(14);
        var ns = Enumerable.Range(0, 16).Select(k => Math.Round(Math.Pow(10, 1 + (k * 0.33)))).ToArray();
        var single = ns.Select(n => Math.Abs(MonteCarlo.EstimatePi(random, (int)n) - Math.PI)).ToArray();
        var rms = ns.Select(n => Math.Sqrt(Enumerable.Range(0, 20).Select(_ => MonteCarlo.EstimatePi(random, (int)n) - Math.PI).Average(e => e * e))).ToArray();
        var p = Math.PI / 4;
        return Charts.LogScaleWithReferences(
            "Monte Carlo error falls like 1/√n (slope −½)", "darts n", "error of π̂",
            [new Series("|π̂ − π|, one run", ns, single), new Series("RMS error over 20 runs", ns, rms)],
            [Series.Of("4√(p(1 − p)/n)", ns, n => 4 * Math.Sqrt(p * (1 - p) / n))], markers: true);
    }
}
