namespace MathForML.Kata.Cli;

/// <summary>A problem with how the tool was called or where it runs: reported on stderr, exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
