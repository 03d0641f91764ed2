using System.Text.Json;
using System.Text.RegularExpressions;
using MathForML.Kata.Cli;
using MathForML.Kata.Tests.Support;

namespace MathForML.Kata.Tests.Integration;

/// <summary>
/// The acceptance scenarios on a fresh workbook, run in-process. None of them changes a source file (the few that
/// write one put it back before anything builds), so the workbook is built once and every later build has nothing to
/// do; the scenarios that edit the workbook live in <see cref="EditScenarioTests"/>, on a workbook of their own.
/// </summary>
[TestFixture]
[Category("Integration")]
public class MiniWorkbookScenarioTests
{
    private MiniWorkbook workbook = null!;

    [OneTimeSetUp]
    public void CreateWorkbook() => workbook = MiniWorkbook.Create();

    [OneTimeTearDown]
    public void DeleteWorkbook() => workbook.Dispose();

    [Test]
    public void Fresh_workbook_progress_shows_both_katas_not_started()
    {
        var result = workbook.Kata("progress");

        result.ExitCode.Should().Be(0, result.ToString());
        result.LineWith("demo/adder").Should().Contain("not-started").And.Contain("0/4");
        result.LineWith("demo/doubler").Should().Contain("not-started").And.Contain("0/2");
        result.Output.Should().Contain("0 of 2 katas done · 0 of 6 tests passing");
        result.Output.Should().Contain("Next: demo/adder — open katas/00-demo/01-adder/Adder.cs");
        result.Output.Should().NotContain("\u001b[", "redirected output must be plain text");
    }

    [Test]
    public void Fresh_workbook_progress_json_has_the_documented_shape()
    {
        var result = workbook.Kata("progress", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var katas = json.RootElement.GetProperty("katas").EnumerateArray().ToList();
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("integrity", "katas");
        json.RootElement.GetProperty("integrity").GetString().Should().Be("unchecked", "the mini workbook has no katas/checksums.json");
        katas.Select(k => k.GetProperty("id").GetString()).Should().Equal("demo/adder", "demo/doubler");
        katas.Should().AllSatisfy(k =>
        {
            k.EnumerateObject().Select(p => p.Name).Should().Equal("id", "topic", "status", "passed", "total", "detail", "changedFiles");
            k.GetProperty("topic").GetString().Should().Be("00-demo");
            k.GetProperty("status").GetString().Should().Be("not-started");
            k.GetProperty("passed").GetInt32().Should().Be(0);
        });
        katas.Select(k => k.GetProperty("total").GetInt32()).Should().Equal(4, 2);
    }

    [Test]
    public void Fresh_workbook_list_json_has_every_field_and_counts_each_test_case()
    {
        var result = workbook.Kata("list", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var katas = json.RootElement.EnumerateArray().ToList();
        katas.Select(k => k.GetProperty("id").GetString()).Should().Equal("demo/adder", "demo/doubler");
        var adder = katas[0];
        adder.GetProperty("topic").GetString().Should().Be("00-demo");
        adder.GetProperty("title").GetString().Should().Be("Adding integers");
        adder.GetProperty("level").GetString().Should().Be("beginner");
        adder.GetProperty("covers").EnumerateArray().Select(c => c.GetString()).Should().Equal("demo-adding");
        adder.GetProperty("hints").GetInt32().Should().Be(2);
        katas.Select(k => k.GetProperty("tests").GetInt32())
            .Should().Equal(MiniWorkbook.AdderTestNames.Count, MiniWorkbook.DoublerTestNames.Count);
    }

    [Test]
    public void Fresh_workbook_verifies_with_a_tally_as_the_last_line()
    {
        var result = workbook.Kata("verify");

        result.ExitCode.Should().Be(0, result.ToString());
        var tally = Regex.Match(result.LastLine, "^([0-9]+) passed, 0 failed$");
        tally.Success.Should().BeTrue($"the last line was '{result.LastLine}'");
        int.Parse(tally.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
    }

    [Test]
    public void Unknown_command_exits_2_and_points_to_help()
    {
        var result = workbook.Kata("frobnicate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("Unknown command 'frobnicate'.").And.Contain("kata --help")
            .And.Contain("progress, next, hint, watch, compare, reset, plot, list, new, checksums, verify");
    }

    [Test]
    public void A_misspelt_command_exits_2_and_suggests_the_nearest_command()
    {
        var result = workbook.Kata("progres");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("Unknown command 'progres'. Did you mean: progress?");

        var kata = workbook.Kata("addr");
        kata.ExitCode.Should().Be(2);
        kata.Error.Should().StartWith($"Unknown command 'addr'. For a kata or topic, name a command first, e.g. {KataCommand.With("progress demo/adder")}");
    }

    [Test]
    public void Unknown_kata_id_exits_2_and_suggests_the_nearest_name()
    {
        var result = workbook.Kata("progress", "demo/addr");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("Unknown kata or topic 'demo/addr'. Did you mean: demo/adder");
        result.Output.Should().BeEmpty();
    }

    [Test]
    public void Unknown_target_of_verify_exits_2_before_building_anything()
    {
        var result = workbook.Kata("verify", "dubler");

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Should().Be("Unknown kata or topic 'dubler'. Did you mean: demo/doubler?");
    }

    [Test]
    public void Next_names_the_first_failing_test_its_message_the_stub_line_and_the_command_for_that_kata()
    {
        var result = workbook.Kata("next");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Next kata: demo/adder — Adding integers");
        result.Output.Should().Contain("Status: not-started · 0 of 4 tests passing");
        result.LineWith("First failing test: ").Should().MatchRegex("First failing test: (Adds_|Rejects_)");
        result.Output.Should().Contain("NotImplementedException");
        result.Output.Should().Contain("Stub: katas/00-demo/01-adder/Adder.cs:7");
        result.Output.Should().Contain("dotnet test katas/00-demo --filter \"FullyQualifiedName~MathForML.Demo.Tests.AdderTests\"");
        result.Output.Should().Contain("kata hint demo/adder");
    }

    [Test]
    public void Hint_shows_one_level_at_a_time_and_says_how_many_remain()
    {
        var first = workbook.Kata("hint", "demo/adder");
        first.ExitCode.Should().Be(0, first.ToString());
        first.Output.Should().Contain("Hint 1 of 2: Use the + operator.").And.NotContain("Hint 2 of 2");
        first.Output.Should().Contain($"1 more hint: {KataCommand.With("hint demo/adder --level 2")}");

        var second = workbook.Kata("hint", "adder", "--level", "2");
        second.Output.Should().Contain("Hint 1 of 2: Use the + operator.").And.Contain("Hint 2 of 2: Check for overflow before adding.");
        second.Output.Should().Contain("That was the last hint.");

        workbook.Kata("hint", "demo/adder", "--level", "9").Output.Should().Contain("Hint 2 of 2").And.Contain("That was the last hint.");
    }

    [Test]
    public void Hint_without_a_kata_picks_the_next_kata_from_the_last_progress_run()
    {
        workbook.Write(".kata/progress.json", """
            { "savedAt": "2025-01-01T12:00:00+00:00", "katas": { "demo/adder": { "status": "done", "passed": 4, "total": 4 } } }
            """);

        var result = workbook.Kata("hint");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Hints for demo/doubler").And.Contain("according to the last progress run");
        result.Output.Should().Contain("Hint 1 of 2: Doubling is adding a number to itself.");
    }

    [Test]
    public void Hint_for_a_topic_or_a_level_below_one_is_a_usage_error()
    {
        var topic = workbook.Kata("hint", "demo");
        topic.ExitCode.Should().Be(2);
        topic.Error.Should().Contain("'hint' needs a kata").And.Contain("demo/adder, demo/doubler");

        var level = workbook.Kata("hint", "demo/adder", "--level", "0");
        level.ExitCode.Should().Be(2);
        level.Error.Should().Contain("--level must be 1 or more.");
    }

    [Test]
    public void New_refuses_to_overwrite_and_changes_nothing_on_disk()
    {
        workbook.Write("solutions/00-demo/03-tripler/Tripler.cs", "// someone's work in progress\n");
        var before = Snapshot();

        var existing = workbook.Kata("new", "00-demo", "Adder");
        var folderTaken = workbook.Kata("new", "demo", "Tripler");
        var after = Snapshot();
        Directory.Delete(workbook.Path("solutions/00-demo/03-tripler"), recursive: true);

        existing.ExitCode.Should().Be(1);
        existing.Output.Should().Contain("Nothing was created for demo/adder")
            .And.Contain("the catalog already has a kata with the id demo/adder")
            .And.Contain("the topic already has a kata with the stub Adder.cs or the fixture AdderTests");
        folderTaken.ExitCode.Should().Be(1);
        folderTaken.Output.Should().Contain("Nothing was created for demo/tripler").And.Contain("solutions/00-demo/03-tripler already exists");
        after.Should().Equal(before);
    }

    [Test]
    public void New_with_an_unknown_topic_or_a_bad_name_is_a_usage_error()
    {
        var topic = workbook.Kata("new", "dem", "Tripler");
        topic.ExitCode.Should().Be(2);
        topic.Error.Should().Contain("Unknown topic 'dem'. Did you mean: demo");

        var name = workbook.Kata("new", "demo", "tripler");
        name.ExitCode.Should().Be(2);
        name.Error.Should().Contain("not a PascalCase class name");
    }

    [Test]
    public void Compare_on_a_kata_that_is_not_done_refuses_unless_asked_for_a_spoiler()
    {
        var refused = workbook.Kata("compare", "demo/doubler");

        refused.ExitCode.Should().Be(1, refused.ToString());
        refused.Output.Should().Contain("compare shows the reference once demo/doubler is done, and it is not-started: 0 of 2 tests pass");
        refused.Output.Should().NotContain("2 * x");

        var spoiler = workbook.Kata("compare", "demo/doubler", "--spoiler");
        spoiler.ExitCode.Should().Be(0, spoiler.ToString());
        spoiler.Output.Should().Contain("2 * x");
        spoiler.LineWith("Doubler.Twice(Double)").Should().Contain("threw").And.Contain("NotImplementedException");
    }

    /// <summary>Every file outside build output, with its content.</summary>
    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(workbook.Directory, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/.kata/", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllText);
}
