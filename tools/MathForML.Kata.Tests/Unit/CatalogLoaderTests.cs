using MathForML.Kata.Catalog;
using MathForML.Kata.Tests.Support;

namespace MathForML.Kata.Tests.Unit;

public class CatalogLoaderTests
{
    [Test]
    public void Loads_topics_and_katas_in_catalog_order()
    {
        var catalog = CatalogLoader.Parse(MiniWorkbook.CatalogJson);

        catalog.Topics.Select(t => t.Folder).Should().Equal("00-demo", "01-future");
        catalog.Katas.Select(k => k.Id).Should().Equal("demo/adder", "demo/doubler");
        var adder = catalog.Katas.First();
        adder.Title.Should().Be("Adding integers");
        adder.Level.Should().Be("beginner");
        adder.Covers.Should().Equal("demo-adding");
        adder.Stub.Should().Be("Adder.cs");
        adder.Hints.Should().HaveCount(2);
        adder.Topic.Namespace.Should().Be("MathForML.Demo");
    }

    [Test]
    public void Derives_short_names_and_the_fixture_full_name()
    {
        var catalog = CatalogLoader.Parse(MiniWorkbook.CatalogJson);
        var adder = catalog.Katas.First();

        adder.Topic.ShortName.Should().Be("demo");
        adder.ShortName.Should().Be("adder");
        adder.FixtureFullName.Should().Be("MathForML.Demo.Tests.AdderTests");
        Topic.ShortNameOf("00-prerequisites").Should().Be("prerequisites");
        Topic.ShortNameOf("linear-algebra").Should().Be("linear-algebra");
    }

    [Test]
    public void Missing_fields_load_as_empty_values_for_validation_to_name()
    {
        var catalog = CatalogLoader.Parse("""{ "topics": [ { "folder": "00-demo", "katas": [ { "id": "demo/x" } ] } ] }""");

        var kata = catalog.Katas.Single();
        kata.Stub.Should().BeEmpty();
        kata.Hints.Should().BeEmpty();
        kata.Topic.Curriculum.Should().BeEmpty();
    }

    [Test]
    public void Malformed_json_is_reported_with_the_catalog_path()
    {
        var act = () => CatalogLoader.Parse("{ \"topics\": [ ");

        act.Should().Throw<CatalogException>().WithMessage("katas/catalog.json is not valid*");
    }

    [Test]
    public void A_catalog_without_topics_is_rejected()
    {
        var act = () => CatalogLoader.Parse("{}");

        act.Should().Throw<CatalogException>().WithMessage("*no \"topics\" array*");
    }
}
