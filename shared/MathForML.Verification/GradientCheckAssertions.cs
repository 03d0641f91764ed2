using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace MathForML.Verification;

/// <summary>
/// FluentAssertions-style assertions on a <see cref="GradientCheckResult"/>; the general object assertions
/// (<c>NotBeNull</c>, <c>BeEquivalentTo</c>, …) remain available.
/// </summary>
public sealed class GradientCheckAssertions : ObjectAssertions<GradientCheckResult?, GradientCheckAssertions>
{
    /// <summary>Creates assertions on <paramref name="subject"/>; normally reached through <c>Should()</c>.</summary>
    /// <param name="subject">The gradient check under test, or null.</param>
    public GradientCheckAssertions(GradientCheckResult? subject)
        : base(subject)
    {
    }

    /// <summary>Names the subject in failure messages when the caller's variable name cannot be determined.</summary>
    protected override string Identifier => "gradient check";

    /// <summary>
    /// Asserts that the analytic and numerical gradients agree in every coordinate within
    /// <paramref name="threshold"/> relative error; the failure message names the worst coordinate,
    /// both values there, the relative error and how many coordinates disagree.
    /// </summary>
    /// <param name="threshold">The largest acceptable relative error; <see cref="GradientCheck.GoodAgreement"/> by default.</param>
    /// <param name="because">Optional reason, formatted with <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">Arguments for <paramref name="because"/>.</param>
    /// <returns>A constraint for chaining further assertions with <c>.And</c>.</returns>
    [CustomAssertion]
    public AndConstraint<GradientCheckAssertions> Agree(
        double threshold = GradientCheck.GoodAgreement, string because = "", params object[] becauseArgs)
    {
        RequireThreshold(threshold);
        var expectation = $"Expected the analytic gradient to agree with central differences within relative error {Describe.Brief(threshold)}{{reason}}, ";
        if (Subject is null)
        {
            Execute.Assertion.BecauseOf(because, becauseArgs).FailWith(expectation + "but the gradient check result was <null>.");
            return new AndConstraint<GradientCheckAssertions>(this);
        }

        if (!(Subject.MaxRelativeError <= threshold))
        {
            var (analytic, numerical, i) = (Subject.Analytic, Subject.Numerical, Subject.WorstIndex);
            var length = Math.Min(analytic?.Length ?? 0, numerical?.Length ?? 0);
            if (analytic is null || numerical is null || i < 0 || i >= length)
            {
                // Only a hand-built result can get here; Compare always records a valid worst coordinate.
                Execute.Assertion.BecauseOf(because, becauseArgs).FailWith(
                    expectation + $"but the maximum relative error is {Describe.Brief(Subject.MaxRelativeError)}.");
                return new AndConstraint<GradientCheckAssertions>(this);
            }

            var disagreeing = 0;
            for (var k = 0; k < length; k++)
            {
                if (GradientCheck.RelativeError(analytic[k], numerical[k]) > threshold)
                {
                    disagreeing++;
                }
            }

            Execute.Assertion.BecauseOf(because, becauseArgs).FailWith(
                expectation +
                $"but coordinate [{i}] has analytic {Describe.Number(analytic[i])} versus numerical {Describe.Number(numerical[i])} " +
                $"(relative error {Describe.Brief(Subject.MaxRelativeError)}); " +
                $"{Describe.OutOf(disagreeing, length, "coordinate", "coordinates")} above the threshold.");
        }

        return new AndConstraint<GradientCheckAssertions>(this);
    }

    internal static void RequireThreshold(double threshold)
    {
        if (double.IsNaN(threshold) || threshold < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be non-negative and not NaN.");
        }
    }
}

/// <summary>Entry point for gradient-check assertions: <c>GradientCheck.Compare(...).Should().Agree()</c>.</summary>
public static class GradientCheckAssertionExtensions
{
    /// <summary>Starts an assertion on a gradient check result.</summary>
    /// <param name="result">The result of <see cref="GradientCheck.Compare"/>; null is reported as an assertion failure.</param>
    /// <returns>The gradient-check assertions.</returns>
    public static GradientCheckAssertions Should(this GradientCheckResult? result) => new(result);
}
