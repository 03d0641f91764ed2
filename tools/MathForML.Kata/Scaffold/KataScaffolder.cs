using System.Text;
using MathForML.Kata.Catalog;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Scaffold;

/// <summary>The files a new kata gets, and what it is called.</summary>
internal sealed record ScaffoldPlan(
    string Id, string StubPath, string TestPath, string LessonPath, string ReferencePath, IReadOnlyList<string> Refusals);

/// <summary>
/// Writes a new kata: its folder (stub, test fixture, lesson), the reference at the mirrored path and the catalog
/// entry, appended to the topic so the folder number is the next one. It refuses (writing nothing) when either folder,
/// the id or the fixture already exists, so it can never overwrite work.
/// </summary>
internal sealed class KataScaffolder(WorkbookRoot root, KataCatalog catalog)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public ScaffoldPlan Plan(Topic topic, string name)
    {
        var slug = KataName.Kebab(name);
        var id = $"{topic.ShortName}/{slug}";
        var folderName = $"{topic.Katas.Count + 1:00}-{slug}";
        var kataFolder = Path.Combine(root.TopicFolder(topic), folderName);
        var solutionFolder = Path.Combine(root.SolutionTopicFolder(topic), folderName);
        var stub = Path.Combine(kataFolder, name + ".cs");
        var tests = Path.Combine(kataFolder, name + "Tests.cs");
        var lesson = Path.Combine(kataFolder, "README.md");
        var reference = Path.Combine(solutionFolder, name + ".cs");
        var refusals = new List<string>();
        foreach (var folder in new[] { kataFolder, solutionFolder }.Where(Directory.Exists))
        {
            refusals.Add($"{root.Relative(folder)} already exists");
        }

        if (catalog.Katas.FirstOrDefault(k => k.Id == id) is { } sameId)
        {
            refusals.Add($"the catalog already has a kata with the id {id} ({sameId.Title})");
        }

        if (topic.Katas.Any(k => k.Fixture == name + "Tests" || string.Equals(k.Stub, name + ".cs", StringComparison.OrdinalIgnoreCase)))
        {
            refusals.Add($"the topic already has a kata with the stub {name}.cs or the fixture {name}Tests");
        }

        foreach (var (folder, what) in new[] { (root.TopicFolder(topic), "kata project"), (root.SolutionTopicFolder(topic), "solution library") })
        {
            var project = ProjectFiles.FindSingle(folder);
            if (project.Path is null)
            {
                refusals.Add($"the topic has no {what} yet ({root.Relative(folder)} {project.Problem}); CONTRIBUTING.md says how to add a topic");
            }
        }

        return new ScaffoldPlan(id, stub, tests, lesson, reference, refusals);
    }

    /// <summary>Writes the plan's files and catalog entry; call only when the plan has no refusals.</summary>
    public void Write(Topic topic, string name, ScaffoldPlan plan)
    {
        if (plan.Refusals.Count > 0)
        {
            throw new InvalidOperationException("A refused plan must not be written.");
        }

        // The catalog is edited in memory first: if it cannot be edited, no file has been written yet.
        var catalogText = File.ReadAllText(root.CatalogPath);
        var entry = new NewCatalogEntry(
            plan.Id, KataTemplates.Title(name), "beginner", [], name + ".cs", name + "Tests", KataTemplates.Hints(name));
        var newCatalog = CatalogEditor.AddKata(catalogText, topic.Folder, entry);
        var hasHarness = File.Exists(Path.Combine(root.Directory, "shared", "MathForML.Verification", "MathForML.Verification.csproj"));

        Directory.CreateDirectory(Path.GetDirectoryName(plan.StubPath)!);
        Directory.CreateDirectory(Path.GetDirectoryName(plan.ReferencePath)!);
        WriteNew(plan.StubPath, KataTemplates.Stub(topic.Namespace, name, root.Relative(plan.LessonPath)));
        WriteNew(plan.TestPath, KataTemplates.Tests(topic.Namespace, name, hasHarness));
        WriteNew(plan.LessonPath, KataTemplates.Lesson(plan.Id, name));
        WriteNew(plan.ReferencePath, KataTemplates.Reference(topic.Namespace, name));
        File.WriteAllText(root.CatalogPath, newCatalog, Utf8);
    }

    /// <summary>FileMode.CreateNew: even a file appearing between the check and the write is never overwritten.</summary>
    private static void WriteNew(string path, string content)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, Utf8);
        writer.Write(content);
    }
}
