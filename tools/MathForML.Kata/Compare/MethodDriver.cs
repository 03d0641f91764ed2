using System.Reflection;
using MathForML.Kata.Surface;

namespace MathForML.Kata.Compare;

/// <summary>Runs a learner's method and the reference's on the same seeded inputs and says how well they agree.</summary>
internal static class MethodDriver
{
    public static string Key(MethodInfo method) =>
        $"{TypeNames.Declared(method.DeclaringType!)}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => TypeNames.Of(p.ParameterType)))})";

    public static MethodComparison Drive(string key, MethodInfo learner, MethodInfo? reference, int seed, TimeSpan callLimit)
    {
        if (reference is null)
        {
            return new MethodComparison(key, MethodVerdict.CannotDrive, "the reference has no method with this signature");
        }

        if (learner.IsGenericMethodDefinition)
        {
            return new MethodComparison(key, MethodVerdict.CannotDrive, "it is generic: compare cannot choose its type arguments");
        }

        if (learner.ReturnType == typeof(void))
        {
            return new MethodComparison(key, MethodVerdict.CannotDrive, "it returns nothing to compare");
        }

        var kinds = new List<ArgumentKind>();
        foreach (var parameter in learner.GetParameters())
        {
            var (kind, problem) = ArgumentKinds.Classify(parameter);
            if (kind is null)
            {
                return new MethodComparison(key, MethodVerdict.CannotDrive, problem);
            }

            kinds.Add(kind.Value);
        }

        var agreement = Agreement.Exact;
        var compared = 0;
        var learnerThrew = 0;
        string? learnerError = null;
        string? firstRejection = null;
        object[]? timingInput = null;
        for (var attempt = 0; attempt < ArgumentKinds.Attempts; attempt++)
        {
            var portable = ArgumentKinds.Generate(kinds, seed, attempt);
            var expected = LimitedCall.Invoke(reference, ArgumentKinds.ToArguments(portable, kinds, reference.GetParameters()), callLimit);
            if (expected.Hung)
            {
                return new MethodComparison(key, MethodVerdict.Hung, $"the reference did not return within {callLimit.TotalSeconds:0.#} s");
            }

            if (expected.Error is not null)
            {
                firstRejection ??= Describe(expected.Error);
                continue; // an input the reference rejects says nothing about the learner's code
            }

            var expectedFlat = ResultShape.TryFlatten(expected.Value, out var shapeProblem);
            if (expectedFlat is null)
            {
                return new MethodComparison(key, MethodVerdict.CannotDrive, shapeProblem);
            }

            var actual = LimitedCall.Invoke(learner, ArgumentKinds.ToArguments(portable, kinds, learner.GetParameters()), callLimit);
            if (actual.Hung)
            {
                return new MethodComparison(
                    key, MethodVerdict.Hung, $"yours did not return within {callLimit.TotalSeconds:0.#} s on an input the reference answers at once (an endless loop?)");
            }

            if (actual.Error is not null)
            {
                learnerThrew++;
                learnerError ??= Describe(actual.Error);
                continue;
            }

            var actualFlat = ResultShape.TryFlatten(actual.Value, out _);
            agreement = agreement.Worst(actualFlat is null ? Agreement.None : Agreement.Between(actualFlat, expectedFlat));
            compared++;
            timingInput = portable;
        }

        if (compared == 0 && learnerThrew == 0)
        {
            return new MethodComparison(
                key, MethodVerdict.NoValidInput, $"the reference rejected all {ArgumentKinds.Attempts} generated inputs ({firstRejection})");
        }

        double? learnerTime = null;
        double? referenceTime = null;
        if (timingInput is not null)
        {
            learnerTime = LimitedCall.TimePerCall(learner, () => ArgumentKinds.ToArguments(timingInput, kinds, learner.GetParameters()), callLimit);
            referenceTime = LimitedCall.TimePerCall(reference, () => ArgumentKinds.ToArguments(timingInput, kinds, reference.GetParameters()), callLimit);
        }

        var inputs = compared + learnerThrew;
        return new MethodComparison(
            key,
            learnerThrew > 0 ? MethodVerdict.LearnerThrew : MethodVerdict.Compared,
            learnerThrew > 0 ? $"yours threw on {learnerThrew} of {inputs} inputs the reference accepts (first: {learnerError})" : null,
            inputs,
            compared > 0 ? agreement.LargestDifference : null,
            compared > 0 ? agreement.Digits : null,
            learnerTime,
            referenceTime);
    }

    private static string Describe(Exception error)
    {
        var message = error.Message.Split('\n')[0].Trim();
        return $"{error.GetType().Name}: {(message.Length > 120 ? message[..120] + "…" : message)}";
    }
}
