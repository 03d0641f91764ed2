using System.Text.Json;
using System.Text.RegularExpressions;
using MathForML.Kata.Tests.Support;

namespace MathForML.Kata.Tests.Integration;

/// <summary>
/// The acceptance scenarios, run in-process against a throwaway workbook. Every scenario that changes a file restores
/// it, and all scenarios share the workbook's build output, so only changed projects are rebuilt.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("Integration")]
public class MiniWorkbookScenarioTests
{
    private MiniWorkbook workbook = null!;

    [OneTimeSetUp]
    public void CreateWorkbook() => workbook = MiniWorkbook.Create();

    [OneTimeTearDown]
    public void DeleteWorkbook() => workbook.Dispose();

    private CliResult Kata(params string[] args) => CliRun.Run([.. args, "--root", workbook.Directory]);

    [Test]
    public void Fresh_workbook_progress_shows_both_katas_not_started()
    {
        var result = Kata("progress");

        result.ExitCode.Should().Be(0, result.ToString());
        result.LineWith("demo/adder").Should().Contain("not-started").And.Contain("0/4");
        result.LineWith("demo/doubler").Should().Contain("not-started").And.Contain("0/2");
        result.Output.Should().Contain("0 of 2 katas done · 0 of 6 tests passing");
        result.Output.Should().Contain("Next: demo/adder — open katas/00-demo/Adder.cs");
        result.Output.Should().NotContain("\u001b[", "redirected output must be plain text");
    }

    [Test]
    public void Fresh_workbook_progress_json_has_the_documented_shape()
    {
        var result = Kata("progress", "--json");

        result.ExitCode.Should().Be(0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        var katas = json.RootElement.GetProperty("katas").EnumerateArray().ToList();
        katas.Select(k => k.GetProperty("id").GetString()).Should().Equal("demo/adder", "demo/doubler");
        katas.Should().AllSatisfy(k =>
        {
            k.GetProperty("topic").GetString().Should().Be("00-demo");
            k.GetProperty("status").GetString().Should().Be("not-started");
            k.GetProperty("passed").GetInt32().Should().Be(0);
        });
        katas.Select(k => k.GetProperty("total").GetInt32()).Should().Equal(4, 2);
    }

    [Test]
    public void Fresh_workbook_list_json_has_every_field_and_counts_each_test_case()
    {
        var result = Kata("list", "--json");

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
        var result = Kata("verify");

        result.ExitCode.Should().Be(0, result.ToString());
        var tally = Regex.Match(result.LastLine, "^([0-9]+) passed, 0 failed$");
        tally.Success.Should().BeTrue($"the last line was '{result.LastLine}'");
        int.Parse(tally.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
    }

    [Test]
    public void Solving_the_adder_marks_it_done_and_verify_names_every_test_passing_on_the_stub()
    {
        using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource))
        {
            var progress = Kata("progress");
            progress.ExitCode.Should().Be(0, progress.ToString());
            progress.LineWith("demo/adder").Should().Contain("done").And.Contain("4/4");
            progress.LineWith("demo/doubler").Should().Contain("not-started");
            progress.Output.Should().Contain("Next: demo/doubler — open katas/00-demo/Doubler.cs");

            var verify = Kata("verify");
            verify.ExitCode.Should().Be(1, verify.ToString());
            foreach (var test in MiniWorkbook.AdderTestNames)
            {
                verify.Output.Should().Contain($"✗ demo/adder: {test} passes on the stub (every test must fail until the learner implements the kata)");
            }

            verify.Output.Should().NotContain("demo/doubler: Doubles_three passes on the stub");
            verify.LastLine.Should().MatchRegex($"^[0-9]+ passed, {MiniWorkbook.AdderTestNames.Count} failed$");
        }
    }

    [Test]
    public void A_broken_reference_is_named_with_each_failing_test()
    {
        var tripler = MiniWorkbook.DoublerReferenceSource.Replace("2 * x", "x * 3", StringComparison.Ordinal);
        using (workbook.Change(MiniWorkbook.DoublerReference, tripler))
        {
            var verify = Kata("verify");

            verify.ExitCode.Should().Be(1, verify.ToString());
            verify.Output.Should().Contain("✗ demo/doubler: Doubles_three fails on the reference solution: Expected");
            verify.Output.Should().NotContain("Doubles_zero fails", "0 tripled is still 0");
            verify.LastLine.Should().MatchRegex("^[0-9]+ passed, 1 failed$");
        }
    }

    [Test]
    public void A_public_method_only_in_the_stub_is_reported_as_a_surface_difference()
    {
        var widened = MiniWorkbook.DoublerStubSource.Replace(
            "    public static double Twice(double x) => throw new NotImplementedException();",
            """
                public static double Twice(double x) => throw new NotImplementedException();

                /// <summary>Not in the reference.</summary>
                public static double Thrice(double x, int[] extra) => throw new NotImplementedException();
            """,
            StringComparison.Ordinal);
        using (workbook.Change(MiniWorkbook.DoublerStub, widened))
        {
            var verify = Kata("verify", "demo/doubler");

            verify.ExitCode.Should().Be(1, verify.ToString());
            verify.Output.Should().Contain("✗ demo: Doubler.Thrice(Double, Int32[]) exists in the kata but not in the solution");
            verify.Output.Should().Contain("Other test projects: skipped (a target was given)");
            verify.LastLine.Should().MatchRegex("^[0-9]+ passed, 1 failed$");
        }
    }

    [Test]
    public void A_compile_error_shows_build_error_with_the_first_compiler_error()
    {
        using (workbook.Change("katas/00-demo/Broken.cs", "namespace MathForML.Demo;\n\ninternal static class Broken { private const int X = ; }\n"))
        {
            var progress = Kata("progress", "--json");

            progress.ExitCode.Should().Be(0, progress.ToString());
            using var json = JsonDocument.Parse(progress.Output);
            var katas = json.RootElement.GetProperty("katas").EnumerateArray().ToList();
            katas.Should().HaveCount(2).And.AllSatisfy(k =>
            {
                k.GetProperty("status").GetString().Should().Be("build-error");
                k.GetProperty("detail").GetString().Should().MatchRegex("^katas/00-demo/Broken.cs:3: CS[0-9]{4}: ");
            });
        }
    }

    [Test]
    public void Unknown_command_exits_2_and_points_to_help()
    {
        var result = Kata("frobnicate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("'frobnicate'").And.Contain("kata --help").And.Contain("list, progress, verify");
    }

    [Test]
    public void Unknown_kata_id_exits_2_and_suggests_the_nearest_name()
    {
        var result = Kata("progress", "demo/addr");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("Unknown kata or topic 'demo/addr'. Did you mean: demo/adder");
        result.Output.Should().BeEmpty();
    }

    [Test]
    public void Unknown_target_of_verify_exits_2_before_building_anything()
    {
        var result = Kata("verify", "dubler");

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Should().Be("Unknown kata or topic 'dubler'. Did you mean: demo/doubler?");
    }
}
