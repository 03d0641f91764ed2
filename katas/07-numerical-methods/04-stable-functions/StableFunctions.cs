namespace MathForML.NumericalMethods;

/// <summary>
/// The sigmoid σ(x) = 1/(1 + e⁻ˣ), the softplus log(1 + eˣ) and the log-sigmoid log σ(x), evaluated so that no
/// intermediate overflows and no small result is rounded to 0 or 1 for any finite x.
/// </summary>
/// <remarks>
/// All three methods throw <see cref="ArgumentOutOfRangeException"/> for NaN ("NaN"); ±∞ are allowed and give the limits.
/// Lesson: katas/07-numerical-methods/04-stable-functions/README.md
/// </remarks>
public static class StableFunctions
{
    /// <summary>
    /// σ(x) = 1/(1 + e⁻ˣ) with a relative error of a few ε for every x, including x = −745, where σ(x) ≈ 5e-324 is
    /// the smallest subnormal. σ(0) = 1/2.
    /// </summary>
    /// <param name="x">Any value but NaN.</param>
    /// <returns>σ(x) in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double Sigmoid(double x)
    {
        // TODO: never evaluate e to a large positive power: branch on the sign of x.
        throw new NotImplementedException("TODO StableFunctions.Sigmoid: return 1/(1 + e⁻ˣ) without overflow for large |x|.");
    }

    /// <summary>
    /// softplus(x) = log(1 + eˣ), a few ε relative for every x: softplus(1000) = 1000 (no overflow), softplus(−40) = e⁻⁴⁰
    /// to full precision (not 0). You may use your <see cref="Cancellation.Log1p"/>.
    /// </summary>
    /// <param name="x">Any value but NaN.</param>
    /// <returns>softplus(x) ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double Softplus(double x)
    {
        // TODO: split off max(x, 0) so that only e to a non-positive power remains.
        throw new NotImplementedException("TODO StableFunctions.Softplus: return log(1 + eˣ) without overflow or lost digits.");
    }

    /// <summary>
    /// log σ(x) = −softplus(−x), a few ε relative for every x: logσ(−1000) = −1000 (not −∞), logσ(40) = −e⁻⁴⁰ (not 0).
    /// </summary>
    /// <param name="x">Any value but NaN.</param>
    /// <returns>log σ(x) ≤ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN ("NaN").</exception>
    public static double LogSigmoid(double x)
    {
        // TODO: use the identity with softplus instead of taking the log of a sigmoid that rounded.
        throw new NotImplementedException("TODO StableFunctions.LogSigmoid: return log σ(x) = −softplus(−x).");
    }
}
