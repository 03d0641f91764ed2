using MathForML.Figures;
using MathForML.Verification;
using ScottPlot;

namespace MathForML.Probability.Figures;

/// <summary>The Bayes kata's figures, drawn from your <see cref="BayesTheorem.PosteriorFromLogLikelihoods"/> and <see cref="BayesTheorem.DiagnosticTest"/> (read, don't edit).</summary>
public static class BayesTheoremFigures
{
    /// <summary>The posterior over 51 hypotheses θ = 0, 0.02, …, 1 for a coin's P(heads) as seeded tosses of a θ = 0.7 coin arrive.</summary>
    /// <returns>The plot.</returns>
    [Figure("coin-posterior", "51 hypotheses θ = 0, 0.02, …, 1 about a coin's probability of heads, with a uniform prior; after n seeded tosses of a coin with θ = 0.7 (h heads), your PosteriorFromLogLikelihoods with ℓ(θ) = h ln θ + (n − h) ln(1 − θ) gives the posterior. It starts flat, rules out θ = 0 at the first head and θ = 1 at the first tail, and narrows around 0.7 as n grows (its width shrinks like 1/√n).")]
    public static Plot CoinPosterior()
    {
        var thetas = Enumerable.Range(0, 51).Select(i => i / 50.0).ToArray();
        var prior = thetas.Select(_ => 1.0 / thetas.Length).ToArray();
        var random = new SeededRandom(2024);
        var tosses = Enumerable.Range(0, 500).Select(_ => random.NextDouble() < 0.7).ToArray();
        var curves = new List<Series>();
        int[] counts = [0, 1, 5, 20, 100, 500];
        foreach (var n in counts)
        {
            var heads = tosses.Take(n).Count(t => t);
            var logLikelihoods = thetas.Select(t => LogPower(t, heads) + LogPower(1 - t, n - heads)).ToArray();
            var posterior = BayesTheorem.PosteriorFromLogLikelihoods(prior, logLikelihoods);
            curves.Add(new Series($"n = {n}, h = {heads}", thetas, posterior));
        }

        return Charts.Curves("The posterior narrows around θ = 0.7 as tosses arrive", "θ = P(heads)", "P(θ | tosses)", curves);
    }

    /// <summary>P(D | +) against the prevalence for three specificities, sensitivity 99 %.</summary>
    /// <returns>The plot.</returns>
    [Figure("diagnostic-test", "Your DiagnosticTest with sensitivity 99 %: the probability of the condition after a positive result, against its prevalence (log scale). At 1 % prevalence a 95 %-specific test is right only one time in six; even 99.9 % specificity needs the condition to be common before a positive result is convincing.")]
    public static Plot DiagnosticTest()
    {
        var prevalences = Enumerable.Range(0, 121).Select(i => Math.Pow(10, -4 + (i / 30.0))).ToArray();
        double[] specificities = [0.95, 0.99, 0.999];
        var plot = Charts.Curves(
            "A rare condition makes most positive results false alarms",
            "log₁₀ prevalence P(D)",
            "P(D | +)",
            [.. specificities.Select(c => new Series(
                $"specificity {c:0.0##}",
                [.. prevalences.Select(Math.Log10)],
                [.. prevalences.Select(p => BayesTheorem.DiagnosticTest(p, 0.99, c))]))]);
        FigureStyle.Legend(plot, Alignment.UpperLeft); // the curves approach 1 at the upper right
        return plot;
    }

    /// <summary>k ln p, taken as 0 when k = 0 (so that 0⁰ = 1 even at p = 0).</summary>
    private static double LogPower(double p, int k) => k == 0 ? 0 : k * Math.Log(p);
}
