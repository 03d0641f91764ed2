using System.Globalization;
using System.Xml.Linq;

namespace MathForML.Kata.Testing;

/// <summary>What a trx file says: the results, and the run-level errors (a crashed test host, say).</summary>
internal sealed record TrxReport(IReadOnlyList<TestCaseResult> Results, IReadOnlyList<string> RunErrors)
{
    /// <summary>
    /// vstest writes the trx even when the test host dies; the run is then marked with an error run-info such as
    /// "The active test run was aborted. Reason: Test host process crashed : Stack overflow."
    /// </summary>
    public string? CrashReason => RunErrors.FirstOrDefault(TestHostCrash.IsCrashText);
}

/// <summary>Reads the results of a test run from a Visual Studio trx file.</summary>
internal static class TrxParser
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static IReadOnlyList<TestCaseResult> Parse(string xml) => ParseReport(xml).Results;

    public static TrxReport ParseReport(string xml)
    {
        var document = XDocument.Parse(xml);

        // Test definitions carry the class name; results refer to them by id.
        var classNames = document.Descendants(Trx + "UnitTest")
            .Select(test => (Id: (string?)test.Attribute("id"), Class: (string?)test.Element(Trx + "TestMethod")?.Attribute("className")))
            .Where(test => test.Id is not null)
            .GroupBy(test => test.Id!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Class ?? "", StringComparer.OrdinalIgnoreCase);

        var results = (document.Root?.Element(Trx + "Results")?.Elements(Trx + "UnitTestResult") ?? [])
            .Select(result =>
            {
                var errorInfo = result.Element(Trx + "Output")?.Element(Trx + "ErrorInfo");
                return new TestCaseResult(
                    classNames.GetValueOrDefault((string?)result.Attribute("testId") ?? "", ""),
                    (string?)result.Attribute("testName") ?? "",
                    (string?)result.Attribute("outcome") ?? "Unknown",
                    (string?)errorInfo?.Element(Trx + "Message"),
                    (string?)errorInfo?.Element(Trx + "StackTrace"),
                    Time((string?)result.Attribute("startTime")));
            })
            .ToList();

        var runErrors = document.Descendants(Trx + "RunInfo")
            .Where(info => string.Equals((string?)info.Attribute("outcome"), "Error", StringComparison.OrdinalIgnoreCase))
            .Select(info => ((string?)info.Element(Trx + "Text") ?? "").Trim())
            .Where(text => text.Length > 0)
            .ToList();
        return new TrxReport(results, runErrors);
    }

    private static DateTimeOffset? Time(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : null;
}
