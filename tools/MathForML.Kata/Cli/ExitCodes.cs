namespace MathForML.Kata.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>
    /// The command ran but could not do what was asked, or found problems: verify found problems, list could not
    /// count the tests, compare on a kata that is not done, reset without a pristine stub (or declined), new refusing
    /// to overwrite.
    /// </summary>
    public const int Problems = 1;

    /// <summary>Unknown command, option, kata or topic, a bad name or level, reset --all without --yes when nobody can answer, or no workbook.</summary>
    public const int Usage = 2;

    /// <summary>Stopped with Ctrl+C (the shell convention 128 + SIGINT). watch treats Ctrl+C as its normal end and exits 0.</summary>
    public const int Cancelled = 130;
}
