using MathForML.Kata.Catalog;
using MathForML.Kata.Cli;
using MathForML.Kata.Figures;
using MathForML.Kata.Targets;
using MathForML.Kata.Testing;
using MathForML.Kata.Workbook;
using Spectre.Console;

namespace MathForML.Kata.Listing;

/// <summary>A catalog entry with its number of test cases (null when discovery failed).</summary>
internal sealed record ListedKata(KataEntry Kata, int? Tests);

/// <summary>The list command: catalog entries plus test counts discovered from the reference test project.</summary>
internal static class KataListing
{
    /// <summary>
    /// Counts test cases per fixture by listing MathForML.Solutions.Tests, which compiles every kata's tests against the
    /// references: one build answers for every topic, and each parameterised case is listed on its own.
    /// </summary>
    public static async Task<(IReadOnlyList<ListedKata> Katas, string? Problem)> CollectAsync(
        WorkbookRoot root, Scope scope, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!scope.Katas.Any())
        {
            return ([], null); // nothing to count: no reason to build anything
        }

        string? problem;
        IReadOnlyList<string>? names = null;
        if (!File.Exists(root.SolutionsTestsProjectPath))
        {
            problem = $"{root.Relative(root.SolutionsTestsProjectPath)} does not exist";
        }
        else
        {
            var listing = await new DotnetCli(root.Directory)
                .ListTestsAsync(root.SolutionsTestsProjectPath, timeout, cancellationToken)
                .ConfigureAwait(false);
            (names, problem) = (listing.Names, listing.Problem);
        }

        var katas = scope.Katas
            .Select(k => new ListedKata(k, names is null ? null : TestListParser.CountForFixture(names, k.FixtureFullName)))
            .ToList();
        return (katas, problem is null ? null : $"Could not count the tests ({problem}).");
    }

    public static void WriteTable(IAnsiConsole console, WorkbookRoot root, Scope scope, IReadOnlyList<ListedKata> katas)
    {
        if (scope.Kata is { } kata)
        {
            WriteDetails(console, root, katas.Single(k => k.Kata == kata));
            return;
        }

        var table = new Table()
            .AddColumn("Id")
            .AddColumn("Title")
            .AddColumn("Level")
            .AddColumn("Covers")
            .AddColumn(new TableColumn("Hints").RightAligned())
            .AddColumn(new TableColumn("Tests").RightAligned());
        foreach (var listed in katas)
        {
            table.AddRow(
                new Text(listed.Kata.Id),
                new Text(listed.Kata.Title),
                new Text(listed.Kata.Level),
                new Text(string.Join(", ", listed.Kata.Covers)),
                new Text(listed.Kata.Hints.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Text(listed.Tests?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"));
        }

        console.Write(table);

        // Curriculum coverage counts every topic in scope, including future ones without katas.
        var curriculum = scope.Topics.SelectMany(t => t.Topic.Curriculum).Select(c => c.Id).Distinct().ToList();
        var covered = scope.Topics.SelectMany(t => t.Topic.Katas).SelectMany(k => k.Covers).ToHashSet(StringComparer.Ordinal);
        console.WriteLine(
            $"{katas.Count} katas · {katas.Sum(k => k.Tests ?? 0)} tests · curriculum items covered: "
            + $"{curriculum.Count(covered.Contains)} of {curriculum.Count}");
    }

    /// <summary>One kata: where everything about it is, and what it holds.</summary>
    private static void WriteDetails(IAnsiConsole console, WorkbookRoot root, ListedKata listed)
    {
        var kata = listed.Kata;
        var files = KataFiles.Of(root, kata);
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Row(string label, string value) => grid.AddRow(new Text(label), new Text(value));
        Row("Kata", $"{kata.Id}: {kata.Title}");
        Row("Level", kata.Level);
        Row("Covers", string.Join(", ", kata.Covers));
        Row("Folder", files.Folder + "/");
        Row("Lesson", files.Lesson);
        Row("Stub", files.Stub + "  (the file you edit)");
        Row("Tests", files.Tests + $"  ({listed.Tests?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} tests)");
        if (files.Given.Count > 0)
        {
            Row("Given", string.Join(", ", files.Given) + "  (used, not edited)");
        }

        foreach (var figures in KataFigures.Of(root, kata))
        {
            Row("Figures", $"{root.Relative(figures.File)}: {string.Join(", ", figures.Figures.Select(f => f.Name))}  ({KataCommand.With($"plot {kata.Id}")})");
        }

        Row("Reference", files.Reference);
        Row("Hints", $"{kata.Hints.Count} ({KataCommand.With($"hint {kata.Id}")})");
        console.Write(grid);
    }

    public static void WriteJson(IAnsiConsole console, WorkbookRoot root, IReadOnlyList<ListedKata> katas) =>
        JsonOutput.Write(console, katas.Select(listed => new
        {
            listed.Kata.Id,
            Topic = listed.Kata.Topic.Folder,
            listed.Kata.Title,
            listed.Kata.Level,
            listed.Kata.Covers,
            Hints = listed.Kata.Hints.Count,
            listed.Tests,
            Files = KataFiles.Of(root, listed.Kata),
        }));
}

/// <summary>Where a kata's files are, relative to the workbook root.</summary>
internal sealed record KataFiles(string Folder, string Lesson, string Stub, string Tests, IReadOnlyList<string> Given, string Reference)
{
    public static KataFiles Of(WorkbookRoot root, KataEntry kata) => new(
        root.Relative(root.KataFolder(kata)),
        root.Relative(root.LessonPath(kata)),
        root.Relative(root.StubPath(kata)),
        root.Relative(root.TestFilePath(kata)),
        root.GivenFiles(kata).Select(root.Relative).ToList(),
        root.Relative(root.ReferencePath(kata)));
}
