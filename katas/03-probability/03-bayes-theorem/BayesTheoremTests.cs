using MathForML.Verification;

namespace MathForML.Probability.Tests;

/// <summary>
/// Bayes' theorem on discrete hypotheses: total probability, posteriors, the diagnostic test, and posteriors from
/// log-likelihoods that would underflow or overflow if exponentiated directly.
/// </summary>
/// <remarks>
/// Plausible wrong implementations these tests catch:
/// returning P(E | Hᵢ)·P(Hᵢ) without dividing by P(E) (the "posterior" does not sum to 1, order 3);
/// using the specificity itself as P(+ | not D) instead of 1 − specificity (order 4);
/// exponentiating log-likelihoods of −1000 directly (0/0 = NaN, order 7);
/// shifting by the first log-likelihood instead of the largest (e⁸⁰⁰ = ∞, order 7).
/// </remarks>
public class BayesTheoremTests
{
    [Test, Order(1)]
    // Prevalence 1 %, sensitivity 99 %, specificity 95 %: P(+) = 0.99·0.01 + 0.05·0.99 = 0.0099 + 0.0495 = 0.0594,
    // P(D | +) = 0.0099 / 0.0594 = 1/6 ≈ 0.167. Most positives are false positives when the condition is rare.
    public void A_positive_test_for_a_rare_condition_is_mostly_a_false_alarm() =>
        BayesTheorem.DiagnosticTest(0.01, 0.99, 0.95).Should().BeApproximately(1.0 / 6, Tolerance.Tight);

    [Test, Order(2)]
    // A fair coin and a coin with P(heads) = 0.9, equally likely a priori; one toss shows heads.
    // P(heads) = 0.5·0.5 + 0.9·0.5 = 0.7; P(fair | heads) = 0.25 / 0.7 = 5/14, P(biased | heads) = 0.45 / 0.7 = 9/14.
    public void One_toss_of_two_coins_by_hand()
    {
        BayesTheorem.TotalProbability([0.5, 0.5], [0.5, 0.9]).Should().BeApproximately(0.7, Tolerance.Tight);
        BayesTheorem.Posterior([0.5, 0.5], [0.5, 0.9]).Should().BeApproximately([5.0 / 14, 9.0 / 14], Tolerance.Tight);
    }

    [Test, Order(3)]
    // The posterior is a distribution, and it is proportional to prior × likelihood: for every pair of hypotheses
    // P(Hᵢ | E) / P(Hⱼ | E) = P(E | Hᵢ)P(Hᵢ) / (P(E | Hⱼ)P(Hⱼ)). Total probability lies between the smallest and the
    // largest likelihood (it is their average, weighted by the priors).
    public void The_posterior_is_the_normalised_product_of_prior_and_likelihood([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var priors = data.ProbabilityVector(6);
        var likelihoods = data.Vector(6, 0.01, 1);

        var posterior = BayesTheorem.Posterior(priors, likelihoods);
        var evidence = BayesTheorem.TotalProbability(priors, likelihoods);

        posterior.Sum().Should().BeApproximately(1, Tolerance.Tight);
        (posterior[4] / posterior[1]).Should().BeApproximately(likelihoods[4] * priors[4] / (likelihoods[1] * priors[1]), Tolerance.Tight);
        evidence.Should().BeInRange(likelihoods.Min(), likelihoods.Max());
    }

    [Test, Order(4)]
    // The diagnostic test is Bayes with two hypotheses: D (prior p, likelihood of "+" = sensitivity) and not D
    // (prior 1 − p, likelihood of "+" = 1 − specificity, the false-positive rate).
    public void The_diagnostic_test_is_the_two_hypothesis_posterior([Range(1, 5)] int seed)
    {
        var random = new TestData(seed).Random;
        var (p, s, c) = (random.Uniform(0.001, 0.5), random.Uniform(0.5, 1), random.Uniform(0.5, 1));

        BayesTheorem.DiagnosticTest(p, s, c).Should().BeApproximately(BayesTheorem.Posterior([p, 1 - p], [s, 1 - c])[0], Tolerance.Tight);
        BayesTheorem.DiagnosticTest(p, s, c).Should().BeApproximately(s * p / ((s * p) + ((1 - c) * (1 - p))), Tolerance.Tight);
    }

    [Test, Order(5)]
    // Updating on E₁ and then on E₂ (independent given the hypothesis) equals updating once on both, with likelihoods
    // P(E₁ | H)·P(E₂ | H): yesterday's posterior is today's prior.
    public void Updating_twice_equals_updating_once_on_both([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var priors = data.ProbabilityVector(5);
        var (first, second) = (data.Vector(5, 0.01, 1), data.Vector(5, 0.01, 1));

        var stepwise = BayesTheorem.Posterior(BayesTheorem.Posterior(priors, first), second);
        var together = BayesTheorem.Posterior(priors, [.. first.Select((l, i) => l * second[i])]);

        stepwise.Should().BeApproximately(together, Tolerance.Tight);
    }

    [Test, Order(6)]
    // A hypothesis with prior 0 stays at 0 whatever the evidence; one that cannot produce the evidence (likelihood 0)
    // drops to 0; a uniform prior gives a posterior proportional to the likelihoods.
    public void Zero_priors_and_zero_likelihoods_stay_zero()
    {
        BayesTheorem.Posterior([0, 0.5, 0.5], [1, 0.2, 0.6]).Should().BeApproximately([0, 0.25, 0.75], Tolerance.Tight);
        BayesTheorem.Posterior([0.25, 0.25, 0.5], [0, 0.5, 0.25]).Should().BeApproximately([0, 0.5, 0.5], Tolerance.Tight);
        BayesTheorem.PosteriorFromLogLikelihoods([0, 0.5, 0.5], [5, double.NegativeInfinity, -1]).Should().BeApproximately([0, 0, 1], Tolerance.Tight);
    }

    [Test, Order(7)]
    // Equal priors, ℓ = (−1000, −1001): e⁻¹⁰⁰⁰ underflows to 0, yet the posterior is (1, e⁻¹)/(1 + e⁻¹) ≈ (0.731, 0.269).
    // ℓ = (0, 800): e⁸⁰⁰ overflows to ∞, yet the posterior is (e⁻⁸⁰⁰, 1)/(1 + e⁻⁸⁰⁰) ≈ (0, 1).
    public void Log_likelihoods_far_below_or_above_zero_are_handled()
    {
        var e = Math.Exp(-1);

        BayesTheorem.PosteriorFromLogLikelihoods([0.5, 0.5], [-1000, -1001]).Should().BeApproximately([1 / (1 + e), e / (1 + e)], Tolerance.Tight);
        BayesTheorem.PosteriorFromLogLikelihoods([0.5, 0.5], [0, 800]).Should().BeApproximately([0, 1], Tolerance.Tight);
    }

    [Test, Order(8)]
    // Adding a constant c to every log-likelihood multiplies every likelihood by eᶜ, which cancels in the normalisation:
    // c = −10⁴ or +10⁴ must give the same posterior as Posterior on the likelihoods themselves. 2000 tosses of a coin
    // with 1400 heads: ℓ(θ) = 1400 ln θ + 600 ln(1 − θ) ≈ −1222 at θ = 0.7, far below what e^ℓ can represent.
    public void Log_posteriors_are_unchanged_by_a_common_shift([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var priors = data.ProbabilityVector(4);
        var likelihoods = data.Vector(4, 0.01, 1);
        var logs = likelihoods.Select(l => Math.Log(l)).ToArray();
        var direct = BayesTheorem.Posterior(priors, likelihoods);

        BayesTheorem.PosteriorFromLogLikelihoods(priors, logs).Should().BeApproximately(direct, Tolerance.Tight);
        BayesTheorem.PosteriorFromLogLikelihoods(priors, [.. logs.Select(l => l - 1e4)]).Should().BeApproximately(direct, Tolerance.Default);
        BayesTheorem.PosteriorFromLogLikelihoods(priors, [.. logs.Select(l => l + 1e4)]).Should().BeApproximately(direct, Tolerance.Default);

        double[] thetas = [0.3, 0.5, 0.7];
        var coin = BayesTheorem.PosteriorFromLogLikelihoods([1.0 / 3, 1.0 / 3, 1.0 / 3], [.. thetas.Select(t => (1400 * Math.Log(t)) + (600 * Math.Log(1 - t)))]);
        coin[2].Should().BeApproximately(1, Tolerance.Tight);
        (coin[1] / coin[2]).Should().BeApproximately(Math.Exp(1400 * Math.Log(0.5 / 0.7) + (600 * Math.Log(0.5 / 0.3))), Tolerance.Default);
    }

    [Test, Order(9)]
    // Priors that are not a distribution, mismatched lengths, negative likelihoods, parameters outside [0, 1], NaN or
    // +∞ log-likelihoods, and evidence that no hypothesis can produce.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => BayesTheorem.Posterior(null!, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BayesTheorem.Posterior([1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BayesTheorem.Posterior([], [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => BayesTheorem.Posterior([0.5, 0.6], [1, 1])).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
        FluentActions.Invoking(() => BayesTheorem.TotalProbability([1.5, -0.5], [1, 1])).Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => BayesTheorem.TotalProbability([0.5, 0.5], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => BayesTheorem.TotalProbability([0.5, 0.5], [1, -0.1])).Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => BayesTheorem.Posterior([0.5, 0.5], [0, 0])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => BayesTheorem.Posterior([1, 0], [0, 1])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => BayesTheorem.DiagnosticTest(1.1, 0.9, 0.9)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*probability*");
        FluentActions.Invoking(() => BayesTheorem.DiagnosticTest(0.1, double.NaN, 0.9)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*probability*");
        FluentActions.Invoking(() => BayesTheorem.DiagnosticTest(0.1, 0.9, -0.1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*probability*");
        FluentActions.Invoking(() => BayesTheorem.DiagnosticTest(0, 0.9, 1)).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => BayesTheorem.PosteriorFromLogLikelihoods([0.5, 0.5], [0, double.NaN])).Should().Throw<ArgumentException>().WithMessage("*NaN or +∞*");
        FluentActions.Invoking(() => BayesTheorem.PosteriorFromLogLikelihoods([0.5, 0.5], [double.PositiveInfinity, 0])).Should().Throw<ArgumentException>().WithMessage("*NaN or +∞*");
        FluentActions.Invoking(() => BayesTheorem.PosteriorFromLogLikelihoods([0.5, 0.5], [double.NegativeInfinity, double.NegativeInfinity])).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => BayesTheorem.PosteriorFromLogLikelihoods([0.5, 0.5], [1])).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => BayesTheorem.PosteriorFromLogLikelihoods([0.5, 0.6], [0, 0])).Should().Throw<ArgumentException>().WithMessage("*sum to 1*");
    }
}
