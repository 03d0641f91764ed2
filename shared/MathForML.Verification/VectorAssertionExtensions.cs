using FluentAssertions;
using FluentAssertions.Collections;
using FluentAssertions.Execution;

namespace MathForML.Verification;

/// <summary>
/// <c>actual.Should().BeApproximately(expected)</c> for sequences of doubles: <c>double[]</c>,
/// <c>List&lt;double&gt;</c> and MathNet <c>Vector&lt;double&gt;</c> all reach it through FluentAssertions'
/// <c>Should()</c> on <see cref="IEnumerable{T}"/>.
/// </summary>
public static class VectorAssertionExtensions
{
    /// <summary>
    /// Asserts that the sequence has the same length as <paramref name="expected"/> and that every entry is
    /// within the tolerance of the corresponding expected entry. On failure the message names the worst entry
    /// (index, actual, expected, difference) and how many entries are out of tolerance.
    /// </summary>
    /// <param name="assertions">The FluentAssertions object returned by <c>Should()</c> on a sequence of doubles.</param>
    /// <param name="expected">The reference values.</param>
    /// <param name="tolerance">How close counts as equal; <see cref="Tolerance.Default"/> when omitted.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is null (a mistake in the test, not in the code under test).</exception>
    [CustomAssertion]
    public static AndConstraint<GenericCollectionAssertions<double>> BeApproximately(
        this GenericCollectionAssertions<double> assertions,
        IEnumerable<double> expected,
        Tolerance? tolerance = null,
        string because = "",
        params object[] becauseArgs)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(expected, nameof(expected));
        var within = tolerance ?? Tolerance.Default;
        var expectedValues = expected.ToArray();
        var expectation = $"Expected {{context:values}} to be approximately equal to the expected values (within {within}){{reason}}, ";

        if (assertions.Subject is null)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs).FailWith(expectation + "but found <null>.");
            return new AndConstraint<GenericCollectionAssertions<double>>(assertions);
        }

        var actualValues = assertions.Subject.ToArray();
        if (actualValues.Length != expectedValues.Length)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs).FailWith(
                expectation + $"but it has {Describe.Count(actualValues.Length, "entry", "entries")} " +
                $"where {expectedValues.Length} {(expectedValues.Length == 1 ? "was" : "were")} expected (length mismatch).");
            return new AndConstraint<GenericCollectionAssertions<double>>(assertions);
        }

        var worst = new WorstMismatch();
        var worstIndex = -1;
        for (var i = 0; i < actualValues.Length; i++)
        {
            if (worst.Consider(actualValues[i], expectedValues[i], within))
            {
                worstIndex = i;
            }
        }

        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(worst.Count == 0)
            .FailWith(expectation +
                      $"but entry [{worstIndex}] is {Describe.Number(worst.Actual)} where {Describe.Number(worst.Expected)} was expected " +
                      $"(off by {Describe.Brief(worst.Difference)}, allowed {Describe.Brief(worst.Allowed)}); " +
                      $"{Describe.OutOf(worst.Count, actualValues.Length, "entry", "entries")} out of tolerance.");
        return new AndConstraint<GenericCollectionAssertions<double>>(assertions);
    }
}
