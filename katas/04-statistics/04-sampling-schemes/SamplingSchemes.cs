namespace MathForML.Statistics;

/// <summary>
/// Random sampling schemes driven by a caller's <see cref="Random"/>: a uniform permutation (Fisher–Yates), k indices
/// without replacement, a stratified sample that keeps every class's share, and reservoir sampling of a stream.
/// </summary>
/// <remarks>
/// "Uniform" is meant exactly: every permutation, every k-subset, every item of the stream must be equally likely (the
/// tests check it with chi-squared tests over tens of thousands of seeded draws). Use only <c>random.Next(…)</c> for
/// randomness. A null <c>random</c> or input → <see cref="ArgumentNullException"/>; counts out of range →
/// <see cref="ArgumentOutOfRangeException"/>.
/// Lesson: katas/04-statistics/04-sampling-schemes/README.md
/// </remarks>
public static class SamplingSchemes
{
    /// <summary>A uniformly random permutation of 0, 1, …, n − 1 (each of the n! orders with probability 1/n!).</summary>
    /// <param name="n">The number of items, ≥ 0.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>A new array holding each of 0 … n − 1 once.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    public static int[] Permutation(int n, Random random)
    {
        // TODO: start from 0 … n − 1 and shuffle in place.
        throw new NotImplementedException("TODO SamplingSchemes.Permutation: return a Fisher–Yates shuffle of 0 … n − 1.");
    }

    /// <summary>
    /// k distinct indices from 0 … n − 1, uniformly: every ordered selection equally likely, so each index is included
    /// with probability k/n. O(n) time.
    /// </summary>
    /// <param name="n">The population size, ≥ 0.</param>
    /// <param name="k">The sample size, 0 ≤ k ≤ n.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>A new array of k distinct indices, in the order drawn.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="n"/> is negative, or <paramref name="k"/> is outside [0, n] ("between 0 and n").
    /// </exception>
    public static int[] SampleWithoutReplacement(int n, int k, Random random)
    {
        // TODO: stop the shuffle after k positions.
        throw new NotImplementedException("TODO SamplingSchemes.SampleWithoutReplacement: return k distinct uniform indices from 0 … n − 1.");
    }

    /// <summary>
    /// A stratified sample: for each class (each distinct label) with n_c members, exactly round(fraction · n_c) of its
    /// indices (midpoints rounded away from zero), chosen uniformly within the class.
    /// </summary>
    /// <param name="labels">The class label of each item; item i has index i.</param>
    /// <param name="fraction">The share to keep, in (0, 1].</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The chosen indices, in ascending order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is not in (0, 1] ("(0, 1]").</exception>
    public static int[] StratifiedSample(int[] labels, double fraction, Random random)
    {
        // TODO: group the indices by label, sample each group without replacement.
        throw new NotImplementedException("TODO SamplingSchemes.StratifiedSample: return round(fraction · n_c) uniform indices of every class.");
    }

    /// <summary>
    /// k items of a stream whose length is not known in advance, in one pass with O(k) memory, each of the N items
    /// ending in the sample with probability k/N (all of them when N ≤ k).
    /// </summary>
    /// <param name="stream">The items, read once.</param>
    /// <param name="k">The reservoir size, ≥ 0.</param>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The sampled items (min(k, N) of them).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative.</exception>
    public static int[] Reservoir(IEnumerable<int> stream, int k, Random random)
    {
        // TODO: fill the reservoir, then let the i-th item replace a random slot with probability k/i.
        throw new NotImplementedException("TODO SamplingSchemes.Reservoir: return k items of the stream, each kept with probability k/N.");
    }
}
