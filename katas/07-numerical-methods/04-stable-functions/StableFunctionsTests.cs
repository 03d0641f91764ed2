using MathForML.Verification;

namespace MathForML.NumericalMethods.Tests;

/// <summary>
/// The sigmoid family at the ends of the double range, where the textbook formulas overflow, underflow or round to
/// 0 and 1. Wrong implementations these tests catch: (1) σ(x) = 1/(1 + Math.Exp(−x)) everywhere: 1/∞ = 0 for
/// x = −720; (2) softplus = Math.Log(1 + Math.Exp(x)): ∞ at x = 1000 and 0 at x = −40; (3) softplus = max(x, 0) +
/// Math.Log(1 + Math.Exp(−|x|)) without log1p: 0 at x = −40; (4) log σ(x) = Math.Log(Sigmoid(x)): −∞ at x = −1000 and
/// 0 at x = 40.
/// </summary>
public class StableFunctionsTests
{
    [Test, Order(1)]
    // σ(0) = 1/2; softplus(0) = log 2; log σ(0) = −log 2. σ(ln 3) = 1/(1 + 1/3) = 3/4.
    public void Values_at_zero_and_at_log_three()
    {
        StableFunctions.Sigmoid(0).Should().Be(0.5);
        StableFunctions.Sigmoid(Math.Log(3)).Should().BeApproximately(0.75, Tolerance.Tight);
        StableFunctions.Softplus(0).Should().BeApproximately(Math.Log(2), Tolerance.Tight);
        StableFunctions.LogSigmoid(0).Should().BeApproximately(-Math.Log(2), Tolerance.Tight);
    }

    [Test, Order(2)]
    // For x ≤ −40, σ(x) = eˣ/(1 + eˣ) = eˣ(1 − eˣ + …) equals eˣ to a relative e⁻⁴⁰ ≈ 4e-18: below ε, so Math.Exp(x) is the
    // reference. At −720, e⁷²⁰ overflows and the textbook 1/(1 + e⁷²⁰) is 0; the true σ(−720) ≈ 1.8e-313 is a subnormal.
    // σ(±∞) are the limits 0 and 1.
    public void Sigmoid_keeps_tiny_values_instead_of_rounding_them_to_zero([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        for (var i = 0; i < 100; i++)
        {
            var x = random.Uniform(-700, -40);
            StableFunctions.Sigmoid(x).Should().BeApproximately(Math.Exp(x), Tolerance.RelativeOnly(4e-16));
        }

        StableFunctions.Sigmoid(-720).Should().Be(Math.Exp(-720)).And.BePositive();
        StableFunctions.Sigmoid(800).Should().Be(1);
        StableFunctions.Sigmoid(double.NegativeInfinity).Should().Be(0);
        StableFunctions.Sigmoid(double.PositiveInfinity).Should().Be(1);
    }

    [Test, Order(3)]
    // σ(x) + σ(−x) = 1 (to 3e-16: each term rounds by at most ε/4 of its size ≤ 1, the sum by ε/2 more) and
    // σ(x)/σ(−x) = eˣ (the odds), on seeded x in [−30, 30]; the derivative σ′ = σ(x)·σ(−x) agrees with
    // a central difference (h = 1e-5: truncation σ‴h²/6 < 1e-11, rounding ε/h ≈ 2e-11).
    public void Sigmoid_is_symmetric_and_its_odds_are_e_to_the_x([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        for (var i = 0; i < 100; i++)
        {
            var x = random.Uniform(-30, 30);
            (StableFunctions.Sigmoid(x) + StableFunctions.Sigmoid(-x)).Should().BeApproximately(1, Tolerance.AbsoluteOnly(3.5e-16));
            (StableFunctions.Sigmoid(x) / StableFunctions.Sigmoid(-x)).Should().BeApproximately(Math.Exp(x), Tolerance.RelativeOnly(1e-14));
            var slope = (StableFunctions.Sigmoid(x + 1e-5) - StableFunctions.Sigmoid(x - 1e-5)) / 2e-5;
            slope.Should().BeApproximately(StableFunctions.Sigmoid(x) * StableFunctions.Sigmoid(-x), Tolerance.AbsoluteOnly(1e-10));
        }
    }

    [Test, Order(4)]
    // softplus(x) − softplus(−x) = x exactly in real arithmetic (log(1 + eˣ) − log(1 + e⁻ˣ) = log eˣ); for x ≤ −37,
    // softplus(x) = eˣ − e²ˣ/2 + … equals eˣ to a relative eˣ/2 < ε/4. At 1000, e¹⁰⁰⁰ overflows but softplus(1000) = 1000.
    public void Softplus_neither_overflows_nor_rounds_small_values_to_zero([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        for (var i = 0; i < 100; i++)
        {
            var x = random.Uniform(-700, 700);
            (StableFunctions.Softplus(x) - StableFunctions.Softplus(-x)).Should().BeApproximately(x, new Tolerance(1e-15, 1e-15));
            var tiny = random.Uniform(-700, -37);
            StableFunctions.Softplus(tiny).Should().BeApproximately(Math.Exp(tiny), Tolerance.RelativeOnly(4e-16));
        }

        StableFunctions.Softplus(1000).Should().Be(1000);
        StableFunctions.Softplus(-40).Should().BeApproximately(Math.Exp(-40), Tolerance.RelativeOnly(4e-16));
        StableFunctions.Softplus(double.PositiveInfinity).Should().Be(double.PositiveInfinity);
        StableFunctions.Softplus(double.NegativeInfinity).Should().Be(0);
    }

    [Test, Order(5)]
    // log σ(x) = −softplus(−x): logσ(−1000) = −1000 − log(1 + e⁻¹⁰⁰⁰) = −1000; logσ(40) = −log(1 + e⁻⁴⁰) = −e⁻⁴⁰ to full
    // precision. Where σ itself is accurate and not near 1 (x in [−30, 0]) it agrees with Math.Log(Sigmoid(x)).
    public void Log_sigmoid_is_finite_and_accurate_at_both_ends([Range(1, 5)] int seed)
    {
        StableFunctions.LogSigmoid(-1000).Should().Be(-1000);
        StableFunctions.LogSigmoid(40).Should().BeApproximately(-Math.Exp(-40), Tolerance.RelativeOnly(4e-16));
        StableFunctions.LogSigmoid(double.NegativeInfinity).Should().Be(double.NegativeInfinity);
        var random = new SeededRandom(seed);
        for (var i = 0; i < 100; i++)
        {
            var x = random.Uniform(-30, 0);
            StableFunctions.LogSigmoid(x).Should().BeApproximately(Math.Log(StableFunctions.Sigmoid(x)), Tolerance.RelativeOnly(1e-14));
            var y = random.Uniform(-700, 700);
            StableFunctions.LogSigmoid(y).Should().BeApproximately(-StableFunctions.Softplus(-y), Tolerance.RelativeOnly(1e-15));
        }
    }

    [Test, Order(6)]
    // NaN is no input: a loss that receives NaN has a bug upstream, and passing it on hides where.
    public void NaN_is_rejected()
    {
        FluentActions.Invoking(() => StableFunctions.Sigmoid(double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => StableFunctions.Softplus(double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => StableFunctions.LogSigmoid(double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*NaN*");
    }
}
