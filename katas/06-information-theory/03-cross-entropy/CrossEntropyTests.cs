using MathForML.Verification;

namespace MathForML.InformationTheory.Tests;

/// <summary>
/// Cross-entropy H(p, q) and the log loss. Wrong implementations these tests catch: the arguments swapped
/// (−Σ qᵢ log pᵢ; cross-entropy is not symmetric); NaN instead of 0 for pᵢ = qᵢ = 0, or 0 instead of +∞ for
/// pᵢ &gt; 0 = qᵢ; clamping q to some ε (a prediction of 1e-300 is not 1e-15); log₂ for the log loss, which ML
/// libraries report in nats; a summed instead of averaged log loss; an unchecked label index.
/// </summary>
public class CrossEntropyTests
{
    [Test, Order(1)]
    // p = (½, ½), q = (¼, ¾): H(p, q) = ½ log₂ 4 + ½ log₂(4/3) = 1 + 0.2075 = 1.2075 bits, more than H(p) = 1 bit.
    public void Worked_example_scores_a_fair_coin_with_a_biased_model()
    {
        var expected = 1 + (0.5 * Math.Log2(4.0 / 3));

        CrossEntropy.Bits([0.5, 0.5], [0.25, 0.75]).Should().BeApproximately(expected, Tolerance.Tight);
        expected.Should().BeApproximately(1.2075, Tolerance.AbsoluteOnly(1e-4));
        CrossEntropy.Nats([0.5, 0.5], [0.25, 0.75]).Should().BeApproximately(expected * Math.Log(2), Tolerance.Tight);
    }

    [Test, Order(2)]
    // Scoring p with itself gives back its entropy: H(p, p) = H(p).
    public void Cross_entropy_of_a_distribution_with_itself_is_its_entropy([Range(1, 5)] int seed)
    {
        var p = new TestData(seed).ProbabilityVector(3 + seed);

        CrossEntropy.Bits(p, p).Should().BeApproximately(Entropy.Bits(p), Tolerance.Tight);
    }

    [Test, Order(3)]
    // Gibbs' inequality: H(p, q) ≥ H(p), with equality only for q = p. A wrong model always costs extra bits.
    // Two random points of the simplex are never equal, so the inequality is strict here.
    public void A_wrong_model_always_costs_extra_bits([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var p = data.ProbabilityVector(5);
        var q = data.ProbabilityVector(5);

        CrossEntropy.Bits(p, q).Should().BeGreaterThan(Entropy.Bits(p));
        CrossEntropy.Bits(q, p).Should().BeGreaterThan(Entropy.Bits(q));
    }

    [Test, Order(4)]
    // H(p, q) ≠ H(q, p): with p = (1, 0) and q = (½, ½), H(p, q) = 1 bit but H(q, p) = ∞ (q produces an outcome p
    // calls impossible). With p = (½, ½), q = (¼, ¾): 1.2075 bits one way, 1 bit the other (a fair-coin model costs
    // 1 bit per outcome, whatever the truth).
    public void Cross_entropy_is_not_symmetric()
    {
        CrossEntropy.Bits([1, 0], [0.5, 0.5]).Should().BeApproximately(1, Tolerance.Tight);
        CrossEntropy.Bits([0.5, 0.5], [1, 0]).Should().Be(double.PositiveInfinity);
        CrossEntropy.Bits([0.25, 0.75], [0.5, 0.5]).Should().BeApproximately(1, Tolerance.Tight);
        CrossEntropy.Bits([0.5, 0.5], [0.25, 0.75]).Should().BeApproximately(1.2075, Tolerance.AbsoluteOnly(1e-4));
    }

    [Test, Order(5)]
    // An outcome p never produces costs nothing even when q also excludes it (0 · log 0 = 0, not NaN); an outcome q
    // excludes but p produces costs −log 0 = +∞ — reported as +∞, never NaN.
    public void Impossible_outcomes_cost_nothing_or_infinity()
    {
        CrossEntropy.Bits([0.5, 0.5, 0], [0.5, 0.5, 0]).Should().BeApproximately(1, Tolerance.Tight);
        CrossEntropy.Nats([0, 1], [0, 1]).Should().Be(0);
        CrossEntropy.Nats([0.999, 0.001], [1, 0]).Should().Be(double.PositiveInfinity);
    }

    [Test, Order(6)]
    // A confident wrong answer is expensive but not infinite: q = 1e-300 costs −ln(1e-300) = 690.8 nats, and even the
    // smallest double 5e-324 costs 744.4. A clamp at ε = 1e-15 would report 34.5 for both.
    public void Tiny_model_probabilities_are_not_clamped()
    {
        CrossEntropy.Nats([1, 0], [1e-300, 1 - 1e-300]).Should().BeApproximately(300 * Math.Log(10), Tolerance.Tight);
        CrossEntropy.Nats([1, 0], [double.Epsilon, 1]).Should().BeApproximately(-Math.Log(double.Epsilon), Tolerance.Tight);
    }

    [Test, Order(7)]
    // Two samples: true classes 0 and 1, predicted rows (0.8, 0.2) and (0.4, 0.6):
    // log loss = (−ln 0.8 − ln 0.6)/2 = (0.2231 + 0.5108)/2 = 0.3670 nats.
    public void Log_loss_averages_the_surprisal_of_the_true_classes()
    {
        double[,] predicted = { { 0.8, 0.2 }, { 0.4, 0.6 } };

        CrossEntropy.LogLoss([0, 1], predicted).Should().BeApproximately((-Math.Log(0.8) - Math.Log(0.6)) / 2, Tolerance.Tight);
    }

    [Test, Order(8)]
    // The log loss is the mean over samples of H(one-hot(yₛ), qₛ) in nats; predicting uniformly over k classes costs
    // exactly ln k per sample, whatever the labels.
    public void Log_loss_is_the_mean_cross_entropy_of_one_hot_labels([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        const int samples = 20;
        var classes = 2 + seed;
        var labels = Enumerable.Range(0, samples).Select(_ => data.Random.NextInt(classes)).ToArray();
        var predicted = new double[samples, classes];
        var uniform = new double[samples, classes];
        var expected = 0.0;
        for (var s = 0; s < samples; s++)
        {
            var q = data.ProbabilityVector(classes);
            var oneHot = new double[classes];
            oneHot[labels[s]] = 1;
            expected += CrossEntropy.Nats(oneHot, q) / samples;
            for (var c = 0; c < classes; c++)
            {
                predicted[s, c] = q[c];
                uniform[s, c] = 1.0 / classes;
            }
        }

        CrossEntropy.LogLoss(labels, predicted).Should().BeApproximately(expected, Tolerance.Tight);
        CrossEntropy.LogLoss(labels, uniform).Should().BeApproximately(Math.Log(classes), Tolerance.Tight);
    }

    [Test, Order(9)]
    // One sample whose true class got probability 0 makes the mean log loss +∞: a single impossible answer is
    // infinitely bad, which is why classifiers never output an exact 0.
    public void Log_loss_is_infinite_when_the_true_class_was_ruled_out()
    {
        double[,] predicted = { { 0.5, 0.5 }, { 1, 0 } };

        CrossEntropy.LogLoss([0, 1], predicted).Should().Be(double.PositiveInfinity);
    }

    [Test, Order(10)]
    // Distributions must be valid and over the same outcomes; labels must be class indices.
    public void Rejects_bad_input()
    {
        double[,] rows = { { 0.5, 0.5 }, { 0.3, 0.7 } };
        double[,] notDistributions = { { 0.5, 0.6 } };

        FluentActions.Invoking(() => CrossEntropy.Bits(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CrossEntropy.Nats([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CrossEntropy.Bits([0.5, 0.5], [0.2, 0.3, 0.5])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => CrossEntropy.Nats([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => CrossEntropy.Nats([0.5, 0.5], [0.7, 0.7])).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => CrossEntropy.Bits([0.5, 0.5], [1.5, -0.5])).Should().Throw<ArgumentException>().WithMessage("*non-negative*");
        FluentActions.Invoking(() => CrossEntropy.LogLoss(null!, rows)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CrossEntropy.LogLoss([0, 1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CrossEntropy.LogLoss([], new double[0, 2])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => CrossEntropy.LogLoss([0], rows)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => CrossEntropy.LogLoss([0, 2], rows)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*label*");
        FluentActions.Invoking(() => CrossEntropy.LogLoss([0, -1], rows)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*label*");
        FluentActions.Invoking(() => CrossEntropy.LogLoss([0], notDistributions)).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
    }
}
