using System.Text.Json;
using System.Text.RegularExpressions;
using MathForML.Kata.Cli;
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
        result.Output.Should().Contain("Next: demo/adder — open katas/00-demo/01-adder/Adder.cs");
        result.Output.Should().NotContain("\u001b[", "redirected output must be plain text");
    }

    [Test]
    public void Fresh_workbook_progress_json_has_the_documented_shape()
    {
        var result = Kata("progress", "--json");

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
            progress.Output.Should().Contain("Next: demo/doubler — open katas/00-demo/02-doubler/Doubler.cs");

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
        result.Error.Should().Contain("Unknown command 'frobnicate'.").And.Contain("kata --help")
            .And.Contain("progress, next, hint, watch, compare, reset, plot, list, new, checksums, verify");
    }

    [Test]
    public void A_misspelt_command_exits_2_and_suggests_the_nearest_command()
    {
        var result = Kata("progres");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("Unknown command 'progres'. Did you mean: progress?");

        var kata = Kata("addr");
        kata.ExitCode.Should().Be(2);
        kata.Error.Should().StartWith($"Unknown command 'addr'. For a kata or topic, name a command first, e.g. {KataCommand.With("progress demo/adder")}");
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

    [Test]
    public void Progress_says_what_changed_since_the_last_run()
    {
        File.Delete(workbook.Path(".kata/progress.json"));
        var first = Kata("progress");
        first.Output.Should().Contain("First run: your progress is kept in .kata/progress.json");

        using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource))
        {
            var second = Kata("progress");

            second.ExitCode.Should().Be(0, second.ToString());
            second.Output.Should().Contain("Since the last run (just now): +4 tests passing · demo/adder is now done");
        }
    }

    [Test]
    public void Next_names_the_first_failing_test_its_message_the_stub_line_and_the_command_for_that_kata()
    {
        var result = Kata("next");

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
    public void Next_for_a_wrong_answer_shows_the_assertion_and_the_test_line()
    {
        using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource))
        using (workbook.Change(MiniWorkbook.DoublerStub, MiniWorkbook.DoublerReferenceSource.Replace("2 * x", "x * 3", StringComparison.Ordinal)))
        {
            var result = Kata("next");

            result.ExitCode.Should().Be(0, result.ToString());
            result.Output.Should().Contain("Next kata: demo/doubler");
            result.Output.Should().Contain("Status: failing · 1 of 2 tests passing");
            result.Output.Should().Contain("First failing test: Doubles_three");
            result.Output.Should().Contain("Expected").And.Contain("6").And.Contain("9");
            result.Output.Should().Contain("Stub: katas/00-demo/02-doubler/Doubler.cs");
            result.Output.Should().MatchRegex("Test: katas/00-demo/02-doubler/DoublerTests.cs:[0-9]+");
        }
    }

    [Test]
    public void Next_when_every_kata_is_done_congratulates()
    {
        using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource))
        using (workbook.Change(MiniWorkbook.DoublerStub, MiniWorkbook.DoublerReferenceSource))
        {
            var result = Kata("next");

            result.ExitCode.Should().Be(0, result.ToString());
            result.Output.Should().Contain("Every kata is done. Congratulations!");
        }
    }

    [Test]
    public void Next_and_compare_do_not_count_a_kata_turned_green_by_editing_its_tests()
    {
        using (workbook.Change("katas/checksums.json", "{}"))
        {
            Kata("checksums").ExitCode.Should().Be(0);
            using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource))
            using (workbook.Change(MiniWorkbook.AdderTests, workbook.Read(MiniWorkbook.AdderTests) + "// mine now\n"))
            {
                var next = Kata("next");
                next.ExitCode.Should().Be(0, next.ToString());
                next.Output.Should().Contain("Next kata: demo/adder");
                next.Output.Should().Contain("Status: tests-modified").And.Contain("reset demo/adder --tests");

                var compare = Kata("compare", "demo/adder");
                compare.ExitCode.Should().Be(1, compare.ToString());
                compare.Output.Should().Contain("it is tests-modified").And.Contain("AdderTests.cs");
                compare.Output.Should().NotContain("Reference · ");
            }
        }
    }

    [Test]
    public void Hint_shows_one_level_at_a_time_and_says_how_many_remain()
    {
        var first = Kata("hint", "demo/adder");
        first.ExitCode.Should().Be(0, first.ToString());
        first.Output.Should().Contain("Hint 1 of 2: Use the + operator.").And.NotContain("Hint 2 of 2");
        first.Output.Should().Contain($"1 more hint: {KataCommand.With("hint demo/adder --level 2")}");

        var second = Kata("hint", "adder", "--level", "2");
        second.Output.Should().Contain("Hint 1 of 2: Use the + operator.").And.Contain("Hint 2 of 2: Check for overflow before adding.");
        second.Output.Should().Contain("That was the last hint.");

        Kata("hint", "demo/adder", "--level", "9").Output.Should().Contain("Hint 2 of 2").And.Contain("That was the last hint.");
    }

    [Test]
    public void Hint_without_a_kata_picks_the_next_kata_from_the_last_progress_run()
    {
        workbook.Write(".kata/progress.json", """
            { "savedAt": "2025-01-01T12:00:00+00:00", "katas": { "demo/adder": { "status": "done", "passed": 4, "total": 4 } } }
            """);

        var result = Kata("hint");

        result.ExitCode.Should().Be(0, result.ToString());
        result.Output.Should().Contain("Hints for demo/doubler").And.Contain("according to the last progress run");
        result.Output.Should().Contain("Hint 1 of 2: Doubling is adding a number to itself.");
    }

    [Test]
    public void Hint_for_a_topic_or_a_level_below_one_is_a_usage_error()
    {
        var topic = Kata("hint", "demo");
        topic.ExitCode.Should().Be(2);
        topic.Error.Should().Contain("'hint' needs a kata").And.Contain("demo/adder, demo/doubler");

        var level = Kata("hint", "demo/adder", "--level", "0");
        level.ExitCode.Should().Be(2);
        level.Error.Should().Contain("--level must be 1 or more.");
    }

    [Test]
    public void New_scaffolds_files_that_build_and_a_catalog_entry_that_verify_then_points_at()
    {
        var catalog = workbook.Read("katas/catalog.json");
        string[] created =
        [
            "katas/00-demo/03-tripler/Tripler.cs", "katas/00-demo/03-tripler/TriplerTests.cs", "katas/00-demo/03-tripler/README.md",
            "solutions/00-demo/03-tripler/Tripler.cs",
        ];
        try
        {
            var result = Kata("new", "demo", "Tripler");

            result.ExitCode.Should().Be(0, result.ToString());
            foreach (var path in created)
            {
                File.Exists(workbook.Path(path)).Should().BeTrue(path);
                result.Output.Should().Contain(path);
            }

            result.Output.Should().Contain("kata verify demo/tripler");
            var entry = Kata("list", "demo/tripler", "--json");
            entry.ExitCode.Should().Be(0, entry.ToString());
            entry.Output.Should().Contain("\"id\": \"demo/tripler\"");

            // verify builds everything (so the new files compile) and lists what is left to do.
            var verify = Kata("verify", "demo/tripler");
            verify.ExitCode.Should().Be(1, verify.ToString());
            verify.Output.Should().Contain("Build: 1 check, all passed");
            verify.Output.Should().Contain("title still says TODO").And.Contain("covers no curriculum item").And.Contain("hint 1, 2 still say TODO");
            verify.Output.Should().Contain("roadmap.md does not list `demo/tripler`");
            verify.Output.Should().Contain("katas/00-demo/03-tripler/README.md:7: still says TODO (first of 7 places)")
                .And.Contain("the topic README katas/00-demo/README.md does not link the kata's folder (03-tripler/)");
            verify.Output.Should().Contain("TODO_worked_example_stated_as_a_sentence fails on the reference solution: TODO: write a worked example");
            verify.Output.Should().Contain("Kata tests on the stubs (each must fail): 7 checks, all passed");
        }
        finally
        {
            workbook.Write("katas/catalog.json", catalog);
            string[] folders = ["katas/00-demo/03-tripler", "solutions/00-demo/03-tripler"];
            foreach (var folder in folders.Where(f => Directory.Exists(workbook.Path(f))))
            {
                Directory.Delete(workbook.Path(folder), recursive: true);
            }
        }
    }

    [Test]
    public void New_refuses_to_overwrite_and_changes_nothing_on_disk()
    {
        workbook.Write("solutions/00-demo/03-tripler/Tripler.cs", "// someone's work in progress\n");
        var before = Snapshot();

        var existing = Kata("new", "00-demo", "Adder");
        var folderTaken = Kata("new", "demo", "Tripler");
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
        var topic = Kata("new", "dem", "Tripler");
        topic.ExitCode.Should().Be(2);
        topic.Error.Should().Contain("Unknown topic 'dem'. Did you mean: demo");

        var name = Kata("new", "demo", "tripler");
        name.ExitCode.Should().Be(2);
        name.Error.Should().Contain("not a PascalCase class name");
    }

    [Test]
    public void Compare_on_a_done_kata_shows_both_files_and_reports_full_agreement()
    {
        using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource.Replace("var sum = (long)a + b;", "var sum = (long)b + a;", StringComparison.Ordinal)))
        {
            var result = Kata("compare", "demo/adder");

            result.ExitCode.Should().Be(0, result.ToString());
            result.Output.Should().Contain("Yours · katas/00-demo/01-adder/Adder.cs").And.Contain("Reference · solutions/00-demo/01-adder/Adder.cs");
            result.Output.Should().Contain("(long)b + a").And.Contain("(long)a + b");
            result.LineWith("Adder.Add(Int32, Int32)").Should().Contain("16 (identical)").And.MatchRegex("[0-9.]+ (ns|µs)");
        }
    }

    [Test]
    public void Compare_on_a_kata_that_is_not_done_refuses_unless_asked_for_a_spoiler()
    {
        var refused = Kata("compare", "demo/doubler");

        refused.ExitCode.Should().Be(1, refused.ToString());
        refused.Output.Should().Contain("compare shows the reference once demo/doubler is done, and it is not-started: 0 of 2 tests pass");
        refused.Output.Should().NotContain("2 * x");

        var spoiler = Kata("compare", "demo/doubler", "--spoiler");
        spoiler.ExitCode.Should().Be(0, spoiler.ToString());
        spoiler.Output.Should().Contain("2 * x");
        spoiler.LineWith("Doubler.Twice(Double)").Should().Contain("threw").And.Contain("NotImplementedException");
    }

    [Test]
    public async Task Watch_reruns_on_save_says_when_the_kata_turns_green_moves_on_and_stops_cleanly_on_ctrl_c()
    {
        var patience = TimeSpan.FromMinutes(3);
        using var stop = new CancellationTokenSource();
        var watch = CliRun.Start(stop.Token, "watch", "demo/adder", "--root", workbook.Directory);
        try
        {
            watch.Output.WaitFor(o => o.Contains("✗ demo/adder: 0 of 4 tests pass", StringComparison.Ordinal), patience, "the first red result");
            watch.Output.ToString().Should().Contain("Watching demo/adder (katas/00-demo/01-adder/Adder.cs)").And.Contain("First failure: ");

            using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource))
            {
                watch.Output.WaitFor(o => o.Contains("✗ demo/doubler: 0 of 2 tests pass", StringComparison.Ordinal), patience, "green, then the next kata");
                watch.Output.ToString().Should().Contain("✓ demo/adder is done: all 4 tests pass")
                    .And.Contain("→ Moving on to demo/doubler: Doubling (katas/00-demo/02-doubler/Doubler.cs)");

                using (workbook.Change(MiniWorkbook.DoublerStub, "namespace MathForML.Demo;\n\npublic static class Doubler\n{\n    public static double Twice(double x) => x +;\n}\n"))
                {
                    var output = watch.Output.WaitFor(o => o.Contains("⚠ demo/doubler: build error", StringComparison.Ordinal), patience, "the build error");
                    output.Should().MatchRegex("katas/00-demo/02-doubler/Doubler.cs:5: CS[0-9]{4}: ");
                }

                await stop.CancelAsync();
                (await watch.Exit.WaitAsync(patience)).Should().Be(0);
            }

            watch.Output.ToString().Should().EndWith("Stopped watching.\n");
            ProcessScan.SurvivorsAfter($"kata-watch-{Environment.ProcessId}-", TimeSpan.FromSeconds(15)).Should().BeEmpty("the private compiler server stops with watch");
            ProcessScan.SurvivorsAfter(workbook.Directory, TimeSpan.FromSeconds(15)).Should().BeEmpty();
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    /// <summary>Every file outside build output, with its content.</summary>
    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(workbook.Directory, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/.kata/", StringComparison.Ordinal))
            .ToDictionary(f => f, File.ReadAllText);
}
