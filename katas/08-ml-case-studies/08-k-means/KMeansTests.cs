using MathForML.Verification;

namespace MathForML.CaseStudies.Tests;

/// <summary>
/// k-means++ and Lloyd's iterations. Wrong implementations these tests catch: seeding uniformly at random, or with
/// probability ∝ D instead of D² (the seeding statistics); a centroid divided by n instead of its cluster's size (the
/// worked example); an empty cluster's centroid moved to the origin or to NaN instead of kept; ties sent to the last
/// centroid; stopping after a fixed number of steps instead of when labels stop changing (the fixed-point test); a
/// draw that stops at a running sum EQUAL to u·ΣD² instead of one exceeding it, or a running sum that is not
/// accumulated (the chosen-uniforms example); a sweep that runs past the last sample, or lands on a sample with D² = 0,
/// when the D² overflow to ∞ (the huge-values test); an iteration cap that allows one update fewer, or one more, than
/// it says (the cap test); a centroid trace missing the seeds or the updates; null, empty or mis-shaped arguments that
/// crash instead of being named.
/// </summary>
public class KMeansTests
{
    // Four points in two obvious pairs; centroids (1, 1) and (9, 1) label them 0, 0, 1, 1. The means are (0, 1) and
    // (10, 1), and every point is at distance 1 from its mean: inertia 4·1² = 4.
    private static readonly double[,] Pairs = { { 0, 0 }, { 0, 2 }, { 10, 0 }, { 10, 2 } };

    [Test, Order(1)]
    // Assignment, update and inertia by hand.
    public void One_Lloyd_step_on_two_pairs_by_hand()
    {
        var labels = KMeans.Assign(Pairs, new double[,] { { 1, 1 }, { 9, 1 } });
        var centroids = KMeans.UpdateCentroids(Pairs, labels, new double[,] { { 1, 1 }, { 9, 1 } });

        labels.Should().Equal(0, 0, 1, 1);
        centroids.Should().BeApproximately(new double[,] { { 0, 1 }, { 10, 1 } }, Tolerance.Tight);
        KMeans.Inertia(Pairs, centroids, labels).Should().BeApproximately(4, Tolerance.Tight);
    }

    [Test, Order(2)]
    // (5, 1) is equally far (5² + 0²) from (0, 1) and (10, 1): the lower index wins. A centroid nobody chose keeps its
    // place (moving it to the mean of no points would be 0/0).
    public void Ties_go_to_the_first_centroid_and_an_empty_cluster_keeps_its_centroid()
    {
        var x = new double[,] { { 5, 1 }, { 0, 0 } };
        var centroids = new double[,] { { 0, 1 }, { 10, 1 }, { 100, 100 } };

        var labels = KMeans.Assign(x, centroids);
        labels.Should().Equal(0, 0);
        KMeans.UpdateCentroids(x, labels, centroids).Should().BeApproximately(new double[,] { { 2.5, 0.5 }, { 10, 1 }, { 100, 100 } }, Tolerance.Tight);
    }

    [Test, Order(3)]
    // k-means++ picks k different samples (copies of rows), and the same seed gives the same picks.
    public void Seeding_picks_distinct_samples_reproducibly([Range(1, 5)] int seed)
    {
        var x = new TestData(seed).Matrix(30, 2, -5, 5);
        var seeds = KMeans.SeedPlusPlus(x, 4, new Random(seed));

        var rows = Enumerable.Range(0, 4).Select(c => Enumerable.Range(0, 30).Single(i => x[i, 0] == seeds[c, 0] && x[i, 1] == seeds[c, 1])).ToArray();
        rows.Should().OnlyHaveUniqueItems();
        KMeans.SeedPlusPlus(x, 4, new Random(seed)).Should().BeApproximately(seeds, Tolerance.Tight);
    }

    [Test, Order(4)]
    // Points 0, 1, 10 on a line, k = 2. The first seed is uniform; then D² weighting picks the close pair {0, 1} only if
    // the first seed is 0 or 1 and the second is the other one: P = ⅓·1/101 + ⅓·1/82 = 0.00742 (D weighting: ⅓·(1/11 + 1/10)
    // = 0.0636; uniform seeding: ⅓). Over 4000 seeded runs the frequency has standard deviation √(0.0074·0.9926/4000) =
    // 0.00136, so 5σ = 0.007, far below the gap to D weighting: a false failure has probability < 1e-6, and the seeds are fixed.
    public void Seeding_picks_far_points_with_probability_proportional_to_squared_distance()
    {
        var x = new double[,] { { 0 }, { 1 }, { 10 } };
        var close = 0;
        for (var run = 0; run < 4000; run++)
        {
            var seeds = KMeans.SeedPlusPlus(x, 2, new Random(run));
            if (Math.Max(seeds[0, 0], seeds[1, 0]) == 1)
            {
                close++;
            }
        }

        var expected = ((1.0 / 101) + (1.0 / 82)) / 3;
        (close / 4000.0).Should().BeApproximately(expected, Tolerance.AbsoluteOnly(0.007));
    }

    [Test, Order(5)]
    // Lloyd's guarantee: the assignment step picks the nearest centroid (never worse) and the mean minimises the sum of
    // squares to a cluster's points (never worse), so the inertia trace never rises.
    public void Inertia_never_increases_over_Lloyd_iterations([Range(1, 5)] int seed)
    {
        var set = new TestData(seed).Classification(40, 4, 2, separation: 2);
        var trace = new List<double>();

        var result = KMeans.Fit(set.Features, 4, new Random(seed), inertiaTrace: trace);

        trace.Should().HaveCount(result.Iterations + 1);
        for (var k = 1; k < trace.Count; k++)
        {
            trace[k].Should().BeLessThanOrEqualTo(trace[k - 1] * (1 + 1e-12), "step {0} must not raise the inertia", k);
        }

        trace[^1].Should().BeApproximately(result.Inertia, Tolerance.Tight);
    }

    [Test, Order(6)]
    // At convergence the result is a fixed point: every sample's label is its nearest centroid, and every centroid is the
    // mean of its samples.
    public void The_result_is_a_fixed_point_of_both_steps([Range(1, 5)] int seed)
    {
        var set = new TestData(seed).Classification(30, 3, 3, separation: 3);

        var result = KMeans.Fit(set.Features, 3, new Random(seed));

        KMeans.Assign(set.Features, result.Centroids).Should().Equal(result.Labels);
        KMeans.UpdateCentroids(set.Features, result.Labels, result.Centroids).Should().BeApproximately(result.Centroids, Tolerance.Tight);
        result.Inertia.Should().BeApproximately(KMeans.Inertia(set.Features, result.Centroids, result.Labels), Tolerance.Tight);
    }

    [Test, Order(7)]
    // Fisher's iris, k = 3 on the four measurements: the best of 10 seeded runs reaches inertia 78.851 (the value
    // scikit-learn and R report for iris), and setosa forms a cluster of its own: its 50 flowers share one label that no
    // other flower has.
    public void On_iris_three_clusters_reach_the_known_inertia_and_isolate_setosa()
    {
        var iris = DataSets.Iris();

        var best = Enumerable.Range(0, 10).Select(s => KMeans.Fit(iris.Features, 3, new Random(s))).MinBy(r => r.Inertia)!;

        best.Inertia.Should().BeApproximately(78.8514, Tolerance.AbsoluteOnly(1e-3));
        var setosa = best.Labels.Take(50).Distinct().ToArray();
        setosa.Should().ContainSingle();
        best.Labels.Skip(50).Should().NotContain(setosa[0]);
    }

    [Test, Order(8)]
    // Two distinct points cannot give three distinct centres: after picking both, every D² is 0.
    public void Seeding_more_centres_than_distinct_samples_is_refused()
    {
        var x = new double[,] { { 1, 1 }, { 1, 1 }, { 2, 2 }, { 2, 2 } };

        FluentActions.Invoking(() => KMeans.SeedPlusPlus(x, 3, new Random(1))).Should().Throw<ArgumentException>().WithMessage("*distinct*");
    }

    [Test, Order(9)]
    // k out of range, shapes that do not fit, labels out of range, no randomness, an iteration cap too small.
    public void Bad_inputs_are_rejected_with_a_message_naming_the_problem()
    {
        FluentActions.Invoking(() => KMeans.SeedPlusPlus(Pairs, 0, new Random(1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => KMeans.SeedPlusPlus(Pairs, 5, new Random(1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => KMeans.SeedPlusPlus(Pairs, 2, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KMeans.SeedPlusPlus(new double[0, 2], 1, new Random(1))).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => KMeans.Assign(Pairs, new double[,] { { 1, 2, 3 } })).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => KMeans.Assign(new double[,] { { double.NaN, 1 } }, new double[,] { { 1, 2 } })).Should().Throw<ArgumentException>().WithMessage("*finite*");
        FluentActions.Invoking(() => KMeans.UpdateCentroids(Pairs, [0, 1, 2, 0], new double[2, 2])).Should().Throw<ArgumentException>().WithMessage("*range*");
        FluentActions.Invoking(() => KMeans.Inertia(Pairs, new double[2, 2], [0, 1])).Should().Throw<ArgumentException>().WithMessage("*samples*");
        FluentActions.Invoking(() => KMeans.Fit(Pairs, 2, new Random(1), maxIterations: 0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Test, Order(10)]
    // Null arguments are named, not dereferenced; k = 0 centroids is "empty" (nothing to assign to); the label checks
    // of the update step and the inertia come after the same checks of the data and centroids as the assignment.
    public void Null_and_empty_arguments_are_rejected_by_every_step()
    {
        double[,] centroids = { { 1, 1 }, { 9, 1 } };
        FluentActions.Invoking(() => KMeans.Assign(null!, centroids)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KMeans.Assign(Pairs, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KMeans.Assign(Pairs, new double[0, 2])).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => KMeans.UpdateCentroids(null!, [0, 0, 1, 1], centroids)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KMeans.UpdateCentroids(Pairs, [0, 0, 1, 1], null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KMeans.UpdateCentroids(Pairs, [0, 0, 1, 1], new double[,] { { 1, 1, 1 } })).Should().Throw<ArgumentException>().WithMessage("*columns*");
        FluentActions.Invoking(() => KMeans.Inertia(Pairs, centroids, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => KMeans.Inertia(null!, centroids, [0, 0, 1, 1])).Should().Throw<ArgumentNullException>();
    }

    [Test, Order(11)]
    // The square (0, 0), (1, 0), (0, 1), (1, 1) with the first centre at sample 0 (u = 0 picks random.Next(4) = 0):
    // D² = 0, 1, 1, 2, running sums 0, 1, 2, 4, total 4. The second centre is the first sample whose running sum
    // EXCEEDS u·4: u = 0 (target 0) → sample 1; u = ¼ (target 1: sample 1's running sum 1 only equals it) → sample 2;
    // u = ½ (target 2) → sample 3.
    public void Seeding_draws_the_first_sample_whose_running_sum_exceeds_the_target()
    {
        double[,] square = { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } };

        foreach (var (u, sample) in new[] { (0.0, 1), (0.25, 2), (0.5, 3) })
        {
            var seeds = KMeans.SeedPlusPlus(square, 2, new ChosenUniforms(0, u));
            seeds.Should().BeApproximately(new double[,] { { 0, 0 }, { square[sample, 0], square[sample, 1] } }, Tolerance.Tight, "for u = {0}", u);
        }
    }

    [Test, Order(12)]
    // Finite data can still have infinite squared distances: (1e200 − 0)² overflows to ∞. Then ΣD² = ∞ and the target
    // u·∞ = ∞ is never exceeded, so the sweep must stop at the last sample and, if that one has D² = 0 (a copy of the
    // first centre), step back to the last sample with D² > 0. Points 0, 1e200, 0 with the first centre at each of them
    // (u₀ = 0.1, 0.5, 0.9 → random.Next(3) = 0, 1, 2): the two seeds are always the two distinct values 0 and 1e200.
    public void Seeding_picks_distinct_samples_even_when_squared_distances_overflow()
    {
        double[,] x = { { 0 }, { 1e200 }, { 0 } };

        foreach (var first in new[] { 0.1, 0.5, 0.9 })
        {
            var seeds = KMeans.SeedPlusPlus(x, 2, new ChosenUniforms(first, 0.5));
            new[] { seeds[0, 0], seeds[1, 0] }.Should().BeEquivalentTo([0, 1e200], "with the first centre drawn by u₀ = {0}", first);
        }
    }

    [Test, Order(13)]
    // maxIterations counts update steps and is inclusive: a run that needs s updates succeeds with maxIterations = s
    // (same result) and is refused with s − 1 ("converge"). Seeded blobs that take more than one update.
    public void The_iteration_cap_allows_exactly_that_many_updates()
    {
        var set = new TestData(3).Classification(20, 3, 2, separation: 1);
        var result = KMeans.Fit(set.Features, 3, new Random(3));
        result.Iterations.Should().BeGreaterThan(1);

        var capped = KMeans.Fit(set.Features, 3, new Random(3), maxIterations: result.Iterations);
        capped.Labels.Should().Equal(result.Labels);
        capped.Iterations.Should().Be(result.Iterations);
        FluentActions.Invoking(() => KMeans.Fit(set.Features, 3, new Random(3), maxIterations: result.Iterations - 1))
            .Should().Throw<InvalidOperationException>().WithMessage("*converge*");
    }

    [Test, Order(14)]
    // The centroid trace records Lloyd's recurrence: the seeds (SeedPlusPlus with the same generator), then
    // cₜ₊₁ = UpdateCentroids(x, Assign(x, cₜ), cₜ) after every update: Iterations + 1 entries, the last one the result.
    public void The_centroid_trace_starts_at_the_seeds_and_follows_each_update([Range(1, 3)] int seed)
    {
        var set = new TestData(seed).Classification(20, 3, 2, separation: 1);
        var trace = new List<double[,]>();

        var result = KMeans.Fit(set.Features, 3, new Random(seed), centroidTrace: trace);

        trace.Should().HaveCount(result.Iterations + 1);
        trace[0].Should().BeApproximately(KMeans.SeedPlusPlus(set.Features, 3, new Random(seed)), Tolerance.Tight);
        for (var t = 0; t + 1 < trace.Count; t++)
        {
            var expected = KMeans.UpdateCentroids(set.Features, KMeans.Assign(set.Features, trace[t]), trace[t]);
            trace[t + 1].Should().BeApproximately(expected, Tolerance.Tight, "update {0}", t + 1);
        }

        trace[^1].Should().BeApproximately(result.Centroids, Tolerance.Tight);
    }
}
