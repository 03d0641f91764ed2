using System.Reflection;
using System.Text.Json;

namespace MathForML.Kata.Compare;

/// <summary>
/// The child process that loads the learner's assembly and the reference side by side and drives each method.
/// It runs apart from the tool because learner code can overflow the stack, which no .NET process survives; it reports
/// each method as it goes ("start …", then "result {json}"), so the parent knows which method a crash happened in.
/// </summary>
internal static class CompareWorker
{
    public const string CommandName = "__compare-worker";

    public static int Run(string requestPath, TextWriter protocol)
    {
        var request = JsonSerializer.Deserialize<CompareRequest>(File.ReadAllText(requestPath), CompareProtocol.Json)
            ?? throw new InvalidOperationException("empty compare request");

        // Learner code may print; the protocol must stay parseable.
        Console.SetOut(TextWriter.Null);
        var skip = request.Skip.ToHashSet(StringComparer.Ordinal);
        var learnerSide = new SideLoadContext("learner", request.KataAssembly, request.KataProbeFolders);
        var referenceSide = new SideLoadContext("reference", request.ReferenceAssembly, request.ReferenceProbeFolders);
        var limit = TimeSpan.FromMilliseconds(request.CallLimitMilliseconds);
        var driven = 0;
        foreach (var typeName in request.TypeNames)
        {
            var learnerType = learnerSide.Main.GetType(typeName);
            var referenceType = referenceSide.Main.GetType(typeName);

            // Types without public static methods (a record holding a result, say) have nothing to drive.
            var methods = learnerType?.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName)
                .OrderBy(m => m.MetadataToken)
                .ToList() ?? [];
            foreach (var method in methods)
            {
                driven++;
                var key = MethodDriver.Key(method);
                if (skip.Contains(key))
                {
                    continue;
                }

                protocol.WriteLine(CompareProtocol.StartPrefix + key);
                protocol.Flush();
                var reference = referenceType?.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                    .FirstOrDefault(m => !m.IsSpecialName && MethodDriver.Key(m) == key);
                MethodComparison comparison;
                try
                {
                    comparison = MethodDriver.Drive(key, method, reference, request.Seed, limit);
                }
#pragma warning disable CA1031 // Anything unexpected (an argument that cannot be built, say) is that method's report, not the end of the run.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    comparison = new MethodComparison(key, MethodVerdict.CannotDrive, $"driving it failed: {e.GetType().Name}: {e.Message}");
                }

                Report(protocol, comparison);
                if (comparison.Verdict == MethodVerdict.Hung)
                {
                    return CompareProtocol.HungExitCode; // the stuck thread cannot be stopped: end the process
                }
            }
        }

        var everything = string.Join(", ", request.TypeNames);
        if (driven == 0 && !skip.Contains(everything))
        {
            Report(protocol, new MethodComparison(everything, MethodVerdict.CannotDrive, "your stub file declares no public static methods to drive"));
        }

        return 0;
    }

    private static void Report(TextWriter protocol, MethodComparison comparison)
    {
        protocol.WriteLine(CompareProtocol.ResultPrefix + JsonSerializer.Serialize(comparison, CompareProtocol.Json));
        protocol.Flush();
    }
}
