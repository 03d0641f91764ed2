using Spectre.Console;
using Spectre.Console.Rendering;

namespace MathForML.Kata.Cli;

/// <summary>
/// A table that keeps one line per row at any terminal width: cells never wrap, and when the columns do not fit, the
/// shrinkable column is shortened with an ellipsis, and then the optional columns are dropped, least useful first.
/// Essential columns (the kata id) are always whole.
/// </summary>
internal static class FittedTable
{
    /// <summary>A shrinkable column narrower than this says too little to be worth its place.</summary>
    public const int MinimumShrunkWidth = 16;

    /// <summary>One column: its header, each row's plain text, and how it may give way.</summary>
    /// <param name="Header">The header text.</param>
    /// <param name="Texts">Each row's cell as plain text (its width is what the layout counts).</param>
    /// <param name="Render">Draws a row's cell (colours, bars) from its index; plain text when null.</param>
    /// <param name="DropRank">0 for an essential column; otherwise columns with higher ranks are dropped first.</param>
    /// <param name="Shrinks">Whether the column is shortened with an ellipsis before anything is dropped.</param>
    /// <param name="RightAligned">Whether numbers line up on the right.</param>
    internal sealed record Column(
        string Header,
        IReadOnlyList<string> Texts,
        Func<int, IRenderable>? Render = null,
        int DropRank = 0,
        bool Shrinks = false,
        bool RightAligned = false)
    {
        // One column of slack for symbols (⚠, ⏱) that some terminals draw two cells wide.
        public int Width => Math.Max(Header.Length, Texts.Count == 0 ? 0 : Texts.Max(t => t.Length)) + (Render is null ? 0 : 1);
    }

    /// <summary>The columns that fit in <paramref name="width"/> with the width of the shrinkable one (null: not shortened).</summary>
    public static (IReadOnlyList<Column> Columns, int? ShrunkWidth) Layout(IReadOnlyList<Column> columns, int width)
    {
        var kept = columns.ToList();
        while (true)
        {
            // A bordered column takes its content, a space either side and one border; then the closing border.
            var total = kept.Sum(c => c.Width + 3) + 1;
            if (total <= width)
            {
                return (kept, null);
            }

            var shrinking = kept.FirstOrDefault(c => c.Shrinks);
            if (shrinking is not null && shrinking.Width - (total - width) >= MinimumShrunkWidth)
            {
                return (kept, shrinking.Width - (total - width));
            }

            var drop = shrinking ?? kept.Where(c => c.DropRank > 0).MaxBy(c => c.DropRank);
            if (drop is null)
            {
                return (kept, null); // only essentials left: they stay whole even if the terminal is narrower still
            }

            kept.Remove(drop);
        }
    }

    public static Table Build(string? title, IReadOnlyList<Column> columns, int width)
    {
        var (kept, shrunk) = Layout(columns, width);
        var table = new Table();
        if (title is not null)
        {
            table.Title(title);
        }

        foreach (var column in kept)
        {
            var added = new TableColumn(column.Header).NoWrap();
            table.AddColumn(column.RightAligned ? added.RightAligned() : added);
        }

        var rows = columns.Count == 0 ? 0 : columns[0].Texts.Count;
        for (var row = 0; row < rows; row++)
        {
            table.AddRow(kept.Select(c => Cell(c, row, shrunk)).ToArray());
        }

        return table;
    }

    private static IRenderable Cell(Column column, int row, int? shrunk)
    {
        if (column.Shrinks && shrunk is { } width)
        {
            return new Text(Shorten(column.Texts[row], width));
        }

        return column.Render?.Invoke(row) ?? new Text(column.Texts[row]);
    }

    private static string Shorten(string text, int width) =>
        text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1).TrimEnd(), "…");
}
