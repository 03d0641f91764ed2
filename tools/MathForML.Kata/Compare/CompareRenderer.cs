using System.Globalization;
using Spectre.Console;

namespace MathForML.Kata.Compare;

/// <summary>Shows the learner's file beside the reference, then how the two agree and how fast each is.</summary>
internal static class CompareRenderer
{
    /// <summary>Below this many columns per side, the files are shown one after the other.</summary>
    private const int Gutter = 6;

    public static void WriteFiles(IAnsiConsole console, (string Title, string Text) learner, (string Title, string Text) reference)
    {
        var widest = learner.Text.Split('\n').Concat(reference.Text.Split('\n')).Max(l => l.TrimEnd('\r').Length);
        var sideBySide = console.Profile.Capabilities.Interactive && console.Profile.Width >= (2 * (widest + Gutter)) + 2;
        var left = Panel(learner);
        var right = Panel(reference);
        if (sideBySide)
        {
            console.Write(new Columns(left, right) { Expand = false });
        }
        else
        {
            console.Write(left);
            console.Write(right);
        }
    }

    public static void WriteComparisons(IAnsiConsole console, IReadOnlyList<MethodComparison> comparisons, int seed)
    {
        console.WriteLine($"Both run on the same {ArgumentKinds.Attempts} seeded inputs per method (seed {seed}); inputs the reference rejects are skipped:");
        var table = new Table()
            .AddColumn("Method")
            .AddColumn(new TableColumn("Inputs").RightAligned())
            .AddColumn(new TableColumn("Largest |Δ|").RightAligned())
            .AddColumn(new TableColumn("Digits agree").RightAligned())
            .AddColumn(new TableColumn("Yours / call").RightAligned())
            .AddColumn(new TableColumn("Reference / call").RightAligned());
        foreach (var c in comparisons.Where(c => c.Digits is not null))
        {
            table.AddRow(
                new Text(c.Key),
                new Text(c.Inputs.ToString(CultureInfo.InvariantCulture)),
                new Text(Difference(c.LargestDifference)),
                new Markup(DigitsMarkup(c.Digits, c.LargestDifference)),
                new Text(Time(c.LearnerNanoseconds)),
                new Text(Time(c.ReferenceNanoseconds)));
        }

        if (table.Rows.Count > 0)
        {
            console.Write(table);
        }

        foreach (var c in comparisons.Where(c => c.Reason is not null))
        {
            var label = c.Verdict switch
            {
                MethodVerdict.CannotDrive => "cannot drive",
                MethodVerdict.NoValidInput => "no input",
                MethodVerdict.LearnerThrew => "threw",
                MethodVerdict.Hung => "did not return",
                MethodVerdict.Crashed => "crashed",
                _ => "note",
            };
            console.MarkupLineInterpolated($"[yellow]{c.Key}[/] — {label}: {c.Reason}");
        }
    }

    internal static string Difference(double? difference) => difference switch
    {
        null => "–",
        0 => "0",
        double.PositiveInfinity => "different",
        { } d => d.ToString("0.##e+0", CultureInfo.InvariantCulture),
    };

    internal static string Time(double? nanoseconds) => nanoseconds switch
    {
        null => "–",
        < 1_000 => $"{nanoseconds.Value.ToString("0", CultureInfo.InvariantCulture)} ns",
        < 1_000_000 => $"{(nanoseconds.Value / 1_000).ToString("0.0", CultureInfo.InvariantCulture)} µs",
        _ => $"{(nanoseconds.Value / 1_000_000).ToString("0.0", CultureInfo.InvariantCulture)} ms",
    };

    private static string DigitsMarkup(double? digits, double? difference)
    {
        if (digits is null)
        {
            return "–";
        }

        var text = difference == 0 ? "16 (identical)" : digits.Value.ToString("0.0", CultureInfo.InvariantCulture);
        var colour = digits >= 12 ? "green" : digits >= 6 ? "yellow" : "red";
        return $"[{colour}]{Markup.Escape(text)}[/]";
    }

    private static Panel Panel((string Title, string Text) file) =>
        new Panel(new Text(file.Text.TrimEnd()))
            .Header(Markup.Escape(file.Title))
            .Border(BoxBorder.Rounded);
}
