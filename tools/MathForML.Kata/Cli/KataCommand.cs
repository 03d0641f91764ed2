namespace MathForML.Kata.Cli;

/// <summary>
/// How the learner types the tool, for every message that suggests a command: the launchers at the repository root
/// say which one ran them (<c>./kata</c>, <c>kata</c> from kata.cmd, <c>.\kata</c> from kata.ps1), so a suggestion
/// works when pasted as it is.
/// </summary>
internal static class KataCommand
{
    /// <summary>The launcher's name for itself, set by the launcher scripts in KATA_COMMAND.</summary>
    public static string Name { get; } =
        Environment.GetEnvironmentVariable("KATA_COMMAND") is { Length: > 0 } name ? name
        : OperatingSystem.IsWindows() ? @".\kata" : "./kata";

    /// <summary>The command line that runs the tool with these arguments, e.g. <c>./kata hint linear-algebra/svd</c>.</summary>
    public static string With(string arguments) => $"{Name} {arguments}";
}
