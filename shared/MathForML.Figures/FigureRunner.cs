using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ScottPlot;

namespace MathForML.Figures;

/// <summary>How drawing one figure went.</summary>
/// <param name="Name">The figure's name.</param>
/// <param name="Status">"ok", "not-implemented" (a stub method still throws) or "failed".</param>
/// <param name="Detail">For "ok" nothing; for "not-implemented" the method to implement (Type.Method); for "failed" what went wrong.</param>
/// <param name="Files">The files written (PNG and SVG), when the figure was drawn.</param>
public sealed record FigureOutcome(string Name, string Status, string? Detail, IReadOnlyList<string> Files);

/// <summary>
/// Draws every figure a figures class defines and writes each as PNG and SVG. The kata tool calls it in a child
/// process of its own, so learner code that hangs or crashes cannot take the tool down.
/// </summary>
public static partial class FigureRunner
{
    /// <summary>Each output line the runner writes for a figure starts with this, followed by a <see cref="FigureOutcome"/> as JSON.</summary>
    public const string OutcomePrefix = "figure ";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The figure methods of a type, in the order they are declared.</summary>
    /// <param name="figures">The figures class.</param>
    /// <returns>Each method with its attribute.</returns>
    public static IReadOnlyList<(MethodInfo Method, FigureAttribute Figure)> Definitions(Type figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => (Method: m, Figure: m.GetCustomAttribute<FigureAttribute>()))
            .Where(d => d.Figure is not null && d.Method.GetParameters().Length == 0 && d.Method.ReturnType == typeof(Plot))
            .OrderBy(d => d.Method.MetadataToken)
            .Select(d => (d.Method, d.Figure!))
            .ToList();
    }

    /// <summary>Draws one figure into <paramref name="folder"/>: Name.png and Name.svg (either may be left out).</summary>
    /// <param name="method">The figure method.</param>
    /// <param name="figure">Its attribute.</param>
    /// <param name="folder">Where to write.</param>
    /// <param name="png">Whether to write the PNG.</param>
    /// <param name="svg">Whether to write the SVG.</param>
    /// <returns>What happened.</returns>
    public static FigureOutcome Draw(MethodInfo method, FigureAttribute figure, string folder, bool png = true, bool svg = true)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(figure);
        Plot plot;
        try
        {
            plot = (Plot)method.Invoke(null, null)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is NotImplementedException missing)
        {
            var site = missing.TargetSite;
            var where = site is null ? missing.Message : $"{site.DeclaringType?.Name}.{site.Name}";
            return new FigureOutcome(figure.Name, "not-implemented", where, []);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } inner)
        {
            return new FigureOutcome(figure.Name, "failed", $"{inner.GetType().Name}: {inner.Message}", []);
        }

        Directory.CreateDirectory(folder);
        var files = new List<string>();
        if (png)
        {
            var path = Path.Combine(folder, figure.Name + ".png");
            plot.SavePng(path, FigureStyle.Width, FigureStyle.Height);
            files.Add(path);
        }

        if (svg)
        {
            var path = Path.Combine(folder, figure.Name + ".svg");
            plot.SaveSvg(path, FigureStyle.Width, FigureStyle.Height);
            NumberClipPathsFromZero(path);
            files.Add(path);
        }

        return new FigureOutcome(figure.Name, "ok", null, files);
    }

    /// <summary>
    /// The SVG writer names clip paths from a counter of the process, so the same figure would come out differently
    /// depending on how many were drawn before it; numbered from 0 in each file, a committed picture changes only when
    /// the picture does.
    /// </summary>
    private static void NumberClipPathsFromZero(string path)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var svg = ClipPathId().Replace(File.ReadAllText(path), m => ids.TryGetValue(m.Value, out var id) ? id : ids[m.Value] = $"cl_{ids.Count}");
        File.WriteAllText(path, svg);
    }

    [GeneratedRegex(@"(?<=id=""|url\(#)cl_[0-9a-f]+")]
    private static partial Regex ClipPathId();

    /// <summary>
    /// Draws every figure of <paramref name="figures"/> and writes one line per figure to <paramref name="output"/>
    /// (<see cref="OutcomePrefix"/> and the outcome as JSON), as soon as it is done.
    /// </summary>
    /// <param name="figures">The figures class.</param>
    /// <param name="folder">Where to write.</param>
    /// <param name="png">Whether to write PNGs.</param>
    /// <param name="svg">Whether to write SVGs.</param>
    /// <param name="output">Where the outcome lines go.</param>
    /// <returns>How many figures were not drawn.</returns>
    public static int DrawAll(Type figures, string folder, bool png, bool svg, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var failures = 0;
        foreach (var (method, figure) in Definitions(figures))
        {
            var outcome = Draw(method, figure, folder, png, svg);
            failures += outcome.Status == "ok" ? 0 : 1;
            output.WriteLine(OutcomePrefix + JsonSerializer.Serialize(outcome, Json));
            output.Flush();
        }

        return failures;
    }
}
