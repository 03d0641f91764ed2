namespace MathForML.Figures;

/// <summary>
/// Marks a public static method returning a <see cref="ScottPlot.Plot"/> as one figure of a kata. The renderer writes
/// it as <c>&lt;Name&gt;.png</c> and <c>&lt;Name&gt;.svg</c>; the kata's lesson embeds <c>figures/&lt;Name&gt;.svg</c>
/// with the caption.
/// </summary>
/// <param name="name">The file name without extension, in kebab-case (e.g. "unit-circle").</param>
/// <param name="caption">What the reader should see in the figure, in one or two sentences.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class FigureAttribute(string name, string caption) : Attribute
{
    /// <summary>The file name without extension.</summary>
    public string Name { get; } = name;

    /// <summary>What the reader should see.</summary>
    public string Caption { get; } = caption;
}
