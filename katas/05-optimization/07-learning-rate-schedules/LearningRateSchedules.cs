namespace MathForML.Optimization;

/// <summary>
/// Learning-rate schedules: the learning rate ηₜ to use at step t = 0, 1, 2, … (t counts the optimiser's steps, as a C#
/// loop index does). Every method throws <see cref="ArgumentOutOfRangeException"/>, naming the parameter, for t &lt; 0,
/// a rate that is not positive and finite ("positive and finite"), a factor outside (0, 1] ("(0, 1]"), a minimum
/// outside [0, initial] ("[0, initial]"), or a step count below 1.
/// </summary>
/// <remarks>Lesson: katas/05-optimization/07-learning-rate-schedules/README.md</remarks>
public static class LearningRateSchedules
{
    /// <summary>Step decay: η₀·γ^⌊t/s⌋, multiplying by γ at t = s, 2s, 3s, …</summary>
    /// <param name="initial">η₀.</param>
    /// <param name="factor">γ, in (0, 1].</param>
    /// <param name="stepSize">s ≥ 1, the steps between drops.</param>
    /// <param name="t">The step, ≥ 0.</param>
    /// <returns>ηₜ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double Step(double initial, double factor, int stepSize, int t)
    {
        // TODO: count the completed blocks of s steps.
        throw new NotImplementedException("TODO LearningRateSchedules.Step: return η₀·γ^⌊t/s⌋.");
    }

    /// <summary>Exponential decay: η₀·γᵗ.</summary>
    /// <param name="initial">η₀.</param>
    /// <param name="decay">γ, in (0, 1].</param>
    /// <param name="t">The step, ≥ 0.</param>
    /// <returns>ηₜ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double Exponential(double initial, double decay, int t)
    {
        // TODO: one power.
        throw new NotImplementedException("TODO LearningRateSchedules.Exponential: return η₀·γᵗ.");
    }

    /// <summary>
    /// Cosine annealing from η₀ at t = 0 to ηmin at t = T: ηmin + ½(η₀ − ηmin)(1 + cos(πt/T)), and ηmin for every t ≥ T.
    /// </summary>
    /// <param name="initial">η₀.</param>
    /// <param name="minimum">ηmin, in [0, η₀].</param>
    /// <param name="totalSteps">T ≥ 1.</param>
    /// <param name="t">The step, ≥ 0.</param>
    /// <returns>ηₜ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double Cosine(double initial, double minimum, int totalSteps, int t)
    {
        // TODO: half a cosine period over T steps, then stay at the floor.
        throw new NotImplementedException("TODO LearningRateSchedules.Cosine: return ηmin + ½(η₀ − ηmin)(1 + cos(πt/T)), ηmin after T.");
    }

    /// <summary>Linear warm-up: η·t/W for t &lt; W, reaching η at t = W and staying there.</summary>
    /// <param name="peak">η.</param>
    /// <param name="warmupSteps">W ≥ 1.</param>
    /// <param name="t">The step, ≥ 0.</param>
    /// <returns>ηₜ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static double LinearWarmup(double peak, int warmupSteps, int t)
    {
        // TODO: a ramp, then a plateau.
        throw new NotImplementedException("TODO LearningRateSchedules.LinearWarmup: return η·t/W before W, η from W on.");
    }

    /// <summary>
    /// Warm-up then cosine: <see cref="LinearWarmup"/>(η, W, t) for t &lt; W, then <see cref="Cosine"/> from η at t = W down
    /// to ηmin at t = T (and ηmin after).
    /// </summary>
    /// <param name="peak">η, reached at t = W.</param>
    /// <param name="minimum">ηmin, in [0, η].</param>
    /// <param name="warmupSteps">W ≥ 1.</param>
    /// <param name="totalSteps">T &gt; W.</param>
    /// <param name="t">The step, ≥ 0.</param>
    /// <returns>ηₜ.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range (T ≤ W included: "exceed").</exception>
    public static double WarmupCosine(double peak, double minimum, int warmupSteps, int totalSteps, int t)
    {
        // TODO: reuse the two schedules above, shifting t for the cosine part.
        throw new NotImplementedException("TODO LearningRateSchedules.WarmupCosine: return the warm-up ramp before W, the cosine from W to T.");
    }
}
