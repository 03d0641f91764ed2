namespace MathForML.Kata.Surface;

/// <summary>The public types of one namespace, each with its members as readable signatures.</summary>
internal sealed record ApiSurface(IReadOnlyDictionary<string, ApiType> Types);

/// <summary>
/// A public type. <see cref="Members"/> maps a member's identity (name and parameter types: "Grids.Arange(Double, Double, Double)")
/// to its full signature ("static Double[] Grids.Arange(Double start, Double stop, Double step)").
/// </summary>
internal sealed record ApiType(string Name, string Declaration, IReadOnlyDictionary<string, string> Members);
