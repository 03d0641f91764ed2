namespace MathForML.InformationTheory;

/// <summary>
/// Softmax, log-softmax and log-sum-exp of a vector of logits z, with a temperature T: softmax(z / T)ᵢ =
/// exp(zᵢ/T) / Σⱼ exp(zⱼ/T). Computed so that no logit, however large or spread out (±1000, ±1e308), overflows or
/// produces NaN; and the cross-entropy of a label computed straight from the logits.
/// </summary>
/// <remarks>
/// Logits are a non-empty <c>double[]</c> of finite values or −∞ (a masked class, probability 0), with at least one
/// finite. Otherwise: null → <see cref="ArgumentNullException"/>; no logits → <see cref="ArgumentException"/> with
/// "empty"; a NaN or +∞ logit, or all logits −∞ → <see cref="ArgumentException"/> with "finite". A temperature must
/// be positive and finite (<see cref="ArgumentOutOfRangeException"/> with "temperature"). Results within 1e-12.
/// Lesson: katas/06-information-theory/07-stable-softmax/README.md
/// </remarks>
public static class StableSoftmax
{
    /// <summary>log-sum-exp: LSE(z) = ln Σᵢ exp(zᵢ), exact (to rounding) for logits of any size.</summary>
    /// <param name="logits">The logits z (see the class remarks).</param>
    /// <returns>LSE(z), between max z and max z + ln n.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logits"/> is null.</exception>
    /// <exception cref="ArgumentException">The logits are empty ("empty") or not finite ("finite").</exception>
    public static double LogSumExp(double[] logits)
    {
        var max = RequireLogits(logits);

        // ln Σ exp(zᵢ) = m + ln Σ exp(zᵢ − m) with m = max z: every exponent is ≤ 0, so nothing overflows, and the
        // largest term is exp(0) = 1, so the sum is at least 1 and its logarithm cannot underflow to −∞.
        var sum = 0.0;
        foreach (var z in logits)
        {
            sum += Math.Exp(z - max);
        }

        return max + Math.Log(sum);
    }

    /// <summary>The softmax of z at temperature T: pᵢ = exp(zᵢ/T) / Σⱼ exp(zⱼ/T), a distribution over the classes.</summary>
    /// <param name="logits">The logits z (see the class remarks).</param>
    /// <param name="temperature">T &gt; 0, finite: small T sharpens towards the argmax, large T flattens towards uniform.</param>
    /// <returns>A new array of probabilities summing to 1; 0 exactly for masked (−∞) logits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logits"/> is null.</exception>
    /// <exception cref="ArgumentException">The logits are empty ("empty") or not finite ("finite").</exception>
    /// <exception cref="ArgumentOutOfRangeException">The temperature is not positive and finite ("temperature").</exception>
    public static double[] Softmax(double[] logits, double temperature = 1)
    {
        var shifted = Shifted(logits, temperature);
        var sum = 0.0;
        for (var i = 0; i < shifted.Length; i++)
        {
            shifted[i] = Math.Exp(shifted[i]);
            sum += shifted[i];
        }

        for (var i = 0; i < shifted.Length; i++)
        {
            shifted[i] /= sum;
        }

        return shifted;
    }

    /// <summary>
    /// The log-softmax of z at temperature T: ln pᵢ = zᵢ/T − LSE(z/T), exact even where pᵢ itself underflows to 0.
    /// </summary>
    /// <param name="logits">The logits z (see the class remarks).</param>
    /// <param name="temperature">T &gt; 0, finite.</param>
    /// <returns>A new array of log-probabilities, all ≤ 0; −∞ exactly for masked logits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logits"/> is null.</exception>
    /// <exception cref="ArgumentException">The logits are empty ("empty") or not finite ("finite").</exception>
    /// <exception cref="ArgumentOutOfRangeException">The temperature is not positive and finite ("temperature").</exception>
    public static double[] LogSoftmax(double[] logits, double temperature = 1)
    {
        var shifted = Shifted(logits, temperature);

        // The shifted logits have maximum exactly 0, so their LSE is ln of a sum in [1, n]: no second shift needed.
        var sum = 0.0;
        foreach (var s in shifted)
        {
            sum += Math.Exp(s);
        }

        var logSum = Math.Log(sum);
        for (var i = 0; i < shifted.Length; i++)
        {
            shifted[i] -= logSum;
        }

        return shifted;
    }

    /// <summary>
    /// The cross-entropy −ln softmax(z)[label] = LSE(z) − z[label] in nats, computed from the logits without forming
    /// probabilities (so a probability that underflows to 0 still gives a finite loss).
    /// </summary>
    /// <param name="logits">The logits z (see the class remarks).</param>
    /// <param name="label">The true class, an index into <paramref name="logits"/>.</param>
    /// <returns>The loss in nats, ≥ 0; +∞ if the true class is masked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="logits"/> is null.</exception>
    /// <exception cref="ArgumentException">The logits are empty ("empty") or not finite ("finite").</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="label"/> is not an index of the logits ("label").</exception>
    public static double CrossEntropyFromLogits(double[] logits, int label)
    {
        var lse = LogSumExp(logits);
        if (label < 0 || label >= logits.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(label), label, $"The label must be a class index in 0 … {logits.Length - 1}.");
        }

        // For the largest logit the difference is ln Σ exp(zⱼ − m) ≥ 0, but rounding may leave −1e-16: clamp at 0.
        return Math.Max(0, lse - logits[label]);
    }

    /// <summary>
    /// (zᵢ − max z) / T for every logit: the shift comes BEFORE the division, so a tiny T cannot overflow zᵢ/T, and the
    /// largest shifted logit is exactly 0.
    /// </summary>
    private static double[] Shifted(double[] logits, double temperature)
    {
        var max = RequireLogits(logits);
        if (!(temperature > 0) || double.IsInfinity(temperature))
        {
            throw new ArgumentOutOfRangeException(nameof(temperature), temperature, "The temperature must be positive and finite.");
        }

        var shifted = new double[logits.Length];
        for (var i = 0; i < logits.Length; i++)
        {
            // A masked logit stays −∞ (−∞ − m = −∞); two logits 1e308 apart give −∞ too, a probability of exactly 0.
            shifted[i] = (logits[i] - max) / temperature;
        }

        return shifted;
    }

    /// <summary>Rejects null, empty, NaN or +∞ logits, or logits that are all −∞; returns the largest logit.</summary>
    private static double RequireLogits(double[] logits)
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (logits.Length == 0)
        {
            throw new ArgumentException("Softmax needs at least one logit, but the vector is empty.", nameof(logits));
        }

        var max = double.NegativeInfinity;
        foreach (var z in logits)
        {
            if (double.IsNaN(z) || double.IsPositiveInfinity(z))
            {
                throw new ArgumentException($"Logits must be finite (or −∞ for a masked class), but one is {z}.", nameof(logits));
            }

            max = Math.Max(max, z);
        }

        if (double.IsNegativeInfinity(max))
        {
            throw new ArgumentException("At least one logit must be finite, but all are −∞ (every class masked).", nameof(logits));
        }

        return max;
    }
}
