using MathForML.Optimization;

namespace MathForML.GivenCode.Tests.Optimization;

/// <summary>
/// The adaptive optimisers' setting checks: each returns a valid value unchanged and names an invalid one. Wrong checks
/// these tests catch: a boundary moved (0 rejected as a fraction or a non-negative value, 1 accepted as a fraction, 0
/// accepted as a learning rate), NaN or ∞ let through, and the parameter name or message words lost.
/// </summary>
public class OptimizerSettingsTests
{
    [Test]
    // A learning rate must be positive and finite: the smallest positive double is allowed, 0 is not.
    public void Positive_accepts_positive_finite_values_and_names_the_others()
    {
        foreach (var value in new[] { double.Epsilon, 0.001, 1e300 })
        {
            OptimizerSettings.Positive(value, "rate").Should().Be(value);
        }

        foreach (var value in new[] { 0, -0.5, double.NaN, double.PositiveInfinity })
        {
            FluentActions.Invoking(() => OptimizerSettings.Positive(value, "rate")).Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("rate").WithMessage("*positive and finite*", "value {0}", value);
        }
    }

    [Test]
    // A decay rate lies in [0, 1): 0 (no memory) is allowed, 1 (memory that never forgets the start) is not.
    public void Fraction_accepts_the_half_open_unit_interval_and_names_the_rest()
    {
        foreach (var value in new[] { 0, 0.9, 0.999999 })
        {
            OptimizerSettings.Fraction(value, "beta").Should().Be(value);
        }

        foreach (var value in new[] { 1, -1e-9, 1.5, double.NaN })
        {
            FluentActions.Invoking(() => OptimizerSettings.Fraction(value, "beta")).Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("beta").WithMessage("*[0, 1)*", "value {0}", value);
        }
    }

    [Test]
    // ε or a weight decay must be non-negative and finite: 0 is allowed, −1e-9, NaN and ∞ are not.
    public void NonNegative_accepts_zero_and_positive_finite_values_and_names_the_others()
    {
        foreach (var value in new[] { 0, 1e-8, 3 })
        {
            OptimizerSettings.NonNegative(value, "epsilon").Should().Be(value);
        }

        foreach (var value in new[] { -1e-9, double.NaN, double.PositiveInfinity })
        {
            FluentActions.Invoking(() => OptimizerSettings.NonNegative(value, "epsilon")).Should().Throw<ArgumentOutOfRangeException>()
                .WithParameterName("epsilon").WithMessage("*non-negative and finite*", "value {0}", value);
        }
    }
}
