using MathForML.Kata.Catalog;
using MathForML.Kata.Cli;
using MathForML.Kata.Targets;

namespace MathForML.Kata.Tests.Unit;

public class TargetResolverTests
{
    // Two topics sharing the kata name "grids" make the short-name rules observable.
    private static readonly KataCatalog Catalog = CatalogLoader.Parse("""
        { "topics": [
          { "folder": "00-prerequisites", "namespace": "MathForML.Prerequisites", "katas": [
            { "id": "prerequisites/sigma-and-pi", "fixture": "NotationTests" },
            { "id": "prerequisites/grids", "fixture": "GridsTests" },
            { "id": "prerequisites/indices", "fixture": "IndexingTests" } ] },
          { "folder": "01-linear-algebra", "namespace": "MathForML.LinearAlgebra", "katas": [
            { "id": "linear-algebra/vectors", "fixture": "VectorTests" },
            { "id": "linear-algebra/grids", "fixture": "LatticeTests" } ] },
          { "folder": "02-calculus", "namespace": "MathForML.Calculus", "katas": [] } ] }
        """);

    [Test]
    public void No_target_means_every_topic()
    {
        var scope = TargetResolver.Resolve(Catalog, null);

        scope.IsEverything.Should().BeTrue();
        scope.Topics.Should().HaveCount(3);
        scope.Katas.Should().HaveCount(5);
    }

    [TestCase("00-prerequisites")]
    [TestCase("prerequisites")]
    [TestCase("Prerequisites")]
    public void A_topic_folder_or_short_name_selects_the_whole_topic(string target)
    {
        var scope = TargetResolver.Resolve(Catalog, target);

        scope.IsEverything.Should().BeFalse();
        scope.Topics.Should().ContainSingle().Which.IsWholeTopic.Should().BeTrue();
        scope.Katas.Select(k => k.Id).Should().Equal("prerequisites/sigma-and-pi", "prerequisites/grids", "prerequisites/indices");
    }

    [TestCase("prerequisites/grids", "prerequisites/grids")]
    [TestCase("00-prerequisites/grids", "prerequisites/grids")]
    [TestCase("sigma-and-pi", "prerequisites/sigma-and-pi")]
    [TestCase("VECTORS", "linear-algebra/vectors")]
    public void A_kata_id_or_unique_short_name_selects_one_kata(string target, string expectedId)
    {
        var scope = TargetResolver.Resolve(Catalog, target);

        scope.Katas.Should().ContainSingle().Which.Id.Should().Be(expectedId);
        scope.Topics.Single().IsWholeTopic.Should().BeFalse();
    }

    [Test]
    public void A_short_name_shared_by_two_katas_asks_for_the_full_id()
    {
        var act = () => TargetResolver.Resolve(Catalog, "grids");

        act.Should().Throw<UsageException>()
            .WithMessage("'grids' is the name of several katas: prerequisites/grids, linear-algebra/grids. Use the full kata id.");
    }

    [Test]
    public void Unknown_kata_id_suggests_the_nearest_name()
    {
        var act = () => TargetResolver.Resolve(Catalog, "prerequisites/gridz");

        act.Should().Throw<UsageException>()
            .WithMessage("Unknown kata or topic 'prerequisites/gridz'. Did you mean: prerequisites/grids?");
    }

    [Test]
    public void A_misspelt_short_name_suggests_the_katas_it_resembles()
    {
        TargetResolver.Suggest(Catalog, "gridz").Should().Equal("prerequisites/grids", "linear-algebra/grids");
    }

    [Test]
    public void The_beginning_of_a_name_suggests_it()
    {
        TargetResolver.Suggest(Catalog, "sigma").Should().Equal("prerequisites/sigma-and-pi");
    }

    [Test]
    public void A_misspelt_topic_suggests_the_topic()
    {
        TargetResolver.Suggest(Catalog, "calculsu").Should().StartWith("calculus");
    }

    [Test]
    public void Suggestions_stop_at_three()
    {
        TargetResolver.Suggest(Catalog, "prereq").Should().Equal("prerequisites", "prerequisites/sigma-and-pi", "prerequisites/grids");
    }

    [Test]
    public void Nothing_close_points_to_the_list_command()
    {
        var act = () => TargetResolver.Resolve(Catalog, "zzzzzzzzzzzzzzzz");

        act.Should().Throw<UsageException>().WithMessage($"Unknown kata or topic 'zzzzzzzzzzzzzzzz'. Run '{KataCommand.With("list")}' to see every kata.");
    }

    [TestCase("kitten", "sitting", 3)]
    [TestCase("grids", "gridz", 1)]
    [TestCase("", "abc", 3)]
    [TestCase("Grids", "grids", 0)]
    public void Edit_distance_counts_single_character_edits(string a, string b, int expected)
    {
        EditDistance.Between(a, b).Should().Be(expected);
    }
}
