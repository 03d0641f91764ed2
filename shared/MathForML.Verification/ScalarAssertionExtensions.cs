using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Numeric;

namespace MathForML.Verification;

/// <summary>
/// <c>actual.Should().BeApproximately(expected, tolerance)</c> for single doubles, using a
/// <see cref="Tolerance"/> (absolute + relative) instead of FluentAssertions' absolute-only precision.
/// </summary>
public static class ScalarAssertionExtensions
{
    /// <summary>
    /// Asserts that the value is within <paramref name="tolerance"/> of <paramref name="expected"/>
    /// (see <see cref="Tolerance.IsClose"/>); the failure message names expected, actual, difference and tolerance.
    /// </summary>
    /// <param name="assertions">The FluentAssertions object returned by <c>Should()</c> on a double.</param>
    /// <param name="expected">The reference value.</param>
    /// <param name="tolerance">How close counts as equal.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    [CustomAssertion]
    public static AndConstraint<NumericAssertions<double>> BeApproximately(
        this NumericAssertions<double> assertions,
        double expected,
        Tolerance tolerance,
        string because = "",
        params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        AssertClose(assertions.Subject, expected, tolerance, because, becauseArgs);
        return new AndConstraint<NumericAssertions<double>>(assertions);
    }

    /// <summary>
    /// Same as the non-nullable overload, for a <c>double?</c> subject; a null subject fails the assertion.
    /// </summary>
    /// <param name="assertions">The FluentAssertions object returned by <c>Should()</c> on a <c>double?</c>.</param>
    /// <param name="expected">The reference value.</param>
    /// <param name="tolerance">How close counts as equal.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    [CustomAssertion]
    public static AndConstraint<NullableNumericAssertions<double>> BeApproximately(
        this NullableNumericAssertions<double> assertions,
        double expected,
        Tolerance tolerance,
        string because = "",
        params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        AssertClose(assertions.Subject, expected, tolerance, because, becauseArgs);
        return new AndConstraint<NullableNumericAssertions<double>>(assertions);
    }

    [CustomAssertion]
    private static void AssertClose(double? actual, double expected, Tolerance tolerance, string because, object[] becauseArgs)
    {
        var expectation = $"Expected {{context:value}} to be approximately {Describe.Number(expected)} (within {tolerance}){{reason}}, ";
        if (actual is not { } value)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs).FailWith(expectation + "but found <null>.");
            return;
        }

        var difference = Math.Abs(value - expected);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(tolerance.IsClose(value, expected))
            .FailWith(expectation + $"but found {Describe.Number(value)} (off by {Describe.Brief(difference)}, " +
                      $"allowed {Describe.Brief(tolerance.AllowedDifference(value, expected))}).");
    }
}
