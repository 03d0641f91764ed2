using MathForML.Verification;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace MathForML.Probability.Tests;

/// <summary>
/// Maximum likelihood in closed form and by gradient ascent. Wrong implementations these tests catch: the sample
/// variance (divisor n − 1) instead of the MLE's n, the one-pass E[x²] − E[x]² (wrong by whole units at an offset of
/// 1e9), a score without the −1 per observation in ∂ℓ/∂ρ (the gradient check fails), and gradient DEscent (the
/// trace of the worked example runs away from the maximum).
/// Also: Σ(xᵢ + x̄)(xᵢ − x̄) for the squared deviations (off by about 100 when x̄ is rounded at an offset of 1e9); one
/// step more than maxIterations; a strict stopping rule, or one relative to the largest entry of θ (or to 1 only), or
/// a norm that is NaN for a zero step; a finiteness check that passes when any one coordinate is finite.
/// </summary>
public class MaximumLikelihoodTests
{
    [Test, Order(1)]
    // Three ones in four trials: p̂ = 3/4. Seven counts summing to 21... here 2 + 3 + 1 + 6 = 12 over 4: λ̂ = 3.
    public void Bernoulli_and_Poisson_worked_examples()
    {
        MaximumLikelihood.BernoulliMle([1, 0, 1, 1]).Should().BeApproximately(0.75, Tolerance.Tight);
        MaximumLikelihood.BernoulliMle([0, 0, 0]).Should().Be(0);
        MaximumLikelihood.PoissonMle([2, 3, 1, 6]).Should().BeApproximately(3, Tolerance.Tight);
    }

    [Test, Order(2)]
    // 1, 2, 3, 4: μ̂ = 2.5 and σ̂² = (2.25 + 0.25 + 0.25 + 2.25)/4 = 1.25 — not 5/3, the sample variance with n − 1.
    public void Gaussian_worked_example_divides_by_n()
    {
        var (mean, variance) = MaximumLikelihood.GaussianMle([1, 2, 3, 4]);

        mean.Should().BeApproximately(2.5, Tolerance.Tight);
        variance.Should().BeApproximately(1.25, Tolerance.Tight);
    }

    [Test, Order(3)]
    // The same data shifted by 1e9 (still exact doubles) and scaled by 1e-12: σ̂² is 1.25 and 1.25e-24. E[x²] − E[x]²
    // subtracts two numbers near 1e18 whose spacing is 128, and is wrong in every digit at the offset.
    public void Gaussian_variance_survives_a_large_offset_and_a_tiny_scale()
    {
        MaximumLikelihood.GaussianMle([1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4]).Variance.Should().BeApproximately(1.25, Tolerance.Default);
        MaximumLikelihood.GaussianMle([1e-12, 2e-12, 3e-12, 4e-12]).Variance.Should().BeApproximately(1.25e-24, Tolerance.RelativeOnly(1e-12));
    }

    [Test, Order(4)]
    // Seeded data at an offset of 1e9 whose mean is not a double: the computed mean x̄ is off by δ ≈ 1e-7, and only the
    // squared deviations Σ(xᵢ − x̄)²/n stay right (off by δ²). Σ(xᵢ + x̄)(xᵢ − x̄)/n = Σxᵢ²/n − x̄², equal in exact
    // arithmetic, is off by 2·1e9·δ ≈ 100. Oracle: MathNet's population variance of xᵢ − 1e9 (each subtraction exact).
    public void Gaussian_variance_at_an_offset_matches_MathNet([Range(1, 4)] int seed)
    {
        var x = new TestData(seed).GaussianVector(50, 0, 1).Select(v => 1e9 + v).ToArray();

        var (mean, variance) = MaximumLikelihood.GaussianMle(x);

        mean.Should().BeApproximately(x.Average(), Tolerance.Tight);
        variance.Should().BeApproximately(x.Select(v => v - 1e9).PopulationVariance(), Tolerance.Default);
    }

    [Test, Order(5)]
    // Oracle: the log-likelihood is MathNet's Σ ln N(xᵢ; μ, σ) (Normal.PDFLn), for any μ and ρ = ln σ.
    public void Gaussian_log_likelihood_agrees_with_MathNet([Range(1, 4)] int seed)
    {
        var data = new TestData(seed);
        var x = data.GaussianVector(30, 1, 2);
        var (mu, rho) = (data.Random.Uniform(-1, 3), data.Random.Uniform(-1, 1.5));

        MaximumLikelihood.GaussianLogLikelihood(x, mu, rho).Should().BeApproximately(x.Sum(v => Normal.PDFLn(mu, Math.Exp(rho), v)), Tolerance.Default);
    }

    [Test, Order(6)]
    // The closed forms are maxima: the log-likelihood (MathNet's Bernoulli, Poisson and Normal log-PMF/PDF sums) is
    // lower when the parameter moves by 2 % either way.
    public void Closed_forms_maximise_the_likelihood([Range(1, 4)] int seed)
    {
        var random = new Random(seed);
        var flips = Enumerable.Range(0, 200).Select(_ => Bernoulli.Sample(random, 0.3)).ToArray();
        var counts = Enumerable.Range(0, 200).Select(_ => Poisson.Sample(random, 4.5)).ToArray();
        var x = Enumerable.Range(0, 200).Select(_ => Normal.Sample(random, -1, 0.5)).ToArray();
        var p = MaximumLikelihood.BernoulliMle(flips);
        var lambda = MaximumLikelihood.PoissonMle(counts);
        var (mu, variance) = MaximumLikelihood.GaussianMle(x);

        foreach (var factor in (double[])[0.98, 1.02])
        {
            flips.Sum(y => Bernoulli.PMFLn(p * factor, y)).Should().BeLessThan(flips.Sum(y => Bernoulli.PMFLn(p, y)));
            counts.Sum(k => Poisson.PMFLn(lambda * factor, k)).Should().BeLessThan(counts.Sum(k => Poisson.PMFLn(lambda, k)));
            x.Sum(v => Normal.PDFLn(mu, Math.Sqrt(variance * factor), v)).Should().BeLessThan(x.Sum(v => Normal.PDFLn(mu, Math.Sqrt(variance), v)));
            x.Sum(v => Normal.PDFLn(mu + (0.02 * (factor - 1)), Math.Sqrt(variance), v)).Should().BeLessThan(x.Sum(v => Normal.PDFLn(mu, Math.Sqrt(variance), v)));
        }
    }

    [Test, Order(7)]
    // The score agrees with central differences of your log-likelihood, and vanishes at the closed-form MLE
    // (μ̂, ln σ̂): ∂ℓ/∂μ = Σ(xᵢ − μ)/σ² and ∂ℓ/∂ρ = Σ((xᵢ − μ)²/σ² − 1).
    public void Gaussian_score_is_the_gradient_and_vanishes_at_the_mle([Range(1, 4)] int seed)
    {
        var data = new TestData(seed);
        var x = data.GaussianVector(25, 2, 1.5);
        double[] at = [data.Random.Uniform(0, 4), data.Random.Uniform(-0.5, 1)];

        GradientCheck.Compare(p => MaximumLikelihood.GaussianLogLikelihood(x, p[0], p[1]), p => MaximumLikelihood.GaussianScore(x, p[0], p[1]), at)
            .Should().Agree();
        var (mean, variance) = MaximumLikelihood.GaussianMle(x);
        MaximumLikelihood.GaussianScore(x, mean, 0.5 * Math.Log(variance)).Should().BeApproximately([0, 0], Tolerance.AbsoluteOnly(1e-9));
    }

    [Test, Order(8)]
    // f(θ) = −(θ − 3)², g = −2(θ − 3), η = 0.25: each step halves the distance to 3. From 0: 0 → 0 + 0.25·6 = 1.5 →
    // 1.5 + 0.25·3 = 2.25 → 2.625. The trace starts with θ₀ and ends with the returned point.
    public void Gradient_ascent_worked_example()
    {
        var trace = new List<double[]>();

        var theta = MaximumLikelihood.GradientAscent(t => [-2 * (t[0] - 3)], [0], 0.25, trace: trace);

        trace.Take(4).Select(t => t[0]).ToArray().Should().BeApproximately([0, 1.5, 2.25, 2.625], Tolerance.Tight);
        trace[^1].Should().Equal(theta);
        theta[0].Should().BeApproximately(3, Tolerance.AbsoluteOnly(1e-9));
    }

    [Test, Order(9)]
    // Numerical MLE = closed form. Gaussian in (μ, ρ) with the average score (the score / n, so η = 0.2 is stable);
    // Poisson in θ = ln λ with average gradient mean(k) − e^θ; Bernoulli in the logit θ with mean(y) − 1/(1 + e^(−θ)).
    // Stopping at relative steps of 1e-12 leaves errors near 1e-11, inside the 1e-8 asserted.
    public void Gradient_ascent_agrees_with_the_closed_forms([Range(1, 4)] int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, 100).Select(_ => Normal.Sample(random, 3, 2)).ToArray();
        var counts = Enumerable.Range(0, 100).Select(_ => Poisson.Sample(random, 2.5)).ToArray();
        var flips = Enumerable.Range(0, 100).Select(_ => Bernoulli.Sample(random, 0.4)).ToArray();
        var tolerance = Tolerance.AbsoluteOnly(1e-8);

        var gaussian = MaximumLikelihood.GradientAscent(
            p => MaximumLikelihood.GaussianScore(x, p[0], p[1]).Select(g => g / x.Length).ToArray(), [0, 0], 0.2, 1e-12);
        var (mean, variance) = MaximumLikelihood.GaussianMle(x);
        gaussian.Should().BeApproximately([mean, 0.5 * Math.Log(variance)], tolerance);

        var meanCount = counts.Average();
        var poisson = MaximumLikelihood.GradientAscent(t => [meanCount - Math.Exp(t[0])], [0], 0.2, 1e-12);
        Math.Exp(poisson[0]).Should().BeApproximately(MaximumLikelihood.PoissonMle(counts), tolerance);

        var meanFlip = flips.Average();
        var bernoulli = MaximumLikelihood.GradientAscent(t => [meanFlip - (1 / (1 + Math.Exp(-t[0])))], [0], 2, 1e-12);
        (1 / (1 + Math.Exp(-bernoulli[0]))).Should().BeApproximately(MaximumLikelihood.BernoulliMle(flips), tolerance);
    }

    [Test, Order(10)]
    // η = 1 on −(θ − 3)² jumps 0 → 6 → 0 → … forever; η = 1.5 doubles the distance each step: after 20 steps it is
    // 3·2²⁰, still finite — "did not converge". η = 1e3 overflows within a few hundred steps — "finite".
    public void Gradient_ascent_reports_a_step_too_large()
    {
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => [-2 * (t[0] - 3)], [0], 1, maxIterations: 50))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => [-2 * (t[0] - 3)], [0], 1.5, maxIterations: 20))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => [-2 * (t[0] - 3)], [0], 1e3, maxIterations: 1000))
            .Should().Throw<InvalidOperationException>().WithMessage("*finite*");
        // Two coordinates, only the first running away: θ₁ stays 0, yet θ₀ = ±∞ is already an iterate that is not finite.
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => [-2 * (t[0] - 3), -2 * t[1]], [0, 0], 1e3, maxIterations: 1000))
            .Should().Throw<InvalidOperationException>().WithMessage("*finite*");
    }

    [Test, Order(11)]
    // "At most maxIterations steps": η = 1 on −(θ − 3)² jumps 0 → 6 → 0 → … forever; with maxIterations = 50 the trace
    // holds θ₀ and exactly 50 iterates when the method gives up.
    public void Gradient_ascent_takes_at_most_max_iterations_steps()
    {
        var trace = new List<double[]>();

        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => [-2 * (t[0] - 3)], [0], 1, maxIterations: 50, trace: trace))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
        trace.Should().HaveCount(51);
    }

    [Test, Order(12)]
    // The stopping rule ‖η·g(θₖ)‖ ≤ tolerance·max(1, ‖θₖ‖), on a constant gradient (which never converges otherwise):
    // from θ₀ = 0 a step of exactly 0.5 with tolerance 0.5 stops (the rule is inclusive; ‖θ₀‖ = 0, so max(1, ·) = 1);
    // from θ₀ = (600, 800), ‖θ₀‖ = 1000, a step (0.9, 0.3) of length √0.9 ≈ 0.95 stops with tolerance 1e-3 (threshold 1)
    // — relative to ‖θ₀‖, not to its largest entry 800, nor to its sum. A zero gradient at the start stops at once.
    public void Gradient_ascent_stops_on_the_relative_step_rule()
    {
        MaximumLikelihood.GradientAscent(_ => [1], [0], 0.5, tolerance: 0.5).Should().Equal(0.5);
        MaximumLikelihood.GradientAscent(_ => [1.8, 0.6], [600, 800], 0.5, tolerance: 1e-3).Should().BeApproximately([600.9, 800.3], Tolerance.Tight);
        MaximumLikelihood.GradientAscent(t => [-2 * (t[0] - 3)], [3], 0.25).Should().Equal(3);
        MaximumLikelihood.GradientAscent(_ => [0, 0], [0, 0], 0.25).Should().Equal(0, 0);
    }

    [Test, Order(13)]
    // Data that are empty or outside the model, a start that is not finite, a gradient of the wrong length (the message
    // names both lengths) or none at all, and settings out of range.
    public void Rejects_bad_input()
    {
        FluentActions.Invoking(() => MaximumLikelihood.BernoulliMle([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MaximumLikelihood.BernoulliMle([0, 2, 1])).Should().Throw<ArgumentException>().WithMessage("*0 or 1*");
        FluentActions.Invoking(() => MaximumLikelihood.PoissonMle([3, -1])).Should().Throw<ArgumentException>().WithMessage("*negative*");
        FluentActions.Invoking(() => MaximumLikelihood.PoissonMle(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MaximumLikelihood.GaussianMle([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MaximumLikelihood.GaussianLogLikelihood([], 0, 0)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MaximumLikelihood.GaussianScore([], 0, 0)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => t, [], 0.1)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => [1, 2], [0], 0.1)).Should().Throw<ArgumentException>().WithMessage("*length*1*2*");
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => null!, [0], 0.1)).Should().Throw<ArgumentException>().WithMessage("*length*null*");
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => t, [0, double.NaN], 0.1)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => MaximumLikelihood.PoissonMle([])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => t, [0], 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => t, [0], 0.1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(t => t, [0], 0.1, 1e-9, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MaximumLikelihood.GradientAscent(null!, [0], 0.1)).Should().Throw<ArgumentNullException>();
    }
}
