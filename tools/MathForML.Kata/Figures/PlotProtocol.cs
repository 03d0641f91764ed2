using System.Text.Json;

namespace MathForML.Kata.Figures;

/// <summary>What the plot worker is asked to draw: figures classes of one assembly, each into a folder.</summary>
internal sealed record PlotRequest(string Assembly, IReadOnlyList<PlotJob> Jobs, bool Png, bool Svg);

/// <summary>One figures class and the folder its figures go to.</summary>
internal sealed record PlotJob(string Type, string Folder);

/// <summary>How one figure came out (the same shape as MathForML.Figures.FigureOutcome, read from JSON).</summary>
internal sealed record FigureOutcome(string Name, string Status, string? Detail, IReadOnlyList<string> Files)
{
    public const string Ok = "ok";
    public const string NotImplemented = "not-implemented";
    public const string Failed = "failed";
}

/// <summary>The lines the worker writes: which class it starts, then one line per figure.</summary>
internal static class PlotProtocol
{
    public const string JobPrefix = "job ";

    /// <summary>The same prefix as MathForML.Figures.FigureRunner.OutcomePrefix.</summary>
    public const string OutcomePrefix = "figure ";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
