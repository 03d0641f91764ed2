using System.Diagnostics;

namespace MathForML.Kata.Tests.Support;

/// <summary>Finds live processes by their command line (Linux /proc): a way to prove that a run left nothing behind.</summary>
internal static class ProcessScan
{
    /// <summary>Processes other than this one whose command line mentions <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Mentioning(string text)
    {
        var found = new List<string>();
        if (!Directory.Exists("/proc"))
        {
            return found;
        }

        var self = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var folder in Directory.GetDirectories("/proc"))
        {
            var id = Path.GetFileName(folder);
            if (!id.All(char.IsAsciiDigit) || id == self)
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ').Trim();
                if (commandLine.Contains(text, StringComparison.Ordinal))
                {
                    found.Add($"{id}: {commandLine}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked.
            }
        }

        return found;
    }

    /// <summary>Waits up to <paramref name="patience"/> for the processes mentioning <paramref name="text"/> to be gone.</summary>
    public static IReadOnlyList<string> SurvivorsAfter(string text, TimeSpan patience)
    {
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            var survivors = Mentioning(text);
            if (survivors.Count == 0 || stopwatch.Elapsed > patience)
            {
                return survivors;
            }

            Thread.Sleep(200);
        }
    }
}
