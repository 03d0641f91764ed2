using System.Collections;
using System.Reflection;
using System.Text.Json;
using MathForML.Kata.Compare;
using MathForML.Kata.Testing;

namespace MathForML.Kata.Watch;

/// <summary>
/// Runs one fixture of a built NUnit test assembly with NUnit's own engine-less runner (NUnitTestAssemblyRunner, the
/// one NUnitLite uses), loaded from the test project's output folder through reflection: no vstest, no test host, no
/// adapter. It runs in a child process of its own (the hidden command below), so a learner's endless loop or stack
/// overflow ends that process, not the tool; the parent reads the results from its output.
/// </summary>
internal static class NUnitInProcess
{
    public const string CommandName = "__run-tests";

    /// <summary>Marks the output line that carries the results as JSON.</summary>
    public const string ResultsPrefix = "results ";

    /// <summary>The exit code when the assembly is not one this runner can handle (the caller falls back to vstest).</summary>
    public const int UnsupportedExitCode = 4;

    public static int Run(string assemblyPath, string fixtureFullName, TextWriter protocol)
    {
        var original = Console.Out;
        Console.SetOut(TextWriter.Null); // learner code may print; the protocol line must stay parseable
        try
        {
            var context = new SideLoadContext("tests", assemblyPath, [Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!]);
            Assembly nunit;
            try
            {
                nunit = context.LoadFromAssemblyName(new AssemblyName("nunit.framework"));
            }
            catch (FileNotFoundException)
            {
                protocol.WriteLine("unsupported: no nunit.framework next to the test assembly");
                return UnsupportedExitCode;
            }

            var builder = Activator.CreateInstance(Type(nunit, "NUnit.Framework.Api.DefaultTestAssemblyBuilder"))!;
            var runner = Activator.CreateInstance(Type(nunit, "NUnit.Framework.Api.NUnitTestAssemblyRunner"), builder)!;
            var settings = new Dictionary<string, object>();
            runner.GetType().GetMethod("Load", [typeof(Assembly), typeof(IDictionary<string, object>)])!.Invoke(runner, [context.Main, settings]);

            var filterXml = $"<filter><class>{System.Security.SecurityElement.Escape(fixtureFullName)}</class></filter>";
            var filter = Type(nunit, "NUnit.Framework.Internal.TestFilter").GetMethod("FromXml", [typeof(string)])!.Invoke(null, [filterXml]);
            var listener = Type(nunit, "NUnit.Framework.Internal.TestListener").GetProperty("NULL", BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
            var run = runner.GetType().GetMethods().Single(m => m.Name == "Run" && m.GetParameters().Length == 2);
            var result = run.Invoke(runner, [listener, filter]);

            var cases = new List<TestCaseResult>();
            Collect(result, cases);
            protocol.WriteLine(ResultsPrefix + JsonSerializer.Serialize(cases, CompareProtocol.Json));
            protocol.Flush();
            return 0;
        }
#pragma warning disable CA1031 // Whatever stops this runner (an unexpected NUnit version, a load failure) hands the run to vstest.
        catch (Exception e)
#pragma warning restore CA1031
        {
            protocol.WriteLine($"unsupported: {e.GetType().Name}: {e.Message}");
            return UnsupportedExitCode;
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    private static Type Type(Assembly assembly, string name) =>
        assembly.GetType(name) ?? throw new TypeLoadException($"{name} is not in {assembly.GetName().Name} {assembly.GetName().Version}");

    /// <summary>Walks NUnit's result tree (through its public interfaces) and keeps the test cases.</summary>
    private static void Collect(object? result, List<TestCaseResult> cases)
    {
        if (result is null)
        {
            return;
        }

        var test = Get(result, "Test");
        var isSuite = (bool)(Get(test, "IsSuite") ?? false);
        if (!isSuite)
        {
            var state = Get(result, "ResultState");
            var status = Get(state, "Status")?.ToString();
            var label = Get(state, "Label")?.ToString();
            var outcome = status switch
            {
                "Passed" => "Passed",
                "Failed" when label is "Error" or "Cancelled" => "Error",
                "Failed" => "Failed",
                "Skipped" => "NotExecuted",
                _ => status ?? "Unknown",
            };
            var start = Get(result, "StartTime") is DateTime time ? new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)) : (DateTimeOffset?)null;
            cases.Add(new TestCaseResult(
                Get(test, "ClassName")?.ToString() ?? "",
                Get(test, "Name")?.ToString() ?? "",
                outcome,
                Get(result, "Message") as string is { Length: > 0 } message ? message : null,
                Get(result, "StackTrace") as string,
                start));
            return;
        }

        if (Get(result, "Children") is IEnumerable children)
        {
            foreach (var child in children)
            {
                Collect(child, cases);
            }
        }
    }

    /// <summary>A property through NUnit's public interfaces (the concrete result classes implement them explicitly in places).</summary>
    private static object? Get(object? target, string property)
    {
        if (target is null)
        {
            return null;
        }

        var type = target.GetType();
        var info = type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance)
            ?? type.GetInterfaces().Select(i => i.GetProperty(property)).FirstOrDefault(p => p is not null);
        return info?.GetValue(target);
    }
}
