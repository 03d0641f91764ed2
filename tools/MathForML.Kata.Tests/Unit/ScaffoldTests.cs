using MathForML.Kata.Catalog;
using MathForML.Kata.Scaffold;
using MathForML.Kata.Tests.Support;

namespace MathForML.Kata.Tests.Unit;

public class ScaffoldTests
{
    private static readonly NewCatalogEntry Entry = new(
        "prerequisites/linear-maps", "TODO: the title of LinearMaps", "beginner", [], "LinearMaps.cs", "LinearMapsTests", ["TODO: a nudge", "TODO: \"the\" method"]);

    [TestCase("LinearMaps", "linear-maps")]
    [TestCase("Grids", "grids")]
    [TestCase("QRDecomposition", "qr-decomposition")]
    [TestCase("Softmax2D", "softmax2-d")]
    [TestCase("MathNetBasics", "math-net-basics")]
    public void Kata_ids_are_the_class_name_in_kebab_case(string name, string kebab)
    {
        KataName.Kebab(name).Should().Be(kebab);
    }

    [TestCase("linearMaps")]
    [TestCase("Linear-Maps")]
    [TestCase("2Grids")]
    [TestCase("")]
    public void A_name_that_is_not_a_PascalCase_class_name_is_refused(string name)
    {
        KataName.Problem(name).Should().NotBeNull();
    }

    [Test]
    public void Adding_to_the_real_catalog_keeps_every_existing_line_exactly()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "katas", "catalog.json"));

        var edited = CatalogEditor.AddKata(original, "00-prerequisites", Entry);

        // Taking the inserted entry (and the comma before it) out again gives back the original, byte for byte.
        var inserted = ",\n" + CatalogEditor.Format(Entry, "        ", "\n");
        edited.Should().Contain(inserted);
        edited.Replace(inserted, "", StringComparison.Ordinal).Should().Be(original);
        edited.Should().Contain("𝟙").And.Contain("Σᵢ xᵢ").And.NotContain("\\u");
    }

    [Test]
    public void The_edited_catalog_loads_with_the_new_kata_last_in_its_topic()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "katas", "catalog.json"));

        var catalog = CatalogLoader.Parse(CatalogEditor.AddKata(original, "00-prerequisites", Entry));

        var topic = catalog.Topics.Single(t => t.Folder == "00-prerequisites");
        var added = topic.Katas[^1];
        added.Id.Should().Be("prerequisites/linear-maps");
        added.Stub.Should().Be("LinearMaps.cs");
        added.Fixture.Should().Be("LinearMapsTests");
        added.Covers.Should().BeEmpty();
        added.Hints.Should().Equal("TODO: a nudge", "TODO: \"the\" method");
        catalog.Katas.Count().Should().Be(CatalogLoader.Parse(original).Katas.Count() + 1);
    }

    [Test]
    public void The_new_entry_is_indented_like_its_neighbours()
    {
        var original = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "katas", "catalog.json"));

        var edited = CatalogEditor.AddKata(original, "00-prerequisites", Entry);

        edited.Should().Contain("""
                    },
                    {
                      "id": "prerequisites/linear-maps",
                      "title": "TODO: the title of LinearMaps",
                      "level": "beginner",
                      "covers": [],
            """.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Test]
    public void A_topic_with_an_empty_katas_array_gets_its_first_entry_and_keeps_crlf_line_endings()
    {
        const string catalog = "{\r\n  \"topics\": [\r\n    {\r\n      \"folder\": \"01-linear-algebra\",\r\n      \"katas\": []\r\n    }\r\n  ]\r\n}\r\n";

        var edited = CatalogEditor.AddKata(catalog, "01-linear-algebra", Entry with { Id = "linear-algebra/linear-maps" });

        edited.Should().Contain("      \"katas\": [\r\n        {\r\n          \"id\": \"linear-algebra/linear-maps\",");
        edited.Should().EndWith("        }\r\n      ]\r\n    }\r\n  ]\r\n}\r\n");
        CatalogLoader.Parse(edited).Katas.Single().Id.Should().Be("linear-algebra/linear-maps");
    }

    [Test]
    public void Strings_are_escaped_only_where_json_requires_it()
    {
        CatalogEditor.Quote("Σ \"x\" \\ 𝟙\n").Should().Be("\"Σ \\\"x\\\" \\\\ 𝟙\\n\"");
    }
}
