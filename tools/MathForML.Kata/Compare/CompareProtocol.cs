using System.Text.Json;

namespace MathForML.Kata.Compare;

/// <summary>What the comparison worker process is asked to do (written to a temporary JSON file).</summary>
/// <param name="KataAssembly">The learner's built kata project.</param>
/// <param name="ReferenceAssembly">The built solution library.</param>
/// <param name="TypeNames">Full names of the types the kata's stub declares.</param>
/// <param name="KataProbeFolders">Where the learner's side finds its dependencies.</param>
/// <param name="ReferenceProbeFolders">Where the reference side finds its dependencies.</param>
/// <param name="Skip">Methods already reported (or that crashed the previous worker).</param>
/// <param name="CallLimitMilliseconds">How long one call may take before it counts as hanging.</param>
/// <param name="Seed">Seed of the generated inputs: the same inputs every run.</param>
internal sealed record CompareRequest(
    string KataAssembly,
    string ReferenceAssembly,
    IReadOnlyList<string> TypeNames,
    IReadOnlyList<string> KataProbeFolders,
    IReadOnlyList<string> ReferenceProbeFolders,
    IReadOnlyList<string> Skip,
    int CallLimitMilliseconds,
    int Seed);

/// <summary>How driving one method went.</summary>
internal enum MethodVerdict
{
    /// <summary>Both ran on the same inputs and were compared.</summary>
    Compared,

    /// <summary>The signature has a parameter or result compare cannot generate or compare.</summary>
    CannotDrive,

    /// <summary>The reference rejected every generated input.</summary>
    NoValidInput,

    /// <summary>The learner's method threw where the reference returned.</summary>
    LearnerThrew,

    /// <summary>A call did not return within the limit.</summary>
    Hung,

    /// <summary>The worker process died during the method (a stack overflow).</summary>
    Crashed,
}

/// <summary>One method's comparison, as the worker reports it.</summary>
internal sealed record MethodComparison(
    string Key,
    MethodVerdict Verdict,
    string? Reason = null,
    int Inputs = 0,
    double? LargestDifference = null,
    double? Digits = null,
    double? LearnerNanoseconds = null,
    double? ReferenceNanoseconds = null);

internal static class CompareProtocol
{
    public const string StartPrefix = "start ";
    public const string ResultPrefix = "result ";

    /// <summary>The worker's exit code after a hanging call: its thread cannot be stopped, so the process ends.</summary>
    public const int HungExitCode = 3;

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}
