using MathForML.Verification;

namespace MathForML.InformationTheory.Tests;

/// <summary>
/// Perplexity exp(H) of unigram and add-k smoothed bigram models on token sequences. Wrong implementations these
/// tests catch: averaging over the vocabulary size V instead of the sequence length n (or over n instead of the n − 1
/// transitions of a bigram model); 2^H with H in nats (mixing log bases); a product of probabilities, which underflows
/// to 0 on a 10 000-token sequence; NaN instead of +∞ for a token the model rules out; add-k smoothing whose
/// denominator lacks the k·V term (rows then sum to more than 1); counting the last token as a transition source.
/// </summary>
public class PerplexityTests
{
    private static readonly double[] ThreeTokenModel = [0.5, 0.25, 0.25];

    [Test, Order(1)]
    // q = (½, ¼, ¼) on the sequence 0, 0, 1, 2 (n = 4): H = (ln 2 + ln 2 + ln 4 + ln 4)/4 = 1.5 ln 2 = 1.0397 nats
    // = 1.5 bits, and the perplexity is e^H = 2^1.5 = 2.8284: the model is as unsure as a fair choice among 2.83 tokens.
    // Dividing by V = 3 instead of n = 4 gives 4; 2^H with H in nats gives 2.056.
    public void Worked_example_is_two_to_the_one_and_a_half()
    {
        int[] tokens = [0, 0, 1, 2];

        Perplexity.NegativeLogLikelihoodNats(ThreeTokenModel, tokens).Should().BeApproximately(1.5 * Math.Log(2), Tolerance.Tight);
        Perplexity.NegativeLogLikelihoodBits(ThreeTokenModel, tokens).Should().BeApproximately(1.5, Tolerance.Tight);
        Perplexity.Unigram(ThreeTokenModel, tokens).Should().BeApproximately(Math.Pow(2, 1.5), Tolerance.Tight);
    }

    [Test, Order(2)]
    // The uniform model gives every token probability 1/V, so H = ln V whatever the sequence, and e^H = V exactly:
    // perplexity is an "effective vocabulary size".
    public void A_uniform_model_over_V_tokens_has_perplexity_V([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        var vocabulary = 3 + (7 * seed);
        var uniform = Enumerable.Repeat(1.0 / vocabulary, vocabulary).ToArray();
        var tokens = Enumerable.Range(0, 40 + seed).Select(_ => random.NextInt(vocabulary)).ToArray();

        Perplexity.Unigram(uniform, tokens).Should().BeApproximately(vocabulary, Tolerance.Tight);
    }

    [Test, Order(3)]
    // e^H(nats) = 2^H(bits): one number in any base. It is the inverse geometric mean of the probabilities of the
    // observed tokens, so it lies between 1/max q(xₜ) and 1/min q(xₜ), and is ≥ 1 because every q ≤ 1.
    public void Perplexity_is_the_inverse_geometric_mean_probability_in_any_log_base([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var model = data.ProbabilityVector(4 + seed);
        var tokens = Enumerable.Range(0, 30).Select(_ => data.Random.NextInt(model.Length)).ToArray();
        var observed = tokens.Select(t => model[t]).ToArray();

        var perplexity = Perplexity.Unigram(model, tokens);

        perplexity.Should().BeApproximately(Math.Exp(Perplexity.NegativeLogLikelihoodNats(model, tokens)), Tolerance.Tight);
        perplexity.Should().BeApproximately(Math.Pow(2, Perplexity.NegativeLogLikelihoodBits(model, tokens)), Tolerance.Tight);
        perplexity.Should().BeInRange(1 / observed.Max(), 1 / observed.Min());
        perplexity.Should().BeGreaterThanOrEqualTo(1);
    }

    [Test, Order(4)]
    // 10 000 tokens of probability 1/50: the product of the probabilities is 50^-10000 = 10^-16990, which underflows to
    // exactly 0 (the smallest double is 5e-324), so product^(-1/n) is +∞. The sum of log-probabilities is −39 120 and
    // gives the right perplexity, 50. A 100 000-token sequence of a peaked model works just as well.
    public void A_long_sequence_is_scored_in_log_space_because_the_product_underflows()
    {
        const int vocabulary = 50;
        var uniform = Enumerable.Repeat(1.0 / vocabulary, vocabulary).ToArray();
        var tokens = TokenSampler.FromUnigram(uniform, 10_000, new Random(1));
        var naiveProduct = tokens.Aggregate(1.0, (product, t) => product * uniform[t]);

        naiveProduct.Should().Be(0, "the naive product underflows");
        Math.Pow(naiveProduct, -1.0 / tokens.Length).Should().Be(double.PositiveInfinity);
        Perplexity.Unigram(uniform, tokens).Should().BeApproximately(vocabulary, Tolerance.Tight);

        double[] peaked = [0.9, 0.05, 0.03, 0.02];
        var longTokens = TokenSampler.FromUnigram(peaked, 100_000, new Random(2));
        var expected = Math.Exp(-longTokens.Average(t => Math.Log(peaked[t])));
        Perplexity.Unigram(peaked, longTokens).Should().BeApproximately(expected, Tolerance.Default);
    }

    [Test, Order(5)]
    // A token the model gives probability 0 costs −ln 0 = +∞: the perplexity is +∞ (a number, not NaN), however good the
    // rest. A token of probability 0 that never occurs costs nothing: q = (½, ½, 0) on 0, 1 has perplexity 2.
    public void A_model_that_rules_out_an_observed_token_has_infinite_perplexity()
    {
        double[] blind = [0.5, 0.5, 0];

        Perplexity.Unigram(blind, [0, 1, 0, 2]).Should().Be(double.PositiveInfinity);
        Perplexity.NegativeLogLikelihoodBits(blind, [2]).Should().Be(double.PositiveInfinity);
        Perplexity.Unigram(blind, [0, 1]).Should().BeApproximately(2, Tolerance.Tight);
    }

    [Test, Order(6)]
    // On n tokens drawn from p, ln PP(model) is an average of n independent surprisals, whose mean is H(p) for the true
    // model and the cross-entropy H(p, q) = H(p) + KL(p ‖ q) > H(p) for a wrong one. Each average is within 5 standard
    // errors sd/√n of its mean (sd computed exactly from p and q; n = 20 000: a false failure has probability < 1e-6,
    // and the seed is fixed), so the true model has the lower perplexity, e^H(p) < e^H(p, q).
    public void The_true_source_has_lower_perplexity_than_a_wrong_model([Range(1, 5)] int seed)
    {
        const int n = 20_000;
        var data = new TestData(seed);
        var p = data.ProbabilityVector(6);
        var q = data.ProbabilityVector(6);
        var tokens = TokenSampler.FromUnigram(p, n, new Random(seed));

        var truth = Perplexity.Unigram(p, tokens);
        var wrong = Perplexity.Unigram(q, tokens);

        Math.Log(truth).Should().BeApproximately(Entropy.Nats(p), Tolerance.AbsoluteOnly(5 * SurprisalSd(p, p) / Math.Sqrt(n)));
        Math.Log(wrong).Should().BeApproximately(CrossEntropy.Nats(p, q), Tolerance.AbsoluteOnly(5 * SurprisalSd(p, q) / Math.Sqrt(n)));
        truth.Should().BeLessThan(wrong);
    }

    [Test, Order(7)]
    // Training 0, 1, 0, 1, 1 has transitions 0→1, 1→0, 0→1, 1→1 (the last token starts none). With V = 3 and k = 1,
    // q(j | i) = (c(i, j) + 1)/(c(i) + 3): row 0 (counts 0, 2, 0) is (1, 3, 1)/5, row 1 (counts 1, 1, 0) is (2, 2, 1)/5,
    // and token 2, never seen, gets the uniform row (1, 1, 1)/3. Without the k·V term row 0 would be (1, 3, 1)/3.
    // A one-token vocabulary (V = 1) is allowed and has the single certain row (1).
    public void Add_k_smoothing_worked_example()
    {
        double[,] expected = { { 0.2, 0.6, 0.2 }, { 0.4, 0.4, 0.2 }, { 1.0 / 3, 1.0 / 3, 1.0 / 3 } };
        double[,] single = { { 1 } };

        Perplexity.FitBigram([0, 1, 0, 1, 1], 3, 1).Should().BeApproximately(expected, Tolerance.Tight);
        Perplexity.FitBigram([0, 0, 0], 1, 0.5).Should().BeApproximately(single, Tolerance.Tight);
    }

    [Test, Order(8)]
    // Every smoothed row is a distribution: Σⱼ (c(i, j) + k) = c(i) + k·V. As k grows the counts stop mattering and every
    // row tends to the uniform 1/V; for k → 0 a row tends to the observed frequencies c(i, j)/c(i).
    public void Smoothed_rows_are_distributions_between_the_counts_and_uniform([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        var vocabulary = 2 + seed;
        var training = Enumerable.Range(0, 30).Select(_ => random.NextInt(vocabulary)).ToArray();
        var k = random.Uniform(0.01, 3);

        var model = Perplexity.FitBigram(training, vocabulary, k);
        var flat = Perplexity.FitBigram(training, vocabulary, 1e12);
        var sharp = Perplexity.FitBigram(training, vocabulary, 1e-12);

        for (var i = 0; i < vocabulary; i++)
        {
            var row = Enumerable.Range(0, vocabulary).Select(j => model[i, j]).ToArray();
            row.Sum().Should().BeApproximately(1, Tolerance.Tight);
            row.Should().OnlyContain(v => v > 0, "add-k gives every transition some probability");
            var from = Enumerable.Range(0, training.Length - 1).Where(t => training[t] == i).ToArray();
            for (var j = 0; j < vocabulary; j++)
            {
                flat[i, j].Should().BeApproximately(1.0 / vocabulary, Tolerance.AbsoluteOnly(1e-9));
                var observed = from.Length == 0 ? 1.0 / vocabulary : from.Count(t => training[t + 1] == j) / (double)from.Length;
                sharp[i, j].Should().BeApproximately(observed, Tolerance.AbsoluteOnly(1e-9));
            }
        }
    }

    [Test, Order(9)]
    // With the model of the smoothing example, the sequence 0, 1, 1, 2 has n − 1 = 3 transitions, scored
    // q(1 | 0) q(1 | 1) q(2 | 1) = 0.6 · 0.4 · 0.2 = 0.048, so the perplexity is 0.048^(-1/3) = 2.7516. (Averaging over
    // n = 4 instead gives 0.048^(-1/4) = 2.1356.)
    public void Bigram_perplexity_averages_over_the_transitions()
    {
        double[,] model = { { 0.2, 0.6, 0.2 }, { 0.4, 0.4, 0.2 }, { 1.0 / 3, 1.0 / 3, 1.0 / 3 } };

        Perplexity.Bigram(model, [0, 1, 1, 2]).Should().BeApproximately(Math.Pow(0.048, -1.0 / 3), Tolerance.Tight);
        Math.Pow(0.048, -1.0 / 3).Should().BeApproximately(2.7516, Tolerance.AbsoluteOnly(1e-4));
    }

    [Test, Order(10)]
    // A bigram model whose rows all equal q ignores the previous token: it is the unigram model q, scoring the n − 1
    // tokens after the first. A row with a zero where a transition occurs makes the perplexity +∞.
    public void A_bigram_model_with_identical_rows_is_a_unigram_model([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var q = data.ProbabilityVector(3 + seed);
        var model = new double[q.Length, q.Length];
        for (var i = 0; i < q.Length; i++)
        {
            for (var j = 0; j < q.Length; j++)
            {
                model[i, j] = q[j];
            }
        }

        var tokens = Enumerable.Range(0, 25).Select(_ => data.Random.NextInt(q.Length)).ToArray();

        Perplexity.Bigram(model, tokens).Should().BeApproximately(Perplexity.Unigram(q, tokens[1..]), Tolerance.Tight);
        double[,] blind = { { 0, 1 }, { 0.5, 0.5 } };
        Perplexity.Bigram(blind, [1, 0, 0]).Should().Be(double.PositiveInfinity);
    }

    [Test, Order(11)]
    // Text from a known bigram source (V = 10, peaked rows), 1 000 training and 5 000 held-out tokens. Nearly unsmoothed
    // (k = 1e-6) the fitted model is the maximum-likelihood one: on its own training text it beats even the true source,
    // because it memorised those counts. On held-out text the true source wins over the model fitted with k = 0.1 (the gap,
    // KL between them, is ≈ 0.05 nats per token; the paired per-token difference has a standard error below 0.01 on
    // 5 000 tokens), and both beat the uniform model's 10 by far. With a huge k the model forgets its counts: ≈ V.
    public void A_fitted_bigram_model_is_beaten_only_by_the_true_source_on_held_out_text([Range(1, 3)] int seed)
    {
        const int vocabulary = 10;
        var random = new Random(seed);
        var source = TokenSampler.RandomBigramModel(vocabulary, 6, random);
        var training = TokenSampler.FromBigram(source, 0, 1_000, random);
        var heldOut = TokenSampler.FromBigram(source, 0, 5_000, random);

        var memorised = Perplexity.FitBigram(training, vocabulary, 1e-6);
        var fitted = Perplexity.FitBigram(training, vocabulary, 0.1);
        var onHeldOut = Perplexity.Bigram(fitted, heldOut);

        Perplexity.Bigram(memorised, training).Should().BeLessThan(Perplexity.Bigram(source, training));
        Perplexity.Bigram(source, heldOut).Should().BeLessThan(onHeldOut);
        onHeldOut.Should().BeLessThan(0.8 * vocabulary);
        Perplexity.Bigram(Perplexity.FitBigram(training, vocabulary, 1e9), heldOut).Should().BeApproximately(vocabulary, Tolerance.RelativeOnly(1e-5));
    }

    [Test, Order(12)]
    // Models must be distributions, sequences non-empty and made of token ids of the vocabulary; k must be positive.
    public void Rejects_bad_input()
    {
        double[,] square = { { 0.5, 0.5 }, { 0.5, 0.5 } };
        double[,] notSquare = { { 0.5, 0.5 } };
        double[,] badRow = { { 0.5, 0.5 }, { 0.7, 0.7 } };

        FluentActions.Invoking(() => Perplexity.Unigram(null!, [0])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Perplexity.Unigram(ThreeTokenModel, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Perplexity.Unigram(ThreeTokenModel, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Perplexity.NegativeLogLikelihoodNats(ThreeTokenModel, [0, 3])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*token*");
        FluentActions.Invoking(() => Perplexity.NegativeLogLikelihoodBits(ThreeTokenModel, [-1])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*token*");
        FluentActions.Invoking(() => Perplexity.Unigram([0.5, 0.6], [0])).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => Perplexity.Unigram([1.5, -0.5], [0])).Should().Throw<ArgumentException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => Perplexity.FitBigram(null!, 2, 1)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Perplexity.FitBigram([], 2, 1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Perplexity.FitBigram([0, 2], 2, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*token*");
        FluentActions.Invoking(() => Perplexity.FitBigram([0, 1], 0, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*vocabulary*");
        FluentActions.Invoking(() => Perplexity.FitBigram([0, 1], 2, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Perplexity.FitBigram([0, 1], 2, double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Perplexity.FitBigram([0, 1], 2, double.PositiveInfinity)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => Perplexity.Bigram(null!, [0, 1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Perplexity.Bigram(square, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Perplexity.Bigram(square, [1])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => Perplexity.Bigram(square, [0, 2])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*token*");
        FluentActions.Invoking(() => Perplexity.Bigram(notSquare, [0, 1])).Should().Throw<ArgumentException>().WithMessage("*square*");
        FluentActions.Invoking(() => Perplexity.Bigram(badRow, [0, 1])).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
    }

    /// <summary>The standard deviation of the surprisal −ln q(X) for X drawn from p.</summary>
    private static double SurprisalSd(double[] p, double[] q)
    {
        var mean = p.Select((pi, i) => -pi * Math.Log(q[i])).Sum();
        var second = p.Select((pi, i) => pi * Math.Log(q[i]) * Math.Log(q[i])).Sum();
        return Math.Sqrt(Math.Max(second - (mean * mean), 0));
    }
}
