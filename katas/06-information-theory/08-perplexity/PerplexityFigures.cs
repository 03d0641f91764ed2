using MathForML.Figures;
using ScottPlot;

namespace MathForML.InformationTheory.Figures;

/// <summary>The perplexity kata's figures, drawn from your <see cref="Perplexity"/> (read, don't edit).</summary>
public static class PerplexityFigures
{
    /// <summary>Held-out perplexity of add-k bigram models against k, for three training lengths.</summary>
    /// <returns>The plot.</returns>
    [Figure("held-out-perplexity-over-smoothing", "Your Perplexity.Bigram on 5 000 held-out tokens of a known bigram source (V = 20 tokens), for models from your Perplexity.FitBigram on 200, 2 000 or 20 000 training tokens, against the pseudo-count k (log scale). Each curve is a U: a tiny k trusts the counts and is punished for every transition the training text never showed, a huge k forgets the counts and drifts up to the uniform model's V = 20. More training text lowers the curve towards the true source's perplexity (bottom line) and widens the range of good k: the counts deserve more trust.")]
    public static Plot HeldOutPerplexityOverSmoothing()
    {
        const int vocabulary = 20;
        var random = new Random(7);
        var source = TokenSampler.RandomBigramModel(vocabulary, 6, random);
        var heldOut = TokenSampler.FromBigram(source, 0, 5_000, random);
        var ks = Enumerable.Range(0, 57).Select(i => Math.Pow(10, -4 + (i / 8.0))).ToArray();
        int[] lengths = [200, 2_000, 20_000];
        var curves = lengths.Select(n =>
        {
            var training = TokenSampler.FromBigram(source, 0, n, random);
            return Series.Of($"trained on {n:N0} tokens", ks, k => Perplexity.Bigram(Perplexity.FitBigram(training, vocabulary, k), heldOut));
        }).ToList();
        double[] ends = [ks[0], ks[^1]];
        var truth = Perplexity.Bigram(source, heldOut);
        curves.Add(new Series($"uniform model: V = {vocabulary}", ends, [vocabulary, vocabulary]));
        curves.Add(new Series($"true source: {truth:0.00}", ends, [truth, truth]));
        var plot = Charts.CurvesOverLogX(
            "Too little smoothing overfits, too much forgets: held-out perplexity is a U in k", "pseudo-count k of add-k smoothing",
            "held-out perplexity", curves, Alignment.UpperCenter);
        plot.Axes.SetLimitsY(0, 1.6 * vocabulary);
        return plot;
    }
}
