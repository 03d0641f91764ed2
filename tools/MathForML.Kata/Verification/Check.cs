namespace MathForML.Kata.Verification;

/// <summary>One counted verification check: what was confirmed, or the problem found.</summary>
internal sealed record Check(bool Passed, string Text)
{
    public static Check Pass(string what) => new(true, what);

    public static Check Fail(string problem) => new(false, problem);
}
