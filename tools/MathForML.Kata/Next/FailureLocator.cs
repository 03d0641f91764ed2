using MathForML.Kata.Catalog;
using MathForML.Kata.Testing;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Next;

/// <summary>Where to look for a failing test: the line in the stub, and the line in the test.</summary>
internal sealed record FailureLocation(string StubFile, int? StubLine, string? StubNote, string? TestFile, int? TestLine);

internal static class FailureLocator
{
    /// <summary>
    /// The stub's line comes from the failure's stack trace (the frame in the stub file: a NotImplementedException or
    /// an exception the learner's code threw). A wrong value leaves no stub frame; then the first method still throwing
    /// NotImplementedException is a fair pointer, and the test's own line says which assertion failed.
    /// </summary>
    public static FailureLocation Locate(WorkbookRoot root, KataEntry kata, TestCaseResult? failure)
    {
        var stub = root.StubPath(kata);
        var frames = StackTraceFrames.Parse(failure?.StackTrace);
        var inStub = StackTraceFrames.FirstIn(frames, stub);
        var inTest = StackTraceFrames.FirstIn(frames, root.TestFilePath(kata));
        var testFile = inTest is null ? null : root.Relative(root.TestFilePath(kata));
        if (inStub is not null)
        {
            return new FailureLocation(root.Relative(stub), inStub.Line, null, testFile, inTest?.Line);
        }

        var unimplemented = FirstUnimplementedLine(stub);
        return unimplemented is null
            ? new FailureLocation(root.Relative(stub), null, null, testFile, inTest?.Line)
            : new FailureLocation(root.Relative(stub), unimplemented, "the first method still throwing NotImplementedException", testFile, inTest?.Line);
    }

    private static int? FirstUnimplementedLine(string stub)
    {
        if (!File.Exists(stub))
        {
            return null;
        }

        var lines = File.ReadAllLines(stub);
        var index = Array.FindIndex(lines, l => l.Contains("NotImplementedException(", StringComparison.Ordinal) && l.Contains("throw", StringComparison.Ordinal));
        return index < 0 ? null : index + 1;
    }
}
