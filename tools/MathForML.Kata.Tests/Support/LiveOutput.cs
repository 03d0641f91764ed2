using System.Diagnostics;
using System.Text;

namespace MathForML.Kata.Tests.Support;

/// <summary>A writer another thread can read while a long-running command (watch) is still writing to it.</summary>
internal sealed class LiveOutput : TextWriter
{
    private readonly StringBuilder text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (text)
        {
            text.Append(value);
        }
    }

    public override void Write(string? value)
    {
        lock (text)
        {
            text.Append(value);
        }
    }

    public override string ToString()
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    /// <summary>Waits until the output satisfies <paramref name="condition"/>, or fails the test after <paramref name="patience"/>.</summary>
    public string WaitFor(Func<string, bool> condition, TimeSpan patience, string what)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < patience)
        {
            var now = ToString();
            if (condition(now))
            {
                return now;
            }

            Thread.Sleep(100);
        }

        throw new AssertionException($"Waited {patience.TotalSeconds:0} s for {what}. Output so far:\n{this}");
    }
}
