namespace MathForML.Kata.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>verify found problems (or list could not discover the tests).</summary>
    public const int Problems = 1;

    /// <summary>Unknown command, option, kata or topic, or no workbook to work on.</summary>
    public const int Usage = 2;
}
