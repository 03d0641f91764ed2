using System.Xml.Linq;

namespace MathForML.Kata.Testing;

/// <summary>Reads the results of a test run from a Visual Studio trx file.</summary>
internal static class TrxParser
{
    private static readonly XNamespace Trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static IReadOnlyList<TestCaseResult> Parse(string xml)
    {
        var document = XDocument.Parse(xml);

        // Test definitions carry the class name; results refer to them by id.
        var classNames = document.Descendants(Trx + "UnitTest")
            .Select(test => (Id: (string?)test.Attribute("id"), Class: (string?)test.Element(Trx + "TestMethod")?.Attribute("className")))
            .Where(test => test.Id is not null)
            .GroupBy(test => test.Id!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Class ?? "", StringComparer.OrdinalIgnoreCase);

        var results = document.Root?.Element(Trx + "Results")?.Elements(Trx + "UnitTestResult") ?? [];
        return results
            .Select(result => new TestCaseResult(
                classNames.GetValueOrDefault((string?)result.Attribute("testId") ?? "", ""),
                (string?)result.Attribute("testName") ?? "",
                (string?)result.Attribute("outcome") ?? "Unknown",
                (string?)result.Element(Trx + "Output")?.Element(Trx + "ErrorInfo")?.Element(Trx + "Message")))
            .ToList();
    }
}
