using MathForML.InformationTheory;

namespace MathForML.GivenCode.Tests.InformationTheory;

/// <summary>
/// The perplexity kata's token sampler: its sequences follow the model they are drawn from, and it names bad
/// arguments. Wrong samplers these tests catch: a cumulative sum that is not accumulated (every draw is the last
/// token), a bigram chain that conditions on the first token instead of the previous one, a chain one token short,
/// rows that are not normalised or not peaked by the exponent, and unchecked arguments.
/// </summary>
public class TokenSamplerTests
{
    [Test]
    // Each of n draws lands on token j with probability pⱼ, so its count has standard deviation √(n pⱼ(1 − pⱼ));
    // with n = 40 000 a 5σ band is about ±0.012 on a frequency of ½ and would be missed by chance once in 3 million.
    public void Unigram_frequencies_match_the_model([Values(1, 2, 3)] int seed)
    {
        double[] model = [0.5, 0.3, 0.15, 0.05];
        const int n = 40_000;

        var tokens = TokenSampler.FromUnigram(model, n, new Random(seed));

        tokens.Should().HaveCount(n);
        for (var j = 0; j < model.Length; j++)
        {
            var frequency = tokens.Count(t => t == j) / (double)n;
            frequency.Should().BeApproximately(model[j], 5 * Math.Sqrt(model[j] * (1 - model[j]) / n), $"token {j}");
        }
    }

    [Test]
    // Inverse-CDF sampling returns the first id whose cumulative probability exceeds u ∈ [0, 1), so a token of
    // probability 0 is never drawn, wherever it sits, and the last token takes whatever mass is left.
    public void Tokens_of_probability_zero_are_never_drawn()
    {
        TokenSampler.FromUnigram([0, 1, 0], 500, new Random(4)).Should().OnlyContain(t => t == 1);
        TokenSampler.FromUnigram([0, 0, 1], 500, new Random(5)).Should().OnlyContain(t => t == 2);
        TokenSampler.FromUnigram([0.5, 0, 0.5], 2_000, new Random(6)).Should().NotContain(1).And.Contain(0).And.Contain(2);
    }

    [Test]
    // A bigram chain starts at the given token and draws token t + 1 from row xₜ: each transition count
    // N(i → j) divided by N(i → ·) estimates model[i, j], within 5σ of a binomial with N(i → ·) trials.
    public void Bigram_transitions_follow_the_rows_of_the_model([Values(1, 2)] int seed)
    {
        double[,] model = { { 0.1, 0.9, 0 }, { 0, 0.2, 0.8 }, { 0.7, 0, 0.3 } };
        var tokens = TokenSampler.FromBigram(model, 2, 60_000, new Random(seed));

        tokens[0].Should().Be(2);
        var counts = new double[3, 3];
        for (var t = 0; t + 1 < tokens.Length; t++)
        {
            counts[tokens[t], tokens[t + 1]]++;
        }

        for (var i = 0; i < 3; i++)
        {
            var row = counts[i, 0] + counts[i, 1] + counts[i, 2];
            for (var j = 0; j < 3; j++)
            {
                var p = model[i, j];
                (counts[i, j] / row).Should().BeApproximately(p, (5 * Math.Sqrt(p * (1 - p) / row)) + 1e-12, $"transition {i} → {j}");
            }
        }
    }

    [Test]
    public void A_chain_of_length_one_is_just_the_first_token() =>
        TokenSampler.FromBigram(new double[,] { { 0.5, 0.5 }, { 0.5, 0.5 } }, 1, 1, new Random(7)).Should().Equal(1);

    [Test]
    // Weights 10⁻⁶ + uᵖ (u uniform) normalised per row: every entry is positive, every row sums to 1, and a larger
    // exponent p concentrates a row on fewer tokens (its largest entry grows).
    public void Random_bigram_models_have_positive_rows_summing_to_one_and_peak_with_the_exponent([Values(1, 2, 3)] int seed)
    {
        const int size = 12;
        var mild = TokenSampler.RandomBigramModel(size, 1, new Random(seed));
        var peaked = TokenSampler.RandomBigramModel(size, 8, new Random(seed));

        foreach (var model in new[] { mild, peaked })
        {
            model.GetLength(0).Should().Be(size);
            model.GetLength(1).Should().Be(size);
            for (var i = 0; i < size; i++)
            {
                var row = Enumerable.Range(0, size).Select(j => model[i, j]).ToArray();
                row.Should().OnlyContain(p => p > 0);
                row.Sum().Should().BeApproximately(1, 1e-12);
            }
        }

        double MeanLargest(double[,] m) => Enumerable.Range(0, size).Average(i => Enumerable.Range(0, size).Max(j => m[i, j]));
        MeanLargest(peaked).Should().BeGreaterThan(1.5 * MeanLargest(mild));
        TokenSampler.RandomBigramModel(size, 8, new Random(seed)).Should().BeEquivalentTo(peaked, "the same seed gives the same model");
    }

    [Test]
    public void A_one_token_vocabulary_has_the_model_one() =>
        TokenSampler.RandomBigramModel(1, 3, new Random(8))[0, 0].Should().Be(1);

    [Test]
    public void Bad_arguments_are_named()
    {
        var random = new Random(9);
        double[,] model = { { 1 } };

        FluentActions.Invoking(() => TokenSampler.FromUnigram(null!, 3, random)).Should().Throw<ArgumentNullException>().WithParameterName("model");
        FluentActions.Invoking(() => TokenSampler.FromUnigram([1], 3, null!)).Should().Throw<ArgumentNullException>().WithParameterName("random");
        FluentActions.Invoking(() => TokenSampler.FromUnigram([1], 0, random)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length");
        FluentActions.Invoking(() => TokenSampler.FromBigram(null!, 0, 3, random)).Should().Throw<ArgumentNullException>().WithParameterName("model");
        FluentActions.Invoking(() => TokenSampler.FromBigram(model, 0, 3, null!)).Should().Throw<ArgumentNullException>().WithParameterName("random");
        FluentActions.Invoking(() => TokenSampler.FromBigram(model, 0, 0, random)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("length");
        FluentActions.Invoking(() => TokenSampler.FromBigram(model, -1, 3, random)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("first").WithMessage("*first token must be a row*");
        FluentActions.Invoking(() => TokenSampler.FromBigram(model, 1, 3, random)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("first");
        FluentActions.Invoking(() => TokenSampler.RandomBigramModel(2, 1, null!)).Should().Throw<ArgumentNullException>().WithParameterName("random");
        FluentActions.Invoking(() => TokenSampler.RandomBigramModel(0, 1, random)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("vocabularySize");
    }
}
