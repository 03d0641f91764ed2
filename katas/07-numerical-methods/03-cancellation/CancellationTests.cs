using MathForML.Verification;

namespace MathForML.NumericalMethods.Tests;

/// <summary>
/// Each naive formula on the input where it loses all its digits, next to the stable rewrite that keeps them. Wrong
/// implementations these tests catch: (1) the textbook quadratic formula (−b ± √D)/(2a) for both roots: the root of
/// small magnitude cancels; (2) the stable q without scaling: b² overflows to ∞ for b = 3e200; (3) Log1p as
/// Math.Log(1 + x) (or .NET's double.LogP1, which is the same): 0 for x = 1e-20; (4) Expm1 as Math.Exp(x) − 1;
/// (5) a "two-pass" variance that divides by n (population) instead of n − 1, or that reuses the one-pass formula.
/// </summary>
public class CancellationTests
{
    [Test, Order(1)]
    // x² − 3x + 2 = (x − 1)(x − 2); 2x² + 4x + 2 = 2(x + 1)² has the double root −1.
    public void Quadratic_roots_of_small_integer_examples()
    {
        Cancellation.QuadraticRoots(1, -3, 2).Should().Be((1.0, 2.0));
        Cancellation.QuadraticRoots(2, 4, 2).Should().Be((-1.0, -1.0));
        Cancellation.QuadraticRoots(1, 0, -4).Should().Be((-2.0, 2.0));
        Cancellation.QuadraticRoots(1, 0, 0).Should().Be((0.0, 0.0));
    }

    [Test, Order(2)]
    // x² + 10⁸x + 1 = 0: D = 10¹⁶ − 4 and √D agrees with b = 10⁸ in all but the last digits, so (−b + √D)/2 cancels and
    // returns −7.45e-9 instead of −1e-8 (25 % wrong). The roots are −1e-8·(1 + 1e-16 + …) and −1e8; their product is
    // c/a = 1 and their sum −b/a = −10⁸ (Vieta), both checked to a few ε.
    public void The_small_root_keeps_its_digits_when_b_squared_dwarfs_4ac()
    {
        // Smaller is the more negative root, −1e8; Larger is the root of small magnitude, −1e-8.
        var (smaller, larger) = Cancellation.QuadraticRoots(1, 1e8, 1);

        smaller.Should().BeApproximately(-1e8, Tolerance.RelativeOnly(1e-15));
        larger.Should().BeApproximately(-1e-8, Tolerance.RelativeOnly(1e-15));
        (smaller * larger).Should().BeApproximately(1, Tolerance.RelativeOnly(1e-15));
        var naive = (-1e8 + Math.Sqrt((1e8 * 1e8) - 4)) / 2;
        Math.Abs((naive - larger) / larger).Should().BeGreaterThan(0.1, "the textbook formula loses the root of small magnitude");
    }

    [Test, Order(3)]
    // Seeded roots r₁, r₂ of random signs with |r₂| ≥ 10|r₁| across 10⁻⁶ … 10⁶, and a random leading coefficient: both
    // computed roots within a relative 1e-13 of the chosen ones (rounding b and c costs a few ε; the roots are well
    // separated, so that is all they move).
    public void Roots_of_seeded_quadratics_are_recovered_to_a_few_ulps([Range(1, 5)] int seed)
    {
        var random = new SeededRandom(seed);
        for (var i = 0; i < 100; i++)
        {
            var r1 = Signed(random) * Math.Pow(10, random.Uniform(-6, 5));
            var r2 = Signed(random) * Math.Abs(r1) * Math.Pow(10, random.Uniform(1, 6));
            var a = Signed(random) * Math.Pow(10, random.Uniform(-3, 3));

            var (smaller, larger) = Cancellation.QuadraticRoots(a, -a * (r1 + r2), a * r1 * r2);

            smaller.Should().BeApproximately(Math.Min(r1, r2), Tolerance.RelativeOnly(1e-13));
            larger.Should().BeApproximately(Math.Max(r1, r2), Tolerance.RelativeOnly(1e-13));
        }
    }

    [Test, Order(4)]
    // The same equation scaled by 1e200 or 1e-200 has the same roots, but b² overflows to ∞ (or 4ac underflows to 0)
    // unless the coefficients are rescaled first: (x − 1)(x − 2) and (x + 1e-8)(x + 1e8).
    public void Huge_or_tiny_coefficients_neither_overflow_nor_underflow()
    {
        foreach (var scale in (double[])[1e200, 1e-200])
        {
            Cancellation.QuadraticRoots(scale, -3 * scale, 2 * scale).Should().Be((1.0, 2.0));
            var (smaller, larger) = Cancellation.QuadraticRoots(scale, 1e8 * scale, scale);
            smaller.Should().BeApproximately(-1e8, Tolerance.RelativeOnly(1e-15));
            larger.Should().BeApproximately(-1e-8, Tolerance.RelativeOnly(1e-15));
        }
    }

    [Test, Order(5)]
    // For |x| ≤ 1e-3 the series x − x²/2 + x³/3 − x⁴/4 + x⁵/5 − x⁶/6 has truncation error below x⁷ ≤ 1e-21·|x|: a reference
    // to full precision. 1 + 1e-20 rounds to 1, so Math.Log(1 + x) returns 0 there, yet log1p(1e-20) = 1e-20.
    // For x ≥ 1 there is no cancellation and Math.Log(1 + x) is the reference.
    public void Log1p_matches_the_series_for_small_x_and_the_logarithm_for_large([Range(1, 5)] int seed)
    {
        Cancellation.Log1p(1e-20).Should().Be(1e-20);
        Cancellation.Log1p(0).Should().Be(0);
        Cancellation.Log1p(-1).Should().Be(double.NegativeInfinity);
        Cancellation.Log1p(double.PositiveInfinity).Should().Be(double.PositiveInfinity);
        var random = new SeededRandom(seed);
        for (var i = 0; i < 100; i++)
        {
            var x = Signed(random) * Math.Pow(10, random.Uniform(-18, -3));
            var series = x * (1 - (x * ((1.0 / 2) - (x * ((1.0 / 3) - (x * ((1.0 / 4) - (x * ((1.0 / 5) - (x / 6))))))))));
            Cancellation.Log1p(x).Should().BeApproximately(series, Tolerance.RelativeOnly(4e-16));

            var large = Math.Pow(10, random.Uniform(0, 300));
            Cancellation.Log1p(large).Should().BeApproximately(Math.Log(1 + large), Tolerance.RelativeOnly(4e-16));
        }
    }

    [Test, Order(6)]
    // eˣ − 1 = x + x²/2 + x³/6 + x⁴/24 + x⁵/120 + x⁶/720 for |x| ≤ 1e-3 (truncation below x⁷). Math.Exp(1e-20) − 1 = 0. At
    // the ends: e⁻⁸⁰⁰ underflows, so expm1(−800) = −1; e⁸⁰⁰ overflows: +∞. Expm1 undoes Log1p to a few ε at every scale.
    public void Expm1_matches_the_series_and_inverts_Log1p([Range(1, 5)] int seed)
    {
        Cancellation.Expm1(1e-20).Should().Be(1e-20);
        Cancellation.Expm1(-800).Should().Be(-1);
        Cancellation.Expm1(800).Should().Be(double.PositiveInfinity);
        var random = new SeededRandom(seed);
        for (var i = 0; i < 100; i++)
        {
            var x = Signed(random) * Math.Pow(10, random.Uniform(-18, -3));
            var series = x * (1 + (x * ((1.0 / 2) + (x * ((1.0 / 6) + (x * ((1.0 / 24) + (x * ((1.0 / 120) + (x / 720))))))))));
            Cancellation.Expm1(x).Should().BeApproximately(series, Tolerance.RelativeOnly(4e-16));

            var y = Math.Pow(10, random.Uniform(-300, 2));
            Cancellation.Expm1(Cancellation.Log1p(y)).Should().BeApproximately(y, Tolerance.RelativeOnly(1e-14));
            Cancellation.Expm1(2).Should().BeApproximately(Math.Exp(2) - 1, Tolerance.RelativeOnly(4e-16));
        }
    }

    [Test, Order(7)]
    // [4, 7, 13, 16]: mean 10, squared deviations 36 + 9 + 9 + 36 = 90, variance 90/3 = 30, by both formulas. Shifted by
    // 10⁹ the two-pass answer is still exactly 30 (the mean 10⁹ + 10 and the deviations are exact), but Σx² ≈ 4·10¹⁸ has
    // ULP 512, and the one-pass difference Σx² − (Σx)²/n is pure rounding: it comes out NEGATIVE.
    public void The_one_pass_variance_goes_negative_when_the_mean_is_large()
    {
        double[] values = [4, 7, 13, 16];
        Cancellation.NaiveVariance(values).Should().Be(30);
        Cancellation.TwoPassVariance(values).Should().Be(30);

        double[] shifted = [.. values.Select(v => v + 1e9)];
        Cancellation.TwoPassVariance(shifted).Should().Be(30);
        Cancellation.NaiveVariance(shifted).Should().BeNegative();
    }

    [Test, Order(8)]
    // NIST StRD: NumAcc3 and NumAcc4 are 1001 values 10⁶ + 0.x and 10⁷ + 0.x with certified standard deviation 0.1. The
    // two-pass formula keeps ≥ 8 digits of √variance (measured 9.5 and 8.3), ≥ 13 on the easy sets; the one-pass
    // formula keeps < 2 on NumAcc3 and returns a negative variance (no digits at all) on NumAcc4.
    public void Certified_data_measures_the_digits_each_formula_keeps()
    {
        foreach (var (name, twoPassDigits) in (IEnumerable<(string, double)>)[("NumAcc1", 13), ("Michelso", 13), ("NumAcc2", 13), ("NumAcc3", 8), ("NumAcc4", 8)])
        {
            var data = CertifiedData.Univariate(name);
            CertifiedData.LogRelativeError(Math.Sqrt(Cancellation.TwoPassVariance(data.Values)), data.StandardDeviation)
                .Should().BeGreaterThanOrEqualTo(twoPassDigits, name);
        }

        var numAcc3 = CertifiedData.Univariate("NumAcc3");
        CertifiedData.LogRelativeError(Math.Sqrt(Cancellation.NaiveVariance(numAcc3.Values)), numAcc3.StandardDeviation).Should().BeLessThan(2);
        Cancellation.NaiveVariance(CertifiedData.Univariate("NumAcc4").Values).Should().BeNegative();
    }

    [Test, Order(9)]
    // Var(aX + b) = a²·Var(X): on seeded data with a shift b up to 10⁴ times the spread, the two-pass variance obeys it to
    // 1e-9 relative (the shift costs about log₁₀(b/spread) digits of the deviations, no more); n − 1, not n.
    public void Two_pass_variance_scales_with_a_squared_and_ignores_shifts([Range(1, 5)] int seed)
    {
        var data = new TestData(seed);
        var x = data.GaussianVector(200);
        var a = data.Random.Uniform(0.5, 3);
        var b = data.Random.Uniform(-1e4, 1e4);
        var mean = x.Average();
        var expected = x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);

        Cancellation.TwoPassVariance(x).Should().BeApproximately(expected, Tolerance.RelativeOnly(1e-13));
        Cancellation.TwoPassVariance([.. x.Select(v => (a * v) + b)]).Should().BeApproximately(a * a * expected, Tolerance.RelativeOnly(1e-9));
    }

    [Test, Order(10)]
    // Inputs with no answer: a = 0 is not a quadratic; x² + 1 has no real roots; log(1 + x) needs x ≥ −1; one value has
    // no sample variance.
    public void Inputs_without_an_answer_are_rejected()
    {
        FluentActions.Invoking(() => Cancellation.QuadraticRoots(0, 1, 1)).Should().Throw<ArgumentException>().WithMessage("*zero*");
        FluentActions.Invoking(() => Cancellation.QuadraticRoots(1, 0, 1)).Should().Throw<ArgumentException>().WithMessage("*real*");
        FluentActions.Invoking(() => Cancellation.QuadraticRoots(1, double.NaN, 1)).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => Cancellation.Log1p(-2)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*-1*");
        FluentActions.Invoking(() => Cancellation.Log1p(double.NaN)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Cancellation.Expm1(double.NaN)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*NaN*");
        FluentActions.Invoking(() => Cancellation.NaiveVariance([1])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => Cancellation.TwoPassVariance([1])).Should().Throw<ArgumentException>().WithMessage("*two*");
        FluentActions.Invoking(() => Cancellation.TwoPassVariance(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Cancellation.TwoPassVariance([1, double.PositiveInfinity])).Should().Throw<ArgumentException>().WithMessage("*finite*");
    }

    private static double Signed(SeededRandom random) => random.NextDouble() < 0.5 ? -1 : 1;

    [Test, Order(11)]
    // The rescaling must use the LARGEST coefficient: in x² − 10³⁰⁰·x + 1 (roots 10⁻³⁰⁰ and 10³⁰⁰, product c/a = 1) b alone
    // is huge, and dividing by anything smaller than |b| leaves b² = ∞.
    public void Coefficients_of_very_different_sizes_are_scaled_by_the_largest()
    {
        var (smaller, larger) = Cancellation.QuadraticRoots(1, -1e300, 1);
        smaller.Should().BeApproximately(1e-300, Tolerance.RelativeOnly(1e-15));
        larger.Should().BeApproximately(1e300, Tolerance.RelativeOnly(1e-15));
    }
}
