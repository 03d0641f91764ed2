using System.Text.RegularExpressions;
using MathForML.Kata.Figures;
using MathForML.Kata.Lessons;
using MathForML.Kata.Targets;
using MathForML.Kata.Verification;
using MathForML.Kata.Workbook;
using MathForML.Kata.Cli;

namespace MathForML.Kata.Catalog;

/// <summary>Checks that the catalog and the files on disk tell the same story (verify step b).</summary>
internal sealed partial class CatalogValidator(WorkbookRoot root, KataCatalog catalog, SolutionFile? solution)
{
    private readonly Integrity.Checksums checksums = new(root);
    private readonly Lazy<IReadOnlyDictionary<string, string>?> recordedChecksums = new(() => new Integrity.Checksums(root).Load());

    public static readonly IReadOnlyList<string> Levels = ["beginner", "intermediate", "advanced"];

    public const int MinimumHints = 2;

    public const string RoadmapFileName = "roadmap.md";

    public IReadOnlyList<Check> Validate(Scope scope)
    {
        var checks = new List<Check>();
        foreach (var topicScope in scope.Topics.Where(t => t.Topic.Katas.Count > 0))
        {
            checks.AddRange(ValidateTopic(topicScope.Topic));
            foreach (var kata in topicScope.Katas)
            {
                checks.Add(ValidateEntry(kata));
                checks.Add(ValidateFiles(kata));
                checks.Add(ValidateDocs(kata));
            }
        }

        return checks;
    }

    /// <summary>The catalog fields of one kata: id, title, level, hints, covers.</summary>
    public Check ValidateEntry(KataEntry kata)
    {
        var problems = new List<string>();
        var shortName = kata.Topic.ShortName;
        if (!KataId().IsMatch(kata.Id) || !kata.Id.StartsWith(shortName + "/", StringComparison.Ordinal))
        {
            problems.Add($"id must look like '{shortName}/<kebab-name>' (lowercase letters, digits, single dashes)");
        }

        var sameId = catalog.Katas.Count(k => k.Id == kata.Id);
        if (sameId > 1)
        {
            problems.Add($"id is used by {sameId} katas (ids must be unique)");
        }

        if (string.IsNullOrWhiteSpace(kata.Title))
        {
            problems.Add("title is empty");
        }

        if (!Levels.Contains(kata.Level))
        {
            problems.Add($"level '{kata.Level}' is not one of {string.Join(", ", Levels)}");
        }

        if (kata.Hints.Count < MinimumHints)
        {
            problems.Add($"has {kata.Hints.Count} hint(s), needs at least {MinimumHints}");
        }

        // "kata new" writes TODO placeholders; verify keeps pointing at them until they are replaced.
        if (kata.Title.StartsWith("TODO", StringComparison.Ordinal))
        {
            problems.Add("title still says TODO");
        }

        var todoHints = kata.Hints.Select((hint, index) => (hint, index)).Where(h => h.hint.StartsWith("TODO", StringComparison.Ordinal)).Select(h => h.index + 1).ToList();
        if (todoHints.Count > 0)
        {
            problems.Add($"hint {string.Join(", ", todoHints)} still say{(todoHints.Count == 1 ? "s" : "")} TODO");
        }

        var blankHints = kata.Hints.Count(string.IsNullOrWhiteSpace);
        if (blankHints > 0)
        {
            problems.Add($"{blankHints} hint(s) are blank");
        }

        if (kata.Covers.Count == 0)
        {
            problems.Add("covers no curriculum item");
        }

        var curriculum = catalog.CurriculumIds.ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in kata.Covers.Where(c => !curriculum.Contains(c)))
        {
            problems.Add($"covers '{unknown}', which is in no topic's curriculum");
        }

        if (kata.Topic.Katas.Count(k => k.Fixture == kata.Fixture) > 1)
        {
            problems.Add($"fixture '{kata.Fixture}' is shared with another kata of the topic");
        }

        return Outcome(kata.Id, "catalog entry", problems);
    }

    /// <summary>The files a kata needs: its folder with stub and test fixture, and the reference at the mirrored path.</summary>
    public Check ValidateFiles(KataEntry kata)
    {
        var problems = new List<string>();
        if (!Directory.Exists(root.KataFolder(kata)))
        {
            problems.Add($"its folder {root.Relative(root.KataFolder(kata))} is missing");
        }
        else if (string.IsNullOrWhiteSpace(kata.Stub))
        {
            problems.Add("no stub file named in the catalog");
        }
        else
        {
            if (!File.Exists(root.StubPath(kata)))
            {
                problems.Add($"stub {root.Relative(root.StubPath(kata))} is missing");
            }

            if (!File.Exists(root.ReferencePath(kata)))
            {
                problems.Add($"reference solution {root.Relative(root.ReferencePath(kata))} is missing");
            }
        }

        if (string.IsNullOrWhiteSpace(kata.Fixture))
        {
            problems.Add("no test fixture named in the catalog");
        }
        else
        {
            var testFile = root.TestFilePath(kata);
            if (!File.Exists(testFile))
            {
                problems.Add($"test file {root.Relative(testFile)} is missing");
            }
            else if (!DeclaresClass(File.ReadAllText(testFile), kata.Fixture))
            {
                problems.Add($"test file {root.Relative(testFile)} does not declare class {kata.Fixture}");
            }
        }

        // Learners' progress counts only the shipped tests; the record of them must follow every intended change.
        if (recordedChecksums.Value is { } recorded)
        {
            problems.AddRange(checksums.Changed(kata, recorded).Select(file =>
                $"{file} does not match {Integrity.Checksums.RelativePath} (after changing tests or given code on purpose, run {KataCommand.With("checksums")})"));
        }

        return Outcome(kata.Id, "files", problems);
    }

    /// <summary>
    /// The kata's lesson has every part and shows every figure, the topic README links the kata's folder and roadmap.md
    /// lists its id, so no kata exists that learners cannot find.
    /// </summary>
    public Check ValidateDocs(KataEntry kata)
    {
        var problems = new List<string>();
        var roadmap = Path.Combine(root.Directory, RoadmapFileName);
        if (!File.Exists(roadmap))
        {
            problems.Add($"{RoadmapFileName} is missing");
        }
        else if (!File.ReadAllText(roadmap).Contains($"`{kata.Id}`", StringComparison.Ordinal))
        {
            problems.Add($"{RoadmapFileName} does not list `{kata.Id}`");
        }

        var lesson = root.LessonPath(kata);
        if (!File.Exists(lesson))
        {
            problems.Add($"the lesson {root.Relative(lesson)} is missing");
        }
        else
        {
            problems.AddRange(LessonOutline.Problems(File.ReadAllText(lesson)).Select(p => $"{root.Relative(lesson)}:{p.Line}: {p.Problem}"));
        }

        if (File.Exists(lesson))
        {
            problems.AddRange(FigureEmbedding(kata, lesson));
        }

        var overview = root.TopicReadmePath(kata.Topic);
        if (File.Exists(overview) && !File.ReadAllText(overview).Contains(kata.FolderName + "/", StringComparison.Ordinal))
        {
            problems.Add($"the topic README {root.Relative(overview)} does not link the kata's folder ({kata.FolderName}/)");
        }

        return Outcome(kata.Id, "documentation", problems);
    }

    /// <summary>
    /// Every figure the kata defines is embedded in its lesson as figures/&lt;name&gt;.svg and committed there, and the
    /// lesson embeds no picture from figures/ that is not defined (a renamed figure leaves no stale picture behind).
    /// </summary>
    private IEnumerable<string> FigureEmbedding(KataEntry kata, string lesson)
    {
        var text = File.ReadAllText(lesson);
        var defined = KataFigures.Of(root, kata).SelectMany(f => f.Figures.Select(d => (File: f.File, Figure: d))).ToList();
        foreach (var (file, figure) in defined)
        {
            var picture = Path.Combine(KataFigures.LessonFolder(root, kata), figure.Name + ".svg");
            if (!text.Contains($"](figures/{figure.Name}.svg)", StringComparison.Ordinal))
            {
                yield return $"{root.Relative(file)}:{figure.Line}: the figure {figure.Name} is not shown in {root.Relative(lesson)} (embed ![…](figures/{figure.Name}.svg) with its caption)";
            }
            else if (!File.Exists(picture))
            {
                yield return $"{root.Relative(picture)} is missing ({KataCommand.With($"plot --update-lessons {kata.Id}")} draws it)";
            }
        }

        var names = defined.Select(d => d.Figure.Name).ToHashSet(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match embedded in EmbeddedFigure().Matches(lines[i]))
            {
                if (!names.Contains(embedded.Groups["name"].Value))
                {
                    yield return $"{root.Relative(lesson)}:{i + 1}: figures/{embedded.Groups["name"].Value}.svg is embedded but no [Figure(\"{embedded.Groups["name"].Value}\", …)] defines it";
                }
            }
        }
    }

    /// <summary>Topic-level checks: folder and namespace, both projects listed in the .sln, no orphan test files.</summary>
    public IEnumerable<Check> ValidateTopic(Topic topic)
    {
        var name = string.IsNullOrEmpty(topic.Folder) ? "(topic without folder)" : topic.Folder;
        var entryProblems = new List<string>();
        if (!TopicFolder().IsMatch(topic.Folder))
        {
            entryProblems.Add($"folder '{topic.Folder}' must look like 'NN-name'");
        }

        if (!NamespaceName().IsMatch(topic.Namespace))
        {
            entryProblems.Add($"namespace '{topic.Namespace}' is not a valid C# namespace");
        }

        yield return Outcome(name, "topic entry", entryProblems);
        yield return ValidateProject(name, "kata project", root.TopicFolder(topic));
        yield return ValidateProject(name, "solution library", root.SolutionTopicFolder(topic));
        if (topic.Katas.Any(k => KataFigures.Of(root, k).Count > 0))
        {
            yield return ValidateProject(name, "figures project", root.FiguresProjectFolder(topic));
        }

        yield return ValidateFolders(topic, name, root.TopicFolder(topic), "kata");
        yield return ValidateFolders(topic, name, root.SolutionTopicFolder(topic), "solution");
        yield return ValidateStrayFiles(topic, name);
        foreach (var check in new GivenCodeCheck(root).Validate(topic))
        {
            yield return check;
        }
    }

    private Check ValidateProject(string topicName, string what, string folder)
    {
        var lookup = ProjectFiles.FindSingle(folder);
        if (lookup.Path is null)
        {
            return Check.Fail($"{topicName}: {what} not found: {root.Relative(folder)} {lookup.Problem}");
        }

        if (solution is null)
        {
            return Check.Fail($"{topicName}: {what} {root.Relative(lookup.Path)} cannot be checked against {WorkbookRoot.SolutionFileName} (missing)");
        }

        return solution.Lists(lookup.Path)
            ? Check.Pass($"{topicName}: {what} {root.Relative(lookup.Path)} is in the solution")
            : Check.Fail($"{topicName}: {what} {root.Relative(lookup.Path)} is not listed in {WorkbookRoot.SolutionFileName} (dotnet sln add it)");
    }

    /// <summary>
    /// Every numbered folder (KK-slug) of a topic is the folder of the kata at place KK of the catalog. A folder
    /// whose number disagrees is named with the catalog line of its kata, so the fix is obvious either way.
    /// </summary>
    private Check ValidateFolders(Topic topic, string topicName, string topicFolder, string side)
    {
        if (!Directory.Exists(topicFolder))
        {
            return Check.Fail($"{topicName}: {root.Relative(topicFolder)} does not exist");
        }

        var expected = topic.Katas.ToDictionary(k => k.FolderName, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var folder in Directory.GetDirectories(topicFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            var match = KataFolderName().Match(folder);
            if (!match.Success || expected.ContainsKey(folder))
            {
                continue; // bin, obj and the like; or exactly right
            }

            var slug = match.Groups["slug"].Value;
            var path = root.Relative(Path.Combine(topicFolder, folder));
            problems.Add(topic.Katas.FirstOrDefault(k => k.ShortName == slug) is { } owner
                ? $"{path}: folder out of catalog order: {owner.Id} is kata {owner.Number} of the topic ({WorkbookRoot.CatalogRelativePath}:{CatalogLine(owner)}), so its folder is {owner.FolderName}"
                : $"{path}: folder belongs to no catalog kata (its name must be KK-<slug> of a kata id)");
        }

        return problems.Count == 0
            ? Check.Pass($"{topicName}: every {side} folder is numbered in catalog order")
            : Check.Fail($"{topicName}: {string.Join("; ", problems)}");
    }

    /// <summary>Learner-side C# files live in kata folders, and every *Tests.cs there is its kata's fixture.</summary>
    private Check ValidateStrayFiles(Topic topic, string topicName)
    {
        var topicFolder = root.TopicFolder(topic);
        if (!Directory.Exists(topicFolder))
        {
            return Check.Fail($"{topicName}: {root.Relative(topicFolder)} does not exist");
        }

        var loose = Directory.GetFiles(topicFolder, "*.cs", SearchOption.TopDirectoryOnly)
            .Select(f => $"{root.Relative(f)} is in no kata folder");
        var strayTests = topic.Katas
            .SelectMany(k => root.KataSources(k)
                .Where(f => f.EndsWith(WorkbookRoot.TestsSuffix, StringComparison.Ordinal) && !string.Equals(Path.GetFileName(f), k.Fixture + ".cs", StringComparison.Ordinal))
                .Select(f => $"{root.Relative(f)} is not the fixture of {k.Id} ({k.Fixture})"));
        var problems = loose.Concat(strayTests).Order(StringComparer.Ordinal).ToList();
        return problems.Count == 0
            ? Check.Pass($"{topicName}: every C# file belongs to a catalog kata")
            : Check.Fail($"{topicName}: file(s) belonging to no catalog kata: {string.Join("; ", problems)}");
    }

    /// <summary>The line of the kata's entry in the catalog, for messages that point at it.</summary>
    private int CatalogLine(KataEntry kata)
    {
        if (!File.Exists(root.CatalogPath))
        {
            return 1;
        }

        var lines = File.ReadAllLines(root.CatalogPath);
        var index = Array.FindIndex(lines, l => l.Contains($"\"{kata.Id}\"", StringComparison.Ordinal));
        return Math.Max(index + 1, 1);
    }

    private static Check Outcome(string subject, string what, List<string> problems) =>
        problems.Count == 0
            ? Check.Pass($"{subject}: {what} complete")
            : Check.Fail($"{subject}: {what}: {string.Join("; ", problems)}");

    internal static bool DeclaresClass(string source, string className) =>
        Regex.IsMatch(source, $@"\bclass\s+{Regex.Escape(className)}\b", RegexOptions.None, TimeSpan.FromSeconds(1));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KataId();

    [GeneratedRegex("^[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex TopicFolder();

    [GeneratedRegex(@"\]\(figures/(?<name>[^)/]+)\.svg\)")]
    private static partial Regex EmbeddedFigure();

    [GeneratedRegex("^[0-9]{2}-(?<slug>[a-z0-9]+(-[a-z0-9]+)*)$")]
    private static partial Regex KataFolderName();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex NamespaceName();
}
