using MathForML.Verification;

namespace MathForML.Optimization.Tests;

/// <summary>
/// Mini-batch SGD: the shuffle, the batching and convergence on least squares. Wrong implementations killed:
/// <list type="bullet">
/// <item>Fisher–Yates with random.Next(i) instead of Next(i + 1) (Sattolo's cyclic shuffle, never leaves an entry in place; test 1);</item>
/// <item>sampling batches WITH replacement (random indices), so an epoch misses samples and repeats others (test 3);</item>
/// <item>dropping the last, partial batch, or shuffling once instead of every epoch (test 3);</item>
/// <item>summing instead of stepping per batch, i.e. one step per epoch (test 4);</item>
/// <item>a sample count of 0 reported as a bad batch size, a batch-size error without the words "batch size", a null
/// batch gradient not named (test 8).</item>
/// </list>
/// </summary>
public class StochasticGradientDescentTests
{
    [Test, Order(1)]
    // n = 3 with a scripted random source that answers 0 and then 1: i = 2, j = Next(3) = 0 swaps entries 2 and 0:
    // (2, 1, 0); i = 1, j = Next(2) = 1 leaves it. The requests must be Next(3) then Next(2).
    public void Fisher_Yates_by_hand()
    {
        var random = new ScriptedRandom(0, 1);

        StochasticGradientDescent.ShuffledOrder(3, random).Should().Equal(2, 1, 0);
        random.Requests.Should().Equal(3, 2);
    }

    [Test, Order(2)]
    // The shuffle is a permutation, reproducible from the seed, and every position is equally likely for every value:
    // over 20 000 shuffles of 5, each of the 25 (value, position) cells expects 4000 hits with σ = √(20000·0.2·0.8) ≈ 57;
    // 5σ ≈ 283 bounds all cells with false-failure probability < 1e-5, and the seed is fixed.
    public void The_shuffle_is_a_reproducible_uniform_permutation([Range(1, 3)] int seed)
    {
        StochasticGradientDescent.ShuffledOrder(50, new Random(seed)).Order().Should().Equal(Enumerable.Range(0, 50));
        StochasticGradientDescent.ShuffledOrder(50, new Random(seed)).Should().Equal(StochasticGradientDescent.ShuffledOrder(50, new Random(seed)));
        StochasticGradientDescent.ShuffledOrder(0, new Random(seed)).Should().BeEmpty();

        var counts = new int[5, 5];
        var random = new Random(seed);
        for (var s = 0; s < 20_000; s++)
        {
            var order = StochasticGradientDescent.ShuffledOrder(5, random);
            for (var p = 0; p < 5; p++)
            {
                counts[order[p], p]++;
            }
        }

        counts.Cast<int>().Should().OnlyContain(c => Math.Abs(c - 4000) < 283);
    }

    [Test, Order(3)]
    // n = 10 in batches of 4: each epoch is 3 batches of sizes 4, 4, 2 that together hold every index exactly once, in
    // the order of a fresh shuffle drawn from the same random source (the test replays the source to know it).
    public void Every_epoch_visits_every_sample_once_in_shuffled_batches([Range(1, 3)] int seed)
    {
        var batches = new List<int[]>();
        StochasticGradientDescent.Minimize((x, batch) => { batches.Add(batch); return [0.0]; }, 10, [0], 0.1, 4, 3, new Random(seed));

        batches.Select(b => b.Length).Should().Equal(4, 4, 2, 4, 4, 2, 4, 4, 2);
        var replay = new Random(seed);
        for (var epoch = 0; epoch < 3; epoch++)
        {
            batches.Skip(3 * epoch).Take(3).SelectMany(b => b).Should().Equal(StochasticGradientDescent.ShuffledOrder(10, replay));
        }
    }

    [Test, Order(4)]
    // Hand example: f_i(x) = ½(x − aᵢ)² for a = (1, 3), so the batch gradient is x − mean(a over the batch). Full batch
    // (size 2), η = ½, from 0: one step per epoch to 0 − ½(0 − 2) = 1, then 1.5. Batch size 1 takes two steps per epoch.
    public void One_step_per_batch()
    {
        double[] a = [1, 3];
        double[] Gradient(double[] x, int[] batch) => [x[0] - batch.Average(i => a[i])];
        var trace = new List<double[]>();

        StochasticGradientDescent.Minimize(Gradient, 2, [0], 0.5, 2, 2, new Random(1), trace).Should().Equal(1.5);
        trace.Select(x => x[0]).Should().Equal(0, 1, 1.5);

        // With batches of one, the first epoch visits a₁ and a₂ in some order: x = ½·aⱼ, then ½(½aⱼ) + ½aₖ.
        var x = StochasticGradientDescent.Minimize(Gradient, 2, [0], 0.5, 1, 1, new Random(1));
        x[0].Should().BeOneOf(0.25 + 1.5, 0.75 + 0.5);
    }

    [Test, Order(5)]
    // Noise-free least squares y = Xw: every sample's residual vanishes at w, so its gradient does too, and SGD with a
    // constant η converges to w itself (no noise floor). 200 samples, batches of 10, 150 epochs.
    public void Converges_on_consistent_least_squares([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var w = data.Vector(3, -2, 2);
        var set = data.Regression(200, w);

        var fit = StochasticGradientDescent.Minimize((x, batch) => BatchGradient(set.Features, set.Targets, x, batch), 200, new double[3], 0.3, 10, 150, new Random(seed));

        fit.Should().BeApproximately(w, Tolerance.AbsoluteOnly(1e-6));
    }

    [Test, Order(6)]
    // With noise (σ = 0.1), constant-η SGD hovers around the least-squares solution (MathNet) instead of landing on
    // it: the final iterate's distance to it is of order √(η)·σ ≈ 0.02 for η = 0.05; asserting 0.05 leaves a margin of
    // more than 2 while a wrong fit (say, the zero start or one step per epoch) is off by about 1. The seed is fixed.
    public void Hovers_near_the_least_squares_solution_under_noise([Range(1, 3)] int seed)
    {
        var data = new TestData(seed);
        var set = data.Regression(300, [1.5, -1, 0.5], noiseStdDev: 0.1);
        var ols = Oracle.LeastSquares(set.Features, set.Targets);

        var fit = StochasticGradientDescent.Minimize((x, batch) => BatchGradient(set.Features, set.Targets, x, batch), 300, new double[3], 0.05, 5, 60, new Random(seed));

        fit.Should().BeApproximately(ols, Tolerance.AbsoluteOnly(0.05));
    }

    [Test, Order(7)]
    // Bad arguments, and divergence (a step far above 2/L on ½·10⁶·x²) reported as such.
    public void Bad_arguments_and_divergence_are_reported()
    {
        Func<double[], int[], double[]> g = (x, _) => [x[0]];
        var random = new Random(1);
        FluentActions.Invoking(() => StochasticGradientDescent.ShuffledOrder(-1, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => StochasticGradientDescent.ShuffledOrder(3, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize(null!, 3, [1], 0.1, 1, 1, random)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize(g, 3, [1], 0.1, 1, 1, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize(g, 3, [], 0.1, 1, 1, random)).Should().Throw<ArgumentException>().WithMessage("*empty*");
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize(g, 3, [1], 0, 1, 1, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize(g, 3, [1], 0.1, 0, 1, random)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*batch*");
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize(g, 3, [1], 0.1, 4, 1, random)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*batch*");
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize(g, 3, [1], 0.1, 1, 0, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize(g, 0, [1], 0.1, 1, 1, random)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize((_, _) => [1.0, 2.0], 3, [1], 0.1, 1, 1, random)).Should().Throw<ArgumentException>().WithMessage("*length*");
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize((x, _) => [1e6 * x[0]], 3, [1], 0.1, 1, 100, random))
            .Should().Throw<InvalidOperationException>().WithMessage("*diverge*");
    }

    [Test, Order(8)]
    // Each bad argument is named: n = 0 is a bad sample count (not a bad batch size, although no batch size fits it), a
    // batch size outside 1 … n says "batch size", a null random source or a batch gradient that returns null ("null").
    public void Bad_arguments_are_named()
    {
        Func<double[], int[], double[]> g = (x, _) => [x[0]];
        var random = new Random(1);
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize(g, 0, [1], 0.1, 1, 1, random)).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("sampleCount");
        foreach (var batchSize in new[] { 0, 4 })
        {
            FluentActions.Invoking(() => StochasticGradientDescent.Minimize(g, 3, [1], 0.1, batchSize, 1, random)).Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("batchSize").WithMessage("*batch size*", "batch size {0} of 3", batchSize);
        }

        FluentActions.Invoking(() => StochasticGradientDescent.Minimize(g, 3, [1], 0.1, 1, 1, null!)).Should().Throw<ArgumentNullException>()
            .WithParameterName("random");
        FluentActions.Invoking(() => StochasticGradientDescent.Minimize((_, _) => null!, 3, [1], 0.1, 1, 1, random)).Should().Throw<ArgumentException>()
            .WithParameterName("batchGradient").WithMessage("*null*");
    }

    /// <summary>The gradient of (1/2b) Σ over the batch of (xᵢᵀw − yᵢ)²: (1/b) Σ (xᵢᵀw − yᵢ)·xᵢ.</summary>
    private static double[] BatchGradient(double[,] features, double[] targets, double[] w, int[] batch)
    {
        var g = new double[w.Length];
        foreach (var i in batch)
        {
            var residual = -targets[i];
            for (var j = 0; j < w.Length; j++)
            {
                residual += features[i, j] * w[j];
            }

            for (var j = 0; j < w.Length; j++)
            {
                g[j] += residual * features[i, j] / batch.Length;
            }
        }

        return g;
    }

    /// <summary>A random source that answers Next(maxValue) from a script and records each maxValue asked for.</summary>
    private sealed class ScriptedRandom(params int[] answers) : Random
    {
        private int next;

        public List<int> Requests { get; } = [];

        public override int Next(int maxValue)
        {
            Requests.Add(maxValue);
            return answers[next++];
        }
    }
}
