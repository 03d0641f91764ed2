using System.Text.Json.Nodes;
using MathForML.Kata.Catalog;
using MathForML.Kata.Cli;
using MathForML.Kata.Targets;
using MathForML.Kata.Tests.Support;
using MathForML.Kata.Verification;
using MathForML.Kata.Workbook;

namespace MathForML.Kata.Tests.Unit;

/// <summary>Every catalog ↔ files rule, on a mini workbook that is written but never built.</summary>
public class CatalogValidatorTests
{
    private MiniWorkbook workbook = null!;

    [OneTimeSetUp]
    public void CreateWorkbook() => workbook = MiniWorkbook.Create();

    [OneTimeTearDown]
    public void DeleteWorkbook() => workbook.Dispose();

    private IReadOnlyList<Check> Validate(Action<JsonNode>? edit = null, string? solutionText = null)
    {
        var json = JsonNode.Parse(MiniWorkbook.CatalogJson)!;
        edit?.Invoke(json);
        var catalog = CatalogLoader.Parse(json.ToJsonString());
        var root = WorkbookRoot.Locate(workbook.Directory, workbook.Directory);
        var solution = SolutionFile.Parse(root.SolutionPath, solutionText ?? MiniWorkbook.SolutionText());
        return new CatalogValidator(root, catalog, solution).Validate(Scope.Everything(catalog));
    }

    private static JsonNode Adder(JsonNode catalog) => catalog["topics"]![0]!["katas"]![0]!;

    private static IEnumerable<string> Problems(IEnumerable<Check> checks) => checks.Where(c => !c.Passed).Select(c => c.Text);

    [Test]
    public void A_good_catalog_passes_every_check()
    {
        var checks = Validate();

        Problems(checks).Should().BeEmpty();
        checks.Should().HaveCount(13, "7 topic checks + 3 checks for each of the 2 katas");
    }

    [TestCase("demo/Adder_Kata", "id must look like 'demo/<kebab-name>'")]
    [TestCase("other/adder", "id must look like 'demo/<kebab-name>'")]
    [TestCase("demo/doubler", "id is used by 2 katas")]
    public void A_bad_kata_id_is_named(string id, string expected)
    {
        var checks = Validate(c => Adder(c)["id"] = id);

        Problems(checks).Should().Contain(p => p.StartsWith(id + ": catalog entry:", StringComparison.Ordinal) && p.Contains(expected, StringComparison.Ordinal));
    }

    [Test]
    public void A_kata_missing_from_the_roadmap_is_named()
    {
        using var roadmap = workbook.Change("roadmap.md", "# Roadmap\n\n1. `demo/adder`\n");

        Problems(Validate()).Should().ContainSingle().Which.Should().Be("demo/doubler: documentation: roadmap.md does not list `demo/doubler`");
    }

    [Test]
    public void A_kata_whose_folder_the_topic_readme_never_links_is_named()
    {
        using var overview = workbook.Change("katas/00-demo/README.md", "# Demo\n\nStart with [adder](01-adder/).\n");

        Problems(Validate()).Should().ContainSingle()
            .Which.Should().Be("demo/doubler: documentation: the topic README katas/00-demo/README.md does not link the kata's folder (02-doubler/)");
    }

    [Test]
    public void A_missing_lesson_is_named()
    {
        using (workbook.Remove(MiniWorkbook.AdderLesson))
        {
            Problems(Validate()).Should().ContainSingle()
                .Which.Should().Be($"demo/adder: documentation: the lesson {MiniWorkbook.AdderLesson} is missing");
        }
    }

    [Test]
    public void A_missing_lesson_part_is_named_with_file_and_line()
    {
        // Line 1 title, 2 blank, then each part takes 4 lines; without "## ML connection" (line 19), "## Summary" moves up to
        // line 22, where the missing part belongs.
        var lesson = MiniWorkbook.Lesson("Adding integers").Replace("## ML connection\n", "", StringComparison.Ordinal);
        using (workbook.Change(MiniWorkbook.AdderLesson, lesson))
        {
            Problems(Validate()).Should().ContainSingle().Which.Should()
                .StartWith($"demo/adder: documentation: {MiniWorkbook.AdderLesson}:22: part '## ML connection' is missing");
        }
    }

    [Test]
    public void A_lesson_part_out_of_order_is_named_with_file_and_line()
    {
        var lesson = MiniWorkbook.Lesson("Adding integers").Replace("## Summary", "## Temporary", StringComparison.Ordinal)
            .Replace("## Concept overview", "## Summary\n\n## Concept overview", StringComparison.Ordinal);
        using (workbook.Change(MiniWorkbook.AdderLesson, lesson))
        {
            Problems(Validate()).Should().ContainSingle().Which.Should()
                .StartWith($"demo/adder: documentation: {MiniWorkbook.AdderLesson}:3: part '## Summary' is out of order");
        }
    }

    [Test]
    public void A_lesson_still_saying_todo_is_named()
    {
        using (workbook.Change(MiniWorkbook.AdderLesson, MiniWorkbook.Lesson("Adding integers") + "TODO: write the rest.\n"))
        {
            Problems(Validate()).Should().ContainSingle().Which.Should()
                .Be($"demo/adder: documentation: {MiniWorkbook.AdderLesson}:31: still says TODO");
        }
    }

    private const string AdderFigures = "katas/00-demo/01-adder/AdderFigures.cs";

    private const string AdderFiguresSource = """
        using MathForML.Figures;
        using ScottPlot;

        namespace MathForML.Demo.Figures;

        public static class AdderFigures
        {
            [Figure("sums", "a + 1 for a from 0 to 9")]
            public static Plot Sums() => throw new NotImplementedException();
        }
        """;

    [Test]
    public void A_figure_the_lesson_does_not_show_is_named_with_file_and_line()
    {
        using (workbook.Change(AdderFigures, AdderFiguresSource))
        {
            Problems(Validate()).Should().Contain(
                $"demo/adder: documentation: {AdderFigures}:8: the figure sums is not shown in {MiniWorkbook.AdderLesson} (embed ![…](figures/sums.svg) with its caption)");
        }
    }

    [Test]
    public void A_shown_figure_needs_its_committed_picture()
    {
        using (workbook.Change(AdderFigures, AdderFiguresSource))
        using (workbook.Change(MiniWorkbook.AdderLesson, MiniWorkbook.Lesson("Adding integers") + "![sums](figures/sums.svg)\n"))
        {
            Problems(Validate()).Should().Contain(
                $"demo/adder: documentation: katas/00-demo/01-adder/figures/sums.svg is missing ({KataCommand.With("plot --update-lessons demo/adder")} draws it)");

            using (workbook.Change("katas/00-demo/01-adder/figures/sums.svg", "<svg/>"))
            {
                Problems(Validate()).Should().NotContain(p => p.StartsWith("demo/adder", StringComparison.Ordinal));
            }
        }
    }

    [Test]
    public void A_topic_with_figures_needs_its_figures_project()
    {
        using (workbook.Change(AdderFigures, AdderFiguresSource))
        {
            Problems(Validate()).Should().Contain("00-demo: figures project not found: tools/figures/00-demo does not exist");
        }
    }

    [Test]
    public void A_picture_no_figure_defines_is_named_with_file_and_line()
    {
        using (workbook.Change(MiniWorkbook.AdderLesson, MiniWorkbook.Lesson("Adding integers") + "![old](figures/old-name.svg)\n"))
        {
            Problems(Validate()).Should().ContainSingle().Which.Should().Be(
                $"demo/adder: documentation: {MiniWorkbook.AdderLesson}:31: figures/old-name.svg is embedded but no [Figure(\"old-name\", …)] defines it");
        }
    }

    [Test]
    public void A_kata_folder_out_of_catalog_order_is_named_with_the_catalog_line()
    {
        // The folder of demo/doubler, the second kata, numbered as if it were the first.
        Directory.Move(workbook.Path("katas/00-demo/02-doubler"), workbook.Path("katas/00-demo/01-doubler"));
        try
        {
            var line = Array.FindIndex(MiniWorkbook.CatalogJson.Split('\n'), l => l.Contains("\"demo/doubler\"", StringComparison.Ordinal)) + 1;
            Problems(Validate()).Should().Contain(
                $"00-demo: katas/00-demo/01-doubler: folder out of catalog order: demo/doubler is kata 2 of the topic (katas/catalog.json:{line}), so its folder is 02-doubler")
                .And.Contain(p => p.StartsWith("demo/doubler: files: its folder katas/00-demo/02-doubler is missing", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Move(workbook.Path("katas/00-demo/01-doubler"), workbook.Path("katas/00-demo/02-doubler"));
        }
    }

    [Test]
    public void A_numbered_folder_of_no_kata_is_named()
    {
        Directory.CreateDirectory(workbook.Path("solutions/00-demo/03-tripler"));
        try
        {
            Problems(Validate()).Should().ContainSingle().Which.Should()
                .Be("00-demo: solutions/00-demo/03-tripler: folder belongs to no catalog kata (its name must be KK-<slug> of a kata id)");
        }
        finally
        {
            Directory.Delete(workbook.Path("solutions/00-demo/03-tripler"));
        }
    }

    [Test]
    public void Given_code_is_compiled_into_the_solution_library_from_its_kata_folder()
    {
        const string given = "namespace MathForML.Demo;\n\n/// <summary>A sum and its carry.</summary>\npublic sealed record Sum(int Value, bool Carry);\n";
        using (workbook.Change("katas/00-demo/01-adder/Sum.cs", given))
        {
            Problems(Validate()).Should().ContainSingle().Which.Should().Be(
                "00-demo: given code not compiled into solutions/00-demo/MathForML.Solutions.Demo.csproj: katas/00-demo/01-adder/Sum.cs "
                + "(of demo/adder; add <Compile Include=\"../../katas/00-demo/01-adder/Sum.cs\" Link=\"01-adder/Sum.cs\" />)");

            using (workbook.Change("solutions/00-demo/MathForML.Solutions.Demo.csproj", MiniWorkbook.KataProject.Replace(
                "</Project>", "  <ItemGroup>\n    <Compile Include=\"../../katas/00-demo/01-adder/Sum.cs\" />\n  </ItemGroup>\n</Project>", StringComparison.Ordinal)))
            {
                Problems(Validate()).Should().BeEmpty();
            }
        }
    }

    [Test]
    public void A_given_type_declared_again_is_named_with_both_files_and_lines()
    {
        const string given = "namespace MathForML.Demo;\n\n/// <summary>A sum and its carry.</summary>\npublic sealed record Sum(int Value, bool Carry);\n";
        using (workbook.Change("katas/00-demo/01-adder/Sum.cs", given))
        using (workbook.Change(MiniWorkbook.AdderReference, MiniWorkbook.AdderReferenceSource + "\npublic sealed record Sum(int Value, bool Carry);\n"))
        {
            var line = MiniWorkbook.AdderReferenceSource.Split('\n').Length + 1;
            Problems(Validate()).Should().Contain(
                $"00-demo: given type(s) declared twice: {MiniWorkbook.AdderReference}:{line}: Sum is given code (katas/00-demo/01-adder/Sum.cs:4) and must not be declared again");
        }
    }

    [Test]
    public void An_unknown_level_is_named()
    {
        Problems(Validate(c => Adder(c)["level"] = "expert"))
            .Should().ContainSingle().Which.Should().Contain("level 'expert' is not one of beginner, intermediate, advanced");
    }

    [Test]
    public void Fewer_than_two_hints_are_named()
    {
        Problems(Validate(c => Adder(c)["hints"] = new JsonArray("only one")))
            .Should().ContainSingle().Which.Should().Contain("has 1 hint(s), needs at least 2");
    }

    [Test]
    public void A_blank_hint_is_named()
    {
        Problems(Validate(c => Adder(c)["hints"] = new JsonArray("a real hint", "  ")))
            .Should().ContainSingle().Which.Should().Contain("1 hint(s) are blank");
    }

    [Test]
    public void Covering_nothing_is_named()
    {
        Problems(Validate(c => Adder(c)["covers"] = new JsonArray()))
            .Should().ContainSingle().Which.Should().Contain("covers no curriculum item");
    }

    [Test]
    public void Covering_an_unknown_curriculum_item_is_named()
    {
        Problems(Validate(c => Adder(c)["covers"] = new JsonArray("demo-adding", "demo-subtracting")))
            .Should().ContainSingle().Which.Should().Contain("covers 'demo-subtracting', which is in no topic's curriculum");
    }

    [Test]
    public void A_curriculum_item_of_another_topic_may_be_covered()
    {
        Problems(Validate(c => Adder(c)["covers"] = new JsonArray("future-item"))).Should().BeEmpty();
    }

    [Test]
    public void A_missing_stub_and_reference_are_named()
    {
        // Adder.cs, no longer the stub, now counts as given code: that is reported too.
        Problems(Validate(c => Adder(c)["stub"] = "Missing.cs")).Should().ContainSingle(p => p.StartsWith("demo/adder: files:", StringComparison.Ordinal)).Which.Should()
            .Contain("stub katas/00-demo/01-adder/Missing.cs is missing")
            .And.Contain("reference solution solutions/00-demo/01-adder/Missing.cs is missing");
    }

    [Test]
    public void A_missing_reference_alone_is_named()
    {
        using (workbook.Remove(MiniWorkbook.AdderReference))
        {
            Problems(Validate()).Should().ContainSingle().Which.Should()
                .Be("demo/adder: files: reference solution solutions/00-demo/01-adder/Adder.cs is missing");
        }
    }

    [Test]
    public void A_missing_test_file_is_named()
    {
        Problems(Validate(c => Adder(c)["fixture"] = "AddingTests"))
            .Should().Contain("demo/adder: files: test file katas/00-demo/01-adder/AddingTests.cs is missing");
    }

    [Test]
    public void A_test_file_without_its_fixture_class_is_named()
    {
        using (workbook.Change(MiniWorkbook.AdderTests, "namespace MathForML.Demo.Tests;\n\npublic class AddingTests { }\n"))
        {
            Problems(Validate()).Should().ContainSingle().Which.Should()
                .Be($"demo/adder: files: test file {MiniWorkbook.AdderTests} does not declare class AdderTests");
        }
    }

    [Test]
    public void An_orphan_test_file_is_named()
    {
        using (workbook.Change("katas/00-demo/01-adder/StrayTests.cs", "namespace MathForML.Demo.Tests;\n\npublic class StrayTests { }\n"))
        {
            Problems(Validate()).Should().ContainSingle().Which.Should()
                .Be("00-demo: file(s) belonging to no catalog kata: katas/00-demo/01-adder/StrayTests.cs is not the fixture of demo/adder (AdderTests)");
        }
    }

    [Test]
    public void A_file_outside_every_kata_folder_is_named()
    {
        using (workbook.Change("katas/00-demo/Loose.cs", "namespace MathForML.Demo;\n\ninternal static class Loose { }\n"))
        {
            Problems(Validate()).Should().ContainSingle().Which.Should()
                .Be("00-demo: file(s) belonging to no catalog kata: katas/00-demo/Loose.cs is in no kata folder");
        }
    }

    [Test]
    public void A_project_missing_from_the_solution_file_is_named()
    {
        var withoutKataProject = string.Join('\n', MiniWorkbook.SolutionText().Split('\n')
            .Where(l => !l.Contains("MathForML.Katas.Demo", StringComparison.Ordinal)));

        Problems(Validate(solutionText: withoutKataProject)).Should().ContainSingle().Which.Should()
            .Be("00-demo: kata project katas/00-demo/MathForML.Katas.Demo.csproj is not listed in MathForML.Katas.sln (dotnet sln add it)");
    }

    [Test]
    public void A_missing_solution_library_is_named()
    {
        using (workbook.Remove("solutions/00-demo/MathForML.Solutions.Demo.csproj"))
        {
            Problems(Validate()).Should().ContainSingle().Which.Should()
                .Be("00-demo: solution library not found: solutions/00-demo has no *.csproj in it");
        }
    }

    [Test]
    public void A_bad_topic_namespace_is_named()
    {
        Problems(Validate(c => c["topics"]![0]!["namespace"] = "MathForML..Demo"))
            .Should().ContainSingle().Which.Should().Be("00-demo: topic entry: namespace 'MathForML..Demo' is not a valid C# namespace");
    }

    [Test]
    public void A_topic_folder_without_its_number_is_named()
    {
        Problems(Validate(c => c["topics"]![0]!["folder"] = "demo"))
            .Should().Contain("demo: topic entry: folder 'demo' must look like 'NN-name'");
    }

    [Test]
    public void Topics_without_katas_are_not_checked()
    {
        Validate().Should().NotContain(c => c.Text.Contains("01-future", StringComparison.Ordinal));
    }

    [Test]
    public void Only_the_targeted_kata_is_checked()
    {
        var catalog = CatalogLoader.Parse(MiniWorkbook.CatalogJson);
        var root = WorkbookRoot.Locate(workbook.Directory, workbook.Directory);
        var validator = new CatalogValidator(root, catalog, SolutionFile.Parse(root.SolutionPath, MiniWorkbook.SolutionText()));

        var checks = validator.Validate(TargetResolver.Resolve(catalog, "doubler"));

        checks.Should().NotContain(c => c.Text.StartsWith("demo/adder", StringComparison.Ordinal));
        checks.Should().Contain(c => c.Text.StartsWith("demo/doubler", StringComparison.Ordinal));
    }
}
