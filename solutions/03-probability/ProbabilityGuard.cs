namespace MathForML.Probability;

/// <summary>
/// The probability-vector check the probability references share (Bayes' theorem's priors, a categorical
/// distribution, a PMF, the cells of a joint table): every entry finite and non-negative, the entries summing to 1. One copy here instead of one
/// per kata; each caller keeps its own null, empty and length checks, whose messages name its own arguments.
/// </summary>
internal static class ProbabilityGuard
{
    /// <summary>How far the entries may sum away from 1: room for rounding, none for unnormalised weights.</summary>
    public const double SumTolerance = 1e-9;

    /// <summary>Rejects a negative, NaN or infinite entry, or entries that do not sum to 1 within <see cref="SumTolerance"/>.</summary>
    /// <param name="probabilities">The entries, already checked for null and emptiness by the caller.</param>
    /// <param name="name">The caller's parameter name, for the exception.</param>
    /// <param name="noun">How the messages call the entries ("Probabilities", "Prior probabilities").</param>
    /// <exception cref="ArgumentException">An entry is out of range ("non-negative") or the total is off ("sum to 1").</exception>
    public static void RequireEntries(double[] probabilities, string name, string noun = "Probabilities")
    {
        if (probabilities.Any(p => !(p >= 0) || double.IsInfinity(p)))
        {
            throw new ArgumentException($"{noun} are finite and non-negative; one is negative or not finite.", name);
        }

        var total = probabilities.Sum();
        if (Math.Abs(total - 1) > SumTolerance)
        {
            throw new ArgumentException($"{noun} must sum to 1 (within 1e-9); these sum to {total}.", name);
        }
    }
}
