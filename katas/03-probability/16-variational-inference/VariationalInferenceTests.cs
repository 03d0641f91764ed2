using MathForML.Verification;

namespace MathForML.Probability.Tests;

/// <summary>
/// Variational inference on targets whose answer is known (Gaussians, so the best Gaussian q is the target itself).
/// Statistical tolerances: with learning rate η and S draws per step, stochastic gradient ascent near the optimum
/// fluctuates with variance about η/(2S) in μ and in ρ = ln σ (the gradient noise has variance 1/(s²S) and 2/S against
/// curvatures 1/s² and 2), so 5·√(η/(2S)) bounds the final error with probability above 1 − 1e-6 (seeds fixed).
/// Wrong implementations these tests catch: the entropy term left out (q collapses: σ → 0, ELBO off by ρ + 1.42),
/// ∂z/∂ρ taken as ε instead of σε, the +1 of the entropy's derivative dropped, and descent instead of ascent; a fit that
/// checks only μ and ρ for finiteness and returns an ELBO trace of −∞.
/// </summary>
public class VariationalInferenceTests
{
    private static readonly double StandardNormalEntropy = 0.5 * (1 + Math.Log(2 * Math.PI));

    [Test, Order(1)]
    // Target ln p̃(z) = −z²/2, gradient −z; q with μ = 1, σ = 2 (ρ = ln 2), draws ε = 1, −1: z = 3, −1, ln p̃ = −4.5, −0.5.
    // ELBO = −2.5 + ln 2 + ½ ln(2πe) ≈ −2.5 + 0.693147 + 1.418939 = −0.387914. ∂/∂μ = mean(−3, 1) = −1;
    // ∂/∂ρ = mean(−z·σε) + 1 = mean(−6, −2) + 1 = −3 (exactly 1 − σ², the true gradient for this target).
    public void Elbo_estimate_worked_example()
    {
        var (elbo, gradientMean, gradientLogStd) = VariationalInference.ElboEstimate(z => -0.5 * z * z, z => -z, 1, Math.Log(2), [1, -1]);

        elbo.Should().BeApproximately(-2.5 + Math.Log(2) + StandardNormalEntropy, Tolerance.Tight);
        gradientMean.Should().BeApproximately(-1, Tolerance.Tight);
        gradientLogStd.Should().BeApproximately(-3, Tolerance.Tight);
    }

    [Test, Order(2)]
    // With the draws fixed, the estimate is an ordinary function of (μ, ρ), and the reparameterised gradient is exactly
    // its gradient: central differences agree, on a non-Gaussian target ln p̃(z) = z − z⁴/4 (gradient 1 − z³).
    public void Reparameterised_gradient_is_the_gradient_of_the_estimate([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var epsilons = data.GaussianVector(8);
        double[] at = [data.Random.Uniform(-1, 1), data.Random.Uniform(-1, 0.5)];
        static double LogTarget(double z) => z - (z * z * z * z / 4);
        static double Gradient(double z) => 1 - (z * z * z);

        GradientCheck.Compare(
                p => VariationalInference.ElboEstimate(LogTarget, Gradient, p[0], p[1], epsilons).Elbo,
                p =>
                {
                    var (_, gm, gr) = VariationalInference.ElboEstimate(LogTarget, Gradient, p[0], p[1], epsilons);
                    return [gm, gr];
                },
                at)
            .Should().Agree();
    }

    [Test, Order(3)]
    // Target N(m, s²) (unnormalised: ln p̃ = −(z − m)²/(2s²)): the best Gaussian is the target. From μ = 0, σ = 1 with
    // η = 0.02, S = 64 and 3000 steps (enough: the slowest contraction per step is 1 − η/s² ≥ 1 − 0.02/4), μ and ln σ
    // end within 5·√(η/(2S)) = 0.0625 of m and ln s.
    public void Fitted_q_recovers_a_gaussian_target([Range(1, 4)] int seed)
    {
        var data = new TestData(seed);
        var (m, s) = (data.Random.Uniform(-3, 3), data.Random.Uniform(0.5, 2));
        var tolerance = Tolerance.AbsoluteOnly(5 * Math.Sqrt(0.02 / (2 * 64)));

        var (mean, stdDev, _) = VariationalInference.FitGaussian(
            z => -(z - m) * (z - m) / (2 * s * s), z => -(z - m) / (s * s), 0, 0, 0.02, 3000, 64, new Random(seed));

        mean.Should().BeApproximately(m, tolerance);
        Math.Log(stdDev).Should().BeApproximately(Math.Log(s), tolerance);
    }

    [Test, Order(4)]
    // A posterior known in closed form: prior μ ~ N(1, 2²), data 2.1, 3.4, 2.7, 3.9, 2.9 with noise N(μ, 1), so the
    // log-joint is −(μ − 1)²/8 − Σ(xᵢ − μ)²/2 (unnormalised). Precisions add: 1/τ² = 1/4 + 5 = 21/4, so the posterior is
    // N(μₙ, 4/21) with μₙ = (1/4 + 15)/(21/4) = 61/21 ≈ 2.904762. VI must land there (same tolerance as above).
    public void Fitted_q_recovers_a_conjugate_posterior()
    {
        double[] x = [2.1, 3.4, 2.7, 3.9, 2.9];
        double LogJoint(double mu) => (-(mu - 1) * (mu - 1) / 8) - x.Sum(v => (v - mu) * (v - mu) / 2);
        double Gradient(double mu) => (-(mu - 1) / 4) + x.Sum(v => v - mu);
        var tolerance = Tolerance.AbsoluteOnly(5 * Math.Sqrt(0.02 / (2 * 64)));

        var (mean, stdDev, _) = VariationalInference.FitGaussian(LogJoint, Gradient, 0, 0, 0.02, 3000, 64, new Random(4));

        mean.Should().BeApproximately(61.0 / 21, tolerance);
        Math.Log(stdDev).Should().BeApproximately(0.5 * Math.Log(4.0 / 21), tolerance);
    }

    [Test, Order(5)]
    // The ELBO climbs and settles at ln Z, the log of the target's normalising constant (it is a lower bound on ln Z,
    // tight when q equals the target). For ln p̃ = −(z − 2)²/(2·1.5²), Z = 1.5√(2π), ln Z ≈ 1.324403. Each step's
    // estimate has noise √(½/S) ≈ 0.09 at the optimum; the mean of the last 1000 of 3000 is within 0.02 of ln Z, and
    // far above the first steps' (from μ = −3).
    public void Elbo_rises_to_the_log_normalising_constant()
    {
        var (_, _, trace) = VariationalInference.FitGaussian(
            z => -(z - 2) * (z - 2) / (2 * 2.25), z => -(z - 2) / 2.25, -3, 0, 0.02, 3000, 64, new Random(5));

        trace.Should().HaveCount(3000);
        var settled = trace.Skip(2000).Average();
        settled.Should().BeApproximately(Math.Log(1.5 * Math.Sqrt(2 * Math.PI)), Tolerance.AbsoluteOnly(0.02));
        trace.Take(10).Average().Should().BeLessThan(settled - 2);
    }

    [Test, Order(6)]
    // Same seed, same fit; one step from (0, 0) with S draws moves μ by η·(mean gradient) exactly as ElboEstimate says.
    public void The_fit_is_reproducible()
    {
        static double LogTarget(double z) => -0.5 * z * z;
        static double Gradient(double z) => -z;

        var first = VariationalInference.FitGaussian(LogTarget, Gradient, 0.5, 0.2, 0.05, 200, 8, new Random(6));
        var again = VariationalInference.FitGaussian(LogTarget, Gradient, 0.5, 0.2, 0.05, 200, 8, new Random(6));

        again.Mean.Should().Be(first.Mean);
        again.StdDev.Should().Be(first.StdDev);
        again.ElboTrace.Should().Equal(first.ElboTrace);
    }

    [Test, Order(7)]
    // A very narrow target (s = 0.01: curvature 1e4 in μ) with η = 1 overshoots further at every step until the numbers
    // overflow: report it instead of returning NaN.
    public void A_learning_rate_far_too_large_is_reported()
    {
        FluentActions.Invoking(() => VariationalInference.FitGaussian(z => -z * z / 2e-4, z => -z / 1e-4, 1, 0, 1, 1000, 4, new Random(7)))
            .Should().Throw<InvalidOperationException>().WithMessage("*finite*");
    }

    [Test, Order(8)]
    // No draws, non-finite parameters, settings out of range, missing delegates.
    public void Rejects_bad_input()
    {
        static double LogTarget(double z) => -0.5 * z * z;
        static double Gradient(double z) => -z;
        var random = new Random(8);
        FluentActions.Invoking(() => VariationalInference.ElboEstimate(LogTarget, Gradient, 0, 0, [])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => VariationalInference.ElboEstimate(LogTarget, Gradient, double.NaN, 0, [1])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*finite*");
        FluentActions.Invoking(() => VariationalInference.ElboEstimate(LogTarget, null!, 0, 0, [1])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => VariationalInference.FitGaussian(LogTarget, Gradient, 0, 0, 0, 10, 4, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => VariationalInference.FitGaussian(LogTarget, Gradient, 0, 0, 0.1, 0, 4, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => VariationalInference.FitGaussian(LogTarget, Gradient, 0, 0, 0.1, 10, 0, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => VariationalInference.FitGaussian(LogTarget, Gradient, double.PositiveInfinity, 0, 0.1, 10, 4, random)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("*finite*").WithParameterName("initialMean");
        FluentActions.Invoking(() => VariationalInference.FitGaussian(LogTarget, Gradient, 0, double.NaN, 0.1, 10, 4, random)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("*finite*").WithParameterName("initialLogStdDev");
        FluentActions.Invoking(() => VariationalInference.FitGaussian(LogTarget, Gradient, 0, 0, 0.1, 10, 4, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => VariationalInference.ElboEstimate(null!, Gradient, 0, 0, [1])).Should().Throw<ArgumentNullException>().WithParameterName("logTarget");
        FluentActions.Invoking(() => VariationalInference.ElboEstimate(LogTarget, Gradient, 0, 0, null!)).Should().Throw<ArgumentNullException>().WithParameterName("epsilons");
        FluentActions.Invoking(() => VariationalInference.FitGaussian(null!, Gradient, 0, 0, 0.1, 10, 4, random)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => VariationalInference.FitGaussian(LogTarget, Gradient, 0, 0, double.PositiveInfinity, 10, 4, random)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*positive*");
    }

    [Test, Order(9)]
    // A target with ln p̃ = −∞ wherever q looks (here everywhere) has an ELBO of −∞ although μ and ρ stay finite (the
    // gradient is 0, so only ρ moves, by η per step): that is reported, not returned.
    public void An_elbo_that_is_not_finite_is_reported()
    {
        FluentActions.Invoking(() => VariationalInference.FitGaussian(_ => double.NegativeInfinity, _ => 0, 0, 0, 0.1, 5, 4, new Random(9)))
            .Should().Throw<InvalidOperationException>().WithMessage("*finite*");
    }
}
