using System.Text;
using MathForML.Kata.Catalog;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Scaffold;

/// <summary>The files a new kata gets, and what it is called.</summary>
internal sealed record ScaffoldPlan(string Id, string StubPath, string TestPath, string ReferencePath, IReadOnlyList<string> Refusals);

/// <summary>
/// Writes a new kata: stub, test fixture, reference and catalog entry. It refuses (writing nothing) when any of those
/// files, the id or the fixture already exists, so it can never overwrite work.
/// </summary>
internal sealed class KataScaffolder(WorkbookRoot root, KataCatalog catalog)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public ScaffoldPlan Plan(Topic topic, string name)
    {
        var id = $"{topic.ShortName}/{KataName.Kebab(name)}";
        var stub = Path.Combine(root.KataFolder(topic), name + ".cs");
        var tests = Path.Combine(root.KataFolder(topic), "Tests", name + "Tests.cs");
        var reference = Path.Combine(root.SolutionFolder(topic), name + ".cs");
        var refusals = new List<string>();
        foreach (var path in new[] { stub, tests, reference }.Where(File.Exists))
        {
            refusals.Add($"{root.Relative(path)} already exists");
        }

        if (catalog.Katas.FirstOrDefault(k => k.Id == id) is { } sameId)
        {
            refusals.Add($"the catalog already has a kata with the id {id} ({sameId.Title})");
        }

        if (topic.Katas.Any(k => k.Fixture == name + "Tests" || string.Equals(k.Stub, name + ".cs", StringComparison.OrdinalIgnoreCase)))
        {
            refusals.Add($"the topic already has a kata with the stub {name}.cs or the fixture {name}Tests");
        }

        foreach (var (folder, what) in new[] { (root.KataFolder(topic), "kata project"), (root.SolutionFolder(topic), "solution library") })
        {
            var project = ProjectFiles.FindSingle(folder);
            if (project.Path is null)
            {
                refusals.Add($"the topic has no {what} yet ({root.Relative(folder)}: {project.Problem}); CONTRIBUTING.md says how to add a topic");
            }
        }

        return new ScaffoldPlan(id, stub, tests, reference, refusals);
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

        Directory.CreateDirectory(Path.GetDirectoryName(plan.TestPath)!);
        WriteNew(plan.StubPath, KataTemplates.Stub(topic.Namespace, name));
        WriteNew(plan.TestPath, KataTemplates.Tests(topic.Namespace, name, hasHarness));
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
