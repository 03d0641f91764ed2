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
        // TODO: shift by the largest logit before exponentiating.
        throw new NotImplementedException("TODO StableSoftmax.LogSumExp: return ln Σ exp(zᵢ) without overflow (shift by max z).");
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
        // TODO: exponentiate shifted logits, divide by their sum; mind where the temperature goes.
        throw new NotImplementedException("TODO StableSoftmax.Softmax: return exp(zᵢ/T) / Σ exp(zⱼ/T) without overflow.");
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
        // TODO: stay in log space: never take the log of a probability.
        throw new NotImplementedException("TODO StableSoftmax.LogSoftmax: return zᵢ/T − LSE(z/T) without overflow.");
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
        // TODO: the loss of one label, straight from the logits.
        throw new NotImplementedException("TODO StableSoftmax.CrossEntropyFromLogits: return LSE(z) − z[label].");
    }
}
