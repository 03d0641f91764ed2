using ScottPlot;

namespace MathForML.Figures;

/// <summary>The one place for how figures look: size, font, colours, labels and legends.</summary>
public static class FigureStyle
{
    /// <summary>Width of a rendered figure in pixels.</summary>
    public const int Width = 720;

    /// <summary>Height of a rendered figure in pixels.</summary>
    public const int Height = 480;

    /// <summary>A font that every Debian machine has (fonts-dejavu-core), so text renders the same in CI.</summary>
    public const string Font = "DejaVu Sans";

    /// <summary>
    /// The Okabe–Ito colours, distinguishable with every common colour-vision deficiency, in the order series use
    /// them: blue, orange, bluish green, vermillion, sky blue, reddish purple, yellow. Black is kept for references.
    /// </summary>
    public static IReadOnlyList<Color> Palette { get; } =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#D55E00"),
        Color.FromHex("#56B4E9"), Color.FromHex("#CC79A7"), Color.FromHex("#F0E442"),
    ];

    /// <summary>The colour of reference curves (the exact function, a bound): black.</summary>
    public static Color Reference { get; } = Colors.Black;

    /// <summary>The k-th series colour, cycling through <see cref="Palette"/>.</summary>
    /// <param name="k">The series index, from 0.</param>
    /// <returns>The colour.</returns>
    public static Color Series(int k) => Palette[((k % Palette.Count) + Palette.Count) % Palette.Count];

    /// <summary>A new plot with the workbook's font, the title (what to look at) and the axis labels.</summary>
    /// <param name="title">What the figure shows and what to look at, e.g. "Central differences win until h ≈ 1e-5".</param>
    /// <param name="xLabel">The horizontal axis, with units or notation.</param>
    /// <param name="yLabel">The vertical axis.</param>
    /// <returns>The plot.</returns>
    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        plot.Title(title);
        plot.Axes.Title.Label.FontSize = 16;
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.Axes.Bottom.Label.FontSize = 14;
        plot.Axes.Left.Label.FontSize = 14;
        return plot;
    }

    /// <summary>Black text in the workbook's font at a point of the plot (a note, a tile's name).</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="text">The text.</param>
    /// <param name="x">The point's x.</param>
    /// <param name="y">The point's y.</param>
    /// <param name="alignment">Which side of the text sits at the point.</param>
    /// <param name="size">The font size.</param>
    /// <param name="offsetX">A shift to the right, in pixels.</param>
    /// <param name="offsetY">A shift down, in pixels (negative: up).</param>
    public static void Text(Plot plot, string text, double x, double y, Alignment alignment, float size = 12, float offsetX = 0, float offsetY = 0)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = Font;
        label.LabelFontSize = size;
        label.LabelFontColor = Reference;
        label.LabelAlignment = alignment;
        label.LabelOffsetX = offsetX;
        label.LabelOffsetY = offsetY;
    }

    /// <summary>Shows the legend of every labelled series in a corner where it rarely hides data.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="corner">Where to put it.</param>
    public static void Legend(Plot plot, Alignment corner = Alignment.UpperRight)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.ShowLegend(corner);
        plot.Legend.FontName = Font;
        plot.Legend.FontSize = 12;
    }
}
