using MathForML.Kata.Caching;
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
    /// references: one build answers for every topic, and each parameterised case is listed on its own. The counts are
    /// kept in .kata/cache/test-counts.json and reused while no kata folder, the harness or the tool changed.
    /// </summary>
    public static async Task<(IReadOnlyList<ListedKata> Katas, string? Problem)> CollectAsync(
        WorkbookRoot root, KataCatalog catalog, Scope scope, TimeSpan timeout, TextWriter warnings, CancellationToken cancellationToken)
    {
        if (!scope.Katas.Any())
        {
            return ([], null); // nothing to count: no reason to build anything
        }

        var cachePath = Path.Combine(root.CacheFolder, "test-counts.json");
        var fingerprint = Fingerprint.OfAllKatas(root, Fingerprint.ToolBuild);
        var cached = StateFile.Load<CachedCounts>(root, cachePath, warnings, c => c.Fingerprint is not null && c.Counts is not null);
        if (cached?.Fingerprint == fingerprint && scope.Katas.All(k => cached.Counts.ContainsKey(k.FixtureFullName)))
        {
            return ([.. scope.Katas.Select(k => new ListedKata(k, cached.Counts[k.FixtureFullName]))], null);
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

        if (names is not null)
        {
            var counts = catalog.Katas
                .Select(k => k.FixtureFullName)
                .Distinct(StringComparer.Ordinal)
                .ToDictionary(f => f, f => TestListParser.CountForFixture(names, f), StringComparer.Ordinal);
            StateFile.Save(root, cachePath, new CachedCounts(fingerprint, counts));
        }

        var katas = scope.Katas
            .Select(k => new ListedKata(k, names is null ? null : TestListParser.CountForFixture(names, k.FixtureFullName)))
            .ToList();
        return (katas, problem is null ? null : $"Could not count the tests ({problem}).");
    }

    private sealed record CachedCounts(string Fingerprint, Dictionary<string, int> Counts);

    public static void WriteTable(IAnsiConsole console, WorkbookRoot root, Scope scope, IReadOnlyList<ListedKata> katas)
    {
        if (scope.Kata is { } kata)
        {
            WriteDetails(console, root, katas.Single(k => k.Kata == kata));
            return;
        }

        string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // One line per kata at any width: the id stays whole; the title shortens, then goes, then the curriculum ids, then the hints.
        var table = FittedTable.Build(
            null,
            [
                new("Id", [.. katas.Select(k => k.Kata.Id)]),
                new("Title", [.. katas.Select(k => k.Kata.Title)], DropRank: 3, Shrinks: true),
                new("Level", [.. katas.Select(k => k.Kata.Level)]),
                new("Covers", [.. katas.Select(k => string.Join(", ", k.Kata.Covers))], DropRank: 2),
                new("Hints", [.. katas.Select(k => Count(k.Kata.Hints.Count))], DropRank: 1, RightAligned: true),
                new("Tests", [.. katas.Select(k => k.Tests is { } n ? Count(n) : "?")], RightAligned: true),
            ],
            console.Profile.Width);
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
