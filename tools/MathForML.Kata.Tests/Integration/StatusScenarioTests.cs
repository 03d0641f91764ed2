using System.Diagnostics;
using System.Text.Json;
using MathForML.Kata.Tests.Support;

namespace MathForML.Kata.Tests.Integration;

/// <summary>
/// One progress run over a workbook where every kata is in a different state proves that each status is reported for
/// the right kata, and that one kata hanging, crashing or not compiling never hides the others.
/// </summary>
[TestFixture]
[Order(1)]
[Category("Integration")]
public class StatusScenarioTests
{
    /// <summary>
    /// The looper waits this out twice (the topic run, then its own), beside other fixtures: long enough for one
    /// fixture's dotnet test on a shared 2-core machine under heavy load (20 s was not), and first in line so it overlaps.
    /// </summary>
    private const int TimeoutSeconds = 45;

    /// <summary>A memory limit low enough to be reached in a moment, high enough for the test host itself.</summary>
    private const int MemoryMegabytes = 512;

    private static readonly string[] Limits =
    [
        "--timeout", TimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--memory", MemoryMegabytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];

    private MiniWorkbook workbook = null!;
    private CliResult progress = null!;
    private TimeSpan elapsed;
    private Dictionary<string, JsonElement> katas = null!;

    [OneTimeSetUp]
    public void RunProgressOnce()
    {
        workbook = TroubledWorkbook.Create();
        var stopwatch = Stopwatch.StartNew();
        progress = CliRun.Run(["progress", "--json", .. Limits, "--root", workbook.Directory]);
        elapsed = stopwatch.Elapsed;
        var json = JsonDocument.Parse(progress.Output);
        katas = json.RootElement.GetProperty("katas").EnumerateArray().ToDictionary(k => k.GetProperty("id").GetString()!, k => k.Clone());
    }

    [OneTimeTearDown]
    public void DeleteWorkbook() => workbook.Dispose();

    private string Status(string id) => katas[id].GetProperty("status").GetString()!;

    private string Detail(string id) => katas[id].GetProperty("detail").GetString() ?? "";

    [Test]
    public void Every_kata_of_every_topic_is_reported_in_catalog_order()
    {
        progress.ExitCode.Should().Be(0, progress.ToString());
        katas.Keys.Should().Equal("demo/adder", "demo/doubler", "demo/halver", "demo/looper", "demo/recurser", "demo/hoarder", "broken/typo", "broken/fine");
    }

    [Test]
    public void A_solved_kata_is_done_with_every_test_counted()
    {
        Status("demo/adder").Should().Be("done");
        katas["demo/adder"].GetProperty("passed").GetInt32().Should().Be(4);
        katas["demo/adder"].GetProperty("total").GetInt32().Should().Be(4);
    }

    [Test]
    public void A_wrong_answer_is_failing_with_the_tests_that_pass_counted()
    {
        Status("demo/doubler").Should().Be("failing");
        katas["demo/doubler"].GetProperty("passed").GetInt32().Should().Be(1, "doubling zero by tripling still gives zero");
        katas["demo/doubler"].GetProperty("total").GetInt32().Should().Be(2);
    }

    [Test]
    public void An_untouched_stub_is_not_started()
    {
        Status("demo/halver").Should().Be("not-started");
        katas["demo/halver"].GetProperty("total").GetInt32().Should().Be(1);
    }

    [Test]
    public void An_endless_loop_is_a_timeout_for_the_kata_that_hangs_only()
    {
        Status("demo/looper").Should().Be("timeout");
        Detail("demo/looper").Should().Contain($"did not finish within {TimeoutSeconds} s");
    }

    [Test]
    public void A_stack_overflow_is_crashed_for_the_kata_that_crashed_only()
    {
        Status("demo/recurser").Should().Be("crashed");
        Detail("demo/recurser").Should().Contain("Stack overflow").And.Contain("RecurserTests.Depth_of_zero_is_one");
    }

    [Test]
    public void Allocating_without_bound_is_out_of_memory_for_that_kata_only()
    {
        Status("demo/hoarder").Should().Be("out-of-memory");
        Detail("demo/hoarder").Should().Contain($"limit of {MemoryMegabytes} MiB");
    }

    [Test]
    public void An_unchanged_workbook_answers_from_the_cache_in_well_under_a_second_and_an_edit_reruns_only_its_topic()
    {
        var stopwatch = Stopwatch.StartNew();
        var again = CliRun.Run(["progress", .. Limits, "--root", workbook.Directory]);
        var cachedTime = stopwatch.Elapsed;

        again.Output.Should().Contain("not run again: 00-demo, 01-broken");
        cachedTime.Should().BeLessThan(TimeSpan.FromSeconds(5), "nothing is built or run (the target is under 1 s; slack for a loaded machine)");

        using (workbook.Change("katas/01-broken/02-fine/FineTests.cs", workbook.Read("katas/01-broken/02-fine/FineTests.cs") + "\n// edited\n"))
        {
            var edited = CliRun.Run(["progress", .. Limits, "--root", workbook.Directory]);
            edited.Output.Should().Contain("not run again: 00-demo (", "only the edited topic 01-broken runs");
            var rerun = CliRun.Run(["progress", .. Limits, "--root", workbook.Directory]);
            rerun.Output.Should().Contain("not run again: 00-demo, 01-broken", "the edited topic ran once and is cached again");
        }

        var fresh = CliRun.Run(["progress", "--fresh", .. Limits, "--root", workbook.Directory, "broken/fine"]);
        fresh.Output.Should().NotContain("not run again");
    }

    [Test]
    public void A_compile_error_is_build_error_with_the_first_compiler_error_file_line_and_message()
    {
        Status("broken/typo").Should().Be("build-error");
        Detail("broken/typo").Should().MatchRegex($"^{TroubledWorkbook.TypoStub}:{TroubledWorkbook.TypoErrorLine}: CS[0-9]{{4}}: .+");
    }

    [Test]
    public void The_other_kata_of_a_topic_with_a_compile_error_still_runs()
    {
        Status("broken/fine").Should().Be("done");
        katas["broken/fine"].GetProperty("passed").GetInt32().Should().Be(1);
    }

    [Test]
    public void The_total_time_is_bounded_by_the_limit_per_run()
    {
        // One topic run plus one rerun per fixture, each under the limit, plus builds: far below the naive worst case.
        elapsed.Should().BeLessThan(TimeSpan.FromSeconds(TimeoutSeconds * 7 + 240));
    }

    [Test]
    public void No_process_of_the_run_outlives_it()
    {
        ProcessScan.SurvivorsAfter(workbook.Directory, TimeSpan.FromSeconds(10)).Should().BeEmpty();
    }
}
