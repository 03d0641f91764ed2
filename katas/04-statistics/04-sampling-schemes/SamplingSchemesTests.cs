using ChiSquaredDistribution = MathNet.Numerics.Distributions.ChiSquared;

namespace MathForML.Statistics.Tests;

/// <summary>
/// Shuffles and samplers, checked for exactness (the right number of distinct, valid indices) and for uniformity with
/// chi-squared goodness-of-fit tests on seeded draws. Each uniformity test fails when its p-value is below 1e-4: for a
/// correct sampler that happens with probability 1e-4, and the seed is fixed, so the test is deterministic. Wrong
/// implementations these tests catch: the "naive" shuffle that swaps position i with ANY position (27 equally likely
/// paths onto 6 permutations of three items: not uniform); Sattolo's off-by-one that swaps i only with j &gt; i (it makes
/// only cyclic permutations); a reservoir that always replaces (it keeps the last k items) or draws the slot from the
/// wrong range; floor or banker's rounding of fraction · n_c in stratified sampling; sampling from the whole data
/// instead of within each class; guards left to whatever fails later (a negative n reported as a bad k, a negative k as
/// a list capacity, a null random accepted while no draw is needed).
/// </summary>
public class SamplingSchemesTests
{
    [Test, Order(1)]
    // A permutation of 0 … n − 1 holds each index exactly once; n = 0 and n = 1 are the trivial cases. The same seed
    // gives the same permutation.
    public void A_permutation_holds_every_index_once([Values(0, 1, 2, 10, 1000)] int n)
    {
        var p = SamplingSchemes.Permutation(n, new Random(n));
        p.Order().Should().Equal(Enumerable.Range(0, n));
        SamplingSchemes.Permutation(n, new Random(n)).Should().Equal(p);
    }

    [Test, Order(2)]
    // All 3! = 6 orders of 0, 1, 2 must be equally likely: 60 000 shuffles, expected 10 000 each, χ² with 5 degrees of
    // freedom. The naive shuffle gives some orders 5/27 and others 4/27: about 11 % off, 11 standard deviations here.
    public void Fisher_Yates_makes_every_order_of_three_items_equally_likely([Values(1, 2)] int seed)
    {
        var random = new Random(seed);
        var counts = new Dictionary<string, int>();
        for (var t = 0; t < 60_000; t++)
        {
            var key = string.Join(",", SamplingSchemes.Permutation(3, random));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        counts.Should().HaveCount(6, "every one of the 6 orders must occur");
        PValue([.. counts.Values], 10_000).Should().BeGreaterThan(1e-4);
    }

    [Test, Order(3)]
    // k = 3 of n = 10: distinct, in range; over 30 000 samples each index is included with probability k/n = 0.3
    // (expected 9000 times). The inclusion counts are not independent (they always sum to 3 per sample), which only
    // makes the χ² statistic smaller: the 1e-4 threshold stays conservative.
    public void Sampling_without_replacement_includes_each_index_with_probability_k_over_n([Values(1, 2)] int seed)
    {
        var random = new Random(seed);
        var counts = new int[10];
        var valid = true; // checked once at the end: an assertion per draw would dominate the run time
        for (var t = 0; t < 30_000; t++)
        {
            var sample = SamplingSchemes.SampleWithoutReplacement(10, 3, random);
            valid &= sample.Length == 3 && sample.Distinct().Count() == 3 && sample.All(i => i >= 0 && i < 10);
            foreach (var i in sample)
            {
                counts[i]++;
            }
        }

        valid.Should().BeTrue("every sample must hold 3 distinct indices in 0 … 9");
        PValue(counts, 9000).Should().BeGreaterThan(1e-4);
        SamplingSchemes.SampleWithoutReplacement(5, 5, random).Should().BeEquivalentTo(Enumerable.Range(0, 5));
        SamplingSchemes.SampleWithoutReplacement(5, 0, random).Should().BeEmpty();
    }

    [Test, Order(4)]
    // A reservoir of k = 4 over a stream of N = 20: each item ends in it with probability 4/20 = 0.2; over 25 000 streams
    // each item is expected 5000 times. A stream shorter than k is returned whole.
    public void A_reservoir_keeps_every_item_of_the_stream_with_probability_k_over_N([Values(1, 2)] int seed)
    {
        var random = new Random(seed);
        var counts = new int[20];
        var valid = true;
        for (var t = 0; t < 25_000; t++)
        {
            var sample = SamplingSchemes.Reservoir(Enumerable.Range(0, 20), 4, random);
            valid &= sample.Length == 4 && sample.Distinct().Count() == 4;
            foreach (var i in sample)
            {
                counts[i]++;
            }
        }

        valid.Should().BeTrue("every reservoir must hold 4 distinct items");
        PValue(counts, 5000).Should().BeGreaterThan(1e-4);
        SamplingSchemes.Reservoir([7, 8], 5, random).Should().BeEquivalentTo([7, 8]);
        SamplingSchemes.Reservoir([7, 8], 0, random).Should().BeEmpty();
    }

    [Test, Order(5)]
    // Classes 0 (10 items), 1 (5 items), 2 (1 item) at fraction 0.5: round(5) = 5, round(2.5) = 3 (away from zero; floor
    // and banker's rounding give 2), round(0.5) = 1. Each class keeps its share, the indices come sorted.
    public void A_stratified_sample_takes_the_rounded_share_of_every_class()
    {
        int[] labels = [0, 1, 0, 0, 2, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0];
        var sample = SamplingSchemes.StratifiedSample(labels, 0.5, new Random(4));
        sample.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        sample.Count(i => labels[i] == 0).Should().Be(5);
        sample.Count(i => labels[i] == 1).Should().Be(3);
        sample.Count(i => labels[i] == 2).Should().Be(1);
        SamplingSchemes.StratifiedSample(labels, 1, new Random(4)).Should().Equal(Enumerable.Range(0, labels.Length));
    }

    [Test, Order(6)]
    // Within a class the choice is uniform: class 1 has members 1, 3, 5, 7, 9 (and class 0 the even indices); at fraction
    // 0.4 two of the five are chosen, each with probability 2/5; over 20 000 samples each is expected 8000 times.
    public void Within_each_class_the_stratified_choice_is_uniform()
    {
        var labels = Enumerable.Range(0, 10).Select(i => i % 2).ToArray();
        var random = new Random(9);
        var counts = new int[10];
        for (var t = 0; t < 20_000; t++)
        {
            foreach (var i in SamplingSchemes.StratifiedSample(labels, 0.4, random))
            {
                counts[i]++;
            }
        }

        PValue([.. counts.Where((_, i) => i % 2 == 1)], 8000).Should().BeGreaterThan(1e-4);
        PValue([.. counts.Where((_, i) => i % 2 == 0)], 8000).Should().BeGreaterThan(1e-4);
    }

    [Test, Order(7)]
    // Impossible requests are named: k outside [0, n], negative sizes, a fraction outside (0, 1], missing arguments (each
    // exception names its parameter).
    public void Bad_input_is_rejected()
    {
        var random = new Random(1);
        FluentActions.Invoking(() => SamplingSchemes.SampleWithoutReplacement(3, 4, random)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*between 0 and n*").WithParameterName("k");
        FluentActions.Invoking(() => SamplingSchemes.SampleWithoutReplacement(3, -1, random)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("k");
        FluentActions.Invoking(() => SamplingSchemes.SampleWithoutReplacement(-1, 0, random)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n");
        FluentActions.Invoking(() => SamplingSchemes.Permutation(-1, random)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n");
        FluentActions.Invoking(() => SamplingSchemes.Permutation(3, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SamplingSchemes.Reservoir([1], -1, random)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("k");
        FluentActions.Invoking(() => SamplingSchemes.Reservoir(null!, 1, random)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => SamplingSchemes.StratifiedSample([0, 1], 0, random)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*(0, 1]*");
        FluentActions.Invoking(() => SamplingSchemes.StratifiedSample([0, 1], 1.5, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SamplingSchemes.StratifiedSample([0, 1], double.NaN, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SamplingSchemes.StratifiedSample(null!, 0.5, random)).Should().Throw<ArgumentNullException>().WithParameterName("labels");
        // A null random is rejected even when no draw would be needed: no labels to stratify, a stream that fits the reservoir.
        FluentActions.Invoking(() => SamplingSchemes.StratifiedSample([], 0.5, null!)).Should().Throw<ArgumentNullException>().WithParameterName("random");
        FluentActions.Invoking(() => SamplingSchemes.Reservoir([1, 2], 5, null!)).Should().Throw<ArgumentNullException>().WithParameterName("random");
    }

    /// <summary>The χ² goodness-of-fit p-value of counts against one common expected count (df = cells − 1).</summary>
    private static double PValue(int[] counts, double expected)
    {
        var statistic = counts.Sum(c => (c - expected) * (c - expected) / expected);
        return 1 - ChiSquaredDistribution.CDF(counts.Length - 1, statistic);
    }
}
