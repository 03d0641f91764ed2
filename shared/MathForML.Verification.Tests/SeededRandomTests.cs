namespace MathForML.Verification.Tests;

public class SeededRandomTests
{
    [Test]
    public void SplitMix64_matches_its_published_reference_outputs()
    {
        ulong state = 0;

        SeededRandom.SplitMix64(ref state).Should().Be(0xE220A8397B1DCDAFUL);
        SeededRandom.SplitMix64(ref state).Should().Be(0x6E789E6AA1B965F4UL);
        SeededRandom.SplitMix64(ref state).Should().Be(0x06C45D188009454FUL);
    }

    // The reference xoshiro256** outputs for the state {1, 2, 3, 4}, as used by the Rust rand_xoshiro tests.
    [Test]
    public void Xoshiro256StarStar_core_matches_the_reference_implementation()
    {
        var random = SeededRandom.FromState(1, 2, 3, 4);
        ulong[] expected =
        [
            11520, 0, 1509978240, 1215971899390074240, 1216172134540287360,
            607988272756665600, 16172922978634559625, 8476171486693032832,
            10595114339597558777, 2904607092377533576,
        ];

        expected.Select(_ => random.NextUInt64()).Should().Equal(expected);
    }

    // Golden values: any change here changes every seeded data set in the workbook.
    // Cross-checked against an independent C transcription of the reference SplitMix64 and xoshiro256** code.
    [Test]
    public void Seed_42_produces_the_pinned_sequence()
    {
        var random = new SeededRandom(42);

        random.NextUInt64().Should().Be(1546998764402558742UL);
        random.NextUInt64().Should().Be(6990951692964543102UL);
        random.NextUInt64().Should().Be(12544586762248559009UL);
        random.NextUInt64().Should().Be(17057574109182124193UL);
    }

    [Test]
    public void Int_and_ulong_seeds_of_the_same_value_agree_and_negative_seeds_are_sign_extended()
    {
        new SeededRandom(42).NextUInt64().Should().Be(new SeededRandom(42UL).NextUInt64());
        new SeededRandom(-1).NextUInt64().Should().Be(new SeededRandom(ulong.MaxValue).NextUInt64()).And.Be(10328197420357168392UL);
    }

    [Test]
    public void The_same_seed_gives_the_same_sequence()
    {
        var a = new SeededRandom(123);
        var b = new SeededRandom(123);

        for (var i = 0; i < 1000; i++)
        {
            a.NextUInt64().Should().Be(b.NextUInt64());
            a.Gaussian().Should().Be(b.Gaussian());
            a.NextInt(17).Should().Be(b.NextInt(17));
        }
    }

    [Test]
    public void Different_seeds_give_different_sequences()
    {
        var a = new SeededRandom(1);
        var b = new SeededRandom(2);

        Enumerable.Range(0, 8).Select(_ => a.NextUInt64()).Should().NotIntersectWith(Enumerable.Range(0, 8).Select(_ => b.NextUInt64()));
    }

    [Test]
    public void NextDouble_lies_in_the_half_open_unit_interval_and_fills_it()
    {
        var random = new SeededRandom(5);
        var values = Enumerable.Range(0, 10_000).Select(_ => random.NextDouble()).ToArray();

        values.Should().OnlyContain(v => v >= 0 && v < 1);
        values.Min().Should().BeLessThan(0.001);
        values.Max().Should().BeGreaterThan(0.999);
        values.Average().Should().BeApproximately(0.5, 0.015);
    }

    [Test]
    public void Uniform_respects_its_bounds()
    {
        var random = new SeededRandom(6);

        Enumerable.Range(0, 10_000).Select(_ => random.Uniform(-3, 2)).Should().OnlyContain(v => v >= -3 && v < 2);
    }

    [Test]
    public void NextInt_hits_every_residue_and_stays_in_range()
    {
        var random = new SeededRandom(7);
        var counts = new int[7];
        for (var i = 0; i < 10_000; i++)
        {
            counts[random.NextInt(7)]++;
        }

        // Each count is Binomial(10000, 1/7): mean 1429, standard deviation 35; ±6σ is a wide margin.
        counts.Should().OnlyContain(c => c > 1429 - 210 && c < 1429 + 210);
    }

    [Test]
    public void NextInt_with_a_lower_bound_covers_the_whole_range()
    {
        var random = new SeededRandom(8);
        var values = Enumerable.Range(0, 10_000).Select(_ => random.NextInt(-5, 5)).ToArray();

        values.Should().OnlyContain(v => v >= -5 && v < 5);
        values.Distinct().Should().HaveCount(10);
        random.NextInt(int.MinValue, int.MaxValue).Should().BeLessThan(int.MaxValue);
        random.NextInt(3, 4).Should().Be(3);
    }

    [Test]
    public void NextInt_rejects_an_empty_range()
    {
        var random = new SeededRandom(9);

        FluentActions.Invoking(() => random.NextInt(0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxExclusive");
        FluentActions.Invoking(() => random.NextInt(-3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxExclusive");
        FluentActions.Invoking(() => random.NextInt(5, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxExclusive");
        FluentActions.Invoking(() => random.Uniform(1, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("max");
        FluentActions.Invoking(() => random.Uniform(double.NaN, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("min");
        FluentActions.Invoking(() => random.Gaussian(0, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("stdDev");
    }

    [Test]
    public void Gaussian_has_mean_zero_and_variance_one()
    {
        const int N = 100_000;
        var random = new SeededRandom(10);
        var samples = Enumerable.Range(0, N).Select(_ => random.Gaussian()).ToArray();
        var mean = samples.Average();
        var variance = samples.Sum(x => (x - mean) * (x - mean)) / (N - 1);

        // The sample mean has standard error 1/√n and the sample variance √(2/n): five standard errors is a safe bound.
        mean.Should().BeApproximately(0, 5 / Math.Sqrt(N));
        variance.Should().BeApproximately(1, 5 * Math.Sqrt(2.0 / N));
    }

    [Test]
    public void Gaussian_with_parameters_shifts_and_scales()
    {
        const int N = 100_000;
        var random = new SeededRandom(11);
        var samples = Enumerable.Range(0, N).Select(_ => random.Gaussian(3, 0.5)).ToArray();

        samples.Average().Should().BeApproximately(3, 5 * 0.5 / Math.Sqrt(N));
    }

    [Test]
    public void Shuffle_permutes_without_losing_elements_and_is_reproducible()
    {
        var a = Enumerable.Range(0, 50).ToList();
        var b = Enumerable.Range(0, 50).ToList();

        new SeededRandom(12).Shuffle(a);
        new SeededRandom(12).Shuffle(b);

        a.Should().BeEquivalentTo(Enumerable.Range(0, 50)).And.Equal(b).And.NotBeInAscendingOrder();
    }
}
