using System.Numerics;

namespace MathForML.Verification;

/// <summary>
/// A small, fast pseudo-random generator whose output depends only on the seed: the same seed gives the same
/// sequence, bit for bit, on every machine and every .NET version (unlike <see cref="Random"/>, whose algorithm
/// is an implementation detail). Not for cryptography.
/// </summary>
/// <remarks>
/// The core is xoshiro256** (Blackman and Vigna, 2018), a 256-bit-state generator that passes the standard
/// statistical test batteries. Its four state words are the first four outputs of SplitMix64 started at the seed,
/// the seeding its authors recommend: nearby seeds give unrelated streams and the state is never all zero.
/// Derived quantities (<see cref="NextDouble"/>, <see cref="Gaussian()"/>, …) use only exactly rounded
/// arithmetic, so they are as reproducible as the integers. An instance is not thread-safe: give each test its own.
/// </remarks>
public sealed class SeededRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double? _spareGaussian;

    /// <summary>Seeds the generator from an <see cref="int"/>; equals the <see cref="ulong"/> seed of the same value
    /// (negative values are sign-extended, so −1 means 0xFFFF_FFFF_FFFF_FFFF).</summary>
    /// <param name="seed">Any value.</param>
    public SeededRandom(int seed)
        : this(unchecked((ulong)seed))
    {
    }

    /// <summary>Seeds the generator from a 64-bit value through SplitMix64.</summary>
    /// <param name="seed">Any value.</param>
    public SeededRandom(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64(ref state);
        _s1 = SplitMix64(ref state);
        _s2 = SplitMix64(ref state);
        _s3 = SplitMix64(ref state);
    }

    private SeededRandom(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

    /// <summary>The next 64 uniformly random bits (one xoshiro256** step).</summary>
    /// <returns>A value uniform over all of <see cref="ulong"/>.</returns>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A double uniform on [0, 1): the top 53 bits of <see cref="NextUInt64"/> times 2⁻⁵³, so every
    /// multiple of 2⁻⁵³ in the interval is equally likely.</summary>
    /// <returns>A value in [0, 1).</returns>
    public double NextDouble() => (NextUInt64() >> 11) * TwoToMinus53;

    /// <summary>A double uniform on [<paramref name="min"/>, <paramref name="max"/>).</summary>
    /// <param name="min">The inclusive lower bound, finite.</param>
    /// <param name="max">The exclusive upper bound, finite and greater than <paramref name="min"/>.</param>
    /// <returns>A value in [min, max).</returns>
    public double Uniform(double min, double max)
    {
        RequireInterval(min, max);
        var value = min + ((max - min) * NextDouble());

        // Rounding can land exactly on max when the interval is wide compared with its ends; keep it half-open.
        return value < max ? value : Math.BitDecrement(max);
    }

    /// <summary>An integer uniform on [0, <paramref name="maxExclusive"/>), without modulo bias
    /// (Lemire's multiply-and-reject method).</summary>
    /// <param name="maxExclusive">The exclusive upper bound, positive.</param>
    /// <returns>A value in [0, maxExclusive).</returns>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)Bounded((uint)maxExclusive);
    }

    /// <summary>An integer uniform on [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    /// <param name="minInclusive">The inclusive lower bound.</param>
    /// <param name="maxExclusive">The exclusive upper bound, greater than <paramref name="minInclusive"/>.</param>
    /// <returns>A value in [minInclusive, maxExclusive).</returns>
    public int NextInt(int minInclusive, int maxExclusive)
    {
        if (maxExclusive <= minInclusive)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, $"Must be greater than minInclusive ({minInclusive}).");
        }

        var range = (uint)((long)maxExclusive - minInclusive);
        return (int)(minInclusive + (long)Bounded(range));
    }

    /// <summary>
    /// A standard normal draw (mean 0, standard deviation 1) by Marsaglia's polar method: a uniform point in the
    /// unit disc, rejected and redrawn when outside it, yields two independent normals; the second is kept for the
    /// next call. The polar method needs no sine or cosine, and its logarithm is computed portably, so the
    /// sequence is reproducible everywhere.
    /// </summary>
    /// <returns>A standard normal value.</returns>
    public double Gaussian()
    {
        if (_spareGaussian is { } spare)
        {
            _spareGaussian = null;
            return spare;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var factor = Math.Sqrt(-2 * PortableMath.Log(s) / s);
        _spareGaussian = v * factor;
        return u * factor;
    }

    /// <summary>A normal draw with the given mean and standard deviation.</summary>
    /// <param name="mean">The mean, finite.</param>
    /// <param name="stdDev">The standard deviation, finite and non-negative.</param>
    /// <returns><c>mean + stdDev · Gaussian()</c>.</returns>
    public double Gaussian(double mean, double stdDev)
    {
        RequireFinite(mean, nameof(mean));
        RequireFinite(stdDev, nameof(stdDev));
        ArgumentOutOfRangeException.ThrowIfNegative(stdDev);
        return mean + (stdDev * Gaussian());
    }

    /// <summary>Shuffles the list in place (Fisher–Yates): every permutation is equally likely.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="list">The list to shuffle.</param>
    public void Shuffle<T>(IList<T> list)
    {
        ArgumentNullException.ThrowIfNull(list);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    /// <summary>One SplitMix64 step: advances <paramref name="state"/> by the golden-ratio increment and mixes it.</summary>
    internal static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E37_79B9_7F4A_7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A generator with an explicit xoshiro256** state, for checking the core against published outputs.</summary>
    internal static SeededRandom FromState(ulong s0, ulong s1, ulong s2, ulong s3) => new(s0, s1, s2, s3);

    /// <summary>A double uniform on the open interval (0, 1): never exactly 0, so its logarithm is finite.</summary>
    internal double NextOpenDouble() => ((NextUInt64() >> 11) + 0.5) * TwoToMinus53;

    internal static void RequireInterval(double min, double max, string minName = "min", string maxName = "max")
    {
        RequireFinite(min, minName);
        RequireFinite(max, maxName);
        if (!(max > min) || !double.IsFinite(max - min))
        {
            throw new ArgumentOutOfRangeException(maxName, max, $"Must be greater than {minName} ({Describe.Number(min)}), with a finite width.");
        }
    }

    internal static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be finite.");
        }
    }

    private const double TwoToMinus53 = 1.0 / (1UL << 53);

    private uint Bounded(uint range)
    {
        // Multiply a 32-bit draw by the range; the high word is the result. Low words below 2^32 mod range
        // mark the few draws that would make some results more likely, and those are redrawn.
        var product = (ulong)NextUInt32() * range;
        var low = (uint)product;
        if (low < range)
        {
            var threshold = unchecked(0u - range) % range;
            while (low < threshold)
            {
                product = (ulong)NextUInt32() * range;
                low = (uint)product;
            }
        }

        return (uint)(product >> 32);
    }

    private uint NextUInt32() => (uint)(NextUInt64() >> 32);
}
