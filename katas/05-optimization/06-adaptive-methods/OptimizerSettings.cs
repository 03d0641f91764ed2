namespace MathForML.Optimization;

/// <summary>
/// Given code (read, don't edit): the range checks of the adaptive optimisers' settings, used by their constructors so
/// that a bad setting is reported when the optimiser is created, not at its first step.
/// </summary>
public static class OptimizerSettings
{
    /// <summary>Requires a positive, finite value (a learning rate).</summary>
    /// <param name="value">The value.</param>
    /// <param name="name">The parameter's name, for the message.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive and finite.</exception>
    public static double Positive(double value, string name) =>
        value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "The value must be positive and finite.");

    /// <summary>Requires a value in [0, 1) (a decay rate such as β₁, β₂ or ρ).</summary>
    /// <param name="value">The value.</param>
    /// <param name="name">The parameter's name, for the message.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [0, 1).</exception>
    public static double Fraction(double value, string name) =>
        value >= 0 && value < 1 ? value : throw new ArgumentOutOfRangeException(name, value, "The value must lie in [0, 1).");

    /// <summary>Requires a non-negative, finite value (ε, a weight decay).</summary>
    /// <param name="value">The value.</param>
    /// <param name="name">The parameter's name, for the message.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, NaN or infinite.</exception>
    public static double NonNegative(double value, string name) =>
        value >= 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(name, value, "The value must be non-negative and finite.");
}
