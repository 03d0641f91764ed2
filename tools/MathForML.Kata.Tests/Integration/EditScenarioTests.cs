using System.Text.Json;
using MathForML.Kata.Tests.Support;

namespace MathForML.Kata.Tests.Integration;

/// <summary>
/// The acceptance scenarios that edit the mini workbook (solve a kata, break a reference, add a file) and put every
/// file back afterwards. They have a workbook of their own, so each edit rebuilds only here and the fresh-workbook
/// scenarios of <see cref="MiniWorkbookScenarioTests"/> run beside them without rebuilding anything.
/// </summary>
[TestFixture]
[Order(2)] // the longest fixture after StatusScenarioTests: both start first, the short ones fill in around them
[Category("Integration")]
public class EditScenarioTests
{
    private MiniWorkbook workbook = null!;

    [OneTimeSetUp]
    public void CreateWorkbook() => workbook = MiniWorkbook.Create();

    [OneTimeTearDown]
    public void DeleteWorkbook() => workbook.Dispose();

    [Test]
    public void Solving_the_adder_marks_it_done_and_verify_names_every_test_passing_on_the_stub()
    {
        using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource))
        {
            var progress = workbook.Kata("progress");
            progress.ExitCode.Should().Be(0, progress.ToString());
            progress.LineWith("demo/adder").Should().Contain("done").And.Contain("4/4");
            progress.LineWith("demo/doubler").Should().Contain("not-started");
            progress.Output.Should().Contain("Next: demo/doubler — open katas/00-demo/02-doubler/Doubler.cs");

            var verify = workbook.Kata("verify");
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
            var verify = workbook.Kata("verify");

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
            var verify = workbook.Kata("verify", "demo/doubler");

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
            var progress = workbook.Kata("progress", "--json");

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
    public void Progress_says_what_changed_since_the_last_run()
    {
        File.Delete(workbook.Path(".kata/progress.json"));
        var first = workbook.Kata("progress");
        first.Output.Should().Contain("First run: your progress is kept in .kata/progress.json");

        using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource))
        {
            var second = workbook.Kata("progress");

            second.ExitCode.Should().Be(0, second.ToString());
            second.Output.Should().Contain("Since the last run (just now): +4 tests passing · demo/adder is now done");
        }
    }

    [Test]
    public void Next_for_a_wrong_answer_shows_the_assertion_and_the_test_line()
    {
        using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource))
        using (workbook.Change(MiniWorkbook.DoublerStub, MiniWorkbook.DoublerReferenceSource.Replace("2 * x", "x * 3", StringComparison.Ordinal)))
        {
            var result = workbook.Kata("next");

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
            var result = workbook.Kata("next");

            result.ExitCode.Should().Be(0, result.ToString());
            result.Output.Should().Contain("Every kata is done. Congratulations!");
        }
    }

    [Test]
    public void Next_and_compare_do_not_count_a_kata_turned_green_by_editing_its_tests()
    {
        using (workbook.Change("katas/checksums.json", "{}"))
        {
            workbook.Kata("checksums").ExitCode.Should().Be(0);
            using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource))
            using (workbook.Change(MiniWorkbook.AdderTests, workbook.Read(MiniWorkbook.AdderTests) + "// mine now\n"))
            {
                var next = workbook.Kata("next");
                next.ExitCode.Should().Be(0, next.ToString());
                next.Output.Should().Contain("Next kata: demo/adder");
                next.Output.Should().Contain("Status: tests-modified").And.Contain("reset demo/adder --tests");

                var compare = workbook.Kata("compare", "demo/adder");
                compare.ExitCode.Should().Be(1, compare.ToString());
                compare.Output.Should().Contain("it is tests-modified").And.Contain("AdderTests.cs");
                compare.Output.Should().NotContain("Reference · ");
            }
        }
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
            var result = workbook.Kata("new", "demo", "Tripler");

            result.ExitCode.Should().Be(0, result.ToString());
            foreach (var path in created)
            {
                File.Exists(workbook.Path(path)).Should().BeTrue(path);
                result.Output.Should().Contain(path);
            }

            result.Output.Should().Contain("kata verify demo/tripler");
            var entry = workbook.Kata("list", "demo/tripler", "--json");
            entry.ExitCode.Should().Be(0, entry.ToString());
            entry.Output.Should().Contain("\"id\": \"demo/tripler\"");

            // verify builds everything (so the new files compile) and lists what is left to do.
            var verify = workbook.Kata("verify", "demo/tripler");
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
    public void Compare_on_a_done_kata_shows_both_files_and_reports_full_agreement()
    {
        using (workbook.Change(MiniWorkbook.AdderStub, MiniWorkbook.AdderReferenceSource.Replace("var sum = (long)a + b;", "var sum = (long)b + a;", StringComparison.Ordinal)))
        {
            var result = workbook.Kata("compare", "demo/adder");

            result.ExitCode.Should().Be(0, result.ToString());
            result.Output.Should().Contain("Yours · katas/00-demo/01-adder/Adder.cs").And.Contain("Reference · solutions/00-demo/01-adder/Adder.cs");
            result.Output.Should().Contain("(long)b + a").And.Contain("(long)a + b");
            result.LineWith("Adder.Add(Int32, Int32)").Should().Contain("16 (identical)").And.MatchRegex("[0-9.]+ (ns|µs)");
        }
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
}
