namespace MathForML.Kata.Testing;

/// <summary>Reads the output of "dotnet test --list-tests".</summary>
internal static class TestListParser
{
    private const string Header = "The following Tests are available:";

    /// <summary>The listed test names, or null when the output has no test list at all.</summary>
    public static IReadOnlyList<string>? Parse(string output)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.Trim() == Header);
        if (start < 0)
        {
            return null;
        }

        // Names are indented; the list ends at the first line that is not.
        return lines.Skip(start + 1)
            .TakeWhile(l => l.StartsWith(' ') || l.StartsWith('\t'))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
    }

    /// <summary>How many listed full names belong to the fixture (parameterised cases each count).</summary>
    public static int CountForFixture(IEnumerable<string> fullNames, string fixtureFullName) =>
        fullNames.Count(name =>
            name.StartsWith(fixtureFullName + ".", StringComparison.Ordinal)
            || name.StartsWith(fixtureFullName + "(", StringComparison.Ordinal));
}
