using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// Weight initialisation: each scheme's σ by hand, seeded weight matrices with the stated variance, and the guarantee
/// the schemes exist for — through 10 layers Xavier (linear or tanh) and He (ReLU) keep the pre-activation variance
/// within a stated band, while naive N(0, 1) weights explode it and N(0, 0.01²) weights make it vanish.
/// </summary>
/// <remarks>
/// Wrong implementations these tests kill: He with 1/fan_in (LeCun's scale, right for linear layers: under ReLU the
/// variance halves at every layer, 2⁻⁹ after 10); Xavier without the factor 2 (√(1/(in + out)): the linear network
/// halves per layer); the variance σ² used as the standard deviation (the sample variance is σ⁴); rows and columns
/// swapped (fan_in × fan_out); the activation not applied (He then doubles per layer); the sample variance of z
/// divided by n − 1 (harmless for n = 2 000, NaN for a single pre-activation); the one-pass variance E[z²] − E[z]²
/// (no correct digit once the activation adds a large constant); a mean accumulated with the wrong sign; sizes or an
/// unknown scheme not checked, or reported under another argument's name.
/// Sizes: width 200 and 10 samples give 2 000 pre-activations per layer (the variance estimate's own noise is about
/// √(2/2000) = 3 %, small beside the bands); see each test for its band.
/// </remarks>
public class WeightInitializationTests
{
    private const int Width = 200;
    private const int Depth = 10;
    private const int Samples = 10;

    private static double Relu(double z) => Math.Max(0, z);

    private static double Identity(double z) => z;

    [Test, Order(1)]
    // fan_in = 200, fan_out = 300: Xavier √(2/500) = √0.004 = 0.063246; He √(2/200) = √0.01 = 0.1; the naive
    // schemes ignore the sizes: 1 and 0.01.
    public void Each_scheme_has_its_standard_deviation()
    {
        WeightInitialization.StandardDeviation(InitScheme.Xavier, 200, 300).Should().BeApproximately(Math.Sqrt(0.004), Tolerance.Tight);
        WeightInitialization.StandardDeviation(InitScheme.He, 200, 300).Should().BeApproximately(0.1, Tolerance.Tight);
        WeightInitialization.StandardDeviation(InitScheme.StandardNormal, 200, 300).Should().Be(1);
        WeightInitialization.StandardDeviation(InitScheme.SmallNormal, 200, 300).Should().Be(0.01);
        WeightInitialization.StandardDeviation(InitScheme.He, 8, 1).Should().BeApproximately(0.5, Tolerance.Tight);
    }

    [Test, Order(2)]
    // A 300 × 200 matrix (fan_out rows, fan_in columns) of 60 000 draws: the sample variance of N(0, σ²) draws has
    // relative standard deviation √(2/n) = 0.58 %, so 5σ is 2.9 %: the 3 % band fails falsely with probability
    // below 1e-6 (and the seed is fixed). The mean is within 5σ/√n = 0.02σ of 0. The same seed gives the same matrix.
    public void Weights_have_the_scheme_s_variance([Values] InitScheme scheme, [Range(1, 2)] int seed)
    {
        var w = WeightInitialization.Weights(scheme, 200, 300, new Random(seed));
        var sigma = WeightInitialization.StandardDeviation(scheme, 200, 300);
        var entries = w.Cast<double>().ToArray();
        var mean = entries.Average();

        (w.GetLength(0), w.GetLength(1)).Should().Be((300, 200));
        mean.Should().BeApproximately(0, Tolerance.AbsoluteOnly(0.02 * sigma));
        entries.Average(x => (x - mean) * (x - mean)).Should().BeApproximately(sigma * sigma, Tolerance.RelativeOnly(0.03));
        WeightInitialization.Weights(scheme, 200, 300, new Random(seed)).Should().BeApproximately(w, Tolerance.Tight);
    }

    [Test, Order(3)]
    // Linear layers with Xavier weights (fan_in = fan_out = n: σ² = 1/n): Var(zₗ) = n·σ²·Var(zₗ₋₁) = Var(zₗ₋₁), so it
    // stays at Var(a₀) = 1. Each layer multiplies the variance by a random factor with relative spread about √(2/n) =
    // 0.1; the band [0.5, 2] allows a factor 2 either way after 10 layers.
    public void Xavier_keeps_a_linear_network_at_unit_variance([Range(1, 3)] int seed)
    {
        var variances = WeightInitialization.PreActivationVariances(InitScheme.Xavier, Identity, Width, Depth, Samples, new Random(seed));

        variances.Should().HaveCount(Depth);
        variances[0].Should().BeApproximately(1, Tolerance.AbsoluteOnly(0.1));
        variances.Should().OnlyContain(v => v > 0.5 && v < 2);
    }

    [Test, Order(4)]
    // ReLU keeps only the positive half of a symmetric zₗ: E[aₗ²] = Var(zₗ)/2. He's σ² = 2/n puts the half back:
    // Var(zₗ₊₁) = n·(2/n)·Var(zₗ)/2 = Var(zₗ), and Var(z₁) = n·(2/n)·E[a₀²] = 2. ReLU layers drift more than linear ones
    // (half the units are off, so the random factor per layer has a wider spread; measured: 2.0 → 1.0 after 10 layers
    // for seed 1): the band is [0.5, 8], a factor 4 either way — still 60 times narrower than Xavier's loss under ReLU.
    public void He_keeps_a_ReLU_network_near_variance_two([Range(1, 3)] int seed)
    {
        var variances = WeightInitialization.PreActivationVariances(InitScheme.He, Relu, Width, Depth, Samples, new Random(seed));

        variances[0].Should().BeApproximately(2, Tolerance.AbsoluteOnly(0.2));
        variances.Should().OnlyContain(v => v > 0.5 && v < 8);
    }

    [Test, Order(5)]
    // The same ReLU network with Xavier (σ² = 1/n here) loses half its variance at every layer: after 10 layers the
    // variance is about 2⁻⁹ ≈ 0.002 of the first layer's. He's factor 2 is not a detail.
    public void Xavier_under_ReLU_halves_the_variance_at_every_layer([Range(1, 3)] int seed)
    {
        var variances = WeightInitialization.PreActivationVariances(InitScheme.Xavier, Relu, Width, Depth, Samples, new Random(seed));

        (variances[^1] / variances[0]).Should().BeInRange(Math.Pow(2, -9) / 4, Math.Pow(2, -9) * 4);
    }

    [Test, Order(6)]
    // tanh is linear near 0 and flattens away from it, so with Xavier the variance shrinks slowly (≈ 1/l in theory):
    // measured from about 1 at layer 1 to about 0.06 at layer 10 — still within [0.03, 1.2], and no layer saturates.
    public void Xavier_under_tanh_decays_slowly_and_stays_in_its_band([Range(1, 3)] int seed)
    {
        var variances = WeightInitialization.PreActivationVariances(InitScheme.Xavier, Math.Tanh, Width, Depth, Samples, new Random(seed));

        variances[0].Should().BeApproximately(1, Tolerance.AbsoluteOnly(0.1));
        variances.Should().OnlyContain(v => v > 0.03 && v < 1.2);
    }

    [Test, Order(7)]
    // Naive N(0, 1) weights ignore the width: a ReLU layer multiplies the variance by n/2 = 100, so after 10 layers it
    // is about 2·100⁹ = 2e18 (above 1e15); with tanh the activations saturate at ±1 and every zₗ has variance about
    // n·E[tanh²] ≈ n — far outside Xavier's band, where tanh′ ≈ 0 and gradients die.
    public void Standard_normal_weights_explode_the_variance([Range(1, 3)] int seed)
    {
        var relu = WeightInitialization.PreActivationVariances(InitScheme.StandardNormal, Relu, Width, Depth, Samples, new Random(seed));
        var tanh = WeightInitialization.PreActivationVariances(InitScheme.StandardNormal, Math.Tanh, Width, Depth, Samples, new Random(seed));

        relu[^1].Should().BeGreaterThan(1e15);
        tanh.Skip(1).Should().OnlyContain(v => v > Width / 2.0);
    }

    [Test, Order(8)]
    // N(0, 0.01²) weights: each layer multiplies the variance by n·10⁻⁴ = 0.02 (linear or tanh, which is linear near 0),
    // so after 10 layers it is about 0.02¹⁰ ≈ 1e-17 — below 1e-15: the signal has vanished.
    public void Small_normal_weights_make_the_variance_vanish([Range(1, 3)] int seed)
    {
        var linear = WeightInitialization.PreActivationVariances(InitScheme.SmallNormal, Identity, Width, Depth, Samples, new Random(seed));
        var tanh = WeightInitialization.PreActivationVariances(InitScheme.SmallNormal, Math.Tanh, Width, Depth, Samples, new Random(seed));

        linear[^1].Should().BeLessThan(1e-15);
        tanh[^1].Should().BeLessThan(1e-15);
    }

    [Test, Order(9)]
    // Sizes below 1 have no layer; randomness and the activation must be supplied.
    public void Bad_input_is_rejected()
    {
        FluentActions.Invoking(() => WeightInitialization.StandardDeviation(InitScheme.He, 0, 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => WeightInitialization.StandardDeviation(InitScheme.Xavier, 3, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => WeightInitialization.Weights(InitScheme.He, 3, 3, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => WeightInitialization.PreActivationVariances(InitScheme.He, null!, 3, 3, 3, new Random(1))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => WeightInitialization.PreActivationVariances(InitScheme.He, Relu, 3, 0, 3, new Random(1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => WeightInitialization.PreActivationVariances(InitScheme.He, Relu, 3, 3, 0, new Random(1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => WeightInitialization.PreActivationVariances(InitScheme.He, Relu, 0, 3, 3, new Random(1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(10)]
    // Each documented check by the name of its argument: a size below 1 is reported as that size (not as a fan of the
    // first layer's weights), an unknown scheme as the scheme, missing randomness as the generator.
    public void Each_bad_argument_is_named()
    {
        var random = new Random(1);
        FluentActions.Invoking(() => WeightInitialization.StandardDeviation((InitScheme)99, 3, 3)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("scheme").WithMessage("*unknown*");
        FluentActions.Invoking(() => WeightInitialization.Weights(InitScheme.He, 0, 3, random)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fanIn");
        FluentActions.Invoking(() => WeightInitialization.Weights(InitScheme.He, 3, 0, random)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fanOut");
        FluentActions.Invoking(() => WeightInitialization.PreActivationVariances(InitScheme.He, Relu, 0, 3, 3, random)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("width");
        FluentActions.Invoking(() => WeightInitialization.PreActivationVariances(InitScheme.He, Relu, 3, 0, 3, random)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("layers");
        FluentActions.Invoking(() => WeightInitialization.PreActivationVariances(InitScheme.He, Relu, 3, 3, 0, random)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("samples");
        FluentActions.Invoking(() => WeightInitialization.PreActivationVariances(InitScheme.He, Relu, 3, 3, 3, null!)).Should().Throw<ArgumentNullException>()
            .WithParameterName("random");
        FluentActions.Invoking(() => WeightInitialization.PreActivationVariances(InitScheme.He, null!, 3, 3, 3, random)).Should().Throw<ArgumentNullException>()
            .WithParameterName("activation");
    }

    [Test, Order(11)]
    // One unit and one sample: every layer has a single pre-activation, and a single number does not vary —
    // Σ(z − z̄)²/1 = 0 exactly at every layer (dividing by n − 1 = 0 instead would give NaN).
    public void A_single_pre_activation_has_variance_zero([Values] InitScheme scheme) =>
        WeightInitialization.PreActivationVariances(scheme, Math.Tanh, 1, 4, 1, new Random(5)).Should().Equal(0, 0, 0, 0);

    [Test, Order(12)]
    // The variance is taken about the mean, so a constant does not change it: with one unit per layer, an activation
    // a = z + c shifts every z₂ = w₂·a by the same w₂·c, and Var(z₂) is that of the run with a = z (same seed, same
    // draws). With c = 10⁸ beside a spread of about 1, the one-pass E[z²] − E[z]² subtracts two numbers near 10¹⁶ and
    // keeps no correct digit; squaring deviations from the mean keeps about eight.
    public void A_constant_offset_does_not_change_the_next_variance([Range(1, 3)] int seed)
    {
        const double offset = 1e8;
        var plain = WeightInitialization.PreActivationVariances(InitScheme.Xavier, Identity, 1, 2, 50, new Random(seed));
        var shifted = WeightInitialization.PreActivationVariances(InitScheme.Xavier, z => z + offset, 1, 2, 50, new Random(seed));

        shifted[0].Should().Be(plain[0]);
        shifted[1].Should().BeApproximately(plain[1], Tolerance.RelativeOnly(1e-6));
    }
}
