using MathForML.Figures;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The counting kata's figures, drawn from your <see cref="Counting.Factorial"/> and <see cref="Counting.LogFactorial"/> (read, don't edit).</summary>
public static class CountingFigures
{
    /// <summary>ln n! from the naive product and from ln Γ, for n from 2 to 10⁵ on log–log axes.</summary>
    /// <returns>The plot.</returns>
    [Figure("log-factorial", "ln n! for n = 2 … 10⁵ on log–log axes: the log of your naive Factorial(n) (dots) lies on your LogFactorial(n) until n = 170 and then has nothing to show, because 171! is +∞ in a double; LogFactorial carries on to ln(10⁵)! ≈ 1.05·10⁶ (and to ln(10⁶)! ≈ 1.28·10⁷ in the tests).")]
    public static Plot LogFactorial()
    {
        var ns = Enumerable.Range(6, 95).Select(k => Math.Round(Math.Pow(10, k / 20.0))).Distinct().ToArray();
        var naive = ns.Where(n => double.IsFinite(Counting.Factorial((int)n))).ToArray();
        var overflow = Enumerable.Range(1, 400).FirstOrDefault(n => double.IsInfinity(Counting.Factorial(n)));
        var plot = Charts.LogScale(
            overflow > 0 ? $"The naive n! is +∞ from n = {overflow} on; ln n! carries on" : "The naive n! did not overflow by n = 400?",
            "n",
            "ln n!",
            [
                Series.Of("LogFactorial(n)", ns, n => Counting.LogFactorial((int)n)),
                Series.Of("ln(Factorial(n)), naive", naive, n => Math.Log(Counting.Factorial((int)n))),
            ],
            logX: true,
            markers: true);
        FigureStyle.Legend(plot, Alignment.LowerRight); // the curves end at the upper right
        return plot;
    }
}
