namespace MathForML.Kata.Surface;

/// <summary>One way a stub's public surface differs from its reference solution's.</summary>
internal sealed record SurfaceDifference(string TypeName, string Message);

/// <summary>Lists every way the stubs' public surface differs from the reference solution's.</summary>
internal static class SurfaceComparer
{
    public static IReadOnlyList<SurfaceDifference> Compare(ApiSurface kata, ApiSurface solution)
    {
        var differences = new List<SurfaceDifference>();
        foreach (var name in kata.Types.Keys.Union(solution.Types.Keys).Order(StringComparer.Ordinal))
        {
            var inKata = kata.Types.GetValueOrDefault(name);
            var inSolution = solution.Types.GetValueOrDefault(name);
            if (inKata is null || inSolution is null)
            {
                differences.Add(new(name, OnlyIn($"type {name}", inKata is not null)));
                continue;
            }

            if (inKata.Declaration != inSolution.Declaration)
            {
                differences.Add(new(name, $"{name} is declared '{inKata.Declaration}' in the kata but '{inSolution.Declaration}' in the solution"));
            }

            foreach (var member in inKata.Members.Keys.Union(inSolution.Members.Keys).Order(StringComparer.Ordinal))
            {
                var kataSignature = inKata.Members.GetValueOrDefault(member);
                var solutionSignature = inSolution.Members.GetValueOrDefault(member);
                if (kataSignature is null || solutionSignature is null)
                {
                    differences.Add(new(name, OnlyIn(member, kataSignature is not null)));
                }
                else if (kataSignature != solutionSignature)
                {
                    differences.Add(new(name, $"{member} is '{kataSignature}' in the kata but '{solutionSignature}' in the solution"));
                }
            }
        }

        return differences;
    }

    private static string OnlyIn(string what, bool inKata) =>
        inKata
            ? $"{what} exists in the kata but not in the solution"
            : $"{what} exists in the solution but not in the kata";
}
